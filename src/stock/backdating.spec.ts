import { balanceFrom, earliestDatable } from './backdating';

const at = (day: string) => new Date(`${day}T03:00:00Z`);

describe('balanceFrom', () => {
  it('is the current balance when nothing is dated later', () => {
    expect(balanceFrom(40, [])).toEqual({ balanceAt: 40, available: 40, limitedAt: null });
  });

  it('a line dated before the lot arrived has nothing to take', () => {
    // 100 received on the 10th, 60 handed out on the 12th: now 40. On the 5th the lot was not there yet.
    expect(balanceFrom(40, [{ occurredAt: at('2026-11-10'), quantity: 100 }, { occurredAt: at('2026-11-12'), quantity: -60 }])).toEqual({
      balanceAt: 0,
      available: 0,
      limitedAt: null,
    });
  });

  it('is limited by the lowest later running balance and says when', () => {
    // Balance 50 on the 1st; -45 on the 3rd (5 left), +100 on the 8th: now 105. A line on the 1st may take 5.
    const figures = balanceFrom(105, [{ occurredAt: at('2026-11-03'), quantity: -45 }, { occurredAt: at('2026-11-08'), quantity: 100 }]);
    expect(figures).toEqual({ balanceAt: 50, available: 5, limitedAt: at('2026-11-03') });
  });
});

describe('earliestDatable', () => {
  it('counts the window back from the point\'s local date', () => {
    // 16:30 UTC on 1 December is 23:30 that day in Jakarta (UTC+7) and already 01:30 on 2 December in Jayapura (UTC+9).
    expect(earliestDatable(new Date('2026-12-01T16:30:00Z'), 'Asia/Jakarta', 45)).toBe('2026-10-17');
    expect(earliestDatable(new Date('2026-12-01T16:30:00Z'), 'Asia/Jayapura', 45)).toBe('2026-10-18');
  });
});
