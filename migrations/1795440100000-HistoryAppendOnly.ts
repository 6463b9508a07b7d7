import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Shipment and resupply request history is kept like the ledger: the database refuses what the application never
 * does, whichever role or code path sends it.
 *
 * - A shipment's dispatch (points, lines, quantities sent, dates) never changes; it ends once, received or cancelled,
 *   and a line's received quantity and discrepancy are written once. Nothing is deleted.
 * - A resupply request's facts (points, requester, quantities requested) never change; its decision is written once,
 *   a rejected, cancelled or received request stays so, and a decided one never goes back to submitted. Its events
 *   are append-only. Nothing is deleted.
 * - The one exception everywhere is an administrator's audited redaction of free text (the text becomes
 *   '[redacted]'; figures, ids and dates stay): allowed only in a transaction that wrote a matching `redact` entry to
 *   the audit log and named it in the setting `pasokan.redaction_audit_id`, so no text disappears without a trace.
 */
export class HistoryAppendOnly1795440100000 implements MigrationInterface {
  name = 'HistoryAppendOnly1795440100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE audit_log DROP CONSTRAINT IF EXISTS audit_log_action_check`);
    await queryRunner.query(`ALTER TABLE audit_log ADD CONSTRAINT audit_log_action_check CHECK (action IN ('create', 'update', 'redact'))`);
    await queryRunner.query(`ALTER TABLE audit_log DROP CONSTRAINT IF EXISTS audit_log_entity_type_check`);
    await queryRunner.query(`
      ALTER TABLE audit_log ADD CONSTRAINT audit_log_entity_type_check
      CHECK (entity_type IN ('user', 'point', 'product', 'stock_levels', 'device_session', 'movement', 'shipment', 'resupply_request'))`);

    await queryRunner.query(`
      CREATE FUNCTION redaction_audited(entity uuid) RETURNS boolean LANGUAGE sql STABLE AS $$
        SELECT EXISTS (
          SELECT 1 FROM audit_log
           WHERE id = nullif(current_setting('pasokan.redaction_audit_id', true), '')::bigint
             AND action = 'redact' AND entity_id = entity AND at = now())
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION text_redaction_of(old_text text, new_text text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
        SELECT new_text IS NOT DISTINCT FROM old_text OR (old_text IS NOT NULL AND new_text = '[redacted]')
      $$`);
    // Same shape and the same numbers, booleans and nulls; only strings may become '[redacted]'.
    await queryRunner.query(`
      CREATE FUNCTION json_redaction_of(old_json jsonb, new_json jsonb) RETURNS boolean LANGUAGE plpgsql IMMUTABLE AS $$
      DECLARE
        key text;
        position integer;
      BEGIN
        IF new_json IS NOT DISTINCT FROM old_json THEN RETURN true; END IF;
        IF old_json IS NULL OR new_json IS NULL THEN RETURN false; END IF;
        IF jsonb_typeof(old_json) = 'string' THEN RETURN new_json = '"[redacted]"'::jsonb; END IF;
        IF jsonb_typeof(old_json) <> jsonb_typeof(new_json) THEN RETURN false; END IF;
        IF jsonb_typeof(old_json) = 'object' THEN
          IF (SELECT array_agg(k ORDER BY k) FROM jsonb_object_keys(old_json) k)
             IS DISTINCT FROM (SELECT array_agg(k ORDER BY k) FROM jsonb_object_keys(new_json) k) THEN
            RETURN false;
          END IF;
          FOR key IN SELECT jsonb_object_keys(old_json) LOOP
            IF NOT json_redaction_of(old_json -> key, new_json -> key) THEN RETURN false; END IF;
          END LOOP;
          RETURN true;
        END IF;
        IF jsonb_typeof(old_json) = 'array' THEN
          IF jsonb_array_length(old_json) <> jsonb_array_length(new_json) THEN RETURN false; END IF;
          FOR position IN 0 .. jsonb_array_length(old_json) - 1 LOOP
            IF NOT json_redaction_of(old_json -> position, new_json -> position) THEN RETURN false; END IF;
          END LOOP;
          RETURN true;
        END IF;
        RETURN false;
      END $$`);
    await queryRunner.query(`
      CREATE FUNCTION history_refuse(message text) RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'pasokan: %', message USING ERRCODE = 'P0001', HINT = 'ledger_append_only';
      END $$`);

