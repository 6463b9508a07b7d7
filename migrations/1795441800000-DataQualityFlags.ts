import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Data-quality flags (issue 19, docs/data-quality.md): figures that look over-reported or double-counted, raised by the
 * scan for a district officer to review, never blocking anything. One flag per kind, point, local month and subject
 * (a movement, a product, or the whole month: ''), with the numbers that raised it; a reviewed flag keeps its evidence
 * and review for good, an unreviewed one follows the data until reviewed.
 */
export class DataQualityFlags1795441800000 implements MigrationInterface {
  name = 'DataQualityFlags1795441800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE data_quality_flags (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ('above_contact_cap', 'repeated_tally', 'month_end_round_numbers', 'distribution_spike', 'backdated_burst', 'stock_not_moving')),
        point_id uuid NOT NULL REFERENCES points(id),
        product_id uuid REFERENCES products(id),
        month date NOT NULL CHECK (extract(day FROM month) = 1),
        subject text NOT NULL,
        evidence jsonb NOT NULL,
        raised_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        seen_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        reviewed_at timestamptz,
        reviewed_by uuid REFERENCES users(id),
        review_comment varchar(500),
        CONSTRAINT data_quality_flags_one_per_subject UNIQUE (kind, point_id, month, subject),
        CONSTRAINT data_quality_flags_review_complete CHECK ((reviewed_at IS NULL) = (reviewed_by IS NULL) AND (reviewed_at IS NULL) = (review_comment IS NULL))
      )`);
    await queryRunner.query(`CREATE INDEX data_quality_flags_open ON data_quality_flags (month DESC, point_id) WHERE reviewed_at IS NULL`);
    await queryRunner.query(`CREATE INDEX data_quality_flags_point ON data_quality_flags (point_id, month DESC)`);
    // A review is for good: once reviewed, a flag is never changed or removed.
    await queryRunner.query(`
      CREATE FUNCTION data_quality_flags_keep_reviews() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.reviewed_at IS NOT NULL THEN
          RAISE EXCEPTION 'data_quality_flags: flag % was reviewed and is kept as it is', OLD.id USING ERRCODE = 'restrict_violation';
        END IF;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER data_quality_flags_keep_reviews BEFORE UPDATE OR DELETE ON data_quality_flags
      FOR EACH ROW EXECUTE FUNCTION data_quality_flags_keep_reviews()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE data_quality_flags`);
    await queryRunner.query(`DROP FUNCTION data_quality_flags_keep_reviews()`);
  }
}
