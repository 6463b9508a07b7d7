import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What a ledger line counts as in the figures is decided once, when it is posted (src/stock/posting/figures.ts), and
 * stored on the immutable line:
 *
 * - `counts_as`: the movement type whose figures the line belongs to: the movement's own type, or for a reversal the
 *   type of the movement it undoes (a reversed distribution is "distribution" with the opposite sign; a cancelled
 *   shipment's lines are "shipment_dispatch" coming back). The monthly
 *   report reads it instead of joining every line to its movement and the reversed one.
 * - `consumed_in`: the first day of the point's local month whose consumption the line changes by -quantity; null when
 *   the line is not consumption. Distributions, supply to a point the sender supplies, and the reversal or
 *   cancellation of either (in the undone movement's month).
 *
 * Until now the consumption rule lived in PL/pgSQL in two copies (the trigger and the rebuild), evaluated against the
 * supply links and time zones of the moment the trigger or the rebuild ran, so a rebuild was not a faithful replay.
 * Now both are plain sums of `consumed_in`. Lines already in the ledger are classified here once with the old rule
 * (the supply links of today are all that is known of the past); the append-only trigger is set aside for that one
 * statement, inside this migration's transaction.
 */
export class FiguresOnTheLine1795441200000 implements MigrationInterface {
  name = 'FiguresOnTheLine1795441200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE ledger_lines ADD COLUMN counts_as text, ADD COLUMN consumed_in date`);
    await queryRunner.query(`ALTER TABLE ledger_lines DISABLE TRIGGER ledger_lines_append_only`);
    await queryRunner.query(`
      UPDATE ledger_lines ll
         SET counts_as = CASE m.type WHEN 'shipment_cancel' THEN 'shipment_dispatch' ELSE COALESCE(reversed.type, m.type) END,
             consumed_in = CASE
               WHEN m.type = 'distribution' OR (m.type = 'reversal' AND reversed.type = 'distribution')
                 OR (m.type IN ('shipment_dispatch', 'shipment_cancel') AND receiver.supplier_point_id = ll.point_id)
               THEN date_trunc('month', (CASE m.type WHEN 'reversal' THEN reversed.occurred_at WHEN 'shipment_cancel' THEN s.dispatched_at
                                                     ELSE ll.occurred_at END) AT TIME ZONE pr.time_zone)::date
             END
        FROM movements m
        LEFT JOIN movements reversed ON reversed.id = m.reverses_movement_id
        LEFT JOIN shipments s ON s.id = m.shipment_id
        LEFT JOIN points receiver ON receiver.id = s.to_point_id
        JOIN points p ON true JOIN regencies r ON r.code = p.regency_code JOIN provinces pr ON pr.code = r.province_code
       WHERE m.id = ll.movement_id AND p.id = ll.point_id`);
    await queryRunner.query(`ALTER TABLE ledger_lines ENABLE TRIGGER ledger_lines_append_only`);
    await queryRunner.query(`
      ALTER TABLE ledger_lines
        ALTER COLUMN counts_as SET NOT NULL,
        ADD CONSTRAINT ledger_lines_counts_as_check CHECK (counts_as IN ('receipt', 'distribution', 'adjustment', 'stock_count',
                                                                          'shipment_dispatch', 'shipment_receipt')),
        ADD CONSTRAINT ledger_lines_consumed_in_check CHECK (EXTRACT(day FROM consumed_in) = 1)`);

    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION ledger_track_consumption() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO stock_histories (point_id, product_id, first_movement_on)
        SELECT n.point_id, n.product_id, min((n.occurred_at AT TIME ZONE pr.time_zone)::date)
          FROM new_lines n
          JOIN points p ON p.id = n.point_id JOIN regencies r ON r.code = p.regency_code JOIN provinces pr ON pr.code = r.province_code
         GROUP BY n.point_id, n.product_id
        ON CONFLICT (point_id, product_id)
        DO UPDATE SET first_movement_on = LEAST(stock_histories.first_movement_on, EXCLUDED.first_movement_on);

        -- What counts as consumption was decided when the line was posted: this is a plain sum.
        INSERT INTO consumption_months (point_id, product_id, month, consumed)
        SELECT n.point_id, n.product_id, n.consumed_in, -sum(n.quantity)
          FROM new_lines n WHERE n.consumed_in IS NOT NULL
         GROUP BY 1, 2, 3
        ON CONFLICT (point_id, product_id, month)
        DO UPDATE SET consumed = consumption_months.consumed + EXCLUDED.consumed;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION rebuild_consumption_aggregates() RETURNS void LANGUAGE sql AS $$
        DELETE FROM consumption_months;
        DELETE FROM stock_histories;
        INSERT INTO stock_histories (point_id, product_id, first_movement_on)
        SELECT ll.point_id, ll.product_id, min((ll.occurred_at AT TIME ZONE pr.time_zone)::date)
          FROM ledger_lines ll JOIN points p ON p.id = ll.point_id JOIN regencies r ON r.code = p.regency_code
          JOIN provinces pr ON pr.code = r.province_code
         GROUP BY 1, 2;
        INSERT INTO consumption_months (point_id, product_id, month, consumed)
        SELECT point_id, product_id, consumed_in, -sum(quantity)
          FROM ledger_lines WHERE consumed_in IS NOT NULL
         GROUP BY 1, 2, 3;
      $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION ledger_track_consumption() RETURNS trigger LANGUAGE plpgsql AS $$
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
      CREATE OR REPLACE FUNCTION rebuild_consumption_aggregates() RETURNS void LANGUAGE sql AS $$
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
    await queryRunner.query(`ALTER TABLE ledger_lines DROP COLUMN consumed_in, DROP COLUMN counts_as`);
  }
}
