import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The shortage report's answer, kept instead of computed per request: `stock_status` holds the figures of every point
 * and product (status, AMC with its inputs, suggestion; the point's name and type are joined when read), and `stock_status_changes` queues the points whose inputs
 * changed since. Triggers queue a point whenever anything its figures depend on changes (ledger lines, shipments on
 * their way to it, stock levels, stock-out periods, the point or a product itself); the passage of time (lots
 * expiring, the AMC window rolling over, stock-out days adding up) is covered by `fresh_until`, the end of the point's
 * local day. Readers recompute the queued and stale points of their scope before they read, so a report is always as
 * fresh as the ledger; the queue never blocks a movement (it is append-only).
 */
export class StockStatus1795413600000 implements MigrationInterface {
  name = 'StockStatus1795413600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE stock_status (
        point_id uuid NOT NULL REFERENCES points (id),
        product_id uuid NOT NULL REFERENCES products (id),
        regency_code text NOT NULL,
        point_code text NOT NULL,
        product_code text NOT NULL,
        category text NOT NULL,
        as_of date NOT NULL,
        fresh_until timestamptz NOT NULL,
        computed_with text NOT NULL,
        status text NOT NULL,
        usable integer NOT NULL,
        expired integer NOT NULL,
        in_transit integer NOT NULL,
        months_of_stock float8,
        min_months float8 NOT NULL,
        max_months float8 NOT NULL,
        levels_source text NOT NULL,
        expected_monthly_use integer,
        amc_method text NOT NULL,
        amc float8 NOT NULL,
        amc_consumed integer NOT NULL,
        amc_days integer NOT NULL,
        amc_stockout_days integer NOT NULL,
        amc_stockout_adjustment float8 NOT NULL,
        amc_period_start date,
        amc_period_end date,
        suggested_quantity integer NOT NULL,
        pack_size integer NOT NULL,
        quantity_expiring integer NOT NULL,
        PRIMARY KEY (point_id, product_id)
      )`);
    await queryRunner.query(`CREATE INDEX stock_status_report_idx ON stock_status (regency_code, point_code, product_code)`);
    await queryRunner.query(`CREATE INDEX stock_status_fresh_idx ON stock_status (fresh_until)`);
    await queryRunner.query(`CREATE INDEX stock_status_product_idx ON stock_status (product_id)`);

    await queryRunner.query(`
      CREATE TABLE stock_status_changes (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        point_id uuid NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX stock_status_changes_point_idx ON stock_status_changes (point_id)`);

    // One function per trigger shape; each only appends to the queue.
    await queryRunner.query(`
      CREATE FUNCTION stock_status_queue_lines() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO stock_status_changes (point_id) SELECT DISTINCT point_id FROM new_lines;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER ledger_lines_stock_status AFTER INSERT ON ledger_lines
      REFERENCING NEW TABLE AS new_lines FOR EACH STATEMENT EXECUTE FUNCTION stock_status_queue_lines()`);

    // Stock on its way to a point counts in its suggestion.
    await queryRunner.query(`
      CREATE FUNCTION stock_status_queue_shipment_lines() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO stock_status_changes (point_id)
        SELECT DISTINCT s.to_point_id FROM new_lines n JOIN shipments s ON s.id = n.shipment_id;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER shipment_lines_stock_status AFTER INSERT ON shipment_lines
      REFERENCING NEW TABLE AS new_lines FOR EACH STATEMENT EXECUTE FUNCTION stock_status_queue_shipment_lines()`);
    await queryRunner.query(`
      CREATE FUNCTION stock_status_queue_shipment() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO stock_status_changes (point_id) VALUES (NEW.to_point_id);
        IF OLD.to_point_id IS DISTINCT FROM NEW.to_point_id THEN
          INSERT INTO stock_status_changes (point_id) VALUES (OLD.to_point_id);
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER shipments_stock_status AFTER UPDATE ON shipments
      FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.to_point_id IS DISTINCT FROM NEW.to_point_id)
      EXECUTE FUNCTION stock_status_queue_shipment()`);

    // Stock levels and stock-out periods: the row's point.
    await queryRunner.query(`
      CREATE FUNCTION stock_status_queue_row_point() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP <> 'INSERT' THEN INSERT INTO stock_status_changes (point_id) VALUES (OLD.point_id); END IF;
        IF TG_OP <> 'DELETE' AND (TG_OP = 'INSERT' OR OLD.point_id IS DISTINCT FROM NEW.point_id) THEN
          INSERT INTO stock_status_changes (point_id) VALUES (NEW.point_id);
        END IF;
        RETURN NULL;
      END $$`);
    for (const table of ['stock_levels', 'stockout_periods']) {
      await queryRunner.query(`
        CREATE TRIGGER ${table}_stock_status AFTER INSERT OR UPDATE OR DELETE ON ${table}
        FOR EACH ROW EXECUTE FUNCTION stock_status_queue_row_point()`);
    }

    // A point's name, code, type (default levels), regency or activity. The regency is also corrected in place at once,
    // so a report of the old regency never shows the point while it waits to be recomputed.
    await queryRunner.query(`
      CREATE FUNCTION stock_status_queue_point() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO stock_status_changes (point_id) VALUES (NEW.id);
        IF OLD.regency_code IS DISTINCT FROM NEW.regency_code THEN
          UPDATE stock_status SET regency_code = NEW.regency_code WHERE point_id = NEW.id;
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER points_stock_status AFTER UPDATE ON points
      FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION stock_status_queue_point()`);

    // A product's code, category, pack size, restriction or activity: every point that has it.
    await queryRunner.query(`
      CREATE FUNCTION stock_status_queue_product() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO stock_status_changes (point_id) SELECT point_id FROM stock_status WHERE product_id = NEW.id;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER products_stock_status AFTER UPDATE ON products
      FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION stock_status_queue_product()`);

    // Everything recorded so far is computed by the first reader or the next daily scan.
    await queryRunner.query(`INSERT INTO stock_status_changes (point_id) SELECT id FROM points`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER products_stock_status ON products`);
    await queryRunner.query(`DROP TRIGGER points_stock_status ON points`);
    await queryRunner.query(`DROP TRIGGER stockout_periods_stock_status ON stockout_periods`);
    await queryRunner.query(`DROP TRIGGER stock_levels_stock_status ON stock_levels`);
    await queryRunner.query(`DROP TRIGGER shipments_stock_status ON shipments`);
    await queryRunner.query(`DROP TRIGGER shipment_lines_stock_status ON shipment_lines`);
    await queryRunner.query(`DROP TRIGGER ledger_lines_stock_status ON ledger_lines`);
    for (const fn of ['product', 'point', 'row_point', 'shipment', 'shipment_lines', 'lines']) {
      await queryRunner.query(`DROP FUNCTION stock_status_queue_${fn}()`);
    }
    await queryRunner.query(`DROP TABLE stock_status_changes`);
    await queryRunner.query(`DROP TABLE stock_status`);
  }
}
