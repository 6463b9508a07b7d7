import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DomainError } from '../../common/problem/problem';
import { StockPoint } from '../../points/points.service';
import { MovementLineRequest, RecordMovementRequest } from '../dto/movement.dto';
import { isExpired, localDate } from '../expiry-dates';
import { allocateFefo, LotStock } from '../fefo';
import { reasonFits } from '../ledger-rules';
import { LedgerStore, LotRecord, ProductRecord } from './ledger-store';
import { PlannedLine } from './movement-rule';

export type LotIdentity = Pick<LotRecord, 'id' | 'productId' | 'lotNumber' | 'expiryDate'>;

/** What a person reads next to a product id: its code, English and Indonesian names. */
export const productNames = (product: Pick<ProductRecord, 'code' | 'name' | 'nameId'>) => ({
  productCode: product.code,
  productName: product.name,
  productNameId: product.nameId,
});

/**
 * The line planning the movement rules share: products and what a point may hold, stock leaving a point (a named lot or
 * FEFO), lot-by-lot changes (adjustments, counts), and the refusals they give (INSUFFICIENT_STOCK, LOT_EXPIRED, ...).
 */
@Injectable()
export class LinePlanner {
  constructor(private readonly store: LedgerStore) {}

  /** Locks the point's stock of these products and reads it at `occurredAt` (LedgerStore.lockStock). */
  lockStock(manager: EntityManager, pointId: string, productIds: string[], occurredAt: Date, lotIds: string[] = []): Promise<LotStock[]> {
    return this.store.lockStock(manager, pointId, productIds, occurredAt, lotIds);
  }

  /** The products of the lines; a line naming an unknown product (or an inactive one, where `activeOnly`) is refused. */
  async loadProducts(manager: EntityManager, lines: { productId: string }[], activeOnly: boolean): Promise<Map<string, ProductRecord>> {
    const products = await this.store.loadProducts(manager, lines.map((line) => line.productId));
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
  ): Promise<PlannedLine[]> {
    const known = products ?? (await this.loadProducts(manager, lines, false));
    lines.forEach((line, index) => this.assertMayHold(point, known.get(line.productId)!, index));
    const stock = await this.store.lockStock(manager, point.id, lines.map((line) => line.productId), occurredAt);
    const named = await this.namedLots(manager, lines, stock);
    const posted: PlannedLine[] = [];

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

  /**
   * Adjustments and stock counts: each line names a lot; `decide` says by how much it changes (a count: the difference
   * from the balance at its date). A change needs a reason that fits its direction, may not overdraw the lot, and may
   * take expired stock only as an expiry write-off or a correction.
   */
  async lotChanges(
    manager: EntityManager,
    point: StockPoint,
    request: RecordMovementRequest,
    products: Map<string, ProductRecord>,
    occurredAt: Date,
    today: string,
    decide: (line: MovementLineRequest, held: number) => { change: number; counted: number | null },
  ): Promise<PlannedLine[]> {
    const namedIds = request.lines.flatMap((line) => (line.lotId ? [line.lotId] : []));
    const stock = await this.store.lockStock(manager, point.id, request.lines.map((line) => line.productId), occurredAt, namedIds);
    const named = await this.namedLots(manager, request.lines, stock);
    return request.lines.map((line, index) => {
      const lot = this.lotForLine(named, line, index);
      const entry = stock.find((candidate) => candidate.lotId === lot.id);
      // A count states the stock at its own date, so it is compared with the balance then, not now.
      const held = entry?.balanceAt ?? 0;
      const { change, counted } = decide(line, held);

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

  /** The lots the lines name: from the locked stock when it has them (the usual case), else read. */
  async namedLots(manager: EntityManager, lines: { lotId?: string }[], stock: LotStock[]): Promise<Map<string, LotIdentity>> {
    const named = new Map<string, LotIdentity>();
    for (const entry of stock) named.set(entry.lotId, { id: entry.lotId, productId: entry.productId, lotNumber: entry.lotNumber, expiryDate: entry.expiryDate });
    const missing = lines.flatMap((line) => (line.lotId && !named.has(line.lotId) ? [line.lotId] : []));
    if (missing.length > 0) for (const [id, lot] of await this.store.loadLots(manager, missing)) named.set(id, lot);
    return named;
  }

  lotForLine(named: Map<string, LotIdentity>, line: { productId: string; lotId?: string }, index: number): LotIdentity {
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

  usable(stock: LotStock[], productId: string, today: string): number {
    return stock.filter((lot) => lot.productId === productId && !isExpired(lot.expiryDate, today)).reduce((sum, lot) => sum + lot.quantity, 0);
  }

  /**
   * Not enough stock at the movement's date. The refusal names the product and lot (a person reads it on a phone) next
   * to their ids. When a later line limits a backdated one, it names that date: taking more would make the lot's
   * running balance negative then.
   */
  insufficient(
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

  expired(lot: LotIdentity, index: number, today: string): DomainError {
    return new DomainError(
      'LOT_EXPIRED',
      `Line ${index + 1}: lot ${lot.lotNumber} expired on ${lot.expiryDate} (today here is ${today}). Expired stock can only leave by an expired_write_off adjustment.`,
      { errors: [{ field: `lines[${index}].lotId`, messages: ['the lot has expired'] }] },
    );
  }}
