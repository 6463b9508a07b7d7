import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Stock on the road is in the ledger. Every line now says which account it moves: `stock` (a point's shelf: the only
 * account `stock_balances` follows), `transit` (a shipment on its way, named by `shipment_id`) or `loss` (what a
 * shipment lost on the way, with its reason and shipment). A shipment's movements balance like double entries:
 *
 *   dispatch:      sender stock -q,      transit +q
 *   receipt:       transit -q,           receiver stock +received,  loss +missing (reason)
 *   cancellation:  transit -q,           sender stock +q
 *
 * so every unit is always somewhere, and "where did these 10 units go" is one query over ledger_lines. A shipment's
 * transit account never goes negative (checked by the ledger's insert trigger, as a balance is).
 *
 * Shipments already recorded get the transit and loss lines their movements would have had (appended, dated as the
 * movement; nothing already in the ledger changes). Their stock lines are unchanged.
 */
export class TransitInTheLedger1795441300000 implements MigrationInterface {
  name = 'TransitInTheLedger1795441300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE ledger_lines
        ADD COLUMN account text NOT NULL DEFAULT 'stock',
        ADD COLUMN shipment_id uuid REFERENCES shipments(id),
        ADD CONSTRAINT ledger_lines_account_check CHECK (account IN ('stock', 'transit', 'loss')),
        ADD CONSTRAINT ledger_lines_account_shipment_check CHECK ((account = 'stock') = (shipment_id IS NULL)),
        ADD CONSTRAINT ledger_lines_loss_reason_check CHECK (account <> 'loss' OR (reason IS NOT NULL AND quantity > 0)),
        ADD CONSTRAINT ledger_lines_off_shelf_figures_check CHECK (account = 'stock' OR consumed_in IS NULL)`);
    await queryRunner.query(`CREATE INDEX ledger_lines_shipment_idx ON ledger_lines (shipment_id, lot_id) WHERE shipment_id IS NOT NULL`);

    // Balances follow the shelf only; a shipment's transit account may not go below zero. The first movement of a
    // product at a point is its first line on the shelf.
    for (const sql of ledgerFunctions(true)) await queryRunner.query(sql);

    // Shipments already recorded: the transit side of each dispatch, then of each receipt (with what was lost) and
    // cancellation, in that order so that no transit account is ever below zero.
    await queryRunner.query(this.backfill('dispatch_movement_id', `
      SELECT sl.product_id, sl.lot_id, sl.quantity_sent AS quantity, NULL::text AS reason, 'transit' AS account, 'shipment_dispatch' AS counts_as`));
    await queryRunner.query(this.backfill('receipt_movement_id', `
      SELECT sl.product_id, sl.lot_id, -sl.quantity_sent, NULL::text, 'transit', 'shipment_receipt'
      UNION ALL
      SELECT sl.product_id, sl.lot_id, sl.quantity_sent - sl.quantity_received, sl.discrepancy_reason, 'loss', 'shipment_receipt'
       WHERE sl.quantity_received < sl.quantity_sent`));
    await queryRunner.query(this.backfill('cancel_movement_id', `
      SELECT sl.product_id, sl.lot_id, -sl.quantity_sent, NULL::text, 'transit', 'shipment_dispatch'`));
  }

  /** Appends, to the movement of each shipment in `movementColumn`, one line per shipment line and row of `lines`. */
  private backfill(movementColumn: string, lines: string): string {
    return `
      INSERT INTO ledger_lines (movement_id, line_no, point_id, product_id, lot_id, quantity, reason, occurred_at, counts_as, account, shipment_id)
      SELECT m.id,
             COALESCE((SELECT max(line_no) FROM ledger_lines WHERE movement_id = m.id), 0)
               + row_number() OVER (PARTITION BY m.id ORDER BY x.account DESC, x.lot_id),
             m.point_id, x.product_id, x.lot_id, x.quantity, x.reason, m.occurred_at, x.counts_as, x.account, s.id
        FROM shipments s
        JOIN movements m ON m.id = s.${movementColumn}
        JOIN shipment_lines sl ON sl.shipment_id = s.id
        CROSS JOIN LATERAL (${lines}) AS x(product_id, lot_id, quantity, reason, account, counts_as)`;
  }

  /** Takes the transit and loss lines out again (set aside the append-only trigger for it) and the functions back. */
  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE ledger_lines DISABLE TRIGGER ledger_lines_append_only`);
    await queryRunner.query(`DELETE FROM ledger_lines WHERE account <> 'stock'`);
    await queryRunner.query(`ALTER TABLE ledger_lines ENABLE TRIGGER ledger_lines_append_only`);
    for (const sql of ledgerFunctions(false)) await queryRunner.query(sql);
    await queryRunner.query(`DROP INDEX ledger_lines_shipment_idx`);
    await queryRunner.query(`ALTER TABLE ledger_lines DROP COLUMN shipment_id, DROP COLUMN account`);
  }
}

