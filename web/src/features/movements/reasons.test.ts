import { describe, expect, it } from 'vitest';
import { reasonsFor, signedChange } from './reasons';

describe('adjustment reasons offered', () => {
  it('offers only reasons that remove stock for a shortfall, and only an expiry write-off or correction for an expired lot', () => {
    expect(reasonsFor(-5, false)).toEqual(['damaged', 'quality_problem', 'lost', 'stolen', 'correction']);
    expect(reasonsFor(-5, true)).toEqual(['expired_write_off', 'correction']);
  });

  it('offers found or correction for a surplus', () => {
    expect(reasonsFor(3, false)).toEqual(['found', 'correction']);
  });

  it('signs the quantity by the reason', () => {
    expect(signedChange('damaged', 4)).toBe(-4);
    expect(signedChange('found', 4)).toBe(4);
    expect(signedChange('correction', -2)).toBe(-2);
  });
});
