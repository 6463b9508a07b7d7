import { describe, expect, it } from 'vitest';
import type { MovementRecord, OutboxRecord } from '../outbox/outbox-types';
import { projectStock, type ProductStock } from './projection';

const POINT = 'point-1';
const stock: ProductStock[] = [
  {
    productId: 'swab',
    productCode: 'SWAB-ALC',
    productName: 'Alcohol swab',
    productNameId: 'Kapas alkohol',
    onHand: 150,
    usable: 150,
    expired: 0,
    inTransitInbound: 0,
    lots: [
      { lotId: 'late', lotNumber: 'B', expiryDate: '2027-06-30', fundingSource: 'APBN', donorName: null, quantity: 100, daysToExpiry: 200 },
      { lotId: 'early', lotNumber: 'A', expiryDate: '2026-12-31', fundingSource: 'GLOBAL_FUND', donorName: null, quantity: 50, daysToExpiry: 29 },
    ],
  },
];

let seq = 0;
function record(status: MovementRecord['status'], body: Partial<MovementRecord['body']>, sentAt?: string): MovementRecord {
  seq += 1;
  return {
    seq,
    id: `r${seq}`,
    kind: 'movement',
    pointId: POINT,
    username: 'staff',
    status,
    createdAt: '2026-12-02T01:00:00Z',
    attempts: 0,
    sentAt,
    body: { id: `r${seq}`, occurredAt: '2026-12-02T01:00:00Z', type: 'distribution', lines: [], ...body },
  };
}

const quantities = (products: ProductStock[]) => Object.fromEntries(products[0].lots.map((lot) => [lot.lotId, lot.quantity]));

describe('stock as the phone shows it', () => {
  it("applies waiting captures and those sent after the server's copy, FEFO for distributions; not refused ones", () => {
    const records = [
      record('pending', { lines: [{ productId: 'swab', quantity: 60 }] }),
      record('sent', { lines: [{ productId: 'swab', quantity: 5 }] }, '2026-12-02T02:00:00Z'),
      record('sent', { lines: [{ productId: 'swab', quantity: 7 }] }, '2026-12-02T00:00:00Z'),
      record('refused', { lines: [{ productId: 'swab', quantity: 9 }] }),
    ];
    const projected = projectStock(stock, records, '2026-12-02T01:30:00Z', POINT, '2026-12-02');
    // 60 + 5 taken earliest-expiry first: all 50 of A, then 15 of B. The sent-before-the-copy 7 is already in it.
    expect(quantities(projected)).toEqual({ late: 85, early: 0 });
    expect(projected[0]).toMatchObject({ onHand: 85, usable: 85 });
    expect(stock[0].lots[0].quantity).toBe(100);
  });

  it('applies adjustments by their reason, stock counts as the counted quantity, and receipts as new lots', () => {
    const records = [
      record('pending', { type: 'adjustment', lines: [{ productId: 'swab', lotId: 'late', reason: 'damaged', quantity: 10 }] }),
      record('pending', { type: 'stock_count', lines: [{ productId: 'swab', lotId: 'early', quantity: 45, reason: 'lost' }] }),
      record('pending', {
        type: 'receipt',
        source: 'Dinkes',
        lines: [{ productId: 'swab', quantity: 200, lotNumber: 'C', expiryDate: '2028-02', fundingSource: 'APBD' }],
      }),
    ];
    const projected = projectStock(stock, records, '2026-12-02T01:30:00Z', POINT, '2026-12-02');
    expect(quantities(projected)).toEqual({ late: 90, early: 45, 'pending:r7:0': 200 });
    expect(projected[0].lots[2].expiryDate).toBe('2028-02-29');
    expect(projected[0].usable).toBe(335);
  });

  it('takes a shipment sent from the phone out first-expired-first-out, and adds a shipment received', () => {
    const dispatch: OutboxRecord = {
      seq: 100,
      id: 'd1',
      kind: 'shipment_dispatch',
      pointId: POINT,
      username: 'staff',
      status: 'pending',
      createdAt: '2026-12-02T01:00:00Z',
      attempts: 0,
      toPointName: 'Outreach kit',
      body: { id: 'd1', fromPointId: POINT, toPointId: 'kit', lines: [{ productId: 'swab', quantity: 70 }] },
    };
    const receipt: OutboxRecord = {
      seq: 101,
      id: 'r1',
      kind: 'shipment_receipt',
      pointId: POINT,
      username: 'staff',
      status: 'pending',
      createdAt: '2026-12-02T01:00:00Z',
      attempts: 0,
      shipmentId: 's1',
      shipment: { fromPointName: 'Dinkes', lines: [{ lotId: 'late', productId: 'swab', productName: 'Alcohol swab', productNameId: null, lotNumber: 'B', expiryDate: '2027-06-30', quantitySent: 40 }] },
      body: { id: 'r1', lines: [{ lotId: 'late', quantityReceived: 30, discrepancyReason: 'lost' }] },
    };
    const projected = projectStock([{ ...stock[0], inTransitInbound: 40 }], [dispatch, receipt], '2026-12-02T01:30:00Z', POINT, '2026-12-02');
    // 70 out: all 50 of A (earliest expiry), 20 of B; then 30 of the 40 sent arrive in B.
    expect(quantities(projected)).toEqual({ late: 110, early: 0 });
    expect(projected[0].inTransitInbound).toBe(0);
  });
});

describe('kits on the phone', () => {
  it('takes the components of kits assembled on the phone earliest-expiring first, and shows the kits as a pending lot', () => {
    const kitLot = { lotId: 'kit-lot', lotNumber: 'KIT-1', expiryDate: '2027-01-31', fundingSource: 'APBN' as const, donorName: null, quantity: 4, daysToExpiry: 60 };
    const withKit: ProductStock[] = [...stock, { ...stock[0], productId: 'kit', productCode: 'KIT', onHand: 4, usable: 4, lots: [kitLot] }];
    const assembly = record('pending', { type: 'kit_assembly', lines: [{ productId: 'kit', quantity: 20 }] });
    const disassembly = record('pending', { type: 'kit_disassembly', lines: [{ productId: 'kit', lotId: 'kit-lot', quantity: 1 }] });
    const projected = projectStock(withKit, [assembly, disassembly], '2026-12-02T01:30:00Z', POINT, '2026-12-02', { kit: [{ productId: 'swab', quantity: 3 }] });
    // 60 swabs: the 50 of A, then 10 of B; the 20 kits expire with A, the earliest taken.
    expect(quantities(projected)).toEqual({ late: 90, early: 0 });
    const kits = projected.find((product) => product.productId === 'kit')!;
    expect(kits.lots.map((lot) => [lot.lotId, lot.quantity, lot.expiryDate])).toEqual([
      ['kit-lot', 3, '2027-01-31'],
      [`pending:${assembly.id}:0`, 20, '2026-12-31'],
    ]);
    expect(kits.usable).toBe(23);
  });
});
