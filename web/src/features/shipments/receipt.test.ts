import { describe, expect, it } from 'vitest';
import { allAsSent, receiptBody, receiptProblems } from './receipt';

const shipment = {
  lines: [
    { lotId: 'lot-a', quantitySent: 500 },
    { lotId: 'lot-b', quantitySent: 1000 },
  ],
} as Parameters<typeof receiptProblems>[0];

describe('receiving a shipment', () => {
  it('takes everything as sent, with no discrepancy reason', () => {
    const inputs = allAsSent(shipment);
    expect(receiptProblems(shipment, inputs)).toEqual({});
    expect(receiptBody('r-1', '2026-12-02T03:00:00.000Z', shipment, inputs)).toEqual({
      id: 'r-1',
      occurredAt: '2026-12-02T03:00:00.000Z',
      lines: [
        { lotId: 'lot-a', quantityReceived: 500 },
        { lotId: 'lot-b', quantityReceived: 1000 },
      ],
    });
  });

  it('needs a reason where less arrived, and sends it only there', () => {
    const inputs = { ...allAsSent(shipment), 'lot-b': { received: '990', reason: '' as const } };
    expect(receiptProblems(shipment, inputs)).toEqual({ 'lot-b': 'reasonNeeded' });
    inputs['lot-b'].reason = 'lost' as never;
    expect(receiptProblems(shipment, inputs)).toEqual({});
    expect(receiptBody('r-2', '2026-12-02T03:00:00.000Z', shipment, inputs).lines).toEqual([
      { lotId: 'lot-a', quantityReceived: 500 },
      { lotId: 'lot-b', quantityReceived: 990, discrepancyReason: 'lost' },
    ]);
  });

  it('refuses more than was sent, and a line left empty', () => {
    expect(receiptProblems(shipment, { 'lot-a': { received: '501', reason: '' }, 'lot-b': { received: '', reason: '' } })).toEqual({ 'lot-a': 'moreThanSent', 'lot-b': 'missing' });
  });

  it('drops a reason chosen for a line that turned out complete (the server refuses it there)', () => {
    const inputs = { ...allAsSent(shipment), 'lot-a': { received: '500', reason: 'damaged' as const } };
    expect(receiptBody('r-3', '2026-12-02T03:00:00.000Z', shipment, inputs).lines[0]).toEqual({ lotId: 'lot-a', quantityReceived: 500 });
  });
});
