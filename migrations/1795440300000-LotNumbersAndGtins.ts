import { MigrationInterface, QueryRunner } from 'typeorm';

/** GS1 check digit (kept here as it was when this migration was written). */
function validGtin(text: string): boolean {
  const digits = [...text].map(Number);
  const check = digits.pop()!;
  const sum = digits.reverse().reduce((total, digit, index) => total + digit * (index % 2 === 0 ? 3 : 1), 0);
  return /^\d{14}$/.test(text) && (10 - (sum % 10)) % 10 === check;
}

/**
 * A GTIN identifies a product, not a lot: it moves from `lots` to `products` (14 digits, unique). A product takes
 * the GTIN its lots were received with when they all agree, the check digit is right and no other product claims it.
 * Lot numbers are stored normalised (upper case, no spaces) so `swab-alc-a` and `SWAB-ALC-A` are one lot; existing
 * lots are normalised where that does not merge two lots (history cannot be merged), and new ones must be.
 */
export class LotNumbersAndGtins1795440300000 implements MigrationInterface {
  name = 'LotNumbersAndGtins1795440300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE products ADD COLUMN gtin varchar(14) CONSTRAINT products_gtin_format CHECK (gtin ~ '^[0-9]{14}$')`);
    await queryRunner.query(`CREATE UNIQUE INDEX products_gtin_key ON products (gtin)`);
    const candidates: { productId: string; gtin: string }[] = await queryRunner.query(`
      SELECT product_id AS "productId", min(lpad(gtin, 14, '0')) AS gtin FROM lots WHERE gtin IS NOT NULL
       GROUP BY product_id HAVING count(DISTINCT lpad(gtin, 14, '0')) = 1`);
    const valid = candidates.filter((candidate) => validGtin(candidate.gtin));
    const claims = new Map<string, number>();
    for (const candidate of valid) claims.set(candidate.gtin, (claims.get(candidate.gtin) ?? 0) + 1);
    for (const candidate of valid.filter((entry) => claims.get(entry.gtin) === 1)) {
      await queryRunner.query(`UPDATE products SET gtin = $2 WHERE id = $1`, [candidate.productId, candidate.gtin]);
    }
    await queryRunner.query(`ALTER TABLE lots DROP COLUMN gtin`);

    await queryRunner.query(`
      UPDATE lots l SET lot_number = upper(regexp_replace(l.lot_number, '\\s', '', 'g'))
       WHERE l.lot_number <> upper(regexp_replace(l.lot_number, '\\s', '', 'g'))
         AND NOT EXISTS (SELECT 1 FROM lots o WHERE o.id <> l.id AND o.product_id = l.product_id AND o.expiry_date = l.expiry_date
                            AND upper(regexp_replace(o.lot_number, '\\s', '', 'g')) = upper(regexp_replace(l.lot_number, '\\s', '', 'g')))`);
    await queryRunner.query(`
      ALTER TABLE lots ADD CONSTRAINT lots_lot_number_normalised
        CHECK (lot_number = upper(regexp_replace(lot_number, '\\s', '', 'g'))) NOT VALID`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE lots DROP CONSTRAINT lots_lot_number_normalised`);
    await queryRunner.query(`ALTER TABLE lots ADD COLUMN gtin varchar(14) CHECK (gtin ~ '^([0-9]{8}|[0-9]{12,14})$')`);
    await queryRunner.query(`ALTER TABLE products DROP COLUMN gtin`);
  }
}
