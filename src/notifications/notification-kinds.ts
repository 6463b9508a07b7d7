/**
 * What a notification can be about, and the details each kind carries: codes, names of places and products, and
 * figures, never free text (the app words them in the reader's language).
 */
export const NOTIFICATION_KINDS = [
  'request_submitted',
  'request_approved',
  'request_rejected',
  'request_shipped',
  'shipment_sent',
  'stockout',
  'lot_expiring',
  'month_closing',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** The point a notification is about, as the reader knows it. */
interface AtPoint {
  pointCode: string;
  pointName: string;
}

export interface NotificationDetails {
  /** A point asked its supplier for stock: the supplier's staff and the district office decide. */
  request_submitted: AtPoint & { requestId: string; products: number };
  /** `changed`: some approved quantity differs from the one asked for. */
  request_approved: AtPoint & { requestId: string; changed: boolean };
  /** The reason stays on the request (the reader opens it): a notification copies no text someone typed. */
  request_rejected: AtPoint & { requestId: string };
  /** `status`: partially_shipped or shipped. */
  request_shipped: AtPoint & { requestId: string; status: string };
  /** A shipment is on its way to the reader's point (pointCode/pointName: the sender). */
  shipment_sent: AtPoint & { shipmentId: string; toPointId: string; units: number; products: number };
  stockout: AtPoint & { productCode: string; productName: string; productNameId: string | null; since: string };
  lot_expiring: AtPoint & { productCode: string; productName: string; productNameId: string | null; lotNumber: string; expiryDate: string; quantity: number };
  /** The month's logistics report is due (SIHA: by the 15th) and the month is not closed yet for the regency. */
  month_closing: { month: string; regencyCode: string; dueOn: string; openPoints: number };
}
