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
  minHistoryDays: 30,
  typeDefaultMonthlyUse: null,
  expected: false,
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

  it('uses the daily use since the first movement once there is at least MIN_HISTORY_DAYS of it, with medium confidence', () => {
    // 20 September to 23 November: 65 days, but the window starts 1 August. 650 used, 5 days out -> 650 / 60 x 30.4375 = 329.74.
    const short = averageMonthlyConsumption({ ...base, firstMovementOn: '2026-09-20', consumedSinceFirstMovement: 650, stockoutDaysSinceFirstMovement: 5 });
    expect(short).toMatchObject({ method: 'short_history', confidence: 'medium', days: 65, consumed: 650, stockoutDays: 5, amc: 329.74 });
  });

  it('never extrapolates a few days into a month: under MIN_HISTORY_DAYS it falls back to the type default, with low confidence', () => {
    // One day of history at an outreach kit: 450 handed out on the first day would be 13,700 a month.
    const oneDay = { ...base, firstMovementOn: '2026-11-23', consumedSinceFirstMovement: 450, stockoutDaysSinceFirstMovement: 0 };
    expect(averageMonthlyConsumption({ ...oneDay, typeDefaultMonthlyUse: 150 })).toMatchObject({ method: 'type_default', confidence: 'low', amc: 150 });
    expect(averageMonthlyConsumption(oneDay)).toMatchObject({ method: 'none', confidence: 'low', amc: 0 });
    expect(stockStatus({ ...oneDay, typeDefaultMonthlyUse: 150, usable: 0, maxMonths: 1 }).suggestedQuantity).toBe(200);
    // A point's own expected use still comes first.
    expect(averageMonthlyConsumption({ ...oneDay, expectedMonthlyUse: 90, typeDefaultMonthlyUse: 150 })).toMatchObject({ method: 'expected', confidence: 'medium', amc: 90 });
  });

  it('says how sure a full window is: high', () => {
    expect(averageMonthlyConsumption(base).confidence).toBe('high');
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

  it('shows a stock-out for a product the point is expected to carry and has never had, even with no consumption to go on', () => {
    const empty = { ...base, firstMovementOn: null, usable: 0, consumedInWindow: 0, consumedSinceFirstMovement: 0 };
    expect(stockStatus({ ...empty, expected: true }).status).toBe('stockout');
    expect(stockStatus({ ...empty, expected: false }).status).toBe('no_consumption');
  });

  it('says no_consumption where nothing is used, unless the point ran out and stays out', () => {
    const idle = { ...base, firstMovementOn: null, usable: 0 };
    expect(stockStatus(idle)).toMatchObject({ status: 'no_consumption', monthsOfStock: null, suggestedQuantity: 0 });
    expect(stockStatus({ ...idle, openStockout: true }).status).toBe('stockout');
  });
});
