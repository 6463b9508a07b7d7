import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A movement changes the figures of the products it moved, not those of the ~30 other products of its point, yet the
 * drain recomputed the whole point for it (about 8 ms of PostgreSQL time per movement at national scale;
 * docs/benchmarks.md, "where a movement's database time goes"). The queue now says which product changed:
 * `stock_status_changes.product_id`, NULL when the change concerns the whole point.
 *
 * Queued per point and product (a pair's figures read only that pair's aggregates, lots, levels and stock on its way):
 * ledger lines (and, for a kit handed out, its components, whose consumption and history the line also changes;
 * ledger_track_consumption), shipment lines and a shipment's change of status or receiver (its lines' products at the
 * receiver), stock-out periods, a product's own change (every point that has it, or every active point when what
 * points are expected to carry may change), and a stock-levels row updated in place.
 * Queued for the whole point (NULL): the point itself (new or edited), and a stock-levels row added or removed, since
 * a point's first own levels replace its type's default categories in what it is expected to carry (and its last
 * removed bring them back). The passage of time (fresh_until) and a change of configuration (computed_with) also
 * recompute whole points (StockStatusStore).
 */
export class StockStatusChangesByProduct1795442200000 implements MigrationInterface {
  name = 'StockStatusChangesByProduct1795442200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE stock_status_changes ADD COLUMN product_id uuid`);

    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION stock_status_queue_lines() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO stock_status_changes (point_id, product_id)
        SELECT point_id, product_id FROM new_lines
        UNION
        -- A kit handed out is its components' use too (ledger_track_consumption): their figures change with it.
        SELECT n.point_id, c.component_product_id FROM new_lines n JOIN kit_lot_contents c ON c.kit_lot_id = n.lot_id
         WHERE n.consumed_in IS NOT NULL;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION stock_status_queue_shipment_lines() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO stock_status_changes (point_id, product_id)
        SELECT DISTINCT s.to_point_id, n.product_id FROM new_lines n JOIN shipments s ON s.id = n.shipment_id;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION stock_status_queue_shipment() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO stock_status_changes (point_id, product_id)
        SELECT DISTINCT t.point_id, sl.product_id
          FROM shipment_lines sl
         CROSS JOIN (SELECT NEW.to_point_id UNION SELECT OLD.to_point_id) AS t(point_id)
         WHERE sl.shipment_id = NEW.id;
        RETURN NULL;
      END $$`);

    // Stock-out periods belong to one point and product.
    await queryRunner.query(`
      CREATE FUNCTION stock_status_queue_stockout_period() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP <> 'INSERT' THEN
          INSERT INTO stock_status_changes (point_id, product_id) VALUES (OLD.point_id, OLD.product_id);
        END IF;
        IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND (OLD.point_id, OLD.product_id) IS DISTINCT FROM (NEW.point_id, NEW.product_id)) THEN
          INSERT INTO stock_status_changes (point_id, product_id) VALUES (NEW.point_id, NEW.product_id);
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`DROP TRIGGER stockout_periods_stock_status ON stockout_periods`);
    await queryRunner.query(`
      CREATE TRIGGER stockout_periods_stock_status AFTER INSERT OR UPDATE OR DELETE ON stockout_periods
      FOR EACH ROW EXECUTE FUNCTION stock_status_queue_stockout_period()`);

    // Stock levels: a row changed in place changes its product's figures only; a row added or removed may change what
    // the point is expected to carry (its own levels, or its type's default categories when it has none): the whole
    // point. Decided per row, so it holds however many rows one statement writes.
    await queryRunner.query(`
      CREATE FUNCTION stock_status_queue_stock_levels() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND (OLD.point_id, OLD.product_id) = (NEW.point_id, NEW.product_id) THEN
          INSERT INTO stock_status_changes (point_id, product_id) VALUES (NEW.point_id, NEW.product_id);
          RETURN NULL;
        END IF;
        IF TG_OP <> 'INSERT' THEN INSERT INTO stock_status_changes (point_id) VALUES (OLD.point_id); END IF;
        IF TG_OP <> 'DELETE' AND (TG_OP = 'INSERT' OR OLD.point_id IS DISTINCT FROM NEW.point_id) THEN
          INSERT INTO stock_status_changes (point_id) VALUES (NEW.point_id);
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`DROP TRIGGER stock_levels_stock_status ON stock_levels`);
    await queryRunner.query(`
      CREATE TRIGGER stock_levels_stock_status AFTER INSERT OR UPDATE OR DELETE ON stock_levels
      FOR EACH ROW EXECUTE FUNCTION stock_status_queue_stock_levels()`);
    await queryRunner.query(`DROP FUNCTION stock_status_queue_row_point()`);

    // A product's change touches its own figures only: a point's expected products of a category are listed product
    // by product, so a product's category, activity or restriction changes whether that product is expected, not others.
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION stock_status_queue_product() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO stock_status_changes (point_id, product_id) SELECT point_id, NEW.id FROM stock_status WHERE product_id = NEW.id;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION stock_status_queue_all_points() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO stock_status_changes (point_id, product_id) SELECT id, NEW.id FROM points WHERE active;
        RETURN NULL;
      END $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION stock_status_queue_all_points() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO stock_status_changes (point_id) SELECT id FROM points WHERE active;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION stock_status_queue_product() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO stock_status_changes (point_id) SELECT point_id FROM stock_status WHERE product_id = NEW.id;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE FUNCTION stock_status_queue_row_point() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP <> 'INSERT' THEN INSERT INTO stock_status_changes (point_id) VALUES (OLD.point_id); END IF;
        IF TG_OP <> 'DELETE' AND (TG_OP = 'INSERT' OR OLD.point_id IS DISTINCT FROM NEW.point_id) THEN
          INSERT INTO stock_status_changes (point_id) VALUES (NEW.point_id);
        END IF;
        RETURN NULL;
      END $$`);
    for (const [table, fn] of [
      ['stock_levels', 'stock_status_queue_stock_levels'],
      ['stockout_periods', 'stock_status_queue_stockout_period'],
    ]) {
      await queryRunner.query(`DROP TRIGGER ${table}_stock_status ON ${table}`);
      await queryRunner.query(`
        CREATE TRIGGER ${table}_stock_status AFTER INSERT OR UPDATE OR DELETE ON ${table}
        FOR EACH ROW EXECUTE FUNCTION stock_status_queue_row_point()`);
      await queryRunner.query(`DROP FUNCTION ${fn}()`);
    }
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION stock_status_queue_shipment() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO stock_status_changes (point_id) VALUES (NEW.to_point_id);
        IF OLD.to_point_id IS DISTINCT FROM NEW.to_point_id THEN
          INSERT INTO stock_status_changes (point_id) VALUES (OLD.to_point_id);
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION stock_status_queue_shipment_lines() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO stock_status_changes (point_id)
        SELECT DISTINCT s.to_point_id FROM new_lines n JOIN shipments s ON s.id = n.shipment_id;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION stock_status_queue_lines() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO stock_status_changes (point_id) SELECT DISTINCT point_id FROM new_lines;
        RETURN NULL;
      END $$`);
    // Entries for one product become entries for their whole point: more is recomputed, nothing is missed.
    await queryRunner.query(`ALTER TABLE stock_status_changes DROP COLUMN product_id`);
  }
}
