/**
 * The one definition of a stock-out, used by the movement after-step (StockoutTracker), the kept shortage figures
 * (stockStatus) and through them the daily status scan: a point has no usable stock (lots not expired on its local
 * date) of a product it needs. It needs the product when it uses it (a consumption history, or a movement that just
 * took its last usable unit out), is expected to carry it (its stock levels, or else its type's default categories),
 * or was already out of it (an open stock-out period).
 */
export function isStockout(evidence: { usable: number; inUse: boolean; expected: boolean; alreadyOut: boolean }): boolean {
  return evidence.usable <= 0 && (evidence.inUse || evidence.expected || evidence.alreadyOut);
}

/** What a movement's after-steps know of one product at the point once its lines are in. */
export interface ProductAfterMovement {
  productId: string;
  usable: number;
  /** A stock-out period is open (from before this movement). */
  openPeriod: boolean;
  openAlert: boolean;
  expected: boolean;
}

/**
 * What a movement changes in stock-outs, by the one definition (a movement that takes the last usable unit out is
 * evidence the point uses the product): shared by StockoutTracker (periods and alerts) and StockoutNotices (telling
 * people), so they never disagree.
 */
export function stockoutChanges(lines: { productId: string; quantity: number }[], states: ProductAfterMovement[]) {
  const debited = new Set(lines.filter((line) => line.quantity < 0).map((line) => line.productId));
  const out = (state: ProductAfterMovement) =>
    isStockout({ usable: state.usable, inUse: debited.has(state.productId), expected: state.expected, alreadyOut: state.openPeriod });
  const ids = (list: ProductAfterMovement[]) => list.map((state) => state.productId);
  return {
    /** Out of stock, without both its period and its alert open: what is missing is opened. */
    toOpen: ids(states.filter((state) => out(state) && !(state.openPeriod && state.openAlert))),
    /** Out of stock and no period was open before this movement: a stock-out that began now. */
    began: ids(states.filter((state) => out(state) && !state.openPeriod)),
    /** No longer out of stock, with a period or alert still open: they end. */
    ended: ids(states.filter((state) => !out(state) && (state.openPeriod || state.openAlert))),
  };
}

/**
 * The details of a `stockout` alert, the same whoever raised it. A movement that empties a point raises the alert at
 * once, before any figure is computed: `amc` and `suggestedQuantity` are then null until the daily status scan sees
 * the alert again and fills them.
 */
export interface StockoutAlertDetails {
  /** The local date the stock-out began (its open period's start). */
  since: string;
  usable: number;
  amc: number | null;
  suggestedQuantity: number | null;
}

/** The details of a `below_min` alert. */
export interface BelowMinAlertDetails {
  usable: number;
  amc: number;
  monthsOfStock: number;
  minMonths: number;
  suggestedQuantity: number;
}

/** SQL building StockoutAlertDetails from SQL expressions for each field (the one place its shape is written). */
export function stockoutDetailsSql(fields: { since: string; usable: string; amc: string; suggestedQuantity: string }): string {
  return `jsonb_build_object('since', ${fields.since}, 'usable', ${fields.usable}, 'amc', ${fields.amc}, 'suggestedQuantity', ${fields.suggestedQuantity})`;
}

/** SQL building BelowMinAlertDetails from the columns of `stock_status` aliased `alias`. */
export function belowMinDetailsSql(alias: string): string {
  return `jsonb_build_object('usable', ${alias}.usable, 'amc', ${alias}.amc, 'monthsOfStock', ${alias}.months_of_stock,
                             'minMonths', ${alias}.min_months, 'suggestedQuantity', ${alias}.suggested_quantity)`;
}
