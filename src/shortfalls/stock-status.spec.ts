import { averageMonthlyConsumption, StatusInputs, stockStatus } from './stock-status';

const base: StatusInputs = {
  today: '2026-11-23',
  windowStart: '2026-08-01',
  windowEnd: '2026-11-01',
  months: 3,
  firstMovementOn: '2026-01-10',
  consumedInWindow: 920,
  stockoutDaysInWindow: 0,
  consumedSinceFirstMovement: 4000,
  stockoutDaysSinceFirstMovement: 0,
  expectedMonthlyUse: null,
  usable: 400,
  inTransitInbound: 0,
  minMonths: 1,
  maxMonths: 3,
  packSize: 100,
  openStockout: false,
};

describe('average monthly consumption', () => {
  it('is consumption over the last complete months', () => {
    // August to October: 92 days, 920 used -> 306.67 a month.
    expect(averageMonthlyConsumption(base)).toMatchObject({ method: 'history', amc: 306.67, consumed: 920, days: 92, stockoutDays: 0, stockoutAdjustment: 1 });
  });

  it('is raised for days out of stock: consumed / months x days / (days - stock-out days)', () => {
    // 23 of 92 days out of stock: 920 / 3 x 92 / 69 = 408.89.
    expect(averageMonthlyConsumption({ ...base, stockoutDaysInWindow: 23 })).toMatchObject({ amc: 408.89, stockoutDays: 23, stockoutAdjustment: 1.3333 });
  });

  it('caps the adjustment when nearly every day was a stock-out', () => {
    // 90 of 92 days out: without the cap 920 / 3 x 46 = 14106; capped at x3 -> 920.
    expect(averageMonthlyConsumption({ ...base, stockoutDaysInWindow: 90 })).toMatchObject({ amc: 920, stockoutAdjustment: 3 });
  });

  it('uses the expected monthly use of a point with less history than the window', () => {
    expect(averageMonthlyConsumption({ ...base, firstMovementOn: '2026-11-05', expectedMonthlyUse: 250 })).toMatchObject({ method: 'expected', amc: 250 });
  });

  it('uses the daily use since the first movement for a point with under a month of history and no expected use', () => {
    // 5 to 23 November: 19 days, 190 used, 4 days out of stock -> 190 / 15 x 30.4375 = 385.54.
    const short = averageMonthlyConsumption({
      ...base,
      firstMovementOn: '2026-11-05',
      consumedSinceFirstMovement: 190,
      stockoutDaysSinceFirstMovement: 4,
    });
    expect(short).toMatchObject({ method: 'short_history', days: 19, consumed: 190, stockoutDays: 4, amc: 385.54 });
  });

  it('is zero without any movement or expected use', () => {
    expect(averageMonthlyConsumption({ ...base, firstMovementOn: null })).toMatchObject({ method: 'none', amc: 0 });
  });
});

describe('stock status and suggested resupply', () => {
  it('gives months of stock and suggests up to the maximum, in whole packs', () => {
    // AMC 306.67; 400 usable -> 1.3 months, ok; max 3 months = 920 - 400 = 520 -> 6 packs of 100 = 600.
    expect(stockStatus(base)).toMatchObject({ status: 'ok', monthsOfStock: 1.3, suggestedQuantity: 600 });
  });

  it('counts stock in transit towards the maximum', () => {
    expect(stockStatus({ ...base, inTransitInbound: 300 }).suggestedQuantity).toBe(300);
    expect(stockStatus({ ...base, inTransitInbound: 600 }).suggestedQuantity).toBe(0);
  });

  it('flags stock-out, below minimum and above maximum', () => {
    expect(stockStatus({ ...base, usable: 0 }).status).toBe('stockout');
    expect(stockStatus({ ...base, usable: 200 }).status).toBe('below_min');
    expect(stockStatus({ ...base, usable: 1000 }).status).toBe('above_max');
    expect(stockStatus({ ...base, usable: 1000 }).suggestedQuantity).toBe(0);
  });

  it('says no_consumption where nothing is used, unless the point ran out and stays out', () => {
    const idle = { ...base, firstMovementOn: null, usable: 0 };
    expect(stockStatus(idle)).toMatchObject({ status: 'no_consumption', monthsOfStock: null, suggestedQuantity: 0 });
    expect(stockStatus({ ...idle, openStockout: true }).status).toBe('stockout');
  });
});
