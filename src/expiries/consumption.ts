/** Days of history the interim consumption rate looks at. */
export const CONSUMPTION_WINDOW_DAYS = 90;

/**
 * Daily consumption per point and product over the last 90 days, from the ledger: distribution to clients plus
 * shipments to the points a point supplies (a drop-in centre feeding outreach kits), net of reversed distributions and
 * cancelled shipments. This is the interim measure the expiry issue asks for until the shortfall issue brings the
 * average monthly consumption kept as an aggregate; it reads one point-and-product index range per point.
 *
 * `at` and `points` are SQL expressions: the instant to look back from, and the point ids to compute for.
 */
export function dailyConsumptionSql(at: string, points: string): string {
  return `
    SELECT ll.point_id, ll.product_id, (-sum(ll.quantity))::float8 / ${CONSUMPTION_WINDOW_DAYS} AS daily
      FROM ledger_lines ll
      JOIN movements m ON m.id = ll.movement_id
      LEFT JOIN movements reversed ON reversed.id = m.reverses_movement_id
      LEFT JOIN shipments s ON s.id = m.shipment_id
      LEFT JOIN points receiver ON receiver.id = s.to_point_id
     WHERE ll.point_id = ANY(${points})
       AND ll.occurred_at >= ${at} - interval '${CONSUMPTION_WINDOW_DAYS} days' AND ll.occurred_at < ${at}
       AND (m.type = 'distribution'
            OR (m.type = 'reversal' AND reversed.type = 'distribution')
            OR (m.type IN ('shipment_dispatch', 'shipment_cancel') AND receiver.supplier_point_id = ll.point_id))
     GROUP BY ll.point_id, ll.product_id
    HAVING sum(ll.quantity) < 0`;
}
