import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Stock levels per point and product, and the aggregates the shortfall report reads instead of the ledger: consumption
 * per local month, the first movement of each product at each point, and stock-out periods.
 */
export class Shortfalls1795402800000 implements MigrationInterface {
  name = 'Shortfalls1795402800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE stock_levels (
        point_id uuid NOT NULL REFERENCES points (id),
        product_id uuid NOT NULL REFERENCES products (id),
        min_months numeric(4, 1) NOT NULL CHECK (min_months >= 0),
        max_months numeric(4, 1) NOT NULL CHECK (max_months > min_months AND max_months <= 36),
        expected_monthly_use integer CHECK (expected_monthly_use >= 0),
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by uuid NOT NULL REFERENCES users (id),
        PRIMARY KEY (point_id, product_id)
      )`);

    await queryRunner.query(`
      CREATE TABLE consumption_months (
        point_id uuid NOT NULL REFERENCES points (id),
        product_id uuid NOT NULL REFERENCES products (id),
        month date NOT NULL CHECK (extract(day FROM month) = 1),
        consumed integer NOT NULL,
        PRIMARY KEY (point_id, product_id, month)
      )`);
    await queryRunner.query(`
      CREATE TABLE stock_histories (
        point_id uuid NOT NULL REFERENCES points (id),
        product_id uuid NOT NULL REFERENCES products (id),
        first_movement_on date NOT NULL,
        PRIMARY KEY (point_id, product_id)
      )`);
    await queryRunner.query(`
      CREATE TABLE stockout_periods (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        point_id uuid NOT NULL REFERENCES points (id),
        product_id uuid NOT NULL REFERENCES products (id),
        started_on date NOT NULL,
        ended_on date,
        CHECK (ended_on IS NULL OR ended_on >= started_on)
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX stockout_periods_one_open ON stockout_periods (point_id, product_id) WHERE ended_on IS NULL`);
    await queryRunner.query(`CREATE INDEX stockout_periods_pair_idx ON stockout_periods (point_id, product_id, started_on)`);

    // Consumption is what leaves a point to be used: distribution, and shipments to the points it supplies; reversed
    // distributions and cancelled shipments count back in the month of the original. One statement per movement.
    await queryRunner.query(`
      CREATE FUNCTION ledger_track_consumption() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO stock_histories (point_id, product_id, first_movement_on)
        SELECT n.point_id, n.product_id, min((n.occurred_at AT TIME ZONE pr.time_zone)::date)
          FROM new_lines n
          JOIN points p ON p.id = n.point_id JOIN regencies r ON r.code = p.regency_code JOIN provinces pr ON pr.code = r.province_code
         GROUP BY n.point_id, n.product_id
        ON CONFLICT (point_id, product_id)
        DO UPDATE SET first_movement_on = LEAST(stock_histories.first_movement_on, EXCLUDED.first_movement_on);

        INSERT INTO consumption_months (point_id, product_id, month, consumed)
        SELECT n.point_id, n.product_id,
               date_trunc('month', (CASE m.type WHEN 'reversal' THEN reversed.occurred_at
                                                WHEN 'shipment_cancel' THEN s.dispatched_at
                                                ELSE n.occurred_at END) AT TIME ZONE pr.time_zone)::date,
               -sum(n.quantity)
          FROM new_lines n
          JOIN movements m ON m.id = n.movement_id
          LEFT JOIN movements reversed ON reversed.id = m.reverses_movement_id
          LEFT JOIN shipments s ON s.id = m.shipment_id
          LEFT JOIN points receiver ON receiver.id = s.to_point_id
          JOIN points p ON p.id = n.point_id JOIN regencies r ON r.code = p.regency_code JOIN provinces pr ON pr.code = r.province_code
         WHERE m.type = 'distribution'
            OR (m.type = 'reversal' AND reversed.type = 'distribution')
            OR (m.type IN ('shipment_dispatch', 'shipment_cancel') AND receiver.supplier_point_id = n.point_id)
         GROUP BY 1, 2, 3
        ON CONFLICT (point_id, product_id, month)
        DO UPDATE SET consumed = consumption_months.consumed + EXCLUDED.consumed;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER ledger_lines_consumption AFTER INSERT ON ledger_lines
      REFERENCING NEW TABLE AS new_lines FOR EACH STATEMENT EXECUTE FUNCTION ledger_track_consumption()`);

    // Rebuilds the aggregates from the whole ledger: for history recorded before this migration, and for bulk loads
    // that bypass the triggers (the benchmark data generator).
    await queryRunner.query(`
      CREATE FUNCTION rebuild_consumption_aggregates() RETURNS void LANGUAGE sql AS $$
        DELETE FROM consumption_months;
        DELETE FROM stock_histories;
        INSERT INTO stock_histories (point_id, product_id, first_movement_on)
        SELECT ll.point_id, ll.product_id, min((ll.occurred_at AT TIME ZONE pr.time_zone)::date)
          FROM ledger_lines ll JOIN points p ON p.id = ll.point_id JOIN regencies r ON r.code = p.regency_code
          JOIN provinces pr ON pr.code = r.province_code
         GROUP BY 1, 2;
        INSERT INTO consumption_months (point_id, product_id, month, consumed)
        SELECT ll.point_id, ll.product_id,
               date_trunc('month', (CASE m.type WHEN 'reversal' THEN reversed.occurred_at WHEN 'shipment_cancel' THEN s.dispatched_at
                                                ELSE ll.occurred_at END) AT TIME ZONE pr.time_zone)::date,
               -sum(ll.quantity)
          FROM ledger_lines ll
          JOIN movements m ON m.id = ll.movement_id
          LEFT JOIN movements reversed ON reversed.id = m.reverses_movement_id
          LEFT JOIN shipments s ON s.id = m.shipment_id
          LEFT JOIN points receiver ON receiver.id = s.to_point_id
          JOIN points p ON p.id = ll.point_id JOIN regencies r ON r.code = p.regency_code JOIN provinces pr ON pr.code = r.province_code
         WHERE m.type = 'distribution' OR (m.type = 'reversal' AND reversed.type = 'distribution')
            OR (m.type IN ('shipment_dispatch', 'shipment_cancel') AND receiver.supplier_point_id = ll.point_id)
         GROUP BY 1, 2, 3;
      $$`);
    await queryRunner.query(`SELECT rebuild_consumption_aggregates()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER ledger_lines_consumption ON ledger_lines`);
    await queryRunner.query(`DROP FUNCTION ledger_track_consumption()`);
    await queryRunner.query(`DROP FUNCTION rebuild_consumption_aggregates()`);
    await queryRunner.query(`DROP TABLE stockout_periods`);
    await queryRunner.query(`DROP TABLE stock_histories`);
    await queryRunner.query(`DROP TABLE consumption_months`);
    await queryRunner.query(`DROP TABLE stock_levels`);
  }
}
