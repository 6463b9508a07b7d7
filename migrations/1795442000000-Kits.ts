import { MigrationInterface, QueryRunner } from 'typeorm';

const MOVEMENT_TYPES_BEFORE = ['receipt', 'distribution', 'adjustment', 'stock_count', 'reversal', 'shipment_dispatch', 'shipment_receipt', 'shipment_cancel', 'sharps_return', 'sharps_handover', 'sharps_destruction'];
const FIGURES_BEFORE = ['receipt', 'distribution', 'adjustment', 'stock_count', 'shipment_dispatch', 'shipment_receipt'];
const KIT_TYPES = ['kit_assembly', 'kit_disassembly'];

/** The consumption trigger and its rebuild, with kit lots' hand-outs counted for their components too (`withKits`). */
function consumptionFunctions(withKits: boolean): string[] {
  const histories = (alias: string, from: string) => `
        SELECT ${alias}point_id, ${alias}product_id, min((${alias}occurred_at AT TIME ZONE pr.time_zone)::date)
          FROM ${from} JOIN points p ON p.id = ${alias}point_id JOIN regencies r ON r.code = p.regency_code JOIN provinces pr ON pr.code = r.province_code
         WHERE ${alias}account = 'stock'
         GROUP BY 1, 2
        ${
          withKits
            ? `UNION ALL
        -- A kit handed out (or supplied to a point the holder supplies) is its components' use too: their history starts then.
        SELECT ${alias}point_id, c.component_product_id, min((${alias}occurred_at AT TIME ZONE pr.time_zone)::date)
          FROM ${from} JOIN kit_lot_contents c ON c.kit_lot_id = ${alias}lot_id
          JOIN points p ON p.id = ${alias}point_id JOIN regencies r ON r.code = p.regency_code JOIN provinces pr ON pr.code = r.province_code
         WHERE ${alias}consumed_in IS NOT NULL
         GROUP BY 1, 2`
            : ''
        }`;
  const consumption = (alias: string, from: string) => `
        SELECT ${alias}point_id, ${alias}product_id, ${alias}consumed_in, -sum(${alias}quantity)
          FROM ${from} WHERE ${alias}consumed_in IS NOT NULL
         GROUP BY 1, 2, 3
        ${
          withKits
            ? `UNION ALL
        SELECT ${alias}point_id, c.component_product_id, ${alias}consumed_in, -sum(${alias}quantity * c.per_kit)
          FROM ${from} JOIN kit_lot_contents c ON c.kit_lot_id = ${alias}lot_id WHERE ${alias}consumed_in IS NOT NULL
         GROUP BY 1, 2, 3`
            : ''
        }`;
  return [
    `
      CREATE OR REPLACE FUNCTION ledger_track_consumption() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO stock_histories (point_id, product_id, first_movement_on)
        SELECT point_id, product_id, min(first_movement_on) FROM (${histories('n.', 'new_lines n')}) AS h(point_id, product_id, first_movement_on) GROUP BY 1, 2
        ON CONFLICT (point_id, product_id)
        DO UPDATE SET first_movement_on = LEAST(stock_histories.first_movement_on, EXCLUDED.first_movement_on);

        -- What counts as consumption was decided when the line was posted: this is a plain sum.
        INSERT INTO consumption_months (point_id, product_id, month, consumed)
        SELECT point_id, product_id, consumed_in, sum(consumed) FROM (${consumption('n.', 'new_lines n')}) AS c(point_id, product_id, consumed_in, consumed) GROUP BY 1, 2, 3
        ON CONFLICT (point_id, product_id, month)
        DO UPDATE SET consumed = consumption_months.consumed + EXCLUDED.consumed;
        RETURN NULL;
      END $$`,
    `
      CREATE OR REPLACE FUNCTION rebuild_consumption_aggregates() RETURNS void LANGUAGE sql AS $$
        DELETE FROM consumption_months;
        DELETE FROM stock_histories;
        INSERT INTO stock_histories (point_id, product_id, first_movement_on)
        SELECT point_id, product_id, min(first_movement_on) FROM (${histories('ll.', 'ledger_lines ll')}) AS h(point_id, product_id, first_movement_on) GROUP BY 1, 2;
        INSERT INTO consumption_months (point_id, product_id, month, consumed)
        SELECT point_id, product_id, consumed_in, sum(consumed) FROM (${consumption('ll.', 'ledger_lines ll')}) AS c(point_id, product_id, consumed_in, consumed) GROUP BY 1, 2, 3;
      $$`,
  ];
}