    // The ledger and the audit log: append-only as before, plus the audited redaction of their free text.
    await queryRunner.query(`
      CREATE FUNCTION movements_guard_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        -- A shipment's redaction covers the notes of its dispatch, receipt and cancellation movements.
        IF TG_OP = 'UPDATE' AND (redaction_audited(OLD.id) OR redaction_audited(OLD.shipment_id))
           AND (NEW.id, NEW.point_id, NEW.type, NEW.occurred_at, NEW.recorded_at, NEW.recorded_by, NEW.contacts,
                NEW.reverses_movement_id, NEW.shipment_id, NEW.request_hash)
               IS NOT DISTINCT FROM (OLD.id, OLD.point_id, OLD.type, OLD.occurred_at, OLD.recorded_at, OLD.recorded_by, OLD.contacts,
                OLD.reverses_movement_id, OLD.shipment_id, OLD.request_hash)
           AND text_redaction_of(OLD.note, NEW.note) AND text_redaction_of(OLD.source, NEW.source) THEN
          RETURN NEW;
        END IF;
        PERFORM history_refuse('movements is append-only; correct a mistake with a reversing movement');
        RETURN NULL;
      END $$`);
    await queryRunner.query(`DROP TRIGGER movements_append_only ON movements`);
    await queryRunner.query(`
      CREATE TRIGGER movements_append_only BEFORE UPDATE OR DELETE ON movements
      FOR EACH ROW EXECUTE FUNCTION movements_guard_change()`);

    await queryRunner.query(`
      CREATE FUNCTION audit_log_guard_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND OLD.action <> 'redact' AND redaction_audited(OLD.entity_id)
           AND (NEW.id, NEW.at, NEW.actor_id, NEW.action, NEW.entity_type, NEW.entity_id)
               IS NOT DISTINCT FROM (OLD.id, OLD.at, OLD.actor_id, OLD.action, OLD.entity_type, OLD.entity_id)
           AND json_redaction_of(OLD.before, NEW.before) AND json_redaction_of(OLD.after, NEW.after) THEN
          RETURN NEW;
        END IF;
        PERFORM history_refuse('audit_log is append-only');
        RETURN NULL;
      END $$`);
    await queryRunner.query(`DROP TRIGGER audit_log_append_only ON audit_log`);
    await queryRunner.query(`
      CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
      FOR EACH ROW EXECUTE FUNCTION audit_log_guard_change()`);

    await queryRunner.query(`
      CREATE FUNCTION shipments_guard_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE'
           AND (NEW.id, NEW.from_point_id, NEW.to_point_id, NEW.resupply_request_id, NEW.dispatch_movement_id, NEW.dispatched_at)
               IS NOT DISTINCT FROM (OLD.id, OLD.from_point_id, OLD.to_point_id, OLD.resupply_request_id, OLD.dispatch_movement_id, OLD.dispatched_at) THEN
          -- Its one ending: received or cancelled, once.
          IF OLD.status = 'in_transit' AND NEW.status IN ('received', 'cancelled') AND NEW.note IS NOT DISTINCT FROM OLD.note THEN
            RETURN NEW;
          END IF;
          IF (NEW.status, NEW.receipt_movement_id, NEW.received_at, NEW.cancel_movement_id, NEW.cancelled_at)
               IS NOT DISTINCT FROM (OLD.status, OLD.receipt_movement_id, OLD.received_at, OLD.cancel_movement_id, OLD.cancelled_at)
             AND redaction_audited(OLD.id) AND text_redaction_of(OLD.note, NEW.note) THEN
            RETURN NEW;
          END IF;
        END IF;
        PERFORM history_refuse('shipments are history: a shipment in transit is received or cancelled once, nothing else changes');
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE FUNCTION shipment_lines_guard_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND OLD.quantity_received IS NULL AND OLD.discrepancy_reason IS NULL
           AND (NEW.shipment_id, NEW.lot_id, NEW.product_id, NEW.quantity_sent)
               IS NOT DISTINCT FROM (OLD.shipment_id, OLD.lot_id, OLD.product_id, OLD.quantity_sent) THEN
          RETURN NEW;
        END IF;
        PERFORM history_refuse('shipment lines are history: what was sent never changes, what arrived is written once');
        RETURN NULL;
      END $$`);

