import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AccessScope } from '../auth/access-scope';
import { AuthUser } from '../auth/roles';
import { Page } from '../common/pagination';
import { DomainError, FieldError } from '../common/problem/problem';
import { PointsService, StockPoint } from '../points/points.service';
import { MovementLineRequest, MovementQuery, MovementResponse, RecordMovementRequest } from './dto/movement.dto';
import { isExpired, localDate, normaliseExpiryDate } from './expiry-dates';
import { allocateFefo, LotStock } from './fefo';
import { LedgerWriter, LotRecord, PostedLine, ProductRecord } from './ledger-writer';
import { MAX_CLOCK_SKEW_MS, REASON_DIRECTION, reasonFits } from './ledger-rules';
import { requestHash } from './request-hash';
import { instantAt } from '../regions/local-time';
import { receiptWarnings } from './receipt-warnings';
import { DEFAULT_EXPIRY_WARNING_DAYS } from '../products/product-categories';

const MOVEMENT_COLUMNS = `
  m.id, m.type, m.point_id AS "pointId", pt.code AS "pointCode", pt.name AS "pointName", m.occurred_at AS "occurredAt", m.recorded_at AS "recordedAt",
  u.username AS "recordedBy", m.note, m.contacts, m.source, m.reverses_movement_id AS "reversesMovementId",
  m.shipment_id AS "shipmentId"`;
const MOVEMENT_FROM = `movements m JOIN users u ON u.id = m.recorded_by JOIN points pt ON pt.id = m.point_id`;

/** A posted line with what the answer shows of its lot. */
export interface RecordedLine extends PostedLine {
  lotNumber: string;
  expiryDate: string;
}

type LotIdentity = Pick<LotRecord, 'id' | 'productId' | 'lotNumber' | 'expiryDate'>;

/** What a person reads next to a product id: its code, English and Indonesian names. */
const productNames = (product: Pick<ProductRecord, 'code' | 'name' | 'nameId'>) => ({
  productCode: product.code,
  productName: product.name,
  productNameId: product.nameId,
});

const invalid = (field: string, message: string) =>
  new DomainError('VALIDATION_FAILED', `Please correct these fields. ${field}: ${message}`, { errors: [{ field, messages: [message] }] });

/** The product's shortest (critical) expiry warning window: its own, or its category's. */
function criticalWindow(product: ProductRecord): number {
  return Math.min(...(product.expiryWarningDays ?? DEFAULT_EXPIRY_WARNING_DAYS[product.category]));
}

/** A scanned GTIN identifies a product: it must be the product the line names. */
function gtinMismatch(product: ProductRecord, gtin: string, index: number): DomainError {
  const message = product.gtin
    ? `the GTIN of ${product.code} is ${product.gtin}`
    : `${product.code} has no GTIN in the catalogue; an administrator adds it (PATCH /products/{id})`;
  return new DomainError('GTIN_MISMATCH', `Line ${index + 1}: GTIN ${gtin} is not the product's: ${message}. Check the product chosen.`, {
    errors: [{ field: `lines[${index}].gtin`, messages: [message] }],
  });
}

