import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { AuthUser } from '../../access/roles';
import { DomainError } from '../../common/problem/problem';
import { NotificationKind } from '../notification-kinds';
import { CreateWebhookRequest, WebhookCreated, WebhookDeliveryResponse, WebhookResponse } from './webhook.dto';

const COLUMNS = `w.id, w.url, w.kinds, w.regency_codes AS "regencyCodes", w.active, w.created_at AS "createdAt",
  (SELECT count(*) FROM webhook_deliveries d WHERE d.subscription_id = w.id AND d.status = 'pending')::int AS pending,
  (SELECT count(*) FROM webhook_deliveries d WHERE d.subscription_id = w.id AND d.status = 'failed')::int AS failed`;

/**
 * Webhook subscriptions (an administrator's: an NGO connects its own WhatsApp or Telegram gateway) and the deliveries
 * made for them. A delivery is made in the transaction of its event, once per subscription and event; the
 * DeliveryWorker sends it.
 */
@Injectable()
export class WebhooksService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Called by NotificationsService.notify for every event it records: one delivery per matching subscription. */
  async enqueue(
    manager: EntityManager,
    event: { kind: NotificationKind; key: string; pointId: string | null; subjectId: string | null; details: object },
  ): Promise<void> {
    await manager.query(
      `INSERT INTO webhook_deliveries (subscription_id, event_key, kind, payload)
       SELECT w.id, $1, $2,
              jsonb_build_object('event', $2::text, 'key', $1::text, 'pointId', $3::uuid, 'regencyCode', p.regency_code,
                                 'subjectId', $4::uuid, 'details', $5::jsonb, 'at', now())
         FROM webhook_subscriptions w
         LEFT JOIN points p ON p.id = $3::uuid
        WHERE w.active AND $2 = ANY(w.kinds) AND (w.regency_codes IS NULL OR p.regency_code = ANY(w.regency_codes))
       ON CONFLICT (subscription_id, event_key) DO NOTHING`,
      [event.key, event.kind, event.pointId, event.subjectId, JSON.stringify(event.details)],
    );
  }

  async create(actor: AuthUser, request: CreateWebhookRequest): Promise<WebhookCreated> {
    const secret = randomBytes(32).toString('hex');
    const [row] = await this.dataSource.query(
      `INSERT INTO webhook_subscriptions (url, secret, kinds, regency_codes, created_by) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [request.url, secret, request.kinds, request.regencyCodes ?? null, actor.id],
    );
    return { ...(await this.get(row.id)), secret };
  }

  async list(): Promise<WebhookResponse[]> {
    return this.dataSource.query(`SELECT ${COLUMNS} FROM webhook_subscriptions w ORDER BY w.created_at`);
  }

  async get(id: string): Promise<WebhookResponse> {
    const [row] = await this.dataSource.query(`SELECT ${COLUMNS} FROM webhook_subscriptions w WHERE w.id = $1`, [id]);
    if (!row) throw new DomainError('WEBHOOK_NOT_FOUND', `There is no webhook ${id}.`);
    return row;
  }

  /** Stops a subscription: no new deliveries; those pending are not sent (history stays). */
  async deactivate(id: string): Promise<WebhookResponse> {
    await this.get(id);
    await this.dataSource.transaction(async (manager) => {
      await manager.query(`UPDATE webhook_subscriptions SET active = false WHERE id = $1`, [id]);
      await manager.query(
        `UPDATE webhook_deliveries SET status = 'failed', last_error = 'subscription deactivated' WHERE subscription_id = $1 AND status = 'pending'`,
        [id],
      );
    });
    return this.get(id);
  }

  async deliveries(id: string): Promise<WebhookDeliveryResponse[]> {
    await this.get(id);
    return this.dataSource.query(
      `SELECT id, kind, event_key AS "eventKey", status, attempts, last_status AS "lastStatus", last_error AS "lastError",
              next_attempt_at AS "nextAttemptAt", delivered_at AS "deliveredAt", created_at AS "createdAt"
         FROM webhook_deliveries WHERE subscription_id = $1 ORDER BY created_at DESC LIMIT 100`,
      [id],
    );
  }
}
