import { componentsBack, kitLotIdentity } from './kit-lots';

const lot = (lotId: string, productId: string, quantity: number, expiryDate: string, fundingSource = 'APBN', donorName: string | null = null) => ({
  lotId,
  productId,
  quantity,
  expiryDate,
  fundingSource,
  donorName,
});

describe('a kit lot', () => {
  it('expires with its earliest-expiring component', () => {
    expect(kitLotIdentity([lot('a', 'ns', 30, '2029-05-31'), lot('b', 'swab', 30, '2027-01-31'), lot('c', 'iec', 10, '2030-12-31')]).expiryDate).toBe('2027-01-31');
  });

  it('names the funding source that paid for most of its units, the split staying with its sources', () => {
    expect(kitLotIdentity([lot('a', 'ns', 30, '2029-05-31', 'GLOBAL_FUND'), lot('b', 'swab', 20, '2029-05-31', 'APBD'), lot('c', 'swab', 15, '2029-05-31', 'APBD')])).toMatchObject({ fundingSource: 'APBD', donorName: null });
    // A tie goes to the first in the official order (APBN, APBD, GLOBAL_FUND, OTHER_DONOR).
    expect(kitLotIdentity([lot('a', 'ns', 30, '2029-05-31', 'GLOBAL_FUND'), lot('b', 'swab', 30, '2029-05-31', 'APBN')]).fundingSource).toBe('APBN');
    expect(kitLotIdentity([lot('a', 'ns', 30, '2029-05-31', 'OTHER_DONOR', 'UNICEF')])).toMatchObject({ fundingSource: 'OTHER_DONOR', donorName: 'UNICEF' });
  });
});

describe('taking kits apart', () => {
  const contents = [{ productId: 'ns', perKit: 3 }, { productId: 'swab', perKit: 2 }];
  const sources = [
    { lotId: 'ns-late', productId: 'ns', expiryDate: '2030-01-31', inside: 9 },
    { lotId: 'ns-early', productId: 'ns', expiryDate: '2028-01-31', inside: 3 },
    { lotId: 'swab-1', productId: 'swab', expiryDate: '2027-06-30', inside: 8 },
  ];

  it('puts the components back into the kit lot\'s own source lots, earliest-expiring first', () => {
    expect(componentsBack(contents, sources, 2)).toEqual([
      { lotId: 'ns-early', productId: 'ns', quantity: 3 },
      { lotId: 'ns-late', productId: 'ns', quantity: 3 },
      { lotId: 'swab-1', productId: 'swab', quantity: 4 },
    ]);
  });

  it('never puts back more of a lot than is still inside the kits', () => {
    expect(componentsBack(contents, sources, 4)).toEqual([
      { lotId: 'ns-early', productId: 'ns', quantity: 3 },
      { lotId: 'ns-late', productId: 'ns', quantity: 9 },
      { lotId: 'swab-1', productId: 'swab', quantity: 8 },
    ]);
    expect(componentsBack(contents, sources, 5)).toBeNull();
  });
});
