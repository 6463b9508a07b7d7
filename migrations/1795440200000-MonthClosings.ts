import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Month closing (tutup buku): after the monthly report, the district health office closes a month for its regency or
 * for one point; nothing may be dated in it or before it any more. Closings are history, never edited or removed.
 */
export class MonthClosings1795440200000 implements MigrationInterface {
  name = 'MonthClosings1795440200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE month_closings (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        regency_code text NOT NULL REFERENCES regencies (code),
        point_id uuid REFERENCES points (id),
        month date NOT NULL CHECK (month = date_trunc('month', month)::date),
        closed_by uuid NOT NULL REFERENCES users (id),
        closed_at timestamptz NOT NULL DEFAULT now(),
        note text CHECK (length(note) <= 500)
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX month_closings_scope_key ON month_closings (regency_code, COALESCE(point_id, '00000000-0000-0000-0000-000000000000'), month)`);
    await queryRunner.query(`CREATE INDEX month_closings_point_idx ON month_closings (point_id, month) WHERE point_id IS NOT NULL`);
    await queryRunner.query(`
      CREATE FUNCTION month_closings_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'month_closings is append-only' USING ERRCODE = 'restrict_violation';
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER month_closings_append_only BEFORE UPDATE OR DELETE ON month_closings
        FOR EACH ROW EXECUTE FUNCTION month_closings_append_only()`);
    await queryRunner.query(`
      CREATE TRIGGER month_closings_no_truncate BEFORE TRUNCATE ON month_closings
        FOR EACH STATEMENT EXECUTE FUNCTION month_closings_append_only()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE month_closings`);
    await queryRunner.query(`DROP FUNCTION month_closings_append_only()`);
  }
}
