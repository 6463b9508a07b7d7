import { localDate } from '../expiry-dates';
import { LedgerMovementType, SharpsMovementType } from '../ledger-rules';

/** The movement types figures are kept by: a reversal counts as the type it undoes, a shipment cancellation as the dispatch. */
export type FigureType = Exclude<LedgerMovementType, 'reversal' | 'shipment_cancel' | SharpsMovementType>;

/**
 * What a ledger line counts as in the figures, decided once when the line is posted and stored on the immutable line
 * (`ledger_lines.counts_as`, `ledger_lines.consumed_in`). The consumption aggregate and its rebuild are plain sums of
 * it, and the monthly report reads it, so a rebuild is a faithful replay of what was decided at the time.
 */
export interface LineFigures {
  /** The movement type whose figures the line belongs to: its own, or for a reversal or cancellation the undone movement's. */
  countsAs: FigureType;
  /** The first day (YYYY-MM-01) of the point's local month whose consumption the line changes by -quantity; null: not consumption. */
  consumedIn: string | null;
}

/** The first day of the local month at `timeZone` that holds `at`. */
export function localMonth(at: Date, timeZone: string): string {
  return `${localDate(at, timeZone).slice(0, 7)}-01`;
}

/**
 * The figures of a movement that undoes nothing. Consumption, the basis of AMC, is what leaves a point's stock for use:
 * a distribution to clients, and supply to a point the sender itself supplies (a drop-in centre filling its outreach
 * kit: the kit's stock is used on the sender's behalf), in the local month it happened. Stock such a point sends back
 * to its supplier (an outreach bag's remainder at the end of a shift) takes that consumption back at the supplier, in
 * the month it arrives: `other` is the shipment's other end, and the rule is the same both ways. A shipment between
 * any other points is nobody's consumption. A reversal or a shipment cancellation takes the undone lines' figures
 * instead (`undoing`), so it takes back exactly what they counted, in their month.
 */
export function figuresOf(
  type: FigureType,
  occurredAt: Date,
  point: { id: string; timeZone: string },
  other?: { supplierPointId: string | null },
): LineFigures {
  const withOwnSubUnit = (type === 'shipment_dispatch' || type === 'shipment_receipt') && other?.supplierPointId === point.id;
  const consumed = type === 'distribution' || withOwnSubUnit;
  return { countsAs: type, consumedIn: consumed ? localMonth(occurredAt, point.timeZone) : null };
}

/** The lines of a movement, each with the figures decided for the movement. */
export function countedAs<L extends object>(lines: L[], figures: LineFigures): (L & { figures: LineFigures })[] {
  return lines.map((line) => ({ ...line, figures }));
}

/**
 * SQL for the figures of the ledger line `alias`, as an undoing movement copies them (a JSON object LineFigures reads).
 * The undone movement's lines count as they did; the undoing line's opposite quantity takes them back.
 */
export function undoneFiguresSql(alias: string): string {
  return `json_build_object('countsAs', ${alias}.counts_as, 'consumedIn', to_char(${alias}.consumed_in, 'YYYY-MM-DD'))`;
}
