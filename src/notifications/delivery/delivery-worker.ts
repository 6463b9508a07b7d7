import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { InjectDataSource } from '@nestjs/typeorm';
import { CronJob } from 'cron';
import type { Transporter } from 'nodemailer';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { NotificationKind } from '../notification-kinds';
import { mailLine } from './mail-text';
import { signWebhook } from './webhook-signature';

/** Attempts before a webhook delivery is given up. */
export const MAX_WEBHOOK_ATTEMPTS = 8;
const WEBHOOK_TIMEOUT_MS = 10_000;
/** Deliveries claimed per round; a claim lasts this long, so a crashed round's deliveries are retried after it. */
const BATCH = 20;
const CLAIM = '2 minutes';

/** 30 s, 1 min, 2 min … doubling, at most 6 hours apart. */
export function retryDelaySeconds(attempts: number): number {
  return Math.min(30 * 2 ** Math.max(0, attempts - 1), 6 * 3600);
}

type MailItem = { id: string; kind: NotificationKind; details: Record<string, string | number | boolean | null> };

/**
 * Sends what notifications owe the outside world, in the background: webhook deliveries (signed, retried with
 * backoff, each with a stable id so a receiver handles it once), immediate mail for stock-outs, and the district
 * officers' daily digest. Mail is off without SMTP_URL. Every round runs on its own (never two at once in this
 * process, SKIP LOCKED across processes) and stops with the service.
 */
