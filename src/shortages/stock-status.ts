/** Average days in a month, to turn daily rates into monthly ones. */
import { isStockout } from '../stock/stockout';
export const DAYS_PER_MONTH = 30.4375;
/**
 * Stock-out days raise consumption to what it would have been in stock, but by at most this factor: a point out of
 * stock nearly all the time would otherwise extrapolate a few days' use into a huge figure.
 */
export const MAX_STOCKOUT_ADJUSTMENT = 3;
/**
 * Version of the formulas below. Stored figures (`stock_status`) computed under another version are recomputed, so
 * raise it with any change that alters a figure.
 */
export const STOCK_STATUS_FORMULA = 2;

export const STOCK_STATUSES = ['stockout', 'below_min', 'ok', 'above_max', 'no_consumption'] as const;
export type StockStatus = (typeof STOCK_STATUSES)[number];

/** Everything the figures of one point and product are computed from, as read from the maintained aggregates. */
export interface StatusInputs {
  /** The point's local date. */
  today: string;
  /** Complete months looked at: [windowStart, windowEnd), `months` long. */
  windowStart: string;
  windowEnd: string;
  months: number;
  /** First movement of the product at the point (local date), or null when there is none. */
  firstMovementOn: string | null;
  consumedInWindow: number;
  stockoutDaysInWindow: number;
  /** Consumption and stock-out days from the first movement to today (for a point with less history). */
  consumedSinceFirstMovement: number;
  stockoutDaysSinceFirstMovement: number;
  expectedMonthlyUse: number | null;
  usable: number;
  inTransitInbound: number;
  minMonths: number;
  maxMonths: number;
  packSize: number;
  /** A stock-out began and has not ended. */
  openStockout: boolean;
  /** Days of own history needed before consumption since the first movement is extrapolated to a month. */
  minHistoryDays: number;
  /** The point type's default monthly use of a product of this category, or null. */
  typeDefaultMonthlyUse: number | null;
  /** The point is expected to carry the product (its own stock levels, or its type's default list). */
  expected: boolean;
}

export type AmcMethod = 'history' | 'short_history' | 'expected' | 'type_default' | 'none';

/**
 * How sure the AMC is: `high` from the full window of the point's own history; `medium` from shorter own history (at
 * least MIN_HISTORY_DAYS) or the expected use someone set for the point; `low` from the point type's default or
 * nothing at all. Figures built on a low AMC (months of stock, suggestion) say so through it.
 */
export type AmcConfidence = 'high' | 'medium' | 'low';

export const AMC_CONFIDENCE: Record<AmcMethod, AmcConfidence> = {
  history: 'high',
  short_history: 'medium',
  expected: 'medium',
  type_default: 'low',
  none: 'low',
};

export interface AmcFigures {
  method: AmcMethod;
  confidence: AmcConfidence;
  /** Average monthly consumption, units per month. */
  amc: number;
  consumed: number;
  days: number;
  stockoutDays: number;
  /** days / (days - stockoutDays), at most MAX_STOCKOUT_ADJUSTMENT. */
  stockoutAdjustment: number;
  periodStart: string | null;
  periodEnd: string | null;
}

export interface StatusFigures {
  status: StockStatus;
  amc: AmcFigures;
  monthsOfStock: number | null;
  suggestedQuantity: number;
}

const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;
const addDay = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
const round = (value: number, places: number) => Math.round(value * 10 ** places) / 10 ** places;

/**
 * AMC = consumed / months × days / (days − stock-out days), the stock-out adjustment capped at
 * MAX_STOCKOUT_ADJUSTMENT, over the last complete months when the point has that much history. With less history: the
 * expected monthly use set with its stock levels; else its daily use since its first movement × 30.4375, but only
 * after `minHistoryDays` of it (a day's use is never extrapolated into a month); else the point type's default;
 * else nothing.
 */
export function averageMonthlyConsumption(input: StatusInputs): AmcFigures {
  const fixed = (method: AmcMethod, amc: number): AmcFigures => ({
    method, confidence: AMC_CONFIDENCE[method], amc, consumed: 0, days: 0, stockoutDays: 0, stockoutAdjustment: 1, periodStart: null, periodEnd: null,
  });
  const adjusted = (consumed: number, days: number, stockoutDays: number, months: number, start: string, end: string, method: AmcMethod): AmcFigures => {
    const inStockDays = Math.max(days - stockoutDays, days / MAX_STOCKOUT_ADJUSTMENT);
    const amc = days > 0 ? Math.max(0, consumed) / months * (days / inStockDays) : 0;
    return { method, confidence: AMC_CONFIDENCE[method], amc: round(amc, 2), consumed, days, stockoutDays, stockoutAdjustment: round(days / inStockDays, 4), periodStart: start, periodEnd: end };
  };

  if (input.firstMovementOn !== null && input.firstMovementOn <= input.windowStart) {
    const days = dayNumber(input.windowEnd) - dayNumber(input.windowStart);
    return adjusted(input.consumedInWindow, days, input.stockoutDaysInWindow, input.months, input.windowStart, input.windowEnd, 'history');
  }
  if (input.expectedMonthlyUse !== null) return fixed('expected', input.expectedMonthlyUse);
  if (input.firstMovementOn !== null) {
    const end = addDay(input.today);
    const days = dayNumber(end) - dayNumber(input.firstMovementOn);
    if (days >= input.minHistoryDays) {
      return adjusted(input.consumedSinceFirstMovement, days, input.stockoutDaysSinceFirstMovement, days / DAYS_PER_MONTH, input.firstMovementOn, end, 'short_history');
    }
  }
  if (input.typeDefaultMonthlyUse !== null) return fixed('type_default', input.typeDefaultMonthlyUse);
  return fixed('none', 0);
}

/**
 * Status, months of stock and suggested resupply of one point and product.
 * Months of stock = usable / AMC. Suggested = max(0, max months × AMC − usable − inbound in transit), rounded up to
 * whole packs.
 */
export function stockStatus(input: StatusInputs): StatusFigures {
  const amc = averageMonthlyConsumption(input);
  const monthsOfStock = amc.amc > 0 ? round(input.usable / amc.amc, 2) : null;
  let status: StockStatus;
  // A product the point is expected to carry is out of stock when it has none, even before it was ever used there.
  if (isStockout({ usable: input.usable, inUse: amc.amc > 0, expected: input.expected, alreadyOut: input.openStockout })) status = 'stockout';
  else if (amc.amc === 0) status = 'no_consumption';
  else if (monthsOfStock! < input.minMonths) status = 'below_min';
  else if (monthsOfStock! > input.maxMonths) status = 'above_max';
  else status = 'ok';

  const shortfall = input.maxMonths * amc.amc - input.usable - input.inTransitInbound;
  const suggestedQuantity = shortfall > 0 ? Math.ceil(shortfall / input.packSize) * input.packSize : 0;
  return { status, amc, monthsOfStock, suggestedQuantity };
}
