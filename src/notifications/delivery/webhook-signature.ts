import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * How a webhook receiver knows a delivery is pasokan's: `Pasokan-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of
 * "<t>.<body>" with the subscription's secret>`. The time is in the signed text, so an old delivery replayed later
 * can be told apart (receivers should refuse a t more than a few minutes old, and keep Pasokan-Delivery ids they
 * have handled: a retry carries the same id).
 */
export function signWebhook(secret: string, body: string, at: Date): string {
  const t = Math.floor(at.getTime() / 1000);
  return `t=${t},v1=${createHmac('sha256', secret).update(`${t}.${body}`).digest('hex')}`;
}

/** The receiver's side of signWebhook, for tests and for the docs' example. */
export function verifyWebhook(secret: string, body: string, header: string): boolean {
  const parts = Object.fromEntries(header.split(',').map((part) => part.split('=', 2) as [string, string]));
  if (!parts.t || !parts.v1) return false;
  const expected = createHmac('sha256', secret).update(`${parts.t}.${body}`).digest();
  const given = Buffer.from(parts.v1, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
