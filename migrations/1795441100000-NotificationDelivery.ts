import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Notifications leave the app: a staff member's work e-mail (never a client's: pasokan has no client records) for
 * immediate stock-out mail and the district officers' daily digest, and webhooks an NGO points at its own WhatsApp or
 * Telegram gateway. A webhook delivery is made in the transaction of its event, once per subscription and event
 * (unique), and the delivery worker posts it, signed, retrying with backoff.
 */
export class NotificationDelivery1795441100000 implements MigrationInterface {
  name = 'NotificationDelivery1795441100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE users ADD COLUMN email varchar(254) CHECK (email ~ '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$')`);
    await queryRunner.query(`ALTER TABLE notifications ADD COLUMN emailed_at timestamptz`);
    await queryRunner.query(`CREATE INDEX notifications_to_mail_idx ON notifications (created_at) WHERE emailed_at IS NULL`);
    await queryRunner.query(`
      CREATE TABLE webhook_subscriptions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        url text NOT NULL CHECK (url ~ '^https?://' AND length(url) <= 500),
        secret text NOT NULL CHECK (length(secret) >= 32),
        kinds text[] NOT NULL CHECK (cardinality(kinds) > 0),
        regency_codes text[],
        active boolean NOT NULL DEFAULT true,
        created_by uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE webhook_deliveries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        subscription_id uuid NOT NULL REFERENCES webhook_subscriptions(id),
        event_key text NOT NULL,
        kind text NOT NULL,
        payload jsonb NOT NULL,
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'failed')),
        attempts integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        last_status integer,
        last_error text CHECK (length(last_error) <= 500),
        delivered_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT webhook_deliveries_once UNIQUE (subscription_id, event_key),
        CHECK ((status = 'delivered') = (delivered_at IS NOT NULL))
      )`);
    await queryRunner.query(`CREATE INDEX webhook_deliveries_due_idx ON webhook_deliveries (next_attempt_at) WHERE status = 'pending'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE webhook_deliveries`);
    await queryRunner.query(`DROP TABLE webhook_subscriptions`);
    await queryRunner.query(`DROP INDEX notifications_to_mail_idx`);
    await queryRunner.query(`ALTER TABLE notifications DROP COLUMN emailed_at`);
    await queryRunner.query(`ALTER TABLE users DROP COLUMN email`);
  }
}
