import { backdatedBurst, isRound, roundNumbersAtMonthEnd, spike } from './flag-rules';

describe('data-quality flag rules', () => {
  it('calls multiples of ten round, and small or ragged numbers not', () => {
    expect([10, 50, 200].map(isRound)).toEqual([true, true, true]);
    expect([0, 5, 37, 101].map(isRound)).toEqual([false, false, false, false]);
  });

  it('flags round numbers clustering at month end, not a month that is round throughout or has few end-of-month tallies', () => {
    expect(roundNumbersAtMonthEnd({ endDistributions: 8, endRound: 8, restDistributions: 40, restRound: 4 })).toBe(true);
    expect(roundNumbersAtMonthEnd({ endDistributions: 6, endRound: 5, restDistributions: 0, restRound: 0 })).toBe(true);
    // Round all month long (a point that hands out packs of 10): no lift at month end.
    expect(roundNumbersAtMonthEnd({ endDistributions: 8, endRound: 8, restDistributions: 40, restRound: 38 })).toBe(false);
    expect(roundNumbersAtMonthEnd({ endDistributions: 4, endRound: 4, restDistributions: 40, restRound: 0 })).toBe(false);
    expect(roundNumbersAtMonthEnd({ endDistributions: 10, endRound: 7, restDistributions: 40, restRound: 0 })).toBe(false);
  });

  it('flags a month far above its own history by the modified z-score, and a flat history by the ratio to its median', () => {
    expect(spike(900, [300, 320, 280, 310, 290, 305])).toMatchObject({ median: 302.5, robustZ: expect.any(Number) });
    expect(spike(340, [300, 320, 280, 310, 290, 305])).toBeNull();
    // A flat history: MAD 0, so the ratio decides.
    expect(spike(900, [300, 300, 300])).toEqual({ median: 300, mad: 0, robustZ: null, ratioToMedian: 3 });
    expect(spike(600, [300, 300, 300])).toBeNull();
    // Too little history, or nothing to compare with.
    expect(spike(900, [300, 310])).toBeNull();
    expect(spike(900, [0, 0, 0])).toBeNull();
    expect(spike(0, [300, 310, 320])).toBeNull();
  });

  it('flags a burst of backdated entries only when it is both many and a large share of the month', () => {
    expect(backdatedBurst(12, 30)).toBe(true);
    expect(backdatedBurst(12, 100)).toBe(false);
    expect(backdatedBurst(9, 10)).toBe(false);
  });
});
