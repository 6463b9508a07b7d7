import { randomUUID } from 'node:crypto';
import { createServer, IncomingHttpHeaders, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { DeliveryWorker, MAX_WEBHOOK_ATTEMPTS } from '../src/notifications/delivery/delivery-worker';
import { verifyWebhook } from '../src/notifications/delivery/webhook-signature';
import { demoIds } from './support/demo-ids';
import { createTestApp, TestApp } from './support/test-app';

type Mail = { to: string; subject: string; text: string };
type Hook = { path: string; headers: IncomingHttpHeaders; body: string };

/**
 * Notifications leaving the app, against a local SMTP server and a local HTTP receiver started here (never a real
 * one): stock-out mail at once, the district officer's daily digest, each once; webhooks signed, retried with the same
 * delivery id after a failure, filtered by kind and regency, given up after the last attempt; and who may subscribe.
 */
describe('notification delivery: e-mail and webhooks', () => {
  let t: TestApp;
  let worker: DeliveryWorker;
  let smtp: SMTPServer;
  let receiver: Server;
  let base: string;
  const mails: Mail[] = [];
  const hooks: Hook[] = [];
  /** What the receiver answers next, per path (default 200). */
  const answers = new Map<string, number[]>();
  let admin: string;
  let staff: string;
  let ids: Awaited<ReturnType<typeof demoIds>>;
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
  const post = (url: string, token: string, body: Record<string, unknown>) => t.http().post(url).set(auth(token)).send(body);

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      onData(stream, session, callback) {
        let raw = '';
        stream.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
        stream.on('end', () => {
          const [head, ...body] = raw.split('\r\n\r\n');
          mails.push({
            to: session.envelope.rcptTo.map((rcpt) => rcpt.address).join(','),
            subject: /^Subject: (.*)$/m.exec(head)?.[1] ?? '',
            text: body.join('\n').replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
          });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const smtpPort = (smtp.server.address() as AddressInfo).port;
    receiver = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      request.on('end', () => {
        hooks.push({ path: request.url!, headers: request.headers, body });
        response.statusCode = answers.get(request.url!)?.shift() ?? 200;
        response.end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;

    t = await createTestApp({ env: { SMTP_URL: `smtp://127.0.0.1:${smtpPort}`, MAIL_FROM: 'pasokan <pasokan@dinkes.test>' } });
    worker = t.app.get(DeliveryWorker);
    ids = await demoIds(t.dataSource);
    admin = await t.token('admin');
    staff = await t.token('staff.lsm.cibinong');
    const users: { id: string; username: string }[] = (await t.http().get('/api/v1/users').set(auth(admin)).query({ limit: '200' }).expect(200)).body.items;
    const id = (username: string) => users.find((user) => user.username === username)!.id;
    for (const [username, email] of [['staff.lsm.cibinong', 'Staf.LSM@Cibinong.test'], ['dinkes.bogor', 'dinkes@bogor.test'], ['outreach.cibinong', 'kit@cibinong.test']]) {
      const changed = await t.http().patch(`/api/v1/users/${id(username)}`).set(auth(admin)).send({ email }).expect(200);
      expect(changed.body.email).toBe(email.toLowerCase());
    }
    // A staff e-mail is checked, and null removes it.
    expect((await t.http().patch(`/api/v1/users/${id('outreach.cibinong')}`).set(auth(admin)).send({ email: 'not-an-address' }).expect(400)).body.code).toBe('VALIDATION_FAILED');
    expect((await t.http().patch(`/api/v1/users/${id('outreach.cibinong')}`).set(auth(admin)).send({ email: null }).expect(200)).body.email).toBeNull();
  });

  afterAll(async () => {
    await t?.close();
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
    await new Promise<void>((resolve) => receiver.close(() => resolve()));
  });

  /** Empties LSM-CBN-01's stock of a product: a stock-out there (Kabupaten Bogor, 32.01). */
  async function stockOut(code: string): Promise<void> {
    const point = ids.point('LSM-CBN-01');
    const product = ids.product(code);
    const [stock] = await t.dataSource.query(`SELECT COALESCE(sum(quantity), 0)::int AS quantity FROM stock_balances WHERE point_id = $1 AND product_id = $2`, [point, product]);
    if (stock.quantity === 0) {
      await post(`/api/v1/points/${point}/movements`, staff, {
        id: randomUUID(), type: 'receipt', occurredAt: new Date().toISOString(), source: 'Dinkes',
        lines: [{ productId: product, quantity: 5, lotNumber: `DLV-${code}`, expiryDate: '2030-01', fundingSource: 'APBD' }],
      }).expect(201);
    }
    // Every lot written off: damaged, or an expiry write-off for a lot past its date.
    const lots: { lot_id: string; quantity: number; expired: boolean }[] = await t.dataSource.query(
      `SELECT b.lot_id, b.quantity, l.expiry_date < CURRENT_DATE AS expired FROM stock_balances b JOIN lots l ON l.id = b.lot_id
        WHERE b.point_id = $1 AND b.product_id = $2 AND b.quantity > 0`,
      [point, product],
    );
    const response = await post(`/api/v1/points/${point}/movements`, staff, {
      id: randomUUID(), type: 'adjustment', occurredAt: new Date().toISOString(),
      lines: lots.map((lot) => ({ productId: product, lotId: lot.lot_id, quantity: lot.quantity, reason: lot.expired ? 'expired_write_off' : 'damaged' })),
    });
    expect([response.status, response.body.detail]).toEqual([201, undefined]);
  }

  it('posts each event to the subscriptions that follow its kind and regency, signed, retrying with the same delivery id', async () => {
    const bogor = await post('/api/v1/webhooks', admin, { url: `${base}/bogor`, kinds: ['stockout', 'request_submitted'], regencyCodes: ['32.01'] }).expect(201);
    expect(bogor.body.secret).toMatch(/^[0-9a-f]{64}$/);
    await post('/api/v1/webhooks', admin, { url: `${base}/bandung`, kinds: ['stockout'], regencyCodes: ['32.73'] }).expect(201);
    await post('/api/v1/webhooks', admin, { url: `${base}/requests-only`, kinds: ['request_approved'] }).expect(201);
    expect((await t.http().get('/api/v1/webhooks').set(auth(admin)).expect(200)).body.some((hook: Record<string, unknown>) => 'secret' in hook)).toBe(false);

    answers.set('/bogor', [500]);
    await stockOut('CONDOM-M');
    expect(await worker.deliverWebhooks()).toEqual({ delivered: 0, retried: 1, failed: 0 });
    // Not due yet: the retry waits its backoff.
    expect(await worker.deliverWebhooks()).toEqual({ delivered: 0, retried: 0, failed: 0 });
    await t.ownerQuery(`UPDATE webhook_deliveries SET next_attempt_at = now() WHERE status = 'pending'`);
    expect(await worker.deliverWebhooks()).toEqual({ delivered: 1, retried: 0, failed: 0 });

    const [first, second] = hooks.filter((hook) => hook.path === '/bogor');
    expect(first.headers['pasokan-delivery']).toBe(second.headers['pasokan-delivery']);
    expect(second.headers['pasokan-event']).toBe('stockout');
    expect(verifyWebhook(bogor.body.secret, second.body, String(second.headers['pasokan-signature']))).toBe(true);
    expect(verifyWebhook(bogor.body.secret, second.body.replace('CONDOM-M', 'CONDOM-X'), String(second.headers['pasokan-signature']))).toBe(false);
    expect(JSON.parse(second.body)).toMatchObject({ event: 'stockout', regencyCode: '32.01', pointId: ids.point('LSM-CBN-01'), details: { productCode: 'CONDOM-M' } });
    expect(hooks.filter((hook) => hook.path !== '/bogor')).toEqual([]);

    const deliveries = (await t.http().get(`/api/v1/webhooks/${bogor.body.id}/deliveries`).set(auth(admin)).expect(200)).body;
    expect(deliveries).toEqual([expect.objectContaining({ status: 'delivered', attempts: 2, lastStatus: 200, kind: 'stockout' })]);
  });

  it('gives a delivery up after the last attempt, and stops a deactivated subscription', async () => {
    const failing = await post('/api/v1/webhooks', admin, { url: `${base}/down`, kinds: ['stockout'] }).expect(201);
    answers.set('/down', Array(20).fill(503));
    await stockOut('LUBE-SACHET');
    await t.ownerQuery(`UPDATE webhook_deliveries SET attempts = $2 - 1 WHERE subscription_id = $1`, [failing.body.id, MAX_WEBHOOK_ATTEMPTS]);
    const round = await worker.deliverWebhooks();
    expect(round.failed).toBe(1);
    const [given] = (await t.http().get(`/api/v1/webhooks/${failing.body.id}/deliveries`).set(auth(admin)).expect(200)).body;
    expect(given).toMatchObject({ status: 'failed', attempts: MAX_WEBHOOK_ATTEMPTS, lastStatus: 503 });

    await post(`/api/v1/webhooks/${failing.body.id}/deactivate`, admin, {}).expect(200);
    await stockOut('SWAB-ALC');
    const deliveries = (await t.http().get(`/api/v1/webhooks/${failing.body.id}/deliveries`).set(auth(admin)).expect(200)).body;
    expect(deliveries).toHaveLength(1);
  });

  it('mails stock-outs at once to the point and the district office, once', async () => {
    mails.length = 0;
    const sent = await worker.mailStockouts();
    expect(sent).toBe(2);
    expect(mails.map((mail) => mail.to).sort()).toEqual(['dinkes@bogor.test', 'staf.lsm@cibinong.test']);
    const toStaff = mails.find((mail) => mail.to === 'staf.lsm@cibinong.test')!;
    expect(toStaff.subject).toContain('stok habis');
    expect(toStaff.text).toContain('Kantor LSM Cibinong kehabisan');
    expect(toStaff.text).toContain('Kantor LSM Cibinong has run out of');
    expect(await worker.mailStockouts()).toBe(0);
  });

  it("sends the district officer a daily digest of what is new, and nobody else", async () => {
    mails.length = 0;
    const outreach = await t.token('outreach.cibinong');
    await post('/api/v1/resupply-requests', outreach, { id: randomUUID(), pointId: ids.point('OUT-CBN-01'), lines: [{ productId: ids.product('SWAB-ALC'), quantity: 10 }] }).expect(201);
    expect(await worker.sendDigests()).toBe(1);
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ to: 'dinkes@bogor.test' });
    expect(mails[0].text).toContain('menunggu keputusan');
    // The stock-outs were mailed already: not again in the digest.
    expect(mails[0].text).not.toContain('kehabisan');
    expect(await worker.sendDigests()).toBe(0);
  });

  it('lets only administrators subscribe, to a web address and kinds that exist', async () => {
    await post('/api/v1/webhooks', await t.token('dinkes.bogor'), { url: `${base}/x`, kinds: ['stockout'] }).expect(403);
    for (const body of [{ url: 'ftp://example.org/x', kinds: ['stockout'] }, { url: `${base}/x`, kinds: ['lot_expiring'] }, { url: `${base}/x`, kinds: [] }, { url: `${base}/x`, kinds: ['stockout'], regencyCodes: ['3201'] }]) {
      expect((await post('/api/v1/webhooks', admin, body).expect(400)).body.code).toBe('VALIDATION_FAILED');
    }
    await t.http().get(`/api/v1/webhooks/${randomUUID()}/deliveries`).set(auth(admin)).expect(404);
  });
});
