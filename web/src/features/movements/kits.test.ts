import { describe, expect, it } from 'vitest';
import type { ProductStock } from '../stock/projection';
import { assemblable, componentNeeds, isKitProduct } from './kits';

const lass = {
  components: [
    { productId: 'ns', productCode: 'NS-1ML-LDS-29G', quantity: 3 },
    { productId: 'swab', productCode: 'SWAB-ALC', quantity: 3 },
    { productId: 'iec', productCode: 'IEC-SAFE-INJ', quantity: 1 },
  ],
};
const held = (productId: string, usable: number): ProductStock => ({
  productId,
  productCode: productId,
  productName: productId,
  productNameId: null,
  onHand: usable,
  usable,
  expired: 0,
  inTransitInbound: 0,
  lots: [],
});

describe('assembling kits', () => {
  const stock = [held('ns', 90), held('swab', 70)];

  it('takes perKit x kits of each component, and names what the usable stock lacks', () => {
    expect(componentNeeds(lass, 25, stock)).toEqual([
      { productId: 'ns', productCode: 'NS-1ML-LDS-29G', perKit: 3, needed: 75, usable: 90, short: 0 },
      { productId: 'swab', productCode: 'SWAB-ALC', perKit: 3, needed: 75, usable: 70, short: 5 },
      // A component the point has never held counts as none.
      { productId: 'iec', productCode: 'IEC-SAFE-INJ', perKit: 1, needed: 25, usable: 0, short: 25 },
    ]);
  });

  it('makes as many whole kits as the scarcest component allows', () => {
    expect(assemblable(lass, [...stock, held('iec', 40)])).toBe(23); // 70 swabs / 3
    expect(assemblable(lass, stock)).toBe(0);
    expect(assemblable({ components: [] }, stock)).toBe(0);
  });

  it('calls a product a kit only when it has a bill of materials, also in a catalogue cached before kits', () => {
    expect(isKitProduct(lass)).toBe(true);
    expect(isKitProduct({ components: [] })).toBe(false);
    expect(isKitProduct({} as typeof lass)).toBe(false);
  });
});
