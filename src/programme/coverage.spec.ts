import { completeSets, coverage } from './coverage';

describe('completeSets', () => {
  it('counts sets, and loose needles and barrels only in pairs', () => {
    expect(completeSets({ sets: 100, needles: 0, barrels: 0 })).toBe(100);
    expect(completeSets({ sets: 0, needles: 500, barrels: 0 })).toBe(0);
    expect(completeSets({ sets: 10, needles: 30, barrels: 20 })).toBe(30);
    expect(completeSets({ sets: 10, needles: 5, barrels: 40 })).toBe(15);
  });

  it('never lets a reversal that leaves a negative part take sets away', () => {
    expect(completeSets({ sets: 10, needles: -5, barrels: 3 })).toBe(10);
  });
});

describe('coverage', () => {
  it('grades sets per person at the WHO/UNODC/UNAIDS boundaries', () => {
    expect(coverage(9_999, 100)).toEqual({ setsPerPerson: 100, level: 'low', meets2030Target: false });
    expect(coverage(10_000, 100)).toEqual({ setsPerPerson: 100, level: 'medium', meets2030Target: false });
    expect(coverage(20_000, 100)).toEqual({ setsPerPerson: 200, level: 'medium', meets2030Target: false });
    expect(coverage(20_001, 100)).toEqual({ setsPerPerson: 200, level: 'high', meets2030Target: false });
    expect(coverage(29_999, 100)).toMatchObject({ level: 'high', meets2030Target: false });
    expect(coverage(30_000, 100)).toEqual({ setsPerPerson: 300, level: 'high', meets2030Target: true });
  });

  it('says nothing rather than dividing by a missing or zero estimate', () => {
    expect(coverage(5_000, null)).toEqual({ setsPerPerson: null, level: null, meets2030Target: null });
    expect(coverage(5_000, 0)).toEqual({ setsPerPerson: null, level: null, meets2030Target: null });
    expect(coverage(0, 50)).toEqual({ setsPerPerson: 0, level: 'low', meets2030Target: false });
  });
});
