import { EntityManager } from 'typeorm';
import { DAYS_PER_MONTH } from '../shortages/stock-status';
import { pairCondition, PointProduct } from '../shortages/point-products';

export interface UsableLot {
  lotId: string;
  expiryDate: string;
  quantity: number;
}

/**
 * How much of each usable lot will still be on hand at its expiry: the lots are used in FEFO order at `dailyUse`
 * units a day from `today`, each through its expiry day. Returns the quantity at risk per lot id.
 */
export function quantityAtRisk(lots: UsableLot[], dailyUse: number, today: string): Map<string, number> {
  const atRisk = new Map<string, number>();
  let ahead = 0;
  const sorted = [...lots].sort((a, b) => a.expiryDate.localeCompare(b.expiryDate) || a.lotId.localeCompare(b.lotId));
  for (const lot of sorted) {
    const days = (Date.parse(`${lot.expiryDate}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000 + 1;
    const usedOfThisLot = Math.max(0, Math.floor(dailyUse * days - ahead));
    atRisk.set(lot.lotId, Math.max(0, lot.quantity - usedOfThisLot));
    ahead += lot.quantity;
  }
  return atRisk;
}

/**
 * Brings `lot_expiry_status` up to date for `pointIds` (of the points listed in `pairs`, only the lots of their listed
 * products, the pairs the same refresh has just recomputed): every lot they hold, with its quantity at risk by the rule
 * above, in SQL (a window over each point and product's usable lots in FEFO order, ties by lot id; the tests hold the
 * two to the same answers), at the AMC the same refresh has just stored in `stock_status` (0 where the point has no
 * figures for the product). Runs inside the stock-status refresh's transaction, so the kept lots and figures change
 * together. Only rows whose figures changed are written, and lots no longer held removed: a movement changes one
 * product's lots, and rewriting all of a point's lots cost 2.6 ms of PostgreSQL time per movement (docs/benchmarks.md).
 */
export async function refreshLotExpiryStatus(manager: EntityManager, pointIds: string[], at: Date, pairs?: PointProduct[]): Promise<void> {
  const params: unknown[] = [pointIds, at];
  const wanted = pairCondition(pairs, params);
  await manager.query(
    `WITH fresh AS (
       SELECT h.point_id, h.lot_id, h.product_id, h.regency_code, h.expiry_date, h.as_of, h.quantity,
              CASE WHEN h.expiry_date < h.as_of THEN h.quantity
                   ELSE greatest(0, h.quantity - greatest(0, floor(h.amc / ${DAYS_PER_MONTH}::float8 * (h.expiry_date - h.as_of + 1) - h.ahead)))::int END AS quantity_at_risk,
              h.amc
         FROM (
           -- The AMC looked up per held lot by its key: as a join, PostgreSQL misjudged how few lots a drain pass
           -- reads and hashed all of stock_status instead (330 ms of a 400 ms pass nationally).
           SELECT b.point_id, b.lot_id, b.product_id, p.regency_code, l.expiry_date, t.as_of, b.quantity,
                  COALESCE((SELECT s.amc FROM stock_status s WHERE s.point_id = b.point_id AND s.product_id = b.product_id), 0) AS amc,
                  COALESCE(sum(b.quantity) OVER (PARTITION BY b.point_id, b.product_id, l.expiry_date < t.as_of ORDER BY l.expiry_date, b.lot_id
                                                 ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS ahead
             FROM stock_balances b
             JOIN lots l ON l.id = b.lot_id
             JOIN points p ON p.id = b.point_id
             JOIN regencies r ON r.code = p.regency_code
             JOIN provinces pr ON pr.code = r.province_code
             CROSS JOIN LATERAL (SELECT ($2::timestamptz AT TIME ZONE pr.time_zone)::date AS as_of) t
            WHERE b.point_id = ANY($1::uuid[]) AND b.quantity > 0 AND ${wanted('b.point_id', 'b.product_id')}
         ) h
     ),
     gone AS (
       DELETE FROM lot_expiry_status e
        WHERE e.point_id = ANY($1::uuid[]) AND ${wanted('e.point_id', 'e.product_id')} AND NOT EXISTS (SELECT 1 FROM fresh f WHERE f.point_id = e.point_id AND f.lot_id = e.lot_id)
     )
     INSERT INTO lot_expiry_status AS e (point_id, lot_id, product_id, regency_code, expiry_date, as_of, quantity, quantity_at_risk, amc)
     SELECT point_id, lot_id, product_id, regency_code, expiry_date, as_of, quantity, quantity_at_risk, amc FROM fresh
     ON CONFLICT (point_id, lot_id) DO UPDATE
        SET regency_code = excluded.regency_code, as_of = excluded.as_of, quantity = excluded.quantity,
            quantity_at_risk = excluded.quantity_at_risk, amc = excluded.amc
      WHERE (e.regency_code, e.as_of, e.quantity, e.quantity_at_risk, e.amc)
            IS DISTINCT FROM (excluded.regency_code, excluded.as_of, excluded.quantity, excluded.quantity_at_risk, excluded.amc)`,
    params,
  );
}
