import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** Stock expiring within this many days is notified once per lot and point. */
export const EXPIRING_NOTICE_DAYS = 30;
/** From this day of the month (the point's local date), the district office is reminded of last month's report (due the 15th). */
export const REPORT_REMINDER_DAY = 10;
export const REPORT_DUE_DAY = 15;

/**
 * The notifications no single movement causes, found by the daily scan: stock expiring within 30 days (to the staff
 * of the point holding it) and the monthly report due while last month is not closed (to the regency's district
 * officers). Each statement inserts for every point or regency at once; the unique (user, dedupe key) makes a
 * repeated scan notify nobody twice.
 */
@Injectable()
export class NotificationsScan {
  private readonly logger = new Logger(NotificationsScan.name);

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async scan(now = new Date()): Promise<{ lotExpiring: number; monthClosing: number }> {
    const lotExpiring: unknown[] = await this.dataSource.query(
      `WITH expiring AS (
         SELECT b.point_id, p.code, p.name, b.lot_id, l.lot_number, l.expiry_date, pd.code AS product_code, pd.name AS product_name,
                pd.name_id AS product_name_id, b.quantity
           FROM stock_balances b
           JOIN lots l ON l.id = b.lot_id
           JOIN products pd ON pd.id = b.product_id
           JOIN points p ON p.id = b.point_id AND p.active
           JOIN regencies r ON r.code = p.regency_code JOIN provinces pr ON pr.code = r.province_code
          WHERE b.quantity > 0
            AND l.expiry_date >= ($1::timestamptz AT TIME ZONE pr.time_zone)::date
            AND l.expiry_date <= ($1::timestamptz AT TIME ZONE pr.time_zone)::date + $2::int
       )
       INSERT INTO notifications (user_id, kind, dedupe_key, point_id, subject_id, details)
       SELECT s.user_id, 'lot_expiring', 'lot_expiring:' || e.point_id || ':' || e.lot_id, e.point_id, e.lot_id,
              jsonb_build_object('pointCode', e.code, 'pointName', e.name, 'productCode', e.product_code, 'productName', e.product_name,
                                 'productNameId', e.product_name_id, 'lotNumber', e.lot_number,
                                 'expiryDate', to_char(e.expiry_date, 'YYYY-MM-DD'), 'quantity', e.quantity)
         FROM expiring e
         JOIN user_point_scopes s ON s.point_id = e.point_id
         JOIN users u ON u.id = s.user_id AND u.active
       ON CONFLICT (user_id, dedupe_key) DO NOTHING
       RETURNING id`,
      [now, EXPIRING_NOTICE_DAYS],
    );
    const monthClosing: unknown[] = await this.dataSource.query(
      `WITH regency_month AS (
         SELECT r.code AS regency_code,
                (date_trunc('month', ($1::timestamptz AT TIME ZONE pr.time_zone)) - interval '1 month')::date AS month,
                EXTRACT(day FROM ($1::timestamptz AT TIME ZONE pr.time_zone))::int AS day
           FROM regencies r JOIN provinces pr ON pr.code = r.province_code
       ),
       open_months AS (
         SELECT rm.regency_code, rm.month, count(*)::int AS open_points
           FROM regency_month rm
           JOIN points p ON p.regency_code = rm.regency_code AND p.active
          WHERE rm.day >= $2::int AND rm.day <= $3::int
            AND NOT EXISTS (SELECT 1 FROM month_closings mc
                             WHERE mc.month >= rm.month AND mc.regency_code = p.regency_code AND (mc.point_id IS NULL OR mc.point_id = p.id))
          GROUP BY rm.regency_code, rm.month
       )
       INSERT INTO notifications (user_id, kind, dedupe_key, details)
       SELECT u.id, 'month_closing', 'month_closing:' || to_char(o.month, 'YYYY-MM') || ':' || o.regency_code,
              jsonb_build_object('month', to_char(o.month, 'YYYY-MM'), 'regencyCode', o.regency_code,
                                 'dueOn', to_char(o.month + interval '1 month' + ($3::int - 1) * interval '1 day', 'YYYY-MM-DD'),
                                 'openPoints', o.open_points)
         FROM open_months o
         JOIN user_regency_scopes s ON s.regency_code = o.regency_code
         JOIN users u ON u.id = s.user_id AND u.active AND u.role = 'district_officer'
       ON CONFLICT (user_id, dedupe_key) DO NOTHING
       RETURNING id`,
      [now, REPORT_REMINDER_DAY, REPORT_DUE_DAY],
    );
    this.logger.log(`notifications: ${lotExpiring.length} lot expiring, ${monthClosing.length} month closing`);
    return { lotExpiring: lotExpiring.length, monthClosing: monthClosing.length };
  }
}
