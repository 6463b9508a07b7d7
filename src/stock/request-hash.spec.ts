import { requestHash } from './request-hash';

describe('requestHash', () => {
  it('ignores key order and undefined fields', () => {
    expect(requestHash({ a: 1, b: [{ x: 1, y: 2 }], c: undefined })).toBe(requestHash({ b: [{ y: 2, x: 1 }], a: 1 }));
  });

  it('tells different payloads apart, including line order and quantities', () => {
    const base = { id: 'm1', lines: [{ productId: 'p', quantity: 7 }] };
    expect(requestHash(base)).not.toBe(requestHash({ ...base, lines: [{ productId: 'p', quantity: 8 }] }));
    expect(requestHash({ lines: [1, 2] })).not.toBe(requestHash({ lines: [2, 1] }));
  });
});
