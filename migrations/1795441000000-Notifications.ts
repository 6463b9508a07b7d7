import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * In-app notifications: one row per recipient and event, written in the transaction of the event (a request decided,
 * a shipment sent, a point stocked out) or by the daily notification scan (stock expiring within 30 days, a month
 * about to close). `dedupe_key` makes each event notify a user once, whatever retries or scans repeat. The details
 * are codes and figures only (kinds in src/notifications/notification-kinds.ts): the app words them in the reader's
 * language, and there is no free text to leak.
 */
export class Notifications1795441000000 implements MigrationInterface {
  name = 'Notifications1795441000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE notifications (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES users(id),
        kind text NOT NULL CHECK (kind IN ('request_submitted', 'request_approved', 'request_rejected', 'request_shipped',
                                           'shipment_sent', 'stockout', 'lot_expiring', 'month_closing')),
        dedupe_key text NOT NULL,
        point_id uuid REFERENCES points(id),
        subject_id uuid,
        details jsonb NOT NULL DEFAULT '{}'::jsonb CHECK (jsonb_typeof(details) = 'object'),
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz,
        CONSTRAINT notifications_once UNIQUE (user_id, dedupe_key)
      )`);
    await queryRunner.query(`CREATE INDEX notifications_user_idx ON notifications (user_id, id DESC)`);
    await queryRunner.query(`CREATE INDEX notifications_unread_idx ON notifications (user_id) WHERE read_at IS NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE notifications`);
  }
}
