import { MigrationInterface, QueryRunner } from 'typeorm';

/** Resupply requests from a point to its supplier, their lines and decisions, and the history of every change. */
export class ResupplyRequests1795406400000 implements MigrationInterface {
  name = 'ResupplyRequests1795406400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE resupply_requests (
        id uuid PRIMARY KEY,
        point_id uuid NOT NULL REFERENCES points (id),
        supplier_point_id uuid NOT NULL REFERENCES points (id),
        status text NOT NULL CHECK (status IN ('submitted', 'approved', 'rejected', 'cancelled', 'partially_shipped', 'shipped', 'received')),
        note varchar(500),
        requested_by uuid NOT NULL REFERENCES users (id),
        requested_at timestamptz NOT NULL DEFAULT now(),
        decided_by uuid REFERENCES users (id),
        decided_at timestamptz,
        rejection_reason varchar(500),
        updated_at timestamptz NOT NULL DEFAULT now(),
        request_hash text NOT NULL,
        CHECK (point_id <> supplier_point_id),
        CHECK ((status = 'rejected') = (rejection_reason IS NOT NULL)),
        CHECK (decided_by IS NULL OR decided_by <> requested_by)
      )`);
    await queryRunner.query(`CREATE INDEX resupply_requests_point_idx ON resupply_requests (point_id, status)`);
    await queryRunner.query(`CREATE INDEX resupply_requests_supplier_idx ON resupply_requests (supplier_point_id, status)`);
    await queryRunner.query(`
      CREATE TABLE resupply_request_lines (
        request_id uuid NOT NULL REFERENCES resupply_requests (id),
        product_id uuid NOT NULL REFERENCES products (id),
        quantity integer NOT NULL CHECK (quantity > 0),
        note varchar(500),
        approved_quantity integer CHECK (approved_quantity >= 0),
        approval_comment varchar(500),
        PRIMARY KEY (request_id, product_id)
      )`);
    await queryRunner.query(`
      CREATE TABLE resupply_request_events (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        request_id uuid NOT NULL REFERENCES resupply_requests (id),
        status text NOT NULL,
        actor_id uuid REFERENCES users (id),
        at timestamptz NOT NULL DEFAULT now(),
        details jsonb NOT NULL DEFAULT '{}'
      )`);
    await queryRunner.query(`CREATE INDEX resupply_request_events_request_idx ON resupply_request_events (request_id, id)`);
    await queryRunner.query(`
      ALTER TABLE shipments ADD CONSTRAINT shipments_resupply_request_fkey
      FOREIGN KEY (resupply_request_id) REFERENCES resupply_requests (id)`);
    await queryRunner.query(`CREATE INDEX shipments_resupply_request_idx ON shipments (resupply_request_id) WHERE resupply_request_id IS NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX shipments_resupply_request_idx`);
    await queryRunner.query(`ALTER TABLE shipments DROP CONSTRAINT shipments_resupply_request_fkey`);
    await queryRunner.query(`DROP TABLE resupply_request_events`);
    await queryRunner.query(`DROP TABLE resupply_request_lines`);
    await queryRunner.query(`DROP TABLE resupply_requests`);
  }
}
