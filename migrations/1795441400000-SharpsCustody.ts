import { MigrationInterface, QueryRunner } from 'typeorm';

const BEFORE = ['receipt', 'distribution', 'adjustment', 'stock_count', 'reversal', 'shipment_dispatch', 'shipment_receipt', 'shipment_cancel'];
const SHARPS = ['sharps_return', 'sharps_handover', 'sharps_destruction'];

/**
 * Used syringes and sharps containers, in a ledger of their own. Returned syringes are never stock that can be issued
 * again, so they never touch `ledger_lines` (balances, AMC, reports of usable stock): their movements post
 * `sharps_lines` instead, append-only like the stock ledger, through the same posting pipeline (idempotency, backdating,
 * closed months, reversal).
 *
 *   sharps_return:      at a point, syringes returned (counted or estimated from a container's fill level) and the full
 *                       containers they filled or came in: the point holds +containers
 *   sharps_handover:    full containers handed to another point for destruction: sender -containers, receiver +containers
 *   sharps_destruction: containers destroyed at the point, with the method (the Berita Acara Pemusnahan): -containers
 *
 * `sharps_holdings` follows the full containers each point holds, by trigger; it never goes below zero, so nothing is
 * destroyed or handed over that was not collected.
 */
export class SharpsCustody1795441400000 implements MigrationInterface {
  name = 'SharpsCustody1795441400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await this.types(queryRunner, [...BEFORE, ...SHARPS]);
    await queryRunner.query(`
      CREATE TABLE sharps_lines (
        movement_id uuid NOT NULL REFERENCES movements(id),
        line_no smallint NOT NULL,
        point_id uuid NOT NULL REFERENCES points(id),
        occurred_at timestamptz NOT NULL,
        counts_as text NOT NULL CHECK (counts_as IN ('sharps_return', 'sharps_handover', 'sharps_destruction')),
        syringes integer NOT NULL DEFAULT 0,
        syringes_estimated boolean,
        containers integer NOT NULL DEFAULT 0,
        destruction_method text CHECK (destruction_method IN ('incinerator', 'needle_destroyer', 'licensed_waste_carrier')),
        PRIMARY KEY (movement_id, line_no),
        CONSTRAINT sharps_lines_syringes_check CHECK (counts_as = 'sharps_return' OR syringes = 0),
        CONSTRAINT sharps_lines_estimated_check CHECK (syringes = 0 OR syringes_estimated IS NOT NULL),
        CONSTRAINT sharps_lines_destruction_check CHECK ((counts_as = 'sharps_destruction') = (destruction_method IS NOT NULL))
      )`);
    await queryRunner.query(`CREATE INDEX sharps_lines_point_idx ON sharps_lines (point_id, occurred_at)`);
    await queryRunner.query(`
      CREATE TRIGGER sharps_lines_append_only BEFORE UPDATE OR DELETE ON sharps_lines FOR EACH ROW EXECUTE FUNCTION ledger_refuse_change()`);
    await queryRunner.query(`
      CREATE TRIGGER sharps_lines_no_truncate BEFORE TRUNCATE ON sharps_lines FOR EACH STATEMENT EXECUTE FUNCTION ledger_refuse_change()`);
    await queryRunner.query(`
      CREATE TABLE sharps_holdings (
        point_id uuid PRIMARY KEY REFERENCES points(id),
        containers integer NOT NULL,
        CONSTRAINT sharps_holdings_non_negative CHECK (containers >= 0)
      )`);
    await queryRunner.query(`
      CREATE FUNCTION sharps_apply_lines() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        -- A row of zero first, then the change: the check applies to the sum (an INSERT ... ON CONFLICT would check
        -- the change alone, and refuse a destruction at a point that holds containers).
        INSERT INTO sharps_holdings (point_id, containers)
        SELECT DISTINCT point_id, 0 FROM new_lines WHERE containers <> 0 ORDER BY point_id
        ON CONFLICT (point_id) DO NOTHING;
        UPDATE sharps_holdings h SET containers = h.containers + c.change
          FROM (SELECT point_id, sum(containers) AS change FROM new_lines WHERE containers <> 0 GROUP BY point_id) c
         WHERE h.point_id = c.point_id;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER sharps_lines_apply AFTER INSERT ON sharps_lines REFERENCING NEW TABLE AS new_lines
      FOR EACH STATEMENT EXECUTE FUNCTION sharps_apply_lines()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE sharps_lines`);
    await queryRunner.query(`DROP FUNCTION sharps_apply_lines()`);
    await queryRunner.query(`DROP TABLE sharps_holdings`);
    await queryRunner.query(`ALTER TABLE movements DISABLE TRIGGER movements_append_only`);
    await queryRunner.query(`DELETE FROM movements WHERE type IN (${SHARPS.map((type) => `'${type}'`).join(', ')})`);
    await queryRunner.query(`ALTER TABLE movements ENABLE TRIGGER movements_append_only`);
    await this.types(queryRunner, BEFORE);
  }

  private async types(queryRunner: QueryRunner, types: string[]): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE movements DROP CONSTRAINT movements_type_check,
        ADD CONSTRAINT movements_type_check CHECK (type IN (${types.map((type) => `'${type}'`).join(', ')}))`);
  }
}
