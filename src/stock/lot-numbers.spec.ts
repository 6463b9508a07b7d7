import { normaliseLotNumber } from './lot-numbers';

describe('normaliseLotNumber', () => {
  it('makes the ways a printed lot number is keyed in one', () => {
    for (const keyed of ['SWAB-ALC-A', 'swab-alc-a', ' Swab-Alc-A ', 'SWAB -ALC-A', 'swab\t-alc-a']) expect(normaliseLotNumber(keyed)).toBe('SWAB-ALC-A');
    expect(normaliseLotNumber('LDS 2611a')).toBe('LDS2611A');
  });

  it('keeps what tells lots apart: dashes, dots, slashes and digits', () => {
    expect(normaliseLotNumber('A-1/2.3')).toBe('A-1/2.3');
    expect(normaliseLotNumber('A12')).not.toBe(normaliseLotNumber('A-12'));
  });
});