/**
 * Kits (issue 19, docs/kits.md): a kit product's bill of materials (`kit_components`), and kits assembled from stock
 * through the ledger. Each assembly makes a kit lot of its own (`kit_lots`) whose expiry is its earliest component's,
 * with what one kit holds (`kit_lot_contents`) and the component lots it was made from (`kit_lot_sources`, which keeps
 * the funding sources traceable). Handing out a kit is its components' consumption too: the consumption trigger counts
 * a kit lot's consumed lines for each component, times what one kit holds.
 */
export class Kits1795442000000 implements MigrationInterface {
  name = 'Kits1795442000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE kit_components (
        kit_product_id uuid NOT NULL REFERENCES products(id),
        component_product_id uuid NOT NULL REFERENCES products(id),
        quantity integer NOT NULL CHECK (quantity BETWEEN 1 AND 1000),
        PRIMARY KEY (kit_product_id, component_product_id),
        CONSTRAINT kit_components_not_itself CHECK (kit_product_id <> component_product_id)
      )`);
    await queryRunner.query(`CREATE INDEX kit_components_component ON kit_components (component_product_id)`);
    // No kit inside a kit: a component is never a kit, a kit never a component.
    await queryRunner.query(`
      CREATE FUNCTION kit_components_one_level() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF EXISTS (SELECT 1 FROM kit_components WHERE kit_product_id = NEW.component_product_id)
           OR EXISTS (SELECT 1 FROM kit_components WHERE component_product_id = NEW.kit_product_id) THEN
          RAISE EXCEPTION 'kit_components: a kit cannot hold a kit' USING ERRCODE = 'check_violation', CONSTRAINT = 'kit_components_one_level';
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER kit_components_one_level BEFORE INSERT OR UPDATE ON kit_components
      FOR EACH ROW EXECUTE FUNCTION kit_components_one_level()`);

    await queryRunner.query(`
      CREATE TABLE kit_lots (
        lot_id uuid PRIMARY KEY,
        kit_product_id uuid NOT NULL,
        assembly_movement_id uuid NOT NULL UNIQUE REFERENCES movements(id),
        FOREIGN KEY (lot_id, kit_product_id) REFERENCES lots(id, product_id)
      )`);
    await queryRunner.query(`
      CREATE TABLE kit_lot_contents (
        kit_lot_id uuid NOT NULL REFERENCES kit_lots(lot_id),
        component_product_id uuid NOT NULL REFERENCES products(id),
        per_kit integer NOT NULL CHECK (per_kit BETWEEN 1 AND 1000),
        PRIMARY KEY (kit_lot_id, component_product_id)
      )`);
    await queryRunner.query(`
      CREATE TABLE kit_lot_sources (
        kit_lot_id uuid NOT NULL REFERENCES kit_lots(lot_id),
        component_lot_id uuid NOT NULL,
        component_product_id uuid NOT NULL,
        quantity integer NOT NULL CHECK (quantity > 0),
        PRIMARY KEY (kit_lot_id, component_lot_id),
        FOREIGN KEY (component_lot_id, component_product_id) REFERENCES lots(id, product_id),
        FOREIGN KEY (kit_lot_id, component_product_id) REFERENCES kit_lot_contents(kit_lot_id, component_product_id)
      )`);
    for (const table of ['kit_lots', 'kit_lot_contents', 'kit_lot_sources']) {
      await queryRunner.query(`CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION ledger_refuse_change()`);
    }

    await this.types(queryRunner, [...MOVEMENT_TYPES_BEFORE, ...KIT_TYPES], [...FIGURES_BEFORE, ...KIT_TYPES]);
    for (const sql of consumptionFunctions(true)) await queryRunner.query(sql);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const sql of consumptionFunctions(false)) await queryRunner.query(sql);
    for (const table of ['kit_lot_sources', 'kit_lot_contents', 'kit_lots']) await queryRunner.query(`DROP TABLE ${table}`);
    await queryRunner.query(`DROP TABLE kit_components`);
    await queryRunner.query(`DROP FUNCTION kit_components_one_level()`);
    await this.types(queryRunner, MOVEMENT_TYPES_BEFORE, FIGURES_BEFORE);
  }

  private async types(queryRunner: QueryRunner, movementTypes: string[], figures: string[]): Promise<void> {
    const list = (values: string[]) => values.map((value) => `'${value}'`).join(', ');
    await queryRunner.query(`ALTER TABLE movements DROP CONSTRAINT movements_type_check, ADD CONSTRAINT movements_type_check CHECK (type IN (${list(movementTypes)}))`);
    await queryRunner.query(
      `ALTER TABLE ledger_lines DROP CONSTRAINT ledger_lines_counts_as_check, ADD CONSTRAINT ledger_lines_counts_as_check CHECK (counts_as IN (${list(figures)}))`,
    );
  }
}
