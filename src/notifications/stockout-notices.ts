import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AfterStep, PostedMovement } from '../stock/posting/after-step';
import { stockoutChanges } from '../stock/stockout';
import { NotificationsService } from './notifications.service';

/**
 * A pipeline after-step: a movement that leaves a point with no usable stock of a product it took out, where no
 * stock-out was open, tells the point's staff and its district officers at once (stockoutChanges, the same
 * decision StockoutTracker opens the stock-out period by; `states` are read before either runs). One notification per point, product and
 * day the stock-out began.
 */
@Injectable()
export class StockoutNotices implements AfterStep {
  constructor(private readonly notifications: NotificationsService) {}

  async run(manager: EntityManager, { point, lines, states }: PostedMovement): Promise<void> {
    const out = stockoutChanges(lines, states).began;
    if (out.length === 0) return;
    const rows: { product_id: string; code: string; name: string; name_id: string | null; point_code: string; point_name: string; regency_code: string; day: string }[] =
      await manager.query(
        `SELECT pd.id AS product_id, pd.code, pd.name, pd.name_id, p.code AS point_code, p.name AS point_name, p.regency_code,
                to_char((now() AT TIME ZONE $3), 'YYYY-MM-DD') AS day
           FROM products pd, points p WHERE pd.id = ANY($1::uuid[]) AND p.id = $2`,
        [out, point.id, point.timeZone],
      );
    for (const row of rows) {
      await this.notifications.notify(manager, {
        kind: 'stockout',
        dedupeKey: `stockout:${point.id}:${row.product_id}:${row.day}`,
        pointId: point.id,
        subjectId: row.product_id,
        details: { pointCode: row.point_code, pointName: row.point_name, productCode: row.code, productName: row.name, productNameId: row.name_id, since: row.day },
        recipients: { pointIds: [point.id], regencyCodes: [row.regency_code] },
      });
    }
  }
}