@Injectable()
export class DeliveryWorker implements OnModuleInit, OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(DeliveryWorker.name);
  private mailer?: Transporter;
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly scheduler: SchedulerRegistry,
  ) {}

  /** nodemailer is loaded only when mail is configured (about 13 MB a service without SMTP_URL does not hold). */
  async onModuleInit(): Promise<void> {
    if (!this.config.delivery.smtpUrl) return;
    const { createTransport } = await import('nodemailer');
    this.mailer = createTransport(this.config.delivery.smtpUrl);
  }

  onApplicationBootstrap(): void {
    const { intervalMs, digestCron } = this.config.delivery;
    if (intervalMs <= 0) return;
    this.timer = setInterval(() => void this.round(), intervalMs);
    this.timer.unref();
    if (this.mailer) {
      const job = CronJob.from({ cronTime: digestCron, timeZone: this.config.dailyScan.timeZone, onTick: () => void this.sendDigests().catch((error) => this.logger.error({ err: error }, 'digest failed')) });
      this.scheduler.addCronJob('notification-digest', job);
      job.start();
    }
    this.logger.log(`notification delivery every ${intervalMs} ms; mail ${this.mailer ? 'on' : 'off (no SMTP_URL)'}`);
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
    this.mailer?.close();
  }

  /** One round: webhooks due, then stock-out mail. Skipped while the previous round still runs. */
  round(): Promise<void> {
    if (this.running) return this.running;
    this.running = (async () => {
      try {
        await this.deliverWebhooks();
        await this.mailStockouts();
      } catch (error) {
        this.logger.error({ err: error }, 'notification delivery round failed');
      } finally {
        this.running = undefined;
      }
    })();
    return this.running;
  }

  /** Posts the deliveries that are due; answers how many were delivered and how many will be retried or gave up. */
  async deliverWebhooks(): Promise<{ delivered: number; retried: number; failed: number }> {
    const claimed: { id: string; kind: string; payload: object; attempts: number; url: string; secret: string }[] = await this.dataSource.query(
      `UPDATE webhook_deliveries d SET next_attempt_at = now() + interval '${CLAIM}'
         FROM (SELECT id FROM webhook_deliveries WHERE status = 'pending' AND next_attempt_at <= now()
                ORDER BY next_attempt_at LIMIT ${BATCH} FOR UPDATE SKIP LOCKED) due, webhook_subscriptions w
        WHERE d.id = due.id AND w.id = d.subscription_id
        RETURNING d.id, d.kind, d.payload, d.attempts, w.url, w.secret`,
    ).then(([rows]: [never[]]) => rows);
    const result = { delivered: 0, retried: 0, failed: 0 };
    for (const delivery of claimed) {
      const body = JSON.stringify(delivery.payload);
      let status: number | null = null;
      let problem: string | null = null;
      try {
        const response = await fetch(delivery.url, {
          method: 'POST',
          headers: {
            'Content-Type': 'application/json',
            'User-Agent': 'pasokan-webhook',
            'Pasokan-Delivery': delivery.id,
            'Pasokan-Event': delivery.kind,
            'Pasokan-Signature': signWebhook(delivery.secret, body, new Date()),
          },
          body,
          redirect: 'manual',
          signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS),
        });
        status = response.status;
        await response.body?.cancel();
        if (!response.ok) problem = `answered ${response.status}`;
      } catch (error) {
        problem = ((error as Error).message || 'no answer').slice(0, 500);
      }
      const attempts = delivery.attempts + 1;
      if (!problem) {
        result.delivered += 1;
        await this.dataSource.query(
          `UPDATE webhook_deliveries SET status = 'delivered', delivered_at = now(), attempts = $2, last_status = $3, last_error = NULL WHERE id = $1`,
          [delivery.id, attempts, status],
        );
        continue;
      }
      const giveUp = attempts >= MAX_WEBHOOK_ATTEMPTS;
      result[giveUp ? 'failed' : 'retried'] += 1;
      await this.dataSource.query(
        `UPDATE webhook_deliveries SET status = $2, attempts = $3, last_status = $4, last_error = $5,
                next_attempt_at = now() + make_interval(secs => $6) WHERE id = $1`,
        [delivery.id, giveUp ? 'failed' : 'pending', attempts, status, problem, retryDelaySeconds(attempts)],
      );
      this.logger.warn(`webhook delivery ${delivery.id} to ${new URL(delivery.url).host}: ${problem}${giveUp ? ' (given up)' : ''}`);
    }
    return result;
  }

  /** Stock-outs of the last day not mailed yet: one mail per person with an e-mail address. */
  async mailStockouts(): Promise<number> {
    return this.mailNotifications(`n.kind = 'stockout'`, 'pasokan: stok habis / stock-out');
  }

  /** The daily digest: every district officer's notifications of the last day not mailed yet, in one mail. */
  async sendDigests(): Promise<number> {
    return this.mailNotifications(`u.role = 'district_officer'`, 'pasokan: ringkasan harian / daily digest');
  }

  private async mailNotifications(condition: string, subject: string): Promise<number> {
    const mailer = this.mailer;
    if (!mailer) return 0;
    return this.dataSource.transaction(async (manager) => {
      const rows: (MailItem & { user_id: string; email: string })[] = await manager.query(
        `SELECT n.id::text, n.kind, n.details, n.user_id, u.email
           FROM notifications n JOIN users u ON u.id = n.user_id AND u.active AND u.email IS NOT NULL
          WHERE n.emailed_at IS NULL AND n.read_at IS NULL AND n.created_at > now() - interval '1 day' AND ${condition}
          ORDER BY n.id FOR UPDATE OF n SKIP LOCKED`,
      );
      const byUser = new Map<string, { email: string; items: MailItem[] }>();
      for (const row of rows) {
        const entry = byUser.get(row.user_id) ?? { email: row.email, items: [] };
        entry.items.push(row);
        byUser.set(row.user_id, entry);
      }
      let sent = 0;
      for (const { email, items } of byUser.values()) {
        const lines = items.map((item) => mailLine(item.kind, item.details));
        // Sent before the rows are marked: a failure leaves them for the next round (a crash in between may send twice).
        await mailer.sendMail({
          from: this.config.delivery.mailFrom,
          to: email,
          subject,
          text: [
            ...lines.map((line) => `- ${line.id}`),
            '',
            ...lines.map((line) => `- ${line.en}`),
            '',
            'Buka pasokan untuk rinciannya. / Open pasokan for the details.',
          ].join('\n'),
        });
        await manager.query(`UPDATE notifications SET emailed_at = now() WHERE id = ANY($1::bigint[])`, [items.map((item) => item.id)]);
        sent += 1;
      }
      return sent;
    });
  }
}
