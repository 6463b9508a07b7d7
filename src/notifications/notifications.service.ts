import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuthUser } from '../access/roles';
import { Page } from '../common/pagination';
import { WebhooksService } from './delivery/webhooks.service';
import { NotificationListQuery, NotificationResponse } from './dto/notification.dto';
import { NotificationDetails, NotificationKind } from './notification-kinds';

/** Who is told: users assigned to these points, district officers of these regencies, these users; never the actor. */
export interface Recipients {
  pointIds?: string[];
  regencyCodes?: string[];
  userIds?: string[];
  /** The user whose action it was: they know already. */
  except?: string | null;
}

export interface Notice<K extends NotificationKind> {
  kind: K;
  /** Unique per recipient: the same event notifies a user once, whatever retries or scans repeat it. */
  dedupeKey: string;
  pointId: string | null;
  subjectId: string | null;
  details: NotificationDetails[K];
  recipients: Recipients;
}

/**
 * Writes notifications in the caller's transaction (so one exists exactly when its event committed) and reads a
 * user's own. Only active users are notified; a user reads and marks only their own notifications.
 */
@Injectable()
export class NotificationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly webhooks: WebhooksService,
  ) {}

  async notify<K extends NotificationKind>(manager: EntityManager, notice: Notice<K>): Promise<number> {
    const { pointIds = [], regencyCodes = [], userIds = [], except = null } = notice.recipients;
    const rows: unknown[] = await manager.query(
      `INSERT INTO notifications (user_id, kind, dedupe_key, point_id, subject_id, details)
       SELECT u.id, $1, $2, $3, $4, $5::jsonb
         FROM users u
        WHERE u.active AND u.id IS DISTINCT FROM $6::uuid
          AND (u.id = ANY($7::uuid[])
               OR EXISTS (SELECT 1 FROM user_point_scopes s WHERE s.user_id = u.id AND s.point_id = ANY($8::uuid[]))
               OR (u.role = 'district_officer'
                   AND EXISTS (SELECT 1 FROM user_regency_scopes r WHERE r.user_id = u.id AND r.regency_code = ANY($9::text[]))))
       ON CONFLICT (user_id, dedupe_key) DO NOTHING
       RETURNING id`,
      [notice.kind, notice.dedupeKey, notice.pointId, notice.subjectId, JSON.stringify(notice.details), except, userIds, pointIds, regencyCodes],
    );
    await this.webhooks.enqueue(manager, { kind: notice.kind, key: notice.dedupeKey, pointId: notice.pointId, subjectId: notice.subjectId, details: notice.details });
    return rows.length;
  }

  /**
   * A resupply request changed status (event `eventId` of its history): submitted -> the supplier's staff and the
   * district officers of both points' regencies decide; approved, rejected, (partially) shipped -> the requester and
   * the requesting point's staff. Cancelled and received tell nobody (the reader did it, or already knows).
   */
  async requestEvent(manager: EntityManager, event: { requestId: string; status: string; actorId: string | null; eventId: string }): Promise<void> {
    const [request] = await manager.query(
      `SELECT r.point_id, r.supplier_point_id, r.requested_by, p.code, p.name, p.regency_code, s.regency_code AS supplier_regency,
              (SELECT count(*) FROM resupply_request_lines l WHERE l.request_id = r.id)::int AS products,
              (SELECT bool_or(l.approved_quantity IS DISTINCT FROM l.quantity) FROM resupply_request_lines l WHERE l.request_id = r.id) AS changed
         FROM resupply_requests r JOIN points p ON p.id = r.point_id JOIN points s ON s.id = r.supplier_point_id
        WHERE r.id = $1`,
      [event.requestId],
    );
    if (!request) return;
    const at = { pointCode: request.code as string, pointName: request.name as string, requestId: event.requestId };
    const base = { dedupeKey: `request:${event.eventId}`, pointId: request.point_id as string, subjectId: event.requestId };
    const requester = { pointIds: [request.point_id], userIds: request.requested_by ? [request.requested_by] : [], except: event.actorId };
    switch (event.status) {
      case 'submitted':
        await this.notify(manager, {
          ...base, kind: 'request_submitted', details: { ...at, products: request.products },
          recipients: { pointIds: [request.supplier_point_id], regencyCodes: [request.regency_code, request.supplier_regency], except: event.actorId },
        });
        return;
      case 'approved':
        await this.notify(manager, { ...base, kind: 'request_approved', details: { ...at, changed: Boolean(request.changed) }, recipients: requester });
        return;
      case 'rejected':
        await this.notify(manager, { ...base, kind: 'request_rejected', details: at, recipients: requester });
        return;
      case 'partially_shipped':
      case 'shipped':
        await this.notify(manager, { ...base, kind: 'request_shipped', details: { ...at, status: event.status }, recipients: requester });
        return;
      default:
        return;
    }
  }

  /** A shipment left its sender: the receiving point's staff learn it is on its way. */
  async shipmentSent(manager: EntityManager, shipment: { id: string; actorId: string }): Promise<void> {
    const [row] = await manager.query(
      `SELECT s.to_point_id, f.code, f.name, count(sl.*)::int AS products, COALESCE(sum(sl.quantity_sent), 0)::int AS units
         FROM shipments s JOIN points f ON f.id = s.from_point_id LEFT JOIN shipment_lines sl ON sl.shipment_id = s.id
        WHERE s.id = $1 GROUP BY s.id, f.id`,
      [shipment.id],
    );
    if (!row) return;
    await this.notify(manager, {
      kind: 'shipment_sent',
      dedupeKey: `shipment:${shipment.id}`,
      pointId: row.to_point_id,
      subjectId: shipment.id,
      details: { pointCode: row.code, pointName: row.name, shipmentId: shipment.id, toPointId: row.to_point_id, units: row.units, products: row.products },
      recipients: { pointIds: [row.to_point_id], except: shipment.actorId },
    });
  }

  async list(actor: AuthUser, query: NotificationListQuery): Promise<Page<NotificationResponse> & { unread: number }> {
    const unreadOnly = query.unread === true;
    const [rows, [counts]] = await Promise.all([
      this.dataSource.query(
        `SELECT id::text, kind, point_id AS "pointId", subject_id AS "subjectId", details, created_at AS "createdAt", read_at AS "readAt"
           FROM notifications WHERE user_id = $1 AND ($2::boolean IS FALSE OR read_at IS NULL)
          ORDER BY notifications.id DESC LIMIT $3 OFFSET $4`,
        [actor.id, unreadOnly, query.limit, query.offset],
      ),
      this.dataSource.query(
        `SELECT count(*) FILTER (WHERE $2::boolean IS FALSE OR read_at IS NULL)::int AS total, count(*) FILTER (WHERE read_at IS NULL)::int AS unread
           FROM notifications WHERE user_id = $1`,
        [actor.id, unreadOnly],
      ),
    ]);
    return { items: rows, total: counts.total, unread: counts.unread, limit: query.limit, offset: query.offset };
  }

  async unreadCount(actor: AuthUser): Promise<number> {
    const [row] = await this.dataSource.query(`SELECT count(*)::int AS unread FROM notifications WHERE user_id = $1 AND read_at IS NULL`, [actor.id]);
    return row.unread;
  }

  /** Marks the given notifications (or all, up to and including `upTo`) read; others' ids are ignored. */
  async markRead(actor: AuthUser, request: { ids?: string[]; upTo?: string }): Promise<number> {
    const [, changed] = await this.dataSource.query(
      `UPDATE notifications SET read_at = now()
        WHERE user_id = $1 AND read_at IS NULL AND (id = ANY($2::bigint[]) OR ($3::bigint IS NOT NULL AND id <= $3::bigint))`,
      [actor.id, request.ids ?? [], request.upTo ?? null],
    );
    return changed as number;
  }
}
