import type { Browser, Page } from 'playwright-core';
import { demoIds } from '../support/demo-ids';
import { describeInBrowser, FieldApp, launchChromium, openPhone, outboxIds, storedSession, startFieldApp, unexpectedErrors, watchAnswers } from './support/field-app';

/**
 * Weeks offline on one sign-in, against the real service. The access token lives 3 s here (JWT_EXPIRES_IN=3s), so every
 * sync after a pause needs the device session: records captured offline go in one batch request and are recorded
 * once; an expired access token is renewed without the password; a session an administrator revoked asks for the
 * password and keeps the records until then; signing out ends the session on the server.
 */
describeInBrowser('field app: batch sync and device sessions', () => {
  let field: FieldApp;
  let browser: Browser;

  beforeAll(async () => {
    [field, browser] = await Promise.all([startFieldApp({ JWT_EXPIRES_IN: '3s' }), launchChromium()]);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await field?.close();
  });

  async function signIn(page: Page, username: string): Promise<void> {
    await page.goto(field.url);
    await page.getByLabel('Nama pengguna').fill(username);
    await page.getByLabel('Kata sandi').fill('pasokan-demo');
    await page.getByRole('button', { name: 'Masuk', exact: true }).click();
    await page.getByRole('heading', { name: 'Stok di tangan' }).waitFor();
    await page.getByText(/Diperbarui/).last().waitFor();
  }

  /** A distribution of `quantity` of the first product offered, saved on the phone. */
  async function distribute(page: Page, quantity: number): Promise<void> {
    await page.getByRole('link', { name: 'Catat distribusi' }).click();
    await page.getByLabel('Jumlah kontak').fill('1');
    // The first product offered (in the form: the password prompt above it may hold a textbox too).
    await page.getByRole('main').getByRole('textbox').nth(1).fill(String(quantity));
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.getByRole('heading', { name: 'Stok di tangan' }).waitFor();
  }

  const waitingLink = (page: Page, count: number) => page.getByRole('link', { name: `Kotak keluar: ${count} catatan menunggu` });

  async function recordedOnce(ids: string[], pointCode: string): Promise<void> {
    const point = (await demoIds(field.testApp.dataSource)).point(pointCode);
    const rows: { id: string }[] = await field.testApp.dataSource.query('SELECT id FROM movements WHERE point_id = $1 AND id = ANY($2) ORDER BY recorded_at', [point, ids]);
    expect(rows.map((row) => row.id)).toEqual(ids);
  }

  it('sends what was captured offline in one batch request when the connection is back, each record once', async () => {
    const phone = await openPhone(browser);
    const { page, context } = phone;
    await signIn(page, 'staff.dic.bandung');
    const syncs = watchAnswers(page, '/api/v1/sync/movements');

    await context.setOffline(true);
    for (const quantity of [1, 2, 3]) await distribute(page, quantity);
    await waitingLink(page, 3).waitFor();
    expect(syncs).toEqual([]);

    await context.setOffline(false);
    await waitingLink(page, 0).waitFor();
    const captured = await outboxIds(page);
    expect(captured.map((record) => record.status)).toEqual(['sent', 'sent', 'sent']);
    expect(syncs.map((answer) => answer.status)).toEqual([200]);
    const { movements } = syncs[0].body as { movements: { id: string }[] };
    expect(movements.map((movement) => movement.id)).toEqual(captured.map((record) => record.id));
    await recordedOnce(captured.map((record) => record.id), 'DIC-BDG-01');
    expect(unexpectedErrors(phone)).toEqual([]);
    await context.close();
  }, 180_000);

  it('renews an expired access token with the device session and sends, without asking for the password', async () => {
    const phone = await openPhone(browser);
    const { page, context } = phone;
    await signIn(page, 'staff.pkm.kopo');
    const refreshes = watchAnswers(page, '/api/v1/auth/refresh');
    const syncs = watchAnswers(page, '/api/v1/sync/movements');

    await context.setOffline(true);
    await distribute(page, 1);
    // The access token (3 s) is over by the time the connection is back.
    await page.waitForTimeout(4000);
    await context.setOffline(false);
    await waitingLink(page, 0).waitFor();

    // Renewed before sending (the app knows when its token ends), so the server refused nothing.
    expect(refreshes.length).toBeGreaterThanOrEqual(1);
    expect(refreshes.every((answer) => answer.status === 200)).toBe(true);
    expect(syncs.map((answer) => answer.status)).toEqual([200]);
    expect(await page.getByText('Masuk lagi untuk mengirim').count()).toBe(0);
    const captured = await outboxIds(page);
    expect(captured.map((record) => record.status)).toEqual(['sent']);
    await recordedOnce([captured[0].id], 'PKM-BDG-KOPO');
    expect(unexpectedErrors(phone)).toEqual([]);
    await context.close();
  }, 180_000);

  it('asks for the password when an administrator revoked the phone, keeps the records meanwhile, and sends them once after', async () => {
    const phone = await openPhone(browser);
    const { page, context } = phone;
    await signIn(page, 'outreach.lotim');
    await context.setOffline(true);
    await distribute(page, 1);
    await distribute(page, 1);

    // The phone is reported lost: the administrator revokes its session (DELETE /api/v1/sessions/{id}).
    const { sessionId } = (await storedSession(page))!;
    const admin = await field.testApp.token('admin');
    await field.testApp.http().delete(`/api/v1/sessions/${sessionId}`).set('Authorization', `Bearer ${admin}`).expect(200);

    await context.setOffline(false);
    await page.getByRole('heading', { name: 'Masuk lagi untuk mengirim' }).waitFor();
    expect((await outboxIds(page)).map((record) => record.status)).toEqual(['pending', 'pending']);
    // Capturing goes on meanwhile: the outbox is kept, not blocked.
    await distribute(page, 1);
    await waitingLink(page, 3).waitFor();
    const captured = await outboxIds(page);
    const before: unknown[] = await field.testApp.dataSource.query('SELECT id FROM movements WHERE id = ANY($1)', [captured.map((record) => record.id)]);
    expect(before).toEqual([]);

    const syncs = watchAnswers(page, '/api/v1/sync/movements');
    await page.getByRole('region', { name: 'Masuk lagi untuk mengirim' }).getByLabel('Kata sandi').fill('pasokan-demo');
    await page.getByRole('button', { name: 'Masuk', exact: true }).click();
    await waitingLink(page, 0).waitFor();
    expect(await page.getByText('Masuk lagi untuk mengirim').count()).toBe(0);
    expect((await outboxIds(page)).map((record) => record.status)).toEqual(['sent', 'sent', 'sent']);
    expect(syncs.map((answer) => answer.status)).toEqual([200]);
    await recordedOnce(captured.map((record) => record.id), 'OUT-LOTIM-01');
    const newSession = (await storedSession(page))!.sessionId;
    expect(newSession).not.toBe(sessionId);
    expect(unexpectedErrors(phone, [401])).toEqual([]);
    await context.close();
  }, 180_000);

  it('signing out ends the device session on the server', async () => {
    const phone = await openPhone(browser);
    const { page, context } = phone;
    await signIn(page, 'staff.lsm.cibinong');
    const { sessionId } = (await storedSession(page))!;
    await page.getByRole('button', { name: 'Keluar' }).click();
    await page.getByLabel('Nama pengguna').waitFor();
    expect(await storedSession(page)).toBeUndefined();
    const [session]: { revoked_reason: string | null }[] = await field.testApp.dataSource.query('SELECT revoked_reason FROM device_sessions WHERE id = $1', [sessionId]);
    expect(session.revoked_reason).toBe('logout');
    expect(unexpectedErrors(phone)).toEqual([]);
    await context.close();
  }, 120_000);
});
