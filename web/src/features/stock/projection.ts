import type { components } from '../../api/schema';
import type { OutboxRecord, ShipmentReceiptRecord } from '../outbox/outbox-types';
import { signedChange } from '../movements/reasons';
import { isUsable, planFefo } from './fefo';

export type ProductStock = components['schemas']['ProductStockResponse'];

const PENDING_LOT = 'pending:';

/** A lot received on this phone and not sent yet has no id on the server: it can be counted or adjusted once sent. */
export function isRecordedLot(lot: { lotId: string }): boolean {
  return !lot.lotId.startsWith(PENDING_LOT);
}

/** What one kit holds, by kit product id (the catalogue's bills of materials, docs/kits.md). */
export type KitContents = Record<string, { productId: string; quantity: number }[]>;

/**
 * The stock the phone last got from the server, with what was captured since applied on top: records still waiting,
 * and records sent after that copy was taken. Refused records changed nothing. This is what the user can hand out now.
 */
export function projectStock(stock: ProductStock[], records: OutboxRecord[], savedAt: string, pointId: string, today: string, kits: KitContents = {}): ProductStock[] {
  const projected = stock.map((product) => ({ ...product, lots: product.lots.map((lot) => ({ ...lot })) }));
  const unseen = records
    .filter((record) => record.pointId === pointId)
    .filter((record) => record.status === 'pending' || (record.status === 'sent' && (record.sentAt ?? '') > savedAt))
    .sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0));
  for (const record of unseen) {
    if (record.kind === 'shipment_receipt') {
      applyShipmentReceipt(projected, record);
      continue;
    }
    // A request moves nothing yet; used syringes and sharps containers are never stock.
    if (record.kind === 'resupply_request' || record.kind === 'sharps') continue;
    if (record.kind === 'shipment_dispatch') {
      // Stock leaves first-expired-first-out, as the server takes it when no lot is named.
      for (const line of record.body.lines) {
        const product = projected.find((candidate) => candidate.productId === line.productId);
        if (!product) continue;
        for (const take of planFefo(product.lots, line.quantity, today).takes) product.lots.find((candidate) => candidate.lotId === take.lotId)!.quantity -= take.quantity;
      }
      continue;
    }
    const { type } = record.body;
    record.body.lines.forEach((line, index) => {
      let product = projected.find((candidate) => candidate.productId === line.productId);
      if (type === 'receipt') {
        if (!product) {
          product = { productId: line.productId, productCode: '', productName: '', productNameId: null, onHand: 0, usable: 0, expired: 0, inTransitInbound: 0, lots: [] };
          projected.push(product);
        }
        const known = product.lots.find((lot) => lot.lotNumber === line.lotNumber);
        if (known) known.quantity += line.quantity;
        else
          product.lots.push({
            lotId: `${PENDING_LOT}${record.id}:${index}`,
            lotNumber: line.lotNumber ?? '',
            expiryDate: lastDayIfMonth(line.expiryDate ?? ''),
            fundingSource: line.fundingSource ?? 'OTHER_DONOR',
            // The OpenAPI document types donorName as an object (no type on its ApiProperty): not shown here anyway.
            donorName: null,
            quantity: line.quantity,
            daysToExpiry: 0,
          });
        return;
      }
      const lot = product?.lots.find((candidate) => candidate.lotId === line.lotId);
      if (type === 'kit_assembly') {
        applyAssembly(projected, kits[line.productId] ?? [], line.productId, line.quantity, `${PENDING_LOT}${record.id}:${index}`, today);
        return;
      }
      if (type === 'kit_disassembly') {
        // The kits leave now; their components come back into the kit lot's own lots, which only the server knows:
        // they show after the next refresh (the phone shows less than there is, never more).
        if (lot) lot.quantity -= line.quantity;
        return;
      }
      if (type === 'distribution' && product) {
        for (const take of planFefo(product.lots, line.quantity, today).takes) product.lots.find((candidate) => candidate.lotId === take.lotId)!.quantity -= take.quantity;
      } else if (type === 'adjustment' && lot && line.reason) {
        lot.quantity += signedChange(line.reason, line.quantity);
      } else if (type === 'stock_count' && lot) {
        lot.quantity = line.quantity;
      }
      // A reversal's lines are known only to the server: the stock shows it after the next refresh.
    });
  }
  for (const product of projected) {
    product.onHand = product.lots.reduce((sum, lot) => sum + lot.quantity, 0);
    product.usable = product.lots.filter((lot) => isUsable(lot, today)).reduce((sum, lot) => sum + lot.quantity, 0);
    product.expired = product.onHand - product.usable;
  }
  return projected;
}

/**
 * Kits assembled on the phone: each component leaves earliest-expiring first, as the server takes it, and the kits
 * come in as a lot of their own (pending until sent) expiring with the earliest component taken.
 */
function applyAssembly(projected: ProductStock[], contents: { productId: string; quantity: number }[], kitProductId: string, kits: number, lotId: string, today: string): void {
  let expiryDate = '';
  for (const component of contents) {
    const product = projected.find((candidate) => candidate.productId === component.productId);
    if (!product) continue;
    for (const take of planFefo(product.lots, component.quantity * kits, today).takes) {
      const taken = product.lots.find((candidate) => candidate.lotId === take.lotId)!;
      taken.quantity -= take.quantity;
      if (expiryDate === '' || taken.expiryDate < expiryDate) expiryDate = taken.expiryDate;
    }
  }
  let kit = projected.find((candidate) => candidate.productId === kitProductId);
  if (!kit) {
    kit = { productId: kitProductId, productCode: '', productName: '', productNameId: null, onHand: 0, usable: 0, expired: 0, inTransitInbound: 0, lots: [] };
    projected.push(kit);
  }
  kit.lots.push({ lotId, lotNumber: '', expiryDate, fundingSource: 'OTHER_DONOR', donorName: null, quantity: kits, daysToExpiry: 0 });
}

/** A shipment received on the phone: what arrived joins its lots (the lots exist on the server), and leaves "in transit". */
function applyShipmentReceipt(projected: ProductStock[], record: ShipmentReceiptRecord): void {
  for (const line of record.body.lines) {
    const sent = record.shipment.lines.find((candidate) => candidate.lotId === line.lotId);
    if (!sent) continue;
    let product = projected.find((candidate) => candidate.productId === sent.productId);
    if (!product) {
      product = { productId: sent.productId, productCode: '', productName: sent.productName, productNameId: sent.productNameId, onHand: 0, usable: 0, expired: 0, inTransitInbound: 0, lots: [] };
      projected.push(product);
    }
    product.inTransitInbound = Math.max(0, product.inTransitInbound - sent.quantitySent);
    const lot = product.lots.find((candidate) => candidate.lotId === line.lotId);
    if (lot) lot.quantity += line.quantityReceived;
    else
      product.lots.push({
        lotId: line.lotId,
        lotNumber: sent.lotNumber,
        expiryDate: sent.expiryDate,
        // Not known from the shipment: shown once the server's stock is read again.
        fundingSource: 'OTHER_DONOR',
        donorName: null,
        quantity: line.quantityReceived,
        daysToExpiry: 0,
      });
  }
}

/** An expiry given as YYYY-MM means the last day of that month (the server's rule). */
function lastDayIfMonth(expiry: string): string {
  if (!/^\d{4}-\d{2}$/.test(expiry)) return expiry;
  const [year, month] = expiry.split('-').map(Number);
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}
