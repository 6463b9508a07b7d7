import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Lots are shared by every point in the country, and one manufacturer's batch is often bought by several funders
 * (APBN, APBD, the Global Fund). The funding source (and the donor's name) is therefore part of a lot's identity:
 * the same lot number and expiry received with another funding source is another lot, instead of being refused
 * because the first point to register the number fixed its funding for everyone.
 */
export class LotFundingInIdentity1795428000000 implements MigrationInterface {
  name = 'LotFundingInIdentity1795428000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE lots DROP CONSTRAINT lots_identity_key`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX lots_identity_key ON lots (product_id, lot_number, expiry_date, funding_source, (COALESCE(donor_name, '')))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX lots_identity_key`);
    await queryRunner.query(`ALTER TABLE lots ADD CONSTRAINT lots_identity_key UNIQUE (product_id, lot_number, expiry_date)`);
  }
}