/** Field errors for lines that do not have what their movement type needs. Pure, so it is cheap to test. */
export function lineShapeErrors(request: RecordMovementRequest): FieldError[] {
  const errors: FieldError[] = [];
  const add = (index: number, field: string, message: string) => errors.push({ field: `lines[${index}].${field}`, messages: [message] });
  const receiptOnly = ['lotNumber', 'expiryDate', 'fundingSource', 'donorName', 'gtin'] as const;

  if (request.contacts !== undefined && request.type !== 'distribution') errors.push({ field: 'contacts', messages: ['only distributions count contacts'] });
  if (request.type === 'receipt' && !request.source) errors.push({ field: 'source', messages: ['name the supplier or donor the stock came from'] });
  if (request.type !== 'receipt' && request.source !== undefined) errors.push({ field: 'source', messages: ['only receipts name a source'] });
  if (request.type === 'reversal') {
    if (!request.reversesMovementId) errors.push({ field: 'reversesMovementId', messages: ['a reversal names the movement it reverses'] });
    if (request.lines.length > 0) errors.push({ field: 'lines', messages: ['a reversal has no lines: it records the exact opposite of the reversed movement'] });
    return errors;
  }
  if (request.reversesMovementId) errors.push({ field: 'reversesMovementId', messages: ['only a reversal names a movement to reverse'] });
  if (request.lines.length === 0) errors.push({ field: 'lines', messages: ['at least one line is needed'] });

  request.lines.forEach((line, index) => {
    if (request.type !== 'receipt') {
      for (const field of receiptOnly) if (line[field] !== undefined) add(index, field, `only receipt lines carry ${field}`);
    }
    switch (request.type) {
      case 'receipt':
        if (line.quantity < 1) add(index, 'quantity', 'quantity must be at least 1');
        if (line.lotId !== undefined) add(index, 'lotId', 'a receipt names the lot by lotNumber, expiryDate and fundingSource');
        if (line.reason !== undefined) add(index, 'reason', 'receipts have no reason');
        if (!line.lotNumber) add(index, 'lotNumber', 'lotNumber is required');
        if (!line.expiryDate) add(index, 'expiryDate', 'expiryDate is required (YYYY-MM-DD or YYYY-MM)');
        else if (!normaliseExpiryDate(line.expiryDate)) add(index, 'expiryDate', `${line.expiryDate} is not a real date`);
        if (!line.fundingSource) add(index, 'fundingSource', 'fundingSource is required');
        if (line.fundingSource === 'OTHER_DONOR' && !line.donorName) add(index, 'donorName', 'name the donor when fundingSource is OTHER_DONOR');
        if (line.fundingSource !== 'OTHER_DONOR' && line.donorName !== undefined) add(index, 'donorName', 'donorName is only for OTHER_DONOR');
        break;
      case 'distribution':
        if (line.quantity < 1) add(index, 'quantity', 'quantity must be at least 1');
        if (line.reason !== undefined) add(index, 'reason', 'distributions have no reason');
        break;
      case 'adjustment':
        if (!line.lotId) add(index, 'lotId', 'an adjustment names the lot');
        if (!line.reason) add(index, 'reason', 'an adjustment needs a reason');
        else if (line.reason === 'correction' ? line.quantity === 0 : line.quantity < 1) {
          add(index, 'quantity', line.reason === 'correction' ? 'a correction cannot be 0' : 'quantity must be at least 1 (the reason decides the direction)');
        }
        break;
      case 'stock_count':
        if (!line.lotId) add(index, 'lotId', 'a stock count line names the lot counted');
        if (line.quantity < 0) add(index, 'quantity', 'the counted quantity cannot be negative');
        if (request.lines.findIndex((other) => other.lotId === line.lotId) !== index) add(index, 'lotId', 'this lot is counted twice');
        break;
    }
  });
  return errors;
}

/**
 * Records movements at a point (receipts, distributions with FEFO, adjustments, stock counts, reversals) and reads
 * them back. Every rule that can be checked before writing is checked here; the database re-checks the ones that
 * matter most (non-negative balances, one reversal per movement, append-only history).
 */
