import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { components } from '../../api/schema';
import en from '../../locales/en/notifications.json';
import id from '../../locales/id/notifications.json';
import type { Notification } from './queries';
import { notificationLink, notificationText } from './words';

const KINDS: components['schemas']['NotificationResponse']['kind'][] = [
  'request_submitted', 'request_approved', 'request_rejected', 'request_shipped', 'shipment_sent', 'stockout', 'lot_expiring', 'month_closing',
];
const notification = (kind: Notification['kind'], details: Record<string, unknown>, pointId: string | null = 'p-1'): Notification => ({
  id: '1', kind, pointId, subjectId: null, details, createdAt: '2026-12-03T02:00:00.000Z', readAt: null,
});

describe('notification words', () => {
  const t = i18next.createInstance();
  beforeAll(async () => {
    await t.init({ resources: { en: { notifications: en }, id: { notifications: id } }, lng: 'id', fallbackLng: false, interpolation: { escapeValue: false } });
  });

  it('has a sentence for every kind in both languages', () => {
    for (const kind of KINDS) {
      expect(Object.keys(en.text)).toContain(kind);
      expect(Object.keys(id.text)).toContain(kind);
    }
    expect(Object.keys(id.text).sort()).toEqual(Object.keys(en.text).sort());
  });

  it('words the details in the reader language, with the Indonesian product name when there is one', () => {
    const out = notification('stockout', { pointName: 'DIC Bandung', productName: 'Alcohol swab', productNameId: 'Kapas alkohol', productCode: 'SWAB' });
    expect(notificationText(t.getFixedT('id'), out, 'id')).toBe('DIC Bandung kehabisan Kapas alkohol.');
    expect(notificationText(t.getFixedT('en'), out, 'en')).toBe('DIC Bandung has run out of Alcohol swab.');
    const changed = notification('request_approved', { pointName: 'Kit', changed: true });
    expect(notificationText(t.getFixedT('en'), changed, 'en')).toContain('changed quantities');
    const partial = notification('request_shipped', { pointName: 'Kit', status: 'partially_shipped' });
    expect(notificationText(t.getFixedT('id'), partial, 'id')).toBe('Sebagian permintaan dari Kit sudah dikirim.');
  });

  it('leads to the request in the workspace, to the point in the field app', () => {
    const request = notification('request_rejected', { requestId: 'r-1' });
    expect(notificationLink(request, true)).toBe('/requests/r-1');
    expect(notificationLink(request, false)).toBe('/points/p-1/requests');
    expect(notificationLink(notification('month_closing', { month: '2026-11', regencyCode: '32.73' }, null), true)).toBe('/reports/monthly?month=2026-11&regencyCode=32.73');
    expect(notificationLink(notification('month_closing', { month: '2026-11' }, null), false)).toBeUndefined();
    expect(notificationLink(notification('lot_expiring', {}), false)).toBe('/points/p-1');
  });
});
