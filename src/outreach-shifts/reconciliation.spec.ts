import { reconcile, ShiftProductFigures } from './reconciliation';

const ns: ShiftProductFigures = { productId: 'ns', productCode: 'NS', opening: 10, issued: 100, distributed: 30, expected: 80 };
const swab: ShiftProductFigures = { productId: 'swab', productCode: 'SWAB', opening: 0, issued: 200, distributed: 60, expected: 140 };

describe('reconciling the counted bag with the ledger', () => {
  it('accepts an exact count with nothing to explain, and keeps the other changes at the kit', () => {
    const { errors, products } = reconcile([{ ...ns, expected: 75 }], [{ productId: 'ns', counted: 75 }]);
    expect(errors).toEqual([]);
    expect(products).toEqual([{ ...ns, expected: 75, counted: 75, otherChange: -5, unrecorded: 0, lost: 0, damaged: 0, found: 0 }]);
  });

  it('needs the whole shortfall explained, no more and no less', () => {
    expect(reconcile([ns], [{ productId: 'ns', counted: 75, unrecorded: 3, lost: 1, damaged: 1 }]).errors).toEqual([]);
    for (const explained of [{ unrecorded: 4 }, { unrecorded: 3, lost: 3 }, {}, { found: 5 }, { lost: 5, found: 1 }]) {
      const { errors, products } = reconcile([ns], [{ productId: 'ns', counted: 75, ...explained }]);
      expect(errors).toEqual([{ field: 'counts[0]', messages: [expect.stringContaining('5 fewer than the 80 expected')] }]);
      expect(products).toEqual([]);
    }
  });

  it('takes a surplus only as found, and nothing to explain on an exact count', () => {
    expect(reconcile([ns], [{ productId: 'ns', counted: 82, found: 2 }]).errors).toEqual([]);
    expect(reconcile([ns], [{ productId: 'ns', counted: 82, found: 1 }]).errors[0].messages[0]).toContain('2 more than the 80 expected');
    expect(reconcile([ns], [{ productId: 'ns', counted: 82, found: 3, lost: 1 }]).errors[0].messages[0]).toContain('2 more than');
    expect(reconcile([ns], [{ productId: 'ns', counted: 80, lost: 1 }]).errors[0].messages[0]).toContain('nothing to explain');
  });

  it('counts every product of the bag once, and nothing else', () => {
    const { errors } = reconcile(
      [ns, swab],
      [
        { productId: 'ns', counted: 80 },
        { productId: 'ns', counted: 80 },
        { productId: 'condom', counted: 1 },
      ],
    );
    expect(errors).toEqual([
      { field: 'counts[1].productId', messages: ['this product is counted twice'] },
      { field: 'counts[2].productId', messages: ['this product was not in the bag of this shift'] },
      { field: 'counts', messages: ['SWAB is missing: count it too (0 if nothing is left)'] },
    ]);
  });
});
