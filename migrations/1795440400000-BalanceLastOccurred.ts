import { MigrationInterface, QueryRunner } from 'typeorm';

const applyLines = (lastOccurred: boolean) => `
  CREATE OR REPLACE FUNCTION ledger_apply_lines() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    WITH changes AS (
      SELECT point_id, lot_id, product_id, sum(quantity) AS quantity${lastOccurred ? ', max(occurred_at) AS occurred_at' : ''}
        FROM new_lines
       WHERE quantity <> 0
       GROUP BY point_id, lot_id, product_id
      HAVING sum(quantity) <> 0
    ), updated AS (
      UPDATE stock_balances b SET quantity = b.quantity + c.quantity, updated_at = now()${lastOccurred ? ',\n             last_occurred_at = GREATEST(b.last_occurred_at, c.occurred_at)' : ''}
        FROM changes c
       WHERE b.point_id = c.point_id AND b.lot_id = c.lot_id
      RETURNING b.point_id, b.lot_id
    )
    INSERT INTO stock_balances (point_id, lot_id, product_id, quantity, updated_at${lastOccurred ? ', last_occurred_at' : ''})
    SELECT c.point_id, c.lot_id, c.product_id, c.quantity, now()${lastOccurred ? ', c.occurred_at' : ''}
      FROM changes c
     WHERE NOT EXISTS (SELECT 1 FROM updated u WHERE u.point_id = c.point_id AND u.lot_id = c.lot_id)
    ON CONFLICT (point_id, lot_id)
    DO UPDATE SET quantity = stock_balances.quantity + EXCLUDED.quantity, updated_at = now()${
      lastOccurred ? ',\n                  last_occurred_at = GREATEST(stock_balances.last_occurred_at, EXCLUDED.last_occurred_at)' : ''
    };
    RETURN NULL;
  END $$`;

/**
 * Each balance records the latest date of the lines applied to it. A movement dated before that date must check the
 * lot's later running balances (backdating, docs/figures.md); a movement dated after it, the usual case, reads it from
 * the row it locks anyway and skips that read.
 */
export class BalanceLastOccurred1795440400000 implements MigrationInterface {
  name = 'BalanceLastOccurred1795440400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE stock_balances ADD COLUMN last_occurred_at timestamptz`);
    // Direct writes to balances are refused by their guard; this one copies what the ledger already says.
    await queryRunner.query(`ALTER TABLE stock_balances DISABLE TRIGGER stock_balances_guard`);
    await queryRunner.query(`
      UPDATE stock_balances b SET last_occurred_at = l.occurred_at
        FROM (SELECT point_id, lot_id, max(occurred_at) AS occurred_at FROM ledger_lines WHERE quantity <> 0 GROUP BY 1, 2) l
       WHERE l.point_id = b.point_id AND l.lot_id = b.lot_id`);
    await queryRunner.query(`ALTER TABLE stock_balances ENABLE TRIGGER stock_balances_guard`);
    await queryRunner.query(applyLines(true));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(applyLines(false));
    await queryRunner.query(`ALTER TABLE stock_balances DROP COLUMN last_occurred_at`);
  }
}
