import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DomainError, invalidField } from '../../../common/problem/problem';
import { componentsBack, DrawnLot, kitLotIdentity, SourceLot } from '../../../kits/kit-lots';
import { ProductRecord, LedgerStore } from '../ledger-store';
import { countedAs, figuresOf } from '../figures';
import { LinePlanner } from '../line-planner';
import { LinePlan, MovementRule, PlannedLine, PostingCommand, PostingContext } from '../movement-rule';
import { lineMovementErrors, refuseInvalid } from './movement-request';

/** A kit product's bill of materials as it stands: what one kit holds. */
async function billOfMaterials(manager: EntityManager, kit: ProductRecord): Promise<{ productId: string; quantity: number }[]> {
  const components: { productId: string; quantity: number }[] = await manager.query(
    `SELECT component_product_id AS "productId", quantity FROM kit_components WHERE kit_product_id = $1 ORDER BY component_product_id`,
    [kit.id],
  );
  if (components.length === 0) {
    throw new DomainError('NOT_A_KIT', `${kit.code} is not a kit: it has no components. An administrator sets a kit's components on the product.`, {
      errors: [{ field: 'lines[0].productId', messages: ['not a kit product'] }],
    });
  }
  return components;
}

/** One line: the kit product and how many kits. */
function checkOneKitLine(command: PostingCommand<'kit_assembly' | 'kit_disassembly'>, lot: 'forbidden' | 'required'): void {
  const errors = lineMovementErrors(command.input, {}, (line, index, add) => {
    if (line.quantity < 1) add(index, 'quantity', 'quantity must be at least 1 (kits)');
    if (line.reason !== undefined) add(index, 'reason', 'kit assembly and disassembly have no reason');
    if (lot === 'forbidden' && line.lotId !== undefined) add(index, 'lotId', 'an assembly makes a new kit lot: components are taken earliest-expiring first');
    if (lot === 'required' && !line.lotId) add(index, 'lotId', 'name the kit lot to take apart');
  });
  if (command.input.lines.length > 1) errors.push({ field: 'lines', messages: ['one kit product per movement'] });
  refuseInvalid(errors, command.occurredAt);
}

/**
 * Kits assembled from stock (docs/kits.md): `quantity` kits of the line's kit product. Each component, times the
 * kit's bill of materials, leaves the point's usable stock earliest-expiring first (and locked, like a distribution);
 * the kits come in as a new kit lot of their own, expiring with the earliest component lot drawn, with what one kit
 * holds and the component lots it was made from (`kit_lots`, `kit_lot_contents`, `kit_lot_sources`). Not consumption:
 * the components are used when the kits are handed out (the consumption trigger counts a kit lot's hand-out for them).
 */
@Injectable()
export class KitAssemblyRule implements MovementRule<'kit_assembly'> {
  readonly type = 'kit_assembly';
  readonly countsTowardDailyLimit = false;
  readonly inactivePoint = 'This point is deactivated; it cannot record movements.';

  constructor(
    private readonly planner: LinePlanner,
    private readonly store: LedgerStore,
  ) {}

  check(command: PostingCommand<'kit_assembly'>): void {
    checkOneKitLine(command, 'forbidden');
  }

  async plan({ manager, command, occurredAt, today }: PostingContext<'kit_assembly'>): Promise<LinePlan> {
    const [line] = command.input.lines;
    const products = await this.planner.loadProducts(manager, command.input.lines, true);
    const kit = products.get(line.productId)!;
    this.planner.assertMayHold(command.point, kit, 0);
    const components = await billOfMaterials(manager, kit);
    const componentProducts = await this.planner.loadProducts(manager, components, false);
    const wanted = components.map((component) => ({ productId: component.productId, quantity: component.quantity * line.quantity }));
    const drawnLines = await this.planner.issueLines(manager, command.point, wanted, occurredAt, today, componentProducts).catch((error: unknown) => {
      // The components are not lines of the request: name the kit's line and say which component ran short.
      if (error instanceof DomainError && error.code === 'INSUFFICIENT_STOCK') {
        throw new DomainError('INSUFFICIENT_STOCK', `Not enough to assemble ${line.quantity} ${kit.code}: ${error.detail.replace(/^Line \d+: /, '')}`, {
          ...error.extensions,
          errors: [{ field: 'lines[0].quantity', messages: ['not enough of a component for this many kits'] }],
        });
      }
      throw error;
    });
    const lots: { id: string; fundingSource: string; donorName: string | null }[] = await manager.query(
      `SELECT id, funding_source AS "fundingSource", donor_name AS "donorName" FROM lots WHERE id = ANY($1::uuid[])`,
      [drawnLines.map((drawn) => drawn.lotId)],
    );
    const drawn: DrawnLot[] = drawnLines.map((drawnLine) => {
      const lot = lots.find((candidate) => candidate.id === drawnLine.lotId)!;
      return { lotId: drawnLine.lotId, productId: drawnLine.productId, quantity: -drawnLine.quantity, expiryDate: drawnLine.expiryDate, ...lot };
    });
    const identity = kitLotIdentity(drawn);
    const [kitLot] = await this.store.upsertLots(manager, [{ productId: kit.id, lotNumber: `KIT-${command.id.replace(/-/g, '').slice(0, 12).toUpperCase()}`, ...identity }]);
    const made: PlannedLine = { productId: kit.id, lotId: kitLot.id, quantity: line.quantity, lotNumber: kitLot.lotNumber, expiryDate: kitLot.expiryDate };
    for (const [id, product] of componentProducts) products.set(id, product);
    return {
      lines: countedAs([...drawnLines, made], figuresOf('kit_assembly', occurredAt, command.point)),
      products,
      after: async () => {
        await manager.query(`INSERT INTO kit_lots (lot_id, kit_product_id, assembly_movement_id) VALUES ($1, $2, $3)`, [kitLot.id, kit.id, command.id]);
        await manager.query(
          `INSERT INTO kit_lot_contents (kit_lot_id, component_product_id, per_kit) SELECT $1, t.product_id, t.per_kit FROM unnest($2::uuid[], $3::int[]) AS t(product_id, per_kit)`,
          [kitLot.id, components.map((component) => component.productId), components.map((component) => component.quantity)],
        );
        await manager.query(
          `INSERT INTO kit_lot_sources (kit_lot_id, component_lot_id, component_product_id, quantity)
           SELECT $1, t.lot_id, t.product_id, sum(t.quantity) FROM unnest($2::uuid[], $3::uuid[], $4::int[]) AS t(lot_id, product_id, quantity) GROUP BY t.lot_id, t.product_id`,
          [kitLot.id, drawn.map((lot) => lot.lotId), drawn.map((lot) => lot.productId), drawn.map((lot) => lot.quantity)],
        );
      },
    };
  }
}

