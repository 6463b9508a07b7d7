import { retryDelaySeconds } from './delivery-worker';
import { mailLine } from './mail-text';
import { signWebhook, verifyWebhook } from './webhook-signature';

describe('webhook deliveries', () => {
  it('waits 30 s after the first failure, doubling, never more than 6 hours', () => {
    expect([1, 2, 3, 4].map(retryDelaySeconds)).toEqual([30, 60, 120, 240]);
    expect(retryDelaySeconds(20)).toBe(6 * 3600);
  });

  it('signs the time and the body together, so neither can be changed', () => {
    const at = new Date('2026-12-03T02:00:00Z');
    const header = signWebhook('s'.repeat(64), '{"a":1}', at);
    expect(header).toMatch(/^t=1796263200,v1=[0-9a-f]{64}$/);
    expect(verifyWebhook('s'.repeat(64), '{"a":1}', header)).toBe(true);
    expect(verifyWebhook('s'.repeat(64), '{"a":2}', header)).toBe(false);
    expect(verifyWebhook('s'.repeat(64), '{"a":1}', header.replace('t=1796263200', 't=1796263201'))).toBe(false);
    expect(verifyWebhook('x'.repeat(64), '{"a":1}', header)).toBe(false);
    expect(verifyWebhook('s'.repeat(64), '{"a":1}', 'garbage')).toBe(false);
  });

  it('words every kind of notification for a mail in both languages', () => {
    const line = mailLine('stockout', { pointName: 'DIC', productName: 'Swab', productNameId: 'Kapas alkohol', since: '2026-12-03' });
    expect(line).toEqual({ id: 'DIC kehabisan Kapas alkohol sejak 2026-12-03.', en: 'DIC has run out of Swab since 2026-12-03.' });
  });
});