    await queryRunner.query(`
      CREATE FUNCTION resupply_requests_guard_change() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        decision_kept boolean;
      BEGIN
        IF TG_OP = 'UPDATE'
           AND (NEW.id, NEW.point_id, NEW.supplier_point_id, NEW.requested_by, NEW.requested_at, NEW.request_hash)
               IS NOT DISTINCT FROM (OLD.id, OLD.point_id, OLD.supplier_point_id, OLD.requested_by, OLD.requested_at, OLD.request_hash) THEN
          decision_kept := (NEW.decided_by, NEW.decided_at) IS NOT DISTINCT FROM (OLD.decided_by, OLD.decided_at);
          -- A status change: never out of an end state, never back to submitted, a decision written once.
          IF NEW.note IS NOT DISTINCT FROM OLD.note AND NEW.rejection_reason IS NOT DISTINCT FROM OLD.rejection_reason
             AND OLD.status NOT IN ('rejected', 'cancelled', 'received') AND NEW.status <> 'submitted'
             AND (decision_kept OR (OLD.decided_by IS NULL AND OLD.decided_at IS NULL)) THEN
            RETURN NEW;
          END IF;
          IF OLD.status = 'submitted' AND NEW.status = 'rejected' AND OLD.rejection_reason IS NULL AND OLD.decided_by IS NULL
             AND NEW.note IS NOT DISTINCT FROM OLD.note THEN
            RETURN NEW;
          END IF;
          IF NEW.status = OLD.status AND decision_kept AND redaction_audited(OLD.id)
             AND text_redaction_of(OLD.note, NEW.note) AND text_redaction_of(OLD.rejection_reason, NEW.rejection_reason) THEN
            RETURN NEW;
          END IF;
        END IF;
        PERFORM history_refuse('resupply requests are history: their facts never change and a decision is written once');
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE FUNCTION resupply_request_lines_guard_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND (NEW.request_id, NEW.product_id, NEW.quantity) IS NOT DISTINCT FROM (OLD.request_id, OLD.product_id, OLD.quantity) THEN
          IF OLD.approved_quantity IS NULL AND OLD.approval_comment IS NULL AND NEW.note IS NOT DISTINCT FROM OLD.note THEN
            RETURN NEW;
          END IF;
          IF NEW.approved_quantity IS NOT DISTINCT FROM OLD.approved_quantity AND redaction_audited(OLD.request_id)
             AND text_redaction_of(OLD.note, NEW.note) AND text_redaction_of(OLD.approval_comment, NEW.approval_comment) THEN
            RETURN NEW;
          END IF;
        END IF;
        PERFORM history_refuse('resupply request lines are history: what was requested never changes, a decision is written once');
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE FUNCTION resupply_request_events_guard_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND redaction_audited(OLD.request_id)
           AND (NEW.id, NEW.request_id, NEW.status, NEW.actor_id, NEW.at) IS NOT DISTINCT FROM (OLD.id, OLD.request_id, OLD.status, OLD.actor_id, OLD.at)
           AND json_redaction_of(OLD.details, NEW.details) THEN
          RETURN NEW;
        END IF;
        PERFORM history_refuse('resupply_request_events is append-only');
        RETURN NULL;
      END $$`);

    for (const table of ['shipments', 'shipment_lines', 'resupply_requests', 'resupply_request_lines', 'resupply_request_events']) {
      await queryRunner.query(`
        CREATE TRIGGER ${table}_history BEFORE UPDATE OR DELETE ON ${table}
        FOR EACH ROW EXECUTE FUNCTION ${table}_guard_change()`);
      await queryRunner.query(`
        CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON ${table}
        FOR EACH STATEMENT EXECUTE FUNCTION ledger_refuse_change()`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['shipments', 'shipment_lines', 'resupply_requests', 'resupply_request_lines', 'resupply_request_events']) {
      await queryRunner.query(`DROP TRIGGER ${table}_no_truncate ON ${table}`);
      await queryRunner.query(`DROP TRIGGER ${table}_history ON ${table}`);
      await queryRunner.query(`DROP FUNCTION ${table}_guard_change()`);
    }
    await queryRunner.query(`DROP TRIGGER audit_log_append_only ON audit_log`);
    await queryRunner.query(`CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION ledger_refuse_change()`);
    await queryRunner.query(`DROP FUNCTION audit_log_guard_change()`);
    await queryRunner.query(`DROP TRIGGER movements_append_only ON movements`);
    await queryRunner.query(`CREATE TRIGGER movements_append_only BEFORE UPDATE OR DELETE ON movements FOR EACH ROW EXECUTE FUNCTION ledger_refuse_change()`);
    await queryRunner.query(`DROP FUNCTION movements_guard_change()`);
    await queryRunner.query(`DROP FUNCTION history_refuse(text)`);
    await queryRunner.query(`DROP FUNCTION json_redaction_of(jsonb, jsonb)`);
    await queryRunner.query(`DROP FUNCTION text_redaction_of(text, text)`);
    await queryRunner.query(`DROP FUNCTION redaction_audited(uuid)`);
    await queryRunner.query(`ALTER TABLE audit_log DROP CONSTRAINT audit_log_entity_type_check`);
    await queryRunner.query(`ALTER TABLE audit_log ADD CONSTRAINT audit_log_entity_type_check CHECK (entity_type IN ('user', 'point', 'product', 'stock_levels', 'device_session')) NOT VALID`);
    await queryRunner.query(`ALTER TABLE audit_log DROP CONSTRAINT audit_log_action_check`);
    await queryRunner.query(`ALTER TABLE audit_log ADD CONSTRAINT audit_log_action_check CHECK (action IN ('create', 'update')) NOT VALID`);
  }
}
