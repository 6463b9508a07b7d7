import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Outreach shifts (issue 19, docs/outreach-shifts.md): the bag an outreach officer takes from the point that supplies
 * their kit at the start of a shift, and what came back at its end. Stock moves only through the ledger (the issue and
 * the return are shipments received at once, the explained differences are distributions and adjustments at the kit);
 * these tables keep the shift and its reconciliation per product. A shift is opened once and closed once: nothing is
 * changed after that, and the database holds the reconciliation's arithmetic.
 */
export class OutreachShifts1795441900000 implements MigrationInterface {
  name = 'OutreachShifts1795441900000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE outreach_shifts (
        id uuid PRIMARY KEY,
        kit_point_id uuid NOT NULL REFERENCES points(id),
        issuing_point_id uuid NOT NULL REFERENCES points(id),
        remainder text NOT NULL CHECK (remainder IN ('return', 'keep')),
        status text NOT NULL CHECK (status IN ('open', 'closed')),
        started_at timestamptz NOT NULL,
        started_by uuid NOT NULL REFERENCES users(id),
        request_hash text NOT NULL,
        issue_shipment_id uuid NOT NULL UNIQUE REFERENCES shipments(id) DEFERRABLE INITIALLY DEFERRED,
        closed_at timestamptz,
        closed_by uuid REFERENCES users(id),
        close_id uuid UNIQUE,
        close_request_hash text,
        return_shipment_id uuid UNIQUE REFERENCES shipments(id),
        unrecorded_movement_id uuid UNIQUE REFERENCES movements(id),
        adjustment_movement_id uuid UNIQUE REFERENCES movements(id),
        CONSTRAINT outreach_shifts_two_points CHECK (kit_point_id <> issuing_point_id),
        CONSTRAINT outreach_shifts_close_complete CHECK (
          (status = 'closed') = (closed_at IS NOT NULL) AND (closed_at IS NULL) = (closed_by IS NULL)
          AND (closed_at IS NULL) = (close_id IS NULL) AND (closed_at IS NULL) = (close_request_hash IS NULL)),
        CONSTRAINT outreach_shifts_return_when_closed CHECK (num_nonnulls(return_shipment_id, unrecorded_movement_id, adjustment_movement_id) = 0 OR status = 'closed'),
        CONSTRAINT outreach_shifts_closed_after_start CHECK (closed_at IS NULL OR closed_at >= started_at)
      )`);
    // One open shift per kit: a bag is either out or back.
    await queryRunner.query(`CREATE UNIQUE INDEX outreach_shifts_one_open_per_kit ON outreach_shifts (kit_point_id) WHERE status = 'open'`);
    await queryRunner.query(`CREATE INDEX outreach_shifts_kit ON outreach_shifts (kit_point_id, started_at DESC)`);
    await queryRunner.query(`CREATE INDEX outreach_shifts_issuing ON outreach_shifts (issuing_point_id, started_at DESC)`);
    await queryRunner.query(`CREATE INDEX outreach_shifts_open ON outreach_shifts (started_at) WHERE status = 'open'`);

    await queryRunner.query(`
      CREATE TABLE outreach_shift_products (
        shift_id uuid NOT NULL REFERENCES outreach_shifts(id),
        product_id uuid NOT NULL REFERENCES products(id),
        opening integer NOT NULL CHECK (opening >= 0),
        issued integer NOT NULL CHECK (issued >= 0),
        distributed integer,
        other_change integer,
        expected integer CHECK (expected >= 0),
        counted integer CHECK (counted >= 0),
        unrecorded integer CHECK (unrecorded >= 0),
        lost integer CHECK (lost >= 0),
        damaged integer CHECK (damaged >= 0),
        found integer CHECK (found >= 0),
        returned integer CHECK (returned >= 0),
        PRIMARY KEY (shift_id, product_id),
        CONSTRAINT outreach_shift_products_closed_complete CHECK (
          num_nulls(distributed, other_change, expected, counted, unrecorded, lost, damaged, found, returned) IN (0, 9)),
        -- What was counted is what the ledger expected, plus what was found, less what was handed out unrecorded, lost or damaged.
        CONSTRAINT outreach_shift_products_explained CHECK (counted IS NULL OR counted = expected + found - unrecorded - lost - damaged),
        CONSTRAINT outreach_shift_products_expected CHECK (expected IS NULL OR expected = opening + issued - distributed + other_change),
        CONSTRAINT outreach_shift_products_returned CHECK (returned IS NULL OR returned IN (0, counted))
      )`);

    // Opened once, closed once: the only change a shift takes is its close, and its products' figures are filled in then.
    await queryRunner.query(`
      CREATE FUNCTION outreach_shifts_close_once() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          RAISE EXCEPTION 'outreach_shifts: shifts are kept as they happened' USING ERRCODE = 'restrict_violation';
        END IF;
        IF OLD.status <> 'open' OR NEW.status <> 'closed' OR (NEW.id, NEW.kit_point_id, NEW.issuing_point_id, NEW.remainder, NEW.started_at,
            NEW.started_by, NEW.request_hash, NEW.issue_shipment_id) IS DISTINCT FROM (OLD.id, OLD.kit_point_id, OLD.issuing_point_id,
            OLD.remainder, OLD.started_at, OLD.started_by, OLD.request_hash, OLD.issue_shipment_id) THEN
          RAISE EXCEPTION 'outreach_shifts: shift % can only be closed, once', OLD.id USING ERRCODE = 'restrict_violation';
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER outreach_shifts_close_once BEFORE UPDATE OR DELETE ON outreach_shifts
      FOR EACH ROW EXECUTE FUNCTION outreach_shifts_close_once()`);
    await queryRunner.query(`
      CREATE FUNCTION outreach_shift_products_close_once() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' OR OLD.counted IS NOT NULL OR (NEW.shift_id, NEW.product_id, NEW.opening, NEW.issued)
            IS DISTINCT FROM (OLD.shift_id, OLD.product_id, OLD.opening, OLD.issued) THEN
          RAISE EXCEPTION 'outreach_shift_products: the figures of shift % are kept as they were closed', OLD.shift_id USING ERRCODE = 'restrict_violation';
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER outreach_shift_products_close_once BEFORE UPDATE OR DELETE ON outreach_shift_products
      FOR EACH ROW EXECUTE FUNCTION outreach_shift_products_close_once()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE outreach_shift_products`);
    await queryRunner.query(`DROP TABLE outreach_shifts`);
    await queryRunner.query(`DROP FUNCTION outreach_shift_products_close_once()`);
    await queryRunner.query(`DROP FUNCTION outreach_shifts_close_once()`);
  }
}
