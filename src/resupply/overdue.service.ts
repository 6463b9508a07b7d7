import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AlertsService, ReconcileResult } from '../alerts/alerts.service';
import { APP_CONFIG, AppConfig } from '../config/app-config';

/**
 * Part of the daily scan: a request not decided within REQUEST_DECISION_DAYS, or approved and not shipped within
 * REQUEST_SHIPPING_DAYS, raises `request_overdue` at the supplier point that must act; a shipment in transit longer
 * than SHIPMENT_TRANSIT_DAYS raises `shipment_overdue` at the receiving point. They resolve when the step is done.
 */
@Injectable()
export class OverdueService {
  private readonly logger = new Logger(OverdueService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly alerts: AlertsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async scan(at = new Date()): Promise<ReconcileResult> {
    const { decisionDays, shippingDays, transitDays } = this.config.overdue;
    const result = await this.dataSource.transaction((manager) =>
      this.alerts.reconcile(manager, {
        types: ['request_overdue', 'shipment_overdue'],
        conditionsSql: `
          SELECT 'request_overdue'::text AS type, r.supplier_point_id AS point_id, NULL::uuid AS product_id, NULL::uuid AS lot_id,
                 r.id AS subject_id, 'warning'::text AS severity,
                 jsonb_build_object('requestId', r.id, 'requestingPointCode', p.code,
                                    'waitingFor', CASE r.status WHEN 'submitted' THEN 'decision' ELSE 'shipment' END,
                                    'since', CASE r.status WHEN 'submitted' THEN r.requested_at ELSE r.decided_at END) AS details
            FROM resupply_requests r JOIN points p ON p.id = r.point_id
           WHERE (r.status = 'submitted' AND r.requested_at < $1::timestamptz - make_interval(days => $2::int))
              OR (r.status = 'approved' AND r.decided_at < $1::timestamptz - make_interval(days => $3::int))
          UNION ALL
          SELECT 'shipment_overdue', s.to_point_id, NULL, NULL, s.id, 'warning',
                 jsonb_build_object('shipmentId', s.id, 'fromPointCode', f.code, 'dispatchedAt', s.dispatched_at)
            FROM shipments s JOIN points f ON f.id = s.from_point_id
           WHERE s.status = 'in_transit' AND s.dispatched_at < $1::timestamptz - make_interval(days => $4::int)`,
        params: [at, decisionDays, shippingDays, transitDays],
        seenAt: at,
      }),
    );
    this.logger.log({ ...result }, 'overdue scan finished');
    return result;
  }
}
