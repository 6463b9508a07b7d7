import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Needle-syringe programme indicators (issue 18 items 3 and 4, docs/needle-programme.md):
 * - what one unit of a product holds: `contents_per_unit` syringes, needles or barrels (`syringe_content`, needle_syringe
 *   products only, so coverage counts complete sets) or naloxone doses (a kit of 2 ampoules holds 2 doses);
 * - on a distribution of naloxone, why it is a refill (a fixed list, never free text) and how many overdose reversals the
 *   person reported (a count; only with a refill after use on an overdose);
 * - the estimated number of people who inject drugs per regency and year, with its source: append-only, the newest
 *   record for a regency and year is the one reports use.
 */
export class NaloxoneAndCoverage1795441600000 implements MigrationInterface {
  name = 'NaloxoneAndCoverage1795441600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE products
        ADD COLUMN syringe_content text CHECK (syringe_content IN ('set', 'needle', 'barrel')),
        ADD COLUMN contents_per_unit integer NOT NULL DEFAULT 1 CHECK (contents_per_unit BETWEEN 1 AND 1000)`);
    await queryRunner.query(`UPDATE products SET syringe_content = 'set' WHERE category = 'needle_syringe'`);
    await queryRunner.query(`
      ALTER TABLE products ADD CONSTRAINT products_syringe_content_for_needle_syringes
        CHECK ((category = 'needle_syringe') = (syringe_content IS NOT NULL))`);
    // A needle_syringe product inserted without saying is a complete set (the common case, and what every product was).
    await queryRunner.query(`
      CREATE FUNCTION products_default_syringe_content() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.category = 'needle_syringe' AND NEW.syringe_content IS NULL THEN NEW.syringe_content := 'set'; END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER products_default_syringe_content BEFORE INSERT ON products FOR EACH ROW EXECUTE FUNCTION products_default_syringe_content()`);

    await queryRunner.query(`
      ALTER TABLE movements
        ADD COLUMN naloxone_refill_reason text CHECK (naloxone_refill_reason IN ('used_on_overdose', 'lost', 'confiscated', 'expired')),
        ADD COLUMN overdose_reversals integer CHECK (overdose_reversals BETWEEN 0 AND 1000),
        ADD CONSTRAINT movements_naloxone_distribution_check
          CHECK (type = 'distribution' OR (naloxone_refill_reason IS NULL AND overdose_reversals IS NULL)),
        ADD CONSTRAINT movements_reversals_after_use
          CHECK (COALESCE(overdose_reversals, 0) = 0 OR naloxone_refill_reason = 'used_on_overdose')`);

    await queryRunner.query(`
      CREATE TABLE pwid_estimates (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        regency_code text NOT NULL REFERENCES regencies(code),
        year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        estimate integer NOT NULL CHECK (estimate BETWEEN 1 AND 10000000),
        source varchar(200) NOT NULL CHECK (length(btrim(source)) >= 2),
        recorded_by uuid NOT NULL REFERENCES users(id),
        recorded_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await queryRunner.query(`CREATE INDEX pwid_estimates_regency_year ON pwid_estimates (regency_code, year, recorded_at DESC)`);
    await queryRunner.query(`
      CREATE TRIGGER pwid_estimates_append_only BEFORE UPDATE OR DELETE ON pwid_estimates FOR EACH ROW EXECUTE FUNCTION ledger_refuse_change()`);
    await queryRunner.query(`
      CREATE TRIGGER pwid_estimates_no_truncate BEFORE TRUNCATE ON pwid_estimates FOR EACH STATEMENT EXECUTE FUNCTION ledger_refuse_change()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE pwid_estimates`);
    await queryRunner.query(`
      ALTER TABLE movements DROP CONSTRAINT movements_reversals_after_use, DROP CONSTRAINT movements_naloxone_distribution_check,
        DROP COLUMN overdose_reversals, DROP COLUMN naloxone_refill_reason`);
    await queryRunner.query(`DROP TRIGGER products_default_syringe_content ON products`);
    await queryRunner.query(`DROP FUNCTION products_default_syringe_content()`);
    await queryRunner.query(`
      ALTER TABLE products DROP CONSTRAINT products_syringe_content_for_needle_syringes, DROP COLUMN contents_per_unit, DROP COLUMN syringe_content`);
  }
}
