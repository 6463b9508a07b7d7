export const ALERT_TYPES = ['lot_expiring', 'expired_on_hand', 'obsolete_edition', 'stockout', 'below_min', 'shipment_overdue', 'request_overdue'] as const;
export type AlertType = (typeof ALERT_TYPES)[number];
export const ALERT_SEVERITIES = ['info', 'warning', 'critical'] as const;
export type AlertSeverity = (typeof ALERT_SEVERITIES)[number];
export const ALERT_STATUSES = ['open', 'acknowledged', 'resolved'] as const;
export type AlertStatus = (typeof ALERT_STATUSES)[number];
