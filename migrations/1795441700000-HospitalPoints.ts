import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Hospitals (rumah sakit) as a point type (issue 18 item 1): a hospital takes full sharps containers for destruction
 * in its incinerator, dispenses naloxone in its emergency department and some run a needle-syringe service (LASS) of
 * their own.
 */
export class HospitalPoints1795441700000 implements MigrationInterface {
  name = 'HospitalPoints1795441700000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE points DROP CONSTRAINT points_type_check,
        ADD CONSTRAINT points_type_check CHECK (type IN ('district_health_office', 'ngo_office', 'drop_in_centre', 'puskesmas', 'hospital', 'outreach', 'other'))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE points DROP CONSTRAINT points_type_check,
        ADD CONSTRAINT points_type_check CHECK (type IN ('district_health_office', 'ngo_office', 'drop_in_centre', 'puskesmas', 'outreach', 'other'))`);
  }
}