/**
 * The ledger's trigger functions with accounts (`withAccounts`: balances and first movements from the shelf only, the
 * transit guard) or as FiguresOnTheLine left them.
 */
function ledgerFunctions(withAccounts: boolean): string[] {
  const shelf = (alias: string, keyword: 'WHERE' | 'AND') => (withAccounts ? `${keyword} ${alias}account = 'stock'` : '');
  const transitGuard = `
        SELECT t.shipment_id, t.lot_id INTO overdrawn
          FROM (SELECT DISTINCT shipment_id, lot_id FROM new_lines WHERE account = 'transit' AND quantity < 0) t
         WHERE (SELECT sum(ll.quantity) FROM ledger_lines ll
                 WHERE ll.shipment_id = t.shipment_id AND ll.lot_id = t.lot_id AND ll.account = 'transit') < 0
         LIMIT 1;
        IF FOUND THEN
          RAISE EXCEPTION 'pasokan: shipment % would have less than nothing of lot % in transit', overdrawn.shipment_id, overdrawn.lot_id
            USING ERRCODE = 'check_violation', CONSTRAINT = 'ledger_transit_non_negative';
        END IF;`;
  return [
    `
      CREATE OR REPLACE FUNCTION ledger_apply_lines() RETURNS trigger LANGUAGE plpgsql AS $$
      ${withAccounts ? 'DECLARE\n        overdrawn record;' : ''}
      BEGIN
        WITH changes AS (
          SELECT point_id, lot_id, product_id, sum(quantity) AS quantity, max(occurred_at) AS occurred_at
            FROM new_lines
           WHERE quantity <> 0 ${shelf('', 'AND')}
           GROUP BY point_id, lot_id, product_id
          HAVING sum(quantity) <> 0
        ), updated AS (
          UPDATE stock_balances b SET quantity = b.quantity + c.quantity, updated_at = now(),
                 last_occurred_at = GREATEST(b.last_occurred_at, c.occurred_at)
            FROM changes c
           WHERE b.point_id = c.point_id AND b.lot_id = c.lot_id
          RETURNING b.point_id, b.lot_id
        )
        INSERT INTO stock_balances (point_id, lot_id, product_id, quantity, updated_at, last_occurred_at)
        SELECT c.point_id, c.lot_id, c.product_id, c.quantity, now(), c.occurred_at
          FROM changes c
         WHERE NOT EXISTS (SELECT 1 FROM updated u WHERE u.point_id = c.point_id AND u.lot_id = c.lot_id)
        ON CONFLICT (point_id, lot_id)
        DO UPDATE SET quantity = stock_balances.quantity + EXCLUDED.quantity, updated_at = now(),
                      last_occurred_at = GREATEST(stock_balances.last_occurred_at, EXCLUDED.last_occurred_at);
        ${withAccounts ? transitGuard : ''}
        RETURN NULL;
      END $$`,
    `
      CREATE OR REPLACE FUNCTION ledger_track_consumption() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO stock_histories (point_id, product_id, first_movement_on)
        SELECT n.point_id, n.product_id, min((n.occurred_at AT TIME ZONE pr.time_zone)::date)
          FROM new_lines n
          JOIN points p ON p.id = n.point_id JOIN regencies r ON r.code = p.regency_code JOIN provinces pr ON pr.code = r.province_code
         ${shelf('n.', 'WHERE')}
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
      END $$`,
    `
      CREATE OR REPLACE FUNCTION rebuild_consumption_aggregates() RETURNS void LANGUAGE sql AS $$
        DELETE FROM consumption_months;
        DELETE FROM stock_histories;
        INSERT INTO stock_histories (point_id, product_id, first_movement_on)
        SELECT ll.point_id, ll.product_id, min((ll.occurred_at AT TIME ZONE pr.time_zone)::date)
          FROM ledger_lines ll JOIN points p ON p.id = ll.point_id JOIN regencies r ON r.code = p.regency_code
          JOIN provinces pr ON pr.code = r.province_code
         ${shelf('ll.', 'WHERE')}
         GROUP BY 1, 2;
        INSERT INTO consumption_months (point_id, product_id, month, consumed)
        SELECT point_id, product_id, consumed_in, -sum(quantity)
          FROM ledger_lines WHERE consumed_in IS NOT NULL
         GROUP BY 1, 2, 3;
      $$`,
  ];
}
