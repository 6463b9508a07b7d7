import { takesSharps } from './sharps-receivers';

describe('takesSharps', () => {
  const dic = { id: 'dic', type: 'drop_in_centre', regencyCode: '32.73', active: true, supplierPointId: 'dinkes' };
  const kit = { id: 'kit', type: 'outreach', regencyCode: '32.73', active: true, supplierPointId: 'dic' };
  const puskesmas = { id: 'pkm', type: 'puskesmas', regencyCode: '32.73', active: true, supplierPointId: 'dinkes' };
  const types = ['puskesmas', 'district_health_office'];

  it('takes them at a point that destroys sharps in the same regency, or back at the supplier', () => {
    expect(takesSharps(puskesmas, dic, types)).toBe(true);
    expect(takesSharps(dic, kit, types)).toBe(true);
  });

  it('refuses another regency, an inactive point, the point itself, and a point that neither destroys nor supplies it', () => {
    expect(takesSharps({ ...puskesmas, regencyCode: '32.01' }, dic, types)).toBe(false);
    expect(takesSharps({ ...puskesmas, active: false }, dic, types)).toBe(false);
    expect(takesSharps(puskesmas, puskesmas, types)).toBe(false);
    expect(takesSharps(kit, dic, types)).toBe(false);
    expect(takesSharps(dic, puskesmas, types)).toBe(false);
  });
});