/**
 * Kits taken apart (docs/kits.md): `quantity` kits of the named kit lot leave the point's stock, and their components
 * go back into the kit lot's own component lots, earliest-expiring first, never more of a lot than is still inside
 * the lot's kits. An expired kit may be taken apart too (its earliest component expired; the others may still be
 * good): the expired components come back into their expired lots, to be written off.
 */
@Injectable()
export class KitDisassemblyRule implements MovementRule<'kit_disassembly'> {
  readonly type = 'kit_disassembly';
  readonly countsTowardDailyLimit = false;
  readonly inactivePoint = 'This point is deactivated; it cannot record movements.';

  constructor(
    private readonly planner: LinePlanner,
    private readonly store: LedgerStore,
  ) {}

  check(command: PostingCommand<'kit_disassembly'>): void {
    checkOneKitLine(command, 'required');
  }

  async plan({ manager, command, occurredAt }: PostingContext<'kit_disassembly'>): Promise<LinePlan> {
    const [line] = command.input.lines;
    const products = await this.planner.loadProducts(manager, command.input.lines, false);
    const kit = products.get(line.productId)!;
    const [kitLot] = await manager.query(`SELECT lot_id FROM kit_lots WHERE lot_id = $1 AND kit_product_id = $2`, [line.lotId, kit.id]);
    if (!kitLot) throw invalidField('lines[0].lotId', `not a kit lot of ${kit.code}`);
    const stock = await this.store.lockStock(manager, command.point.id, [kit.id], occurredAt, [line.lotId!]);
    const held = stock.find((entry) => entry.lotId === line.lotId);
    if (!held || held.quantity < line.quantity) {
      throw this.planner.insufficient(line, 0, held?.quantity ?? 0, kit, { occurredAt, timeZone: command.point.timeZone, limitedAt: held?.limitedAt }, {
        id: line.lotId!,
        productId: kit.id,
        lotNumber: held?.lotNumber ?? '',
        expiryDate: held?.expiryDate ?? '',
      });
    }
    const contents: { productId: string; perKit: number }[] = await manager.query(
      `SELECT component_product_id AS "productId", per_kit AS "perKit" FROM kit_lot_contents WHERE kit_lot_id = $1 ORDER BY component_product_id`,
      [line.lotId],
    );
    // What is still inside the lot's kits: drawn at assembly, less what disassemblies (and their reversals) put back.
    const sources: (SourceLot & { lotNumber: string })[] = await manager.query(
      `SELECT s.component_lot_id AS "lotId", s.component_product_id AS "productId", to_char(l.expiry_date, 'YYYY-MM-DD') AS "expiryDate", l.lot_number AS "lotNumber",
              (s.quantity - COALESCE((SELECT sum(back.quantity) FROM ledger_lines back
                                       WHERE back.lot_id = s.component_lot_id AND back.counts_as = 'kit_disassembly'
                                         AND back.movement_id IN (SELECT kit_line.movement_id FROM ledger_lines kit_line
                                                                   WHERE kit_line.lot_id = s.kit_lot_id AND kit_line.counts_as = 'kit_disassembly')), 0))::int AS inside
         FROM kit_lot_sources s JOIN lots l ON l.id = s.component_lot_id WHERE s.kit_lot_id = $1`,
      [line.lotId],
    );
    const back = componentsBack(contents, sources, line.quantity);
    if (!back) throw new DomainError('INTERNAL_ERROR', `The records of kit lot ${held.lotNumber} do not add up: its components cannot be put back.`);
    const componentProducts = await this.planner.loadProducts(manager, contents, false);
    back.forEach((entry) => this.planner.assertMayHold(command.point, componentProducts.get(entry.productId)!, 0));
    for (const [id, product] of componentProducts) products.set(id, product);
    const lines: PlannedLine[] = [
      { productId: kit.id, lotId: held.lotId, quantity: -line.quantity, lotNumber: held.lotNumber, expiryDate: held.expiryDate },
      ...back.map((entry) => {
        const lot = sources.find((source) => source.lotId === entry.lotId)!;
        return { productId: entry.productId, lotId: entry.lotId, quantity: entry.quantity, lotNumber: lot.lotNumber, expiryDate: lot.expiryDate };
      }),
    ];
    return { lines: countedAs(lines, figuresOf('kit_disassembly', occurredAt, command.point)), products };
  }
}
