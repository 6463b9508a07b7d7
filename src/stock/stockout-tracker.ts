import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AlertsService } from '../alerts/alerts.service';
import { localDate } from './expiry-dates';
import { AfterStep, PostedMovement } from './posting/after-step';
import { stockoutChanges, stockoutDetailsSql } from './stockout';

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
    // Only changes of state cost a statement: most movements neither empty a point nor end a stock-out.
    const { toOpen: outNow, ended: back } = stockoutChanges(lines, states);
    if (outNow.length > 0) {
      await manager.query(
        `INSERT INTO stockout_periods (point_id, product_id, started_on)
         SELECT $1, unnest($2::uuid[]), $3::date
         ON CONFLICT (point_id, product_id) WHERE ended_on IS NULL DO NOTHING`,
        [point.id, outNow, day],
      );
    }
    if (back.length > 0) {
      await manager.query(
        `UPDATE stockout_periods SET ended_on = GREATEST(started_on, $3::date)
          WHERE point_id = $1 AND product_id = ANY($2::uuid[]) AND ended_on IS NULL`,
        [point.id, back, day],
      );
    }
    if (outNow.length === 0 && back.length === 0) return;
    await this.alerts.reconcile(manager, {
      types: ['stockout'],
      conditionsSql: `SELECT 'stockout'::text AS type, $1::uuid AS point_id, product_id, NULL::uuid AS lot_id, NULL::uuid AS subject_id,
                             'critical'::text AS severity,
                             ${stockoutDetailsSql({ since: '$3::text', usable: '0', amc: 'NULL::numeric', suggestedQuantity: 'NULL::int' })} AS details
                        FROM unnest($2::uuid[]) AS product_id`,
      params: [point.id, outNow, day],
      seenAt: now,
      pointIds: [point.id],
      productIds: [...outNow, ...back],
      lockKey: `stockout:${point.id}`,
    });
  }
}
