import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Device sessions: a phone logs in once and keeps a long-lived refresh token (stored here only as its SHA-256 hash)
 * that an administrator or the user's district officer can revoke. Nothing about the person beyond the account id:
 * the label is the device's ("HP Android"). A password change or a deactivation ends every session of the account,
 * whichever code path makes it, so the rule lives in a trigger on users.
 */
export class DeviceSessions1795438800000 implements MigrationInterface {
  name = 'DeviceSessions1795438800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE device_sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id),
        device_label varchar(60),
        token_hash bytea NOT NULL CONSTRAINT device_sessions_token_hash_key UNIQUE CHECK (octet_length(token_hash) = 32),
        created_at timestamptz NOT NULL DEFAULT now(),
        last_used_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz,
        revoked_by uuid REFERENCES users (id),
        revoked_reason text CHECK (revoked_reason IN ('logout', 'revoked', 'password_changed', 'deactivated')),
        CONSTRAINT device_sessions_revocation_check CHECK ((revoked_at IS NULL) = (revoked_reason IS NULL))
      )`);
    await queryRunner.query(`CREATE INDEX device_sessions_user_idx ON device_sessions (user_id, last_used_at DESC)`);
    await queryRunner.query(`
      CREATE FUNCTION device_sessions_end_for_user() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE device_sessions
           SET revoked_at = now(),
               revoked_reason = CASE WHEN OLD.active AND NOT NEW.active THEN 'deactivated' ELSE 'password_changed' END
         WHERE user_id = NEW.id AND revoked_at IS NULL;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER users_end_device_sessions AFTER UPDATE OF active, password_changed_at ON users
      FOR EACH ROW WHEN ((OLD.active AND NOT NEW.active) OR NEW.password_changed_at IS DISTINCT FROM OLD.password_changed_at)
      EXECUTE FUNCTION device_sessions_end_for_user()`);
    await queryRunner.query(`
      ALTER TABLE audit_log DROP CONSTRAINT audit_log_entity_type_check,
        ADD CONSTRAINT audit_log_entity_type_check CHECK (entity_type IN ('user', 'point', 'product', 'stock_levels', 'device_session'))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE audit_log DROP CONSTRAINT audit_log_entity_type_check,
        ADD CONSTRAINT audit_log_entity_type_check CHECK (entity_type IN ('user', 'point', 'product', 'stock_levels')) NOT VALID`);
    await queryRunner.query(`DROP TRIGGER users_end_device_sessions ON users`);
    await queryRunner.query(`DROP FUNCTION device_sessions_end_for_user()`);
    await queryRunner.query(`DROP TABLE device_sessions`);
  }
}
