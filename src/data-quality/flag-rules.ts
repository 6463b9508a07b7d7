/**
 * The arithmetic of the data-quality flags (docs/data-quality.md). The scan gathers the numbers in SQL; these decide.
 * Flags are for review, never a block: each threshold errs toward raising a flag a district officer can dismiss.
 */
export const FLAG_KINDS = ['above_contact_cap', 'repeated_tally', 'month_end_round_numbers', 'distribution_spike', 'backdated_burst', 'stock_not_moving'] as const;
export type FlagKind = (typeof FLAG_KINDS)[number];

/** The same tally (contacts and quantity of each product) this many times in a row at a point. */
export const REPEATED_TALLY_RUN = 5;
/** Month end: the last this many local days of the month. */
export const MONTH_END_DAYS = 3;
/** A quantity is round when it is a multiple of this. */
export const ROUND_TO = 10;
/** Month-end round numbers: at least this many distributions at month end, this share of them round, ... */
export const MONTH_END_MIN_DISTRIBUTIONS = 5;
export const MONTH_END_ROUND_SHARE = 0.8;
/** ... and at least this many times the round share of the rest of the month. */
export const MONTH_END_ROUND_LIFT = 2;
/** Spike: the modified z-score (Iglewicz and Hoaglin) above which a month is an outlier, with at least this much history. */
export const SPIKE_Z = 3.5;
export const SPIKE_MIN_HISTORY_MONTHS = 3;
export const SPIKE_HISTORY_MONTHS = 6;
/** When the history does not vary at all (MAD 0), a month this many times its median is a spike. */
export const SPIKE_FLAT_RATIO = 3;
/** Backdated burst: entries recorded at least this many days after they happened ... */
export const BACKDATED_DAYS = 3;
/** ... in the last this many days up to the monthly report's due day (REPORT_DUE_DAY of the next month) ... */
export const DEADLINE_WINDOW_DAYS = 5;
/** ... at least this many, and this share of the month's movements at the point. */
export const BACKDATED_MIN = 10;
export const BACKDATED_SHARE = 0.3;
/** Still stock: a product on hand with no stock leaving it for this many days ... */
export const STILL_DAYS = 60;
/** ... while the point recorded at least this many distributions of other products in those days. */
export const STILL_OTHER_DISTRIBUTIONS = 10;

export function isRound(quantity: number): boolean {
  return quantity >= ROUND_TO && quantity % ROUND_TO === 0;
}

export interface MonthEndCounts {
  endDistributions: number;
  endRound: number;
  restDistributions: number;
  restRound: number;
}

/** Round tallies cluster at month end: many distributions in the last days, nearly all round, far more than the rest of the month. */
export function roundNumbersAtMonthEnd(counts: MonthEndCounts): boolean {
  if (counts.endDistributions < MONTH_END_MIN_DISTRIBUTIONS) return false;
  const endShare = counts.endRound / counts.endDistributions;
  if (endShare < MONTH_END_ROUND_SHARE) return false;
  if (counts.restDistributions === 0) return true;
  return endShare >= MONTH_END_ROUND_LIFT * (counts.restRound / counts.restDistributions);
}

export interface SpikeEvidence {
  median: number;
  mad: number;
  /** null when the history does not vary (MAD 0): the flat ratio decides instead. */
  robustZ: number | null;
  ratioToMedian: number | null;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * Whether a month's distribution is far above the point's own history (the previous months' figures, zeros included):
 * the modified z-score 0.6745 (x - median) / MAD above SPIKE_Z, or, when MAD is 0, x at least SPIKE_FLAT_RATIO times a
 * median above 0. Needs SPIKE_MIN_HISTORY_MONTHS months of history; answers the evidence when it is a spike, else null.
 */
export function spike(value: number, history: number[]): SpikeEvidence | null {
  if (history.length < SPIKE_MIN_HISTORY_MONTHS || value <= 0) return null;
  const m = median(history);
  const mad = median(history.map((x) => Math.abs(x - m)));
  const ratioToMedian = m > 0 ? Math.round((value / m) * 100) / 100 : null;
  if (mad === 0) {
    return m > 0 && value >= SPIKE_FLAT_RATIO * m ? { median: m, mad, robustZ: null, ratioToMedian } : null;
  }
  const z = (0.6745 * (value - m)) / mad;
  return z > SPIKE_Z ? { median: m, mad, robustZ: Math.round(z * 100) / 100, ratioToMedian } : null;
}

/** Backdated entries bunch up just before the report is due. */
export function backdatedBurst(backdated: number, movementsInMonth: number): boolean {
  return backdated >= BACKDATED_MIN && movementsInMonth > 0 && backdated / movementsInMonth >= BACKDATED_SHARE;
}
