import { MigrationInterface, QueryRunner } from 'typeorm';

/** Administrative changes (users, points, products, stock levels): who, what, when, before and after. Append-only. */
export class AuditLog1795410000000 implements MigrationInterface {
  name = 'AuditLog1795410000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE audit_log (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        actor_id uuid REFERENCES users (id),
        action text NOT NULL CHECK (action IN ('create', 'update')),
        entity_type text NOT NULL CHECK (entity_type IN ('user', 'point', 'product', 'stock_levels')),
        entity_id uuid NOT NULL,
        before jsonb,
        after jsonb NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX audit_log_entity_idx ON audit_log (entity_type, entity_id, id)`);
    await queryRunner.query(`CREATE INDEX audit_log_at_idx ON audit_log (at DESC, id DESC)`);
    await queryRunner.query(`
      CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
      FOR EACH ROW EXECUTE FUNCTION ledger_refuse_change()`);
    await queryRunner.query(`
      CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
      FOR EACH STATEMENT EXECUTE FUNCTION ledger_refuse_change()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE audit_log`);
  }
}
