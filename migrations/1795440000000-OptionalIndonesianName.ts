import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A product's Indonesian name (`name_id`) becomes optional: a catalogue item added before anyone has translated it is
 * still usable, and the field app falls back to the English name.
 */
export class OptionalIndonesianName1795440000000 implements MigrationInterface {
  name = 'OptionalIndonesianName1795440000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE products ALTER COLUMN name_id DROP NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`UPDATE products SET name_id = name WHERE name_id IS NULL`);
    await queryRunner.query(`ALTER TABLE products ALTER COLUMN name_id SET NOT NULL`);
  }
}
