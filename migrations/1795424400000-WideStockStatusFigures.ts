import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Quantities kept in `stock_status` become bigint: a suggested resupply extrapolated from one large day of use could
 * exceed a 32-bit integer, and the whole shortage report and the status scan then failed for everyone in scope.
 */
export class WideStockStatusFigures1795424400000 implements MigrationInterface {
  name = 'WideStockStatusFigures1795424400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE stock_status
        ALTER COLUMN usable TYPE bigint, ALTER COLUMN expired TYPE bigint, ALTER COLUMN in_transit TYPE bigint,
        ALTER COLUMN amc_consumed TYPE bigint, ALTER COLUMN suggested_quantity TYPE bigint, ALTER COLUMN quantity_expiring TYPE bigint`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE stock_status
        ALTER COLUMN usable TYPE integer, ALTER COLUMN expired TYPE integer, ALTER COLUMN in_transit TYPE integer,
        ALTER COLUMN amc_consumed TYPE integer, ALTER COLUMN suggested_quantity TYPE integer, ALTER COLUMN quantity_expiring TYPE integer`);
  }
}
