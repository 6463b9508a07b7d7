import type { TFunction } from 'i18next';
import type { Notification } from './queries';

/** The notification's sentence in the reader's language, from its kind and details (the server stores no text). */
export function notificationText(t: TFunction, notification: Notification, language: 'id' | 'en'): string {
  const details = notification.details as Record<string, string | number | boolean | null>;
  const product = language === 'id' && details.productNameId ? details.productNameId : (details.productName ?? details.productCode);
  switch (notification.kind) {
    case 'request_approved':
      return t(details.changed ? 'notifications:text.request_approved_changed' : 'notifications:text.request_approved', details);
    case 'request_shipped':
      return t(details.status === 'partially_shipped' ? 'notifications:text.request_partially_shipped' : 'notifications:text.request_shipped', details);
    case 'stockout':
    case 'lot_expiring':
      return t(`notifications:text.${notification.kind}`, { ...details, product });
    default:
      return t(`notifications:text.${notification.kind}`, details);
  }
}

/** Where the notification leads: the request, the point, or the month's report (workspace) / the point (field app). */
export function notificationLink(notification: Notification, workspace: boolean): string | undefined {
  const details = notification.details as Record<string, string>;
  switch (notification.kind) {
    case 'request_submitted':
    case 'request_approved':
    case 'request_rejected':
    case 'request_shipped':
      return workspace ? `/requests/${details.requestId}` : notification.pointId ? `/points/${notification.pointId}/requests` : undefined;
    case 'month_closing':
      return workspace ? `/reports/monthly?month=${details.month}&regencyCode=${details.regencyCode}` : undefined;
    default:
      return notification.pointId ? `/points/${notification.pointId}` : undefined;
  }
}