@Injectable()
export class MovementsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly ledger: LedgerWriter,
    private readonly points: PointsService,
  ) {}

  /** `historyImport` is for the demo's history only: it may be dated beyond the backdating window. */
  async record(
    actor: AuthUser,
    pointId: string,
    request: RecordMovementRequest,
    options: { historyImport?: boolean } = {},
  ): Promise<{ movement: MovementResponse; replayed: boolean }> {
    const stockPoint = new AccessScope(actor).stockPointToRecord(await this.points.findStockPoint(pointId), pointId);

    const shapeErrors = lineShapeErrors(request);
    if (shapeErrors.length > 0) {
      const summary = shapeErrors.map((error) => `${error.field}: ${error.messages.join(', ')}`).join('; ');
      throw new DomainError('VALIDATION_FAILED', `Please correct these fields. ${summary}`, { errors: shapeErrors });
    }
    const occurredAt = instantAt(request.occurredAt, stockPoint.timeZone);
    if (Number.isNaN(occurredAt.getTime())) throw invalid('occurredAt', 'not a real date and time');

    if (request.type === 'reversal') await this.assertReversibleHere(pointId, request.reversesMovementId!);

    const hash = requestHash({ kind: 'movement', pointId, ...request, occurredAt });
    const outcome = await this.ledger.inTransaction(async (manager) => {
      const claim = await this.ledger.claimMovement(manager, {
        id: request.id,
        point: stockPoint,
        type: request.type,
        occurredAt,
        recordedBy: actor.id,
        note: request.note,
        contacts: request.contacts,
        source: request.source,
        reversesMovementId: request.reversesMovementId,
        requestHash: hash,
        historyImport: options.historyImport,
      });
      if (claim.outcome === 'replay') return claim;
      if (occurredAt.getTime() > Date.now() + MAX_CLOCK_SKEW_MS) {
        throw new DomainError('OCCURRED_IN_FUTURE', 'occurredAt is in the future. Check the date and time on the device.');
      }
      if (!stockPoint.active) throw new DomainError('INACTIVE_POINT', 'This point is deactivated; it cannot record movements.');
      // Expiry is judged on the point's date today, not the movement's: a lot expired now leaves only by an expiry
      // write-off, however early the movement is dated. (Demo history is replayed as it happened.)
      const expiryDay = localDate(options.historyImport ? occurredAt : new Date(), stockPoint.timeZone);
      const { lines, products } = await this.buildLines(manager, stockPoint, request, occurredAt, expiryDay);
      await this.ledger.insertLines(manager, request.id, stockPoint, occurredAt, lines, { dailyLimit: request.type !== 'reversal' });
      const warnings = request.type === 'receipt' ? receiptWarnings(lines, (id) => criticalWindow(products.get(id)!), expiryDay) : [];
      return { ...claim, lines, products, warnings };
    });
    if (outcome.outcome === 'replay') return { movement: await this.getById(request.id), replayed: true };
    // Answered from what was just written, as getById would read it back, plus what the recorder should know now.
    const movement: MovementResponse = {
      id: request.id,
      type: request.type,
      pointId,
      pointCode: stockPoint.code,
      pointName: stockPoint.name,
      occurredAt: occurredAt.toISOString(),
      recordedAt: outcome.recordedAt.toISOString(),
      recordedBy: actor.username,
      note: request.note ?? null,
      contacts: request.contacts ?? null,
      source: request.source ?? null,
      reversesMovementId: request.reversesMovementId ?? null,
      shipmentId: null,
      lines: outcome.lines.map((line, index) => ({
        lineNo: index + 1,
        productId: line.productId,
        ...productNames(outcome.products.get(line.productId)!),
        lotId: line.lotId,
        lotNumber: line.lotNumber,
        expiryDate: line.expiryDate,
        quantity: line.quantity,
        countedQuantity: line.countedQuantity ?? null,
        reason: line.reason ?? null,
      })),
      ...(outcome.warnings.length > 0 ? { warnings: outcome.warnings } : {}),
    };
    return { movement, replayed: false };
  }

  async get(actor: AuthUser, id: string): Promise<MovementResponse> {
    // Only "not found" is a 404: a database that cannot answer is a 503, or an offline client would record the movement again.
    const movement = await this.findById(id);
    const point = movement ? await this.points.findStockPoint(movement.pointId) : undefined;
    if (!movement || !point || !new AccessScope(actor).canSeePoint(point)) {
      throw new DomainError('MOVEMENT_NOT_FOUND', `There is no movement ${id} that you can see.`);
    }
    return movement;
  }

  async list(actor: AuthUser, pointId: string, query: MovementQuery): Promise<Page<MovementResponse>> {
    const point = new AccessScope(actor).visiblePoint(await this.points.findStockPoint(pointId), pointId);
    const params: unknown[] = [pointId];
    const conditions = ['m.point_id = $1'];
    const add = (condition: string, value: unknown) => {
      params.push(value);
      conditions.push(condition.replace('?', `$${params.length}`));
    };
    if (query.type) add('m.type = ?', query.type);
    if (query.from) add('m.occurred_at >= ?', instantAt(query.from, point.timeZone));
    if (query.to) add('m.occurred_at < ?', instantAt(query.to, point.timeZone));
    const where = conditions.join(' AND ');
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total FROM movements m WHERE ${where}`, params);
    const movements: MovementResponse[] = await this.dataSource.query(
      `SELECT ${MOVEMENT_COLUMNS} FROM ${MOVEMENT_FROM} WHERE ${where}
        ORDER BY m.occurred_at DESC, m.recorded_at DESC LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, query.limit, query.offset],
    );
    await this.attachLines(movements);
    return { items: movements, total, limit: query.limit, offset: query.offset };
  }

  async getById(id: string): Promise<MovementResponse> {
    const movement = await this.findById(id);
    if (!movement) throw new DomainError('MOVEMENT_NOT_FOUND', `There is no movement ${id}.`);
    return movement;
  }

  private async findById(id: string): Promise<MovementResponse | undefined> {
    const rows: MovementResponse[] = await this.dataSource.query(
      `SELECT ${MOVEMENT_COLUMNS} FROM ${MOVEMENT_FROM} WHERE m.id = $1`,
      [id],
    );
    await this.attachLines(rows);
    return rows[0];
  }

  private async attachLines(movements: MovementResponse[]): Promise<void> {
    if (movements.length === 0) return;
    const lines: (MovementResponse['lines'][number] & { movementId: string })[] = await this.dataSource.query(
      `SELECT ll.movement_id AS "movementId", ll.line_no AS "lineNo", ll.product_id AS "productId", pd.code AS "productCode",
              pd.name AS "productName", pd.name_id AS "productNameId", ll.lot_id AS "lotId",
              l.lot_number AS "lotNumber", to_char(l.expiry_date, 'YYYY-MM-DD') AS "expiryDate", ll.quantity,
              ll.counted_quantity AS "countedQuantity", ll.reason
         FROM ledger_lines ll JOIN lots l ON l.id = ll.lot_id JOIN products pd ON pd.id = ll.product_id
        WHERE ll.movement_id = ANY($1::uuid[])
        ORDER BY ll.movement_id, ll.line_no`,
      [movements.map((movement) => movement.id)],
    );
    for (const movement of movements) {
      movement.lines = lines.filter((line) => line.movementId === movement.id).map(({ movementId: _movementId, ...line }) => line);
    }
  }

  /** The lines to post, and the products they are of (their names go into the answer). */
  private async buildLines(
    manager: EntityManager,
    point: StockPoint,
    request: RecordMovementRequest,
    occurredAt: Date,
    today: string,
  ): Promise<{ lines: RecordedLine[]; products: Map<string, ProductRecord> }> {
    if (request.type === 'reversal') return this.reversalLines(manager, point, request.reversesMovementId!, occurredAt);

    const products = await this.loadProducts(manager, request.lines, request.type === 'receipt');
    switch (request.type) {
      case 'receipt':
        return { lines: await this.receiptLines(manager, point, request.lines, products), products };
      case 'distribution':
        return { lines: await this.issueLines(manager, point, request.lines, occurredAt, today, products), products };
      case 'adjustment':
      case 'stock_count':
        return { lines: await this.lotLines(manager, point, request, products, occurredAt, today), products };
    }
  }

  /** The products of the lines; a line naming an unknown product (or an inactive one, where `activeOnly`) is refused. */
  async loadProducts(manager: EntityManager, lines: { productId: string }[], activeOnly: boolean): Promise<Map<string, ProductRecord>> {
    const products = await this.ledger.loadProducts(manager, lines.map((line) => line.productId));
    lines.forEach((line, index) => {
      const product = products.get(line.productId);
      if (!product || (activeOnly && !product.active)) {
        throw new DomainError('UNKNOWN_PRODUCT', `Line ${index + 1}: there is no active product ${line.productId}.`, {
          errors: [{ field: `lines[${index}].productId`, messages: ['unknown or inactive product'] }],
        });
      }
    });
    return products;
  }

  /** Refuses a restricted product (naloxone) at a point that may not hold it. */
  assertMayHold(point: Pick<StockPoint, 'mayHoldRestricted'>, product: ProductRecord, index: number): void {
    if (product.restricted && !point.mayHoldRestricted) {
      throw new DomainError('RESTRICTED_PRODUCT', `Line ${index + 1}: ${product.code} is a restricted product and this point may not hold or dispense it.`, {
        errors: [{ field: `lines[${index}].productId`, messages: ['restricted product not allowed at this point'] }],
      });
    }
  }

  private async receiptLines(manager: EntityManager, point: StockPoint, lines: MovementLineRequest[], products: Map<string, ProductRecord>): Promise<RecordedLine[]> {
    lines.forEach((line, index) => {
      const product = products.get(line.productId)!;
      this.assertMayHold(point, product, index);
      if (line.gtin !== undefined && line.gtin !== product.gtin) throw gtinMismatch(product, line.gtin, index);
    });
    const wanted = lines.map((line) => ({
      productId: line.productId,
      lotNumber: line.lotNumber!,
      expiryDate: normaliseExpiryDate(line.expiryDate!)!,
      fundingSource: line.fundingSource!,
      donorName: line.donorName ?? null,
    }));
    const lots = await this.ledger.upsertLots(manager, wanted);
    return lots.map((lot, index) => ({ productId: lot.productId, lotId: lot.id, quantity: lines[index].quantity, lotNumber: lot.lotNumber, expiryDate: lot.expiryDate }));
  }

  /**
   * Stock leaving a point (distribution, dispatch): the named lot, or FEFO over the usable lots when none is named.
   * Expired lots (on `today`, the recording date) are refused; the stock is locked while the movement is recorded and
   * read as it stands at `occurredAt`.
   */
  async issueLines(
    manager: EntityManager,
    point: StockPoint,
    lines: { productId: string; quantity: number; lotId?: string }[],
    occurredAt: Date,
    today: string,
    products?: Map<string, ProductRecord>,
  ): Promise<RecordedLine[]> {
    const known = products ?? (await this.loadProducts(manager, lines, false));
    lines.forEach((line, index) => this.assertMayHold(point, known.get(line.productId)!, index));
    const stock = await this.ledger.lockStock(manager, point.id, lines.map((line) => line.productId), occurredAt);
    const named = await this.namedLots(manager, lines, stock);
    const posted: RecordedLine[] = [];

    lines.forEach((line, index) => {
      if (line.lotId) {
        const lot = this.lotForLine(named, line, index);
        if (isExpired(lot.expiryDate, today)) throw this.expired(lot, index, today);
        const held = stock.find((entry) => entry.lotId === lot.id);
        if (!held || held.quantity < line.quantity) {
          throw this.insufficient(line, index, held?.quantity ?? 0, known.get(line.productId)!, { occurredAt, timeZone: point.timeZone, limitedAt: held?.limitedAt }, lot);
        }
        held.quantity -= line.quantity;
        posted.push({ productId: line.productId, lotId: lot.id, quantity: -line.quantity, lotNumber: lot.lotNumber, expiryDate: lot.expiryDate });
        return;
      }
      const allocations = allocateFefo(stock, line.productId, line.quantity, today);
      if (!allocations) throw this.insufficient(line, index, this.usable(stock, line.productId, today), known.get(line.productId)!, { occurredAt, timeZone: point.timeZone });
      for (const allocation of allocations) {
        const lot = stock.find((entry) => entry.lotId === allocation.lotId)!;
        posted.push({ productId: line.productId, lotId: lot.lotId, quantity: -allocation.quantity, lotNumber: lot.lotNumber, expiryDate: lot.expiryDate });
      }
    });
    return posted;
  }

  /** Adjustments and stock counts: each line names a lot; a count's difference becomes the line's quantity. */
  private async lotLines(
    manager: EntityManager,
    point: StockPoint,
    request: RecordMovementRequest,
    products: Map<string, ProductRecord>,
    occurredAt: Date,
    today: string,
  ): Promise<RecordedLine[]> {
    const namedIds = request.lines.flatMap((line) => (line.lotId ? [line.lotId] : []));
    const stock = await this.ledger.lockStock(manager, point.id, request.lines.map((line) => line.productId), occurredAt, namedIds);
    const named = await this.namedLots(manager, request.lines, stock);
    return request.lines.map((line, index) => {
      const lot = this.lotForLine(named, line, index);
      const entry = stock.find((candidate) => candidate.lotId === lot.id);
      // A count states the stock at its own date, so it is compared with the balance then, not now.
      const held = entry?.balanceAt ?? 0;
      const counted = request.type === 'stock_count' ? line.quantity : null;
      const change = counted !== null ? counted - held : line.reason === 'correction' ? line.quantity : REASON_DIRECTION[line.reason!] * line.quantity;

      if (change !== 0) {
        if (!line.reason) {
          throw new DomainError(
            'COUNT_DIFFERENCE_NEEDS_REASON',
            `Line ${index + 1}: counted ${counted} of lot ${lot.lotNumber} but the records say ${held}. Give a reason for the difference of ${change}.`,
            { errors: [{ field: `lines[${index}].reason`, messages: ['a difference needs a reason'] }], recorded: held, counted },
          );
        }
        if (!reasonFits(line.reason, change)) {
          throw new DomainError('REASON_DOES_NOT_FIT', `Line ${index + 1}: "${line.reason}" cannot ${change > 0 ? 'add' : 'remove'} stock.`, {
            errors: [{ field: `lines[${index}].reason`, messages: [`${line.reason} does not ${change > 0 ? 'add' : 'remove'} stock`] }],
          });
        }
      }
      if (change > 0) this.assertMayHold(point, products.get(line.productId)!, index);
      if (change < 0) {
        const expired = isExpired(lot.expiryDate, today);
        if (expired && line.reason !== 'expired_write_off' && line.reason !== 'correction') throw this.expired(lot, index, today);
        if (!expired && line.reason === 'expired_write_off') {
          throw new DomainError('LOT_NOT_EXPIRED', `Line ${index + 1}: lot ${lot.lotNumber} expires on ${lot.expiryDate}; it is not expired yet.`, {
            errors: [{ field: `lines[${index}].reason`, messages: ['the lot has not expired'] }],
          });
        }
        const available = entry?.quantity ?? 0;
        if (available + change < 0) throw this.insufficient(line, index, available, products.get(line.productId)!, { occurredAt, timeZone: point.timeZone, limitedAt: entry?.limitedAt }, lot);
      }
      if (entry) {
        entry.quantity += change;
        entry.balanceAt = held + change;
      } else {
        stock.push({ lotId: lot.id, productId: lot.productId, lotNumber: lot.lotNumber, expiryDate: lot.expiryDate, quantity: change, balanceAt: change });
      }
      return {
        productId: lot.productId,
        lotId: lot.id,
        quantity: change,
        countedQuantity: counted,
        reason: change === 0 && counted !== null ? null : line.reason ?? null,
        lotNumber: lot.lotNumber,
        expiryDate: lot.expiryDate,
      };
    });
  }

  /**
   * A reversal names a movement of the same point that can be reversed. Checked before anything else, so that a
   * movement elsewhere is reported as not found whatever its state.
   */
  private async assertReversibleHere(pointId: string, reversesMovementId: string): Promise<void> {
    const [target] = await this.dataSource.query(`SELECT type, point_id AS "pointId" FROM movements WHERE id = $1`, [reversesMovementId]);
    if (!target || target.pointId !== pointId) {
      throw new DomainError('MOVEMENT_NOT_FOUND', `There is no movement ${reversesMovementId} at this point to reverse.`, {
        errors: [{ field: 'reversesMovementId', messages: ['no such movement at this point'] }],
      });
    }
    if (!['receipt', 'distribution', 'adjustment', 'stock_count'].includes(target.type)) {
      throw new DomainError(
        'NOT_REVERSIBLE',
        target.type === 'reversal'
          ? 'A reversal cannot itself be reversed; record the movement again instead.'
          : 'Shipment movements are undone through the shipment (cancel while in transit), not by reversal.',
      );
    }
  }

  /** The exact opposite of the reversed movement's lines; refused if the stock it would remove is no longer there. */
  private async reversalLines(
    manager: EntityManager,
    point: StockPoint,
    reversesMovementId: string,
    occurredAt: Date,
  ): Promise<{ lines: RecordedLine[]; products: Map<string, ProductRecord> }> {
    const lines: RecordedLine[] = await manager.query(
      `SELECT ll.product_id AS "productId", ll.lot_id AS "lotId", -ll.quantity AS quantity, ll.reason, l.lot_number AS "lotNumber",
              to_char(l.expiry_date, 'YYYY-MM-DD') AS "expiryDate"
         FROM ledger_lines ll JOIN lots l ON l.id = ll.lot_id
        WHERE ll.movement_id = $1 AND ll.quantity <> 0 ORDER BY ll.line_no`,
      [reversesMovementId],
    );
    // Stock coming back (a reversed distribution) must be allowed here now, as for any other way in.
    const products = await this.loadProducts(manager, lines, false);
    for (const line of lines) {
      const product = products.get(line.productId)!;
      if (line.quantity > 0 && product.restricted && !point.mayHoldRestricted) {
        throw new DomainError('RESTRICTED_PRODUCT', `Reversing would bring ${product.code} back to this point, which may no longer hold restricted products.`, {
          errors: [{ field: 'reversesMovementId', messages: ['would bring a restricted product back to a point not allowed to hold it'] }],
        });
      }
    }
    const stock = await this.ledger.lockStock(
      manager,
      point.id,
      lines.map((line) => line.productId),
      occurredAt,
      lines.map((line) => line.lotId),
    );
    const posted = lines.map((line) => {
      const { lotNumber } = line;
      const product = products.get(line.productId)!;
      const held = stock.find((entry) => entry.lotId === line.lotId);
      const available = held?.quantity ?? 0;
      if (available + line.quantity < 0) {
        throw new DomainError(
          'INSUFFICIENT_STOCK',
          `Reversing needs ${-line.quantity} of ${product.code} (${product.name}) lot ${lotNumber} but only ${available} is still here` +
            (held?.limitedAt ? ` on ${localDate(held.limitedAt, point.timeZone)}` : '') +
            ': it has been used, moved or written off since.',
          {
            available: {
              productId: line.productId,
              ...productNames(product),
              lotId: line.lotId,
              lotNumber,
              quantity: available,
              ...(held?.limitedAt ? { limitedOn: localDate(held.limitedAt, point.timeZone) } : {}),
            },
          },
        );
      }
      if (held) held.quantity += line.quantity;
      else stock.push({ lotId: line.lotId, productId: line.productId, lotNumber, expiryDate: line.expiryDate, quantity: line.quantity });
      return line;
    });
    return { lines: posted, products };
  }

  /** The lots the lines name: from the locked stock when it has them (the usual case), else read. */
  private async namedLots(manager: EntityManager, lines: { lotId?: string }[], stock: LotStock[]): Promise<Map<string, LotIdentity>> {
    const named = new Map<string, LotIdentity>();
    for (const entry of stock) named.set(entry.lotId, { id: entry.lotId, productId: entry.productId, lotNumber: entry.lotNumber, expiryDate: entry.expiryDate });
    const missing = lines.flatMap((line) => (line.lotId && !named.has(line.lotId) ? [line.lotId] : []));
    if (missing.length > 0) for (const [id, lot] of await this.ledger.loadLots(manager, missing)) named.set(id, lot);
    return named;
  }

  private lotForLine(named: Map<string, LotIdentity>, line: { productId: string; lotId?: string }, index: number): LotIdentity {
    const lot = named.get(line.lotId!);
    if (!lot) {
      throw new DomainError('UNKNOWN_LOT', `Line ${index + 1}: there is no lot ${line.lotId}.`, {
        errors: [{ field: `lines[${index}].lotId`, messages: ['unknown lot'] }],
      });
    }
    if (lot.productId !== line.productId) {
      throw new DomainError('LOT_MISMATCH', `Line ${index + 1}: lot ${lot.lotNumber} belongs to another product.`, {
        errors: [{ field: `lines[${index}].lotId`, messages: ['the lot is of another product'] }],
      });
    }
    return lot;
  }

  private usable(stock: LotStock[], productId: string, today: string): number {
    return stock.filter((lot) => lot.productId === productId && !isExpired(lot.expiryDate, today)).reduce((sum, lot) => sum + lot.quantity, 0);
  }

  /**
   * Not enough stock at the movement's date. The refusal names the product and lot (a person reads it on a phone) next
   * to their ids. When a later line limits a backdated one, it names that date: taking more would make the lot's
   * running balance negative then.
   */
  private insufficient(
    line: { productId: string; quantity: number },
    index: number,
    available: number,
    product: ProductRecord,
    dated: { occurredAt: Date; timeZone: string; limitedAt?: Date | null },
    lot?: LotIdentity,
  ): DomainError {
    const day = localDate(dated.occurredAt, dated.timeZone);
    const limitedOn = dated.limitedAt ? localDate(dated.limitedAt, dated.timeZone) : null;
    const asked = `Line ${index + 1}: asked for ${Math.abs(line.quantity)} of ${product.code} (${product.name}) but only ${available}`;
    return new DomainError(
      'INSUFFICIENT_STOCK',
      limitedOn && lot
        ? `${asked} of lot ${lot.lotNumber} can be taken on ${day}: more would make the lot's balance negative on ${limitedOn}.`
        : `${asked} ${lot ? `of lot ${lot.lotNumber} ` : 'usable '}was in stock here on ${day}.`,
      {
        errors: [{ field: `lines[${index}].quantity`, messages: [`only ${available} available`] }],
        available: {
          productId: line.productId,
          ...productNames(product),
          lotId: lot?.id ?? null,
          lotNumber: lot?.lotNumber ?? null,
          quantity: available,
          ...(limitedOn ? { limitedOn } : {}),
        },
      },
    );
  }

  private expired(lot: LotIdentity, index: number, today: string): DomainError {
    return new DomainError(
      'LOT_EXPIRED',
      `Line ${index + 1}: lot ${lot.lotNumber} expired on ${lot.expiryDate} (today here is ${today}). Expired stock can only leave by an expired_write_off adjustment.`,
      { errors: [{ field: `lines[${index}].lotId`, messages: ['the lot has expired'] }] },
    );
  }
}
