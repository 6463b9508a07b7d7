import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The stock ledger: lots, movements (client-generated ids, for idempotency), append-only ledger lines, the stock
 * balance projection kept by a trigger in the same transaction (never negative), and shipments between points.
 */
export class StockLedger1795395600000 implements MigrationInterface {
  name = 'StockLedger1795395600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE lots (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        product_id uuid NOT NULL REFERENCES products (id),
        lot_number varchar(60) NOT NULL CHECK (length(lot_number) > 0),
        expiry_date date NOT NULL,
        funding_source text NOT NULL CHECK (funding_source IN ('APBN', 'APBD', 'GLOBAL_FUND', 'OTHER_DONOR')),
        donor_name varchar(120),
        gtin varchar(14) CHECK (gtin ~ '^([0-9]{8}|[0-9]{12,14})$'),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT lots_identity_key UNIQUE (product_id, lot_number, expiry_date),
        CONSTRAINT lots_id_product_key UNIQUE (id, product_id),
        CONSTRAINT lots_donor_check CHECK ((funding_source = 'OTHER_DONOR') = (donor_name IS NOT NULL))
      )`);

    await queryRunner.query(`
      CREATE TABLE movements (
        id uuid PRIMARY KEY,
        point_id uuid NOT NULL REFERENCES points (id),
        type text NOT NULL CHECK (type IN (
          'receipt', 'distribution', 'adjustment', 'stock_count', 'reversal',
          'shipment_dispatch', 'shipment_receipt', 'shipment_cancel')),
        occurred_at timestamptz NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        recorded_by uuid NOT NULL REFERENCES users (id),
        note varchar(500),
        contacts integer CHECK (contacts >= 0),
        source varchar(200),
        reverses_movement_id uuid CONSTRAINT movements_reverses_key UNIQUE REFERENCES movements (id),
        shipment_id uuid,
        request_hash text NOT NULL,
        CHECK ((type = 'reversal') = (reverses_movement_id IS NOT NULL))
      )`);
    await queryRunner.query(`CREATE INDEX movements_point_idx ON movements (point_id, occurred_at DESC, id)`);

    await queryRunner.query(`
      CREATE TABLE ledger_lines (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        movement_id uuid NOT NULL REFERENCES movements (id),
        line_no integer NOT NULL,
        point_id uuid NOT NULL REFERENCES points (id),
        product_id uuid NOT NULL,
        lot_id uuid NOT NULL,
        quantity integer NOT NULL,
        counted_quantity integer CHECK (counted_quantity >= 0),
        reason text CHECK (reason IN (
          'damaged', 'quality_problem', 'lost', 'stolen', 'found', 'expired_write_off', 'correction')),
        occurred_at timestamptz NOT NULL,
        CONSTRAINT ledger_lines_lot_fkey FOREIGN KEY (lot_id, product_id) REFERENCES lots (id, product_id),
        CONSTRAINT ledger_lines_movement_line_key UNIQUE (movement_id, line_no),
        CHECK (quantity <> 0 OR counted_quantity IS NOT NULL)
      )`);
    await queryRunner.query(`CREATE INDEX ledger_lines_card_idx ON ledger_lines (point_id, product_id, occurred_at, id)`);
    await queryRunner.query(`CREATE INDEX ledger_lines_lot_idx ON ledger_lines (lot_id)`);

    await queryRunner.query(`
      CREATE TABLE stock_balances (
        point_id uuid NOT NULL REFERENCES points (id),
        lot_id uuid NOT NULL,
        product_id uuid NOT NULL,
        quantity integer NOT NULL CONSTRAINT stock_balances_non_negative CHECK (quantity >= 0),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (point_id, lot_id),
        FOREIGN KEY (lot_id, product_id) REFERENCES lots (id, product_id)
      )`);
    await queryRunner.query(`CREATE INDEX stock_balances_product_idx ON stock_balances (point_id, product_id)`);

    // The balance follows the ledger in the same transaction; the CHECK above refuses any line that would make it
    // negative, whatever code path inserted it.
    await queryRunner.query(`
      CREATE FUNCTION ledger_apply_line() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        -- Update first: INSERT ... ON CONFLICT checks the CHECK constraint on the (negative) candidate row and fails.
        UPDATE stock_balances SET quantity = quantity + NEW.quantity, updated_at = now()
         WHERE point_id = NEW.point_id AND lot_id = NEW.lot_id;
        IF NOT FOUND THEN
          -- No stock of this lot here yet: a debit fails the non-negative CHECK, a credit creates the balance.
          INSERT INTO stock_balances (point_id, lot_id, product_id, quantity, updated_at)
          VALUES (NEW.point_id, NEW.lot_id, NEW.product_id, NEW.quantity, now())
          ON CONFLICT (point_id, lot_id)
          DO UPDATE SET quantity = stock_balances.quantity + EXCLUDED.quantity, updated_at = now();
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER ledger_lines_apply AFTER INSERT ON ledger_lines
      FOR EACH ROW WHEN (NEW.quantity <> 0) EXECUTE FUNCTION ledger_apply_line()`);

    // History is never edited: UPDATE, DELETE and TRUNCATE on the ledger fail at the database.
    await queryRunner.query(`
      CREATE FUNCTION ledger_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'pasokan: % is append-only; correct a mistake with a reversing movement', TG_TABLE_NAME
          USING ERRCODE = 'P0001', HINT = 'ledger_append_only';
      END $$`);
    for (const table of ['movements', 'ledger_lines']) {
      await queryRunner.query(`
        CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON ${table}
        FOR EACH ROW EXECUTE FUNCTION ledger_refuse_change()`);
      await queryRunner.query(`
        CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON ${table}
        FOR EACH STATEMENT EXECUTE FUNCTION ledger_refuse_change()`);
    }
    // Balances change only through ledger lines (the trigger above runs at depth 1).
    await queryRunner.query(`
      CREATE FUNCTION stock_balances_refuse_direct() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'pasokan: stock balances change only through ledger lines' USING ERRCODE = 'P0001';
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER stock_balances_guard BEFORE INSERT OR UPDATE OR DELETE ON stock_balances
      FOR EACH ROW WHEN (pg_trigger_depth() < 1) EXECUTE FUNCTION stock_balances_refuse_direct()`);
    await queryRunner.query(`
      CREATE TRIGGER stock_balances_no_truncate BEFORE TRUNCATE ON stock_balances
      FOR EACH STATEMENT EXECUTE FUNCTION stock_balances_refuse_direct()`);

    await queryRunner.query(`
      CREATE TABLE shipments (
        id uuid PRIMARY KEY,
        from_point_id uuid NOT NULL REFERENCES points (id),
        to_point_id uuid NOT NULL REFERENCES points (id),
        status text NOT NULL CHECK (status IN ('in_transit', 'received', 'cancelled')),
        note varchar(500),
        resupply_request_id uuid,
        dispatch_movement_id uuid NOT NULL UNIQUE REFERENCES movements (id),
        receipt_movement_id uuid UNIQUE REFERENCES movements (id),
        cancel_movement_id uuid UNIQUE REFERENCES movements (id),
        dispatched_at timestamptz NOT NULL,
        received_at timestamptz,
        cancelled_at timestamptz,
        CHECK (from_point_id <> to_point_id),
        CHECK ((status = 'received') = (receipt_movement_id IS NOT NULL)),
        CHECK ((status = 'cancelled') = (cancel_movement_id IS NOT NULL))
      )`);
    await queryRunner.query(`CREATE INDEX shipments_from_idx ON shipments (from_point_id, status)`);
    await queryRunner.query(`CREATE INDEX shipments_to_idx ON shipments (to_point_id, status)`);
    await queryRunner.query(`
      CREATE TABLE shipment_lines (
        shipment_id uuid NOT NULL REFERENCES shipments (id),
        lot_id uuid NOT NULL,
        product_id uuid NOT NULL,
        quantity_sent integer NOT NULL CHECK (quantity_sent > 0),
        quantity_received integer CHECK (quantity_received >= 0),
        discrepancy_reason text CHECK (discrepancy_reason IN ('damaged', 'lost', 'stolen', 'quality_problem', 'expired_write_off', 'correction')),
        PRIMARY KEY (shipment_id, lot_id),
        FOREIGN KEY (lot_id, product_id) REFERENCES lots (id, product_id),
        CHECK (quantity_received IS NULL OR quantity_received <= quantity_sent),
        CHECK (quantity_received IS NULL OR quantity_received = quantity_sent OR discrepancy_reason IS NOT NULL)
      )`);
    await queryRunner.query(`
      ALTER TABLE movements ADD CONSTRAINT movements_shipment_fkey
      FOREIGN KEY (shipment_id) REFERENCES shipments (id) DEFERRABLE INITIALLY DEFERRED`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE movements DROP CONSTRAINT movements_shipment_fkey`);
    await queryRunner.query(`DROP TABLE shipment_lines`);
    await queryRunner.query(`DROP TABLE shipments`);
    await queryRunner.query(`DROP TABLE stock_balances`);
    await queryRunner.query(`DROP TABLE ledger_lines`);
    await queryRunner.query(`DROP TABLE movements`);
    await queryRunner.query(`DROP FUNCTION stock_balances_refuse_direct()`);
    await queryRunner.query(`DROP FUNCTION ledger_refuse_change()`);
    await queryRunner.query(`DROP FUNCTION ledger_apply_line()`);
    await queryRunner.query(`DROP TABLE lots`);
  }
}
