import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AlertsService } from '../alerts/alerts.service';
import { DEFAULT_EXPIRY_WARNING_DAYS } from '../products/product-categories';
import { AfterStep, PostedMovement } from './posting/after-step';

export const EXPIRY_ALERT_TYPES = ['lot_expiring', 'expired_on_hand', 'obsolete_edition'] as const;

/**
 * Alert conditions of expiry: lots inside a warning window, expired stock on hand, superseded editions (also inside kit
 * lots: `inKitProductCode` names the superseded component). `$1` is the
 * instant, `$2` the category defaults; `where` narrows the balances read (the scan reads all, a movement its own point
 * and products). The windows are computed once per product, and only lots some branch can report are read further
 * (a bound in Jakarta's date + 1 covers every Indonesian zone).
 */
export function expiryConditionsSql(where = 'TRUE'): string {
  return `
  WITH windows AS MATERIALIZED (
    SELECT pd.id, ARRAY(SELECT w FROM unnest(COALESCE(pd.expiry_warning_days,
             ARRAY(SELECT jsonb_array_elements_text($2::jsonb -> pd.category)::int))) AS w ORDER BY w) AS windows
      FROM products pd
  ), lot_stock AS MATERIALIZED (
    SELECT b.point_id, b.product_id, COALESCE(pd.superseded_by_product_id, kc.superseded_by_product_id) AS superseded_by_product_id,
           kc.code AS in_kit_code, b.lot_id, l.lot_number, l.expiry_date, b.quantity,
           (l.expiry_date - ($1::timestamptz AT TIME ZONE pr.time_zone)::date) AS days_left, w.windows
      FROM stock_balances b
      JOIN lots l ON l.id = b.lot_id
      JOIN points p ON p.id = b.point_id
      JOIN regencies r ON r.code = p.regency_code
      JOIN provinces pr ON pr.code = r.province_code
      JOIN products pd ON pd.id = b.product_id
      JOIN windows w ON w.id = b.product_id
      -- A kit lot holding a superseded edition (an old IEC leaflet inside LASS kits) is an obsolete edition too.
      LEFT JOIN LATERAL (
        SELECT cp.superseded_by_product_id, cp.code FROM kit_lot_contents c JOIN products cp ON cp.id = c.component_product_id
         WHERE c.kit_lot_id = b.lot_id AND cp.superseded_by_product_id IS NOT NULL ORDER BY cp.code LIMIT 1) kc ON true
     WHERE b.quantity > 0 AND ${where}
       AND (l.expiry_date <= ($1::timestamptz AT TIME ZONE 'Asia/Jakarta')::date + 1 + w.windows[cardinality(w.windows)]
            OR pd.superseded_by_product_id IS NOT NULL OR kc.superseded_by_product_id IS NOT NULL))
  SELECT 'lot_expiring'::text AS type, point_id, product_id, lot_id, NULL::uuid AS subject_id,
         CASE WHEN days_left <= windows[1] THEN 'critical'
              WHEN cardinality(windows) > 1 AND days_left <= windows[2] THEN 'warning'
              ELSE 'info' END AS severity,
         jsonb_build_object('lotNumber', lot_number, 'expiryDate', to_char(expiry_date, 'YYYY-MM-DD'), 'daysToExpiry', days_left,
                            'quantity', quantity, 'windowDays', (SELECT min(w) FROM unnest(windows) AS w WHERE w >= days_left)) AS details
    FROM lot_stock WHERE days_left >= 0 AND days_left <= windows[cardinality(windows)]
  UNION ALL
  SELECT 'expired_on_hand', point_id, product_id, lot_id, NULL, 'critical',
         jsonb_build_object('lotNumber', lot_number, 'expiryDate', to_char(expiry_date, 'YYYY-MM-DD'), 'expiredDaysAgo', -days_left, 'quantity', quantity)
    FROM lot_stock WHERE days_left < 0
  UNION ALL
  SELECT 'obsolete_edition', ls.point_id, ls.product_id, NULL, NULL, 'warning',
         jsonb_build_object('quantity', sum(ls.quantity), 'supersededByProductId', ls.superseded_by_product_id, 'supersededByProductCode', min(np.code))
           || CASE WHEN min(ls.in_kit_code) IS NULL THEN '{}'::jsonb ELSE jsonb_build_object('inKitProductCode', min(ls.in_kit_code)) END
    FROM lot_stock ls JOIN products np ON np.id = ls.superseded_by_product_id
   GROUP BY ls.point_id, ls.product_id, ls.superseded_by_product_id`;
}

/**
 * Keeps expiry alerts current as movements are recorded, in the same transaction, as StockoutTracker does for
 * stock-outs: a receipt of a lot near or past expiry raises its alert at once, and a write-off, distribution or
 * shipment resolves or refreshes it (the quantity it shows). The daily scan still catches what time alone changes.
 */
@Injectable()
export class ExpiryAlertTracker implements AfterStep {
  constructor(private readonly alerts: AlertsService) {}

  /** A pipeline after-step: only the products whose lots are in a warning window or have an active expiry alert here. */
  async run(manager: EntityManager, { point, states }: PostedMovement): Promise<void> {
    const productIds = states.filter((state) => state.expiryWatch).map((state) => state.productId);
    if (productIds.length === 0) return;
    const pointId = point.id;
    const now = new Date();
    await this.alerts.reconcile(manager, {
      types: [...EXPIRY_ALERT_TYPES],
      conditionsSql: expiryConditionsSql('b.point_id = $3 AND b.product_id = ANY($4::uuid[])'),
      params: [now, JSON.stringify(DEFAULT_EXPIRY_WARNING_DAYS), pointId, productIds],
      seenAt: now,
      pointIds: [pointId],
      productIds,
      lockKey: `expiry:${pointId}`,
      planOnce: true,
    });
  }
}
