import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A point shows a stock-out for every product it is expected to carry from the day it opens, so its figures must be
 * computed as soon as it exists: a new point is queued for the shortage report, and so is every point when a product
 * is added or its category, activity or restriction changes (which changes what points are expected to carry).
 */
export class ExpectedProducts1795440500000 implements MigrationInterface {
  name = 'ExpectedProducts1795440500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION stock_status_queue_new_point() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO stock_status_changes (point_id) VALUES (NEW.id);
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER points_stock_status_new AFTER INSERT ON points
      FOR EACH ROW EXECUTE FUNCTION stock_status_queue_new_point()`);
    await queryRunner.query(`
      CREATE FUNCTION stock_status_queue_all_points() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO stock_status_changes (point_id) SELECT id FROM points WHERE active;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER products_stock_status_new AFTER INSERT ON products
      FOR EACH ROW EXECUTE FUNCTION stock_status_queue_all_points()`);
    await queryRunner.query(`
      CREATE TRIGGER products_stock_status_expected AFTER UPDATE ON products
      FOR EACH ROW WHEN ((OLD.category, OLD.active, OLD.restricted) IS DISTINCT FROM (NEW.category, NEW.active, NEW.restricted))
      EXECUTE FUNCTION stock_status_queue_all_points()`);
    await queryRunner.query(`INSERT INTO stock_status_changes (point_id) SELECT id FROM points`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER products_stock_status_expected ON products`);
    await queryRunner.query(`DROP TRIGGER products_stock_status_new ON products`);
    await queryRunner.query(`DROP FUNCTION stock_status_queue_all_points()`);
    await queryRunner.query(`DROP TRIGGER points_stock_status_new ON points`);
    await queryRunner.query(`DROP FUNCTION stock_status_queue_new_point()`);
  }
}
