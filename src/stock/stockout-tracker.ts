import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AlertsService } from '../alerts/alerts.service';
import { localDate } from './expiry-dates';
import { AfterStep, PostedMovement } from './posting/after-step';

/**
 * Keeps stock-outs current as movements are recorded, in the same transaction: when a movement leaves a point with no
 * usable stock of a product it took out, a stock-out period opens and a `stockout` alert is raised at once; when stock
 * of a product returns, the period closes and the alert resolves. The daily scan catches what no movement shows
 * (the last usable lot expiring on the shelf).
 */
@Injectable()
export class StockoutTracker implements AfterStep {
  constructor(private readonly alerts: AlertsService) {}

  /** A pipeline after-step: `states` say the usable stock after the movement and whether a stock-out is open. */
  async run(manager: EntityManager, { point, occurredAt, lines, states }: PostedMovement): Promise<void> {
    if (states.length === 0) return;
    const now = new Date();
    const day = localDate(occurredAt < now ? occurredAt : now, point.timeZone);
    const debited = new Set(lines.filter((line) => line.quantity < 0).map((line) => line.productId));
    // Only changes of state cost a statement: most movements neither empty a point nor end a stock-out.
    const out = states
      .filter((entry) => entry.usable === 0 && (debited.has(entry.productId) || entry.openPeriod) && !(entry.openPeriod && entry.openAlert))
      .map((entry) => entry.productId);
    const back = states.filter((entry) => entry.usable > 0 && (entry.openPeriod || entry.openAlert)).map((entry) => entry.productId);

    if (out.length > 0) {
      await manager.query(
        `INSERT INTO stockout_periods (point_id, product_id, started_on)
         SELECT $1, unnest($2::uuid[]), $3::date
         ON CONFLICT (point_id, product_id) WHERE ended_on IS NULL DO NOTHING`,
        [point.id, out, day],
      );
    }
    if (back.length > 0) {
      await manager.query(
        `UPDATE stockout_periods SET ended_on = GREATEST(started_on, $3::date)
          WHERE point_id = $1 AND product_id = ANY($2::uuid[]) AND ended_on IS NULL`,
        [point.id, back, day],
      );
    }
    if (out.length === 0 && back.length === 0) return;
    await this.alerts.reconcile(manager, {
      types: ['stockout'],
      conditionsSql: `SELECT 'stockout'::text AS type, $1::uuid AS point_id, product_id, NULL::uuid AS lot_id, NULL::uuid AS subject_id,
                             'critical'::text AS severity, jsonb_build_object('since', $3::text, 'usable', 0) AS details
                        FROM unnest($2::uuid[]) AS product_id`,
      params: [point.id, out, day],
      seenAt: now,
      pointIds: [point.id],
      productIds: [...out, ...back],
      lockKey: `stockout:${point.id}`,
    });
  }
}
