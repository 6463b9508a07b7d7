import { MigrationInterface, QueryRunner } from 'typeorm';

/** One table for every kind of alert (at most one active alert per condition), and IEC editions superseded by others. */
export class ExpiriesAndAlerts1795399200000 implements MigrationInterface {
  name = 'ExpiriesAndAlerts1795399200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE products ADD COLUMN superseded_by_product_id uuid REFERENCES products (id)
        CONSTRAINT products_not_superseded_by_itself CHECK (superseded_by_product_id <> id)`);

    await queryRunner.query(`
      CREATE TABLE alerts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        type text NOT NULL CHECK (type IN (
          'lot_expiring', 'expired_on_hand', 'obsolete_edition', 'stockout', 'below_min', 'shipment_overdue', 'request_overdue')),
        condition_key text NOT NULL,
        point_id uuid NOT NULL REFERENCES points (id),
        product_id uuid REFERENCES products (id),
        lot_id uuid REFERENCES lots (id),
        subject_id uuid,
        severity text NOT NULL CHECK (severity IN ('info', 'warning', 'critical')),
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'acknowledged', 'resolved')),
        details jsonb NOT NULL DEFAULT '{}',
        first_seen_at timestamptz NOT NULL,
        last_seen_at timestamptz NOT NULL,
        acknowledged_at timestamptz,
        acknowledged_by uuid REFERENCES users (id),
        resolved_at timestamptz,
        CHECK ((status = 'resolved') = (resolved_at IS NOT NULL)),
        CHECK ((status = 'open') = (acknowledged_at IS NULL) OR status = 'resolved')
      )`);
    // At most one alert per condition until it is resolved; a condition that comes back later opens a new alert.
    await queryRunner.query(`CREATE UNIQUE INDEX alerts_one_active_per_condition ON alerts (condition_key) WHERE status <> 'resolved'`);
    await queryRunner.query(`CREATE INDEX alerts_point_idx ON alerts (point_id, status, type)`);
    await queryRunner.query(`CREATE INDEX alerts_active_type_idx ON alerts (type, last_seen_at) WHERE status <> 'resolved'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE alerts`);
    await queryRunner.query(`ALTER TABLE products DROP COLUMN superseded_by_product_id`);
  }
}
