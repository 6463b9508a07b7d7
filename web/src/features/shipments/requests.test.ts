import { describe, expect, it } from 'vitest';
import { stillToSend, type RequestToFulfil } from './queries';

const line = (productId: string, approvedQuantity: number | null, shippedQuantity: number) =>
  ({ productId, productCode: productId, productName: productId, productNameId: null, quantity: 500, note: null, approvedQuantity, approvalComment: null, shippedQuantity, receivedQuantity: 0 }) satisfies RequestToFulfil['lines'][number];

describe('what is still to send for a request', () => {
  it('is approved minus shipped per product, leaving out what was approved at 0, not decided or sent in full', () => {
    const request = { lines: [line('swab', 400, 250), line('syringe', 300, 0), line('condom', 0, 0), line('naloxone', null, 0), line('leaflet', 50, 50)] } as RequestToFulfil;
    expect(stillToSend(request)).toEqual({ swab: 150, syringe: 300 });
  });
});
