import { randomUUID } from 'node:crypto';
import { demoIds } from './support/demo-ids';
import { ledgerApi } from './support/ledger-api';
import { createTestApp, TestApp } from './support/test-app';

/**
 * Data-quality flags (issue 19, docs/data-quality.md): each kind raised by data that must raise it and not by data
 * just short of it, with its evidence; flags follow the data until reviewed; a review is once and for good; only
 * administrators and district officers (their regencies) see them. Each scenario has points of its own.
 */
describe('data-quality flags', () => {
  let t: TestApp;
  let ids: Awaited<ReturnType<typeof demoIds>>;
  let api: ReturnType<typeof ledgerApi>;
  const wib = (date: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta', year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);
  const month = wib(new Date()).slice(0, 7);
  const shift = (base: string, months: number) => {
    const [year, number] = base.split('-').map(Number);
    return new Date(Date.UTC(year, number - 1 + months, 1)).toISOString().slice(0, 7);
  };
  const previous = shift(month, -1);
  const auth = async (username: string) => ({ Authorization: `Bearer ${await t.token(username)}` });
  const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();
  let counter = 0;
  const newPoint = async (regencyCode = '32.73') =>
    (await t.http().post('/api/v1/points').set(await auth('admin')).send({ code: `DQ-${++counter}-${randomUUID().slice(0, 4)}`.toUpperCase(), name: `Data quality ${counter}`, type: 'drop_in_centre', regencyCode }).expect(201)).body.id as string;
  const scan = async (scanned?: string) => (await t.http().post('/api/v1/data-quality/scan').set(await auth('admin')).send(scanned ? { month: scanned } : {}).expect(200)).body;
  type Flag = { id: string; kind: string; pointId: string; productCode: string | null; month: string; evidence: Record<string, unknown>; reviewedAt: string | null };
  const flagsAt = async (pointId: string, username = 'admin'): Promise<Flag[]> =>
    (await t.http().get('/api/v1/data-quality/flags').query({ pointId, limit: 200 }).set(await auth(username)).expect(200)).body.items;
  const kinds = async (pointId: string) => (await flagsAt(pointId)).map((flag) => flag.kind).sort();
  const NS = () => ids.product('NS-1ML-LDS-29G');
  const SWAB = () => ids.product('SWAB-ALC');

  beforeAll(async () => {
    t = await createTestApp({ env: { BACKDATING_DAYS: '400' } });
    ids = await demoIds(t.dataSource);
    api = ledgerApi(t, ids);
  });
  afterAll(() => t.close());

  it('flags a distribution above the cap per contact that passed with a reason, not one at the cap', async () => {
    const point = await newPoint();
    await api.receive(point, NS(), 1000, 'DQ-CAP', { occurredAt: daysAgo(1) });
    const above = await t.http().post(`/api/v1/points/${point}/movements`).set(await auth('admin'))
      .send({ id: randomUUID(), type: 'distribution', occurredAt: new Date().toISOString(), contacts: 2, aboveCapReason: 'long_interval', lines: [{ productId: NS(), quantity: 150 }] }).expect(201);
    await api.distribute(point, NS(), 100, { contacts: 2 });
    await scan(month);
    const flags = await flagsAt(point);
    expect(flags.map((flag) => [flag.kind, flag.evidence.movementId, flag.evidence.needles, flag.evidence.contacts, flag.evidence.cap])).toEqual([['above_contact_cap', above.body.id, 150, 2, 50]]);
  });

  it('flags the same tally five times in a row, not four', async () => {
    const [five, four] = [await newPoint(), await newPoint()];
    for (const point of [five, four]) await api.receive(point, NS(), 1000, 'DQ-TALLY', { occurredAt: daysAgo(1) });
    for (let i = 0; i < 5; i++) await api.distribute(five, NS(), 30, { contacts: 3, occurredAt: new Date(Date.now() - (10 - i) * 60_000) });
    for (let i = 0; i < 4; i++) await api.distribute(four, NS(), 30, { contacts: 3, occurredAt: new Date(Date.now() - (10 - i) * 60_000) });
    await api.distribute(four, NS(), 31, { contacts: 3, occurredAt: new Date(Date.now() - 5 * 60_000) });
    await scan(month);
    const [flag] = await flagsAt(five);
    expect(flag).toMatchObject({ kind: 'repeated_tally', evidence: { times: 5, contacts: 3, tally: [{ productCode: 'NS-1ML-LDS-29G', quantity: 30 }] } });
    expect(await kinds(four)).toEqual([]);
  });

  it('flags round numbers clustering at month end, not a point that is round all month', async () => {
    const [clustered, roundAllMonth] = [await newPoint(), await newPoint()];
    const lastDay = new Date(Date.UTC(Number(previous.slice(0, 4)), Number(previous.slice(5, 7)), 0)).getUTCDate();
    const at = (day: number, hour: number) => `${previous}-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00+07:00`;
    for (const point of [clustered, roundAllMonth]) await api.receive(point, NS(), 5000, 'DQ-ROUND', { occurredAt: `${previous}-01T08:00:00+07:00` });
    for (let day = 2; day <= 11; day++) {
      await api.distribute(clustered, NS(), 7 + day, { contacts: 2, occurredAt: at(day, 10) });
      await api.distribute(roundAllMonth, NS(), 20, { contacts: 2, occurredAt: at(day, 10) });
    }
    for (let i = 0; i < 6; i++) {
      await api.distribute(clustered, NS(), 50, { contacts: 5, occurredAt: at(lastDay - (i % 3), 9 + i) });
      await api.distribute(roundAllMonth, NS(), 50, { contacts: 5, occurredAt: at(lastDay - (i % 3), 9 + i) });
    }
    await scan(previous);
    const [flag] = (await flagsAt(clustered)).filter((found) => found.kind === 'month_end_round_numbers');
    expect(flag).toMatchObject({ month: previous, evidence: { endDistributions: 6, endRound: 6, restDistributions: 10, restRound: 1 } });
    expect((await flagsAt(roundAllMonth)).filter((found) => found.kind === 'month_end_round_numbers')).toEqual([]);
  });

  it('flags a month far above the point\'s own history (modified z-score), not an ordinary month', async () => {
    const [spiking, steady] = [await newPoint(), await newPoint()];
    for (const point of [spiking, steady]) await api.receive(point, NS(), 10_000, 'DQ-SPIKE', { occurredAt: `${shift(month, -7)}-01T08:00:00+07:00` });
    const history = [100, 110, 90, 105, 95, 100];
    for (const [index, quantity] of history.entries()) {
      for (const point of [spiking, steady]) await api.distribute(point, NS(), quantity, { occurredAt: `${shift(month, index - 6)}-15T10:00:00+07:00` });
    }
    await api.distribute(spiking, NS(), 900, { contacts: 90 });
    await api.distribute(steady, NS(), 120, { contacts: 12 });
    await scan(month);
    const [flag] = (await flagsAt(spiking)).filter((found) => found.kind === 'distribution_spike');
    expect(flag).toMatchObject({ productCode: 'NS-1ML-LDS-29G', evidence: { quantity: 900, history, median: 100 } });
    expect(flag.evidence.robustZ).toBeGreaterThan(3.5);
    expect((await flagsAt(steady)).filter((found) => found.kind === 'distribution_spike')).toEqual([]);
  });

  it('flags a burst of backdated entries just before the report is due, not the same entries after it or a small share', async () => {
    const [burst, small, late] = [await newPoint(), await newPoint(), await newPoint()];
    // October 2026's report is due on 15 November: entries dated in October, recorded 11-15 November, at least 3 days late.
    const user = (await t.dataSource.query(`SELECT id FROM users WHERE username = 'admin'`))[0].id;
    const header = (point: string, occurred: string, recorded: string) =>
      t.dataSource.query(
        `INSERT INTO movements (id, point_id, type, occurred_at, recorded_at, recorded_by, request_hash, contacts) VALUES (gen_random_uuid(), $1, 'distribution', $2, $3, $4, 'test', 1)`,
        [point, occurred, recorded, user],
      );
    for (let i = 0; i < 12; i++) {
      await header(burst, `2026-10-${String(10 + i).padStart(2, '0')}T10:00:00+07:00`, '2026-11-13T09:00:00+07:00');
      await header(small, `2026-10-${String(10 + i).padStart(2, '0')}T10:00:00+07:00`, '2026-11-14T09:00:00+07:00');
      await header(late, `2026-10-${String(10 + i).padStart(2, '0')}T10:00:00+07:00`, '2026-11-20T09:00:00+07:00');
    }
    for (let i = 0; i < 10; i++) await header(burst, `2026-10-0${(i % 9) + 1}T10:00:00+07:00`, `2026-10-0${(i % 9) + 1}T10:05:00+07:00`);
    for (let i = 0; i < 40; i++) await header(small, `2026-10-0${(i % 9) + 1}T10:00:00+07:00`, `2026-10-0${(i % 9) + 1}T10:05:00+07:00`);
    await scan('2026-10');
    expect((await flagsAt(burst)).map((flag) => [flag.kind, flag.month, flag.evidence])).toEqual([
      ['backdated_burst', '2026-10', { dueOn: '2026-11-15', windowDays: 5, backdatedDays: 3, backdated: 12, movementsInMonth: 22, share: 0.55 }],
    ]);
    expect(await kinds(small)).toEqual([]);
    expect(await kinds(late)).toEqual([]);
  });

  it('flags stock that never moves while the point reports distribution, not stock that moves or a quiet point', async () => {
    const [still, quiet] = [await newPoint(), await newPoint()];
    for (const point of [still, quiet]) {
      await api.receive(point, NS(), 1000, 'DQ-STILL-NS', { occurredAt: daysAgo(70) });
      await api.receive(point, SWAB(), 500, 'DQ-STILL-SWAB', { occurredAt: daysAgo(70) });
    }
    for (let i = 0; i < 10; i++) await api.distribute(still, NS(), 20, { occurredAt: daysAgo(i + 1) });
    for (let i = 0; i < 9; i++) await api.distribute(quiet, NS(), 20, { occurredAt: daysAgo(i + 1) });
    await scan(month);
    const flags = (await flagsAt(still)).filter((found) => found.kind === 'stock_not_moving');
    expect(flags.map((flag) => [flag.productCode, flag.evidence.onHand, flag.evidence.lastOutflowAt, flag.evidence.distributionsAtPoint])).toEqual([['SWAB-ALC', 500, null, 10]]);
    expect((await flagsAt(quiet)).filter((found) => found.kind === 'stock_not_moving')).toEqual([]);
  });

  it('follows the data until reviewed, keeps a review for good, and shows flags only to officers of the regency', async () => {
    const point = await newPoint();
    await api.receive(point, NS(), 1000, 'DQ-REVIEW', { occurredAt: daysAgo(1) });
    const capped = async () =>
      (await t.http().post(`/api/v1/points/${point}/movements`).set(await auth('admin'))
        .send({ id: randomUUID(), type: 'distribution', occurredAt: new Date().toISOString(), contacts: 1, aboveCapReason: 'group_supply', lines: [{ productId: NS(), quantity: 60 }] }).expect(201)).body.id as string;
    const [first, second] = [await capped(), await capped()];
    expect((await scan(month)).raised).toBeGreaterThanOrEqual(2);
    expect(await scan(month)).toMatchObject({ raised: 0, cleared: 0 });
    const flags = await flagsAt(point, 'dinkes.bandung');
    expect(flags).toHaveLength(2);
    expect(await flagsAt(point, 'dinkes.bogor')).toEqual([]);
    await t.http().get('/api/v1/data-quality/flags').set(await auth('staff.dic.bandung')).expect(403);
    await t.http().post('/api/v1/data-quality/scan').set(await auth('dinkes.bandung')).send({}).expect(403);

    const firstFlag = flags.find((flag) => flag.evidence.movementId === first)!;
    // The other flag, whichever order the list gave them in.
    const secondFlag = flags.find((flag) => flag.id !== firstFlag.id)!;
    const reviewed = await t.http().post(`/api/v1/data-quality/flags/${firstFlag.id}/review`).set(await auth('dinkes.bandung')).send({ comment: 'Dicek dengan koordinator DIC: pasokan kelompok, angka benar.' });
    expect(reviewed.status).toBe(200);
    expect(reviewed.body).toMatchObject({ reviewedBy: 'dinkes.bandung', reviewComment: 'Dicek dengan koordinator DIC: pasokan kelompok, angka benar.' });
    const again = await t.http().post(`/api/v1/data-quality/flags/${firstFlag.id}/review`).set(await auth('admin')).send({ comment: 'Lagi' });
    expect([again.status, again.body.code]).toEqual([409, 'FLAG_REVIEWED']);
    const identifying = await t.http().post(`/api/v1/data-quality/flags/${secondFlag.id}/review`).set(await auth('dinkes.bandung')).send({ comment: 'Klien NIK 3273012345678901 datang sendiri' });
    expect(identifying.status).toBe(400);
    // Two officers reviewing the same flag at once: exactly one review is kept, the other is told.
    const racing = await Promise.all(
      ['dinkes.bandung', 'admin'].map(async (username) =>
        t.http().post(`/api/v1/data-quality/flags/${secondFlag.id}/review`).set(await auth(username)).send({ comment: `Dicek oleh ${username}` }),
      ),
    );
    expect(racing.map((response) => response.status).sort()).toEqual([200, 409]);
    // Another regency's officer is told there is no such flag, as for a point they cannot see.
    const foreign = await t.http().post(`/api/v1/data-quality/flags/${secondFlag.id}/review`).set(await auth('dinkes.bogor')).send({ comment: 'Sudah dicek' });
    expect([foreign.status, foreign.body.code]).toEqual([404, 'FLAG_NOT_FOUND']);

    // Both distributions undone: reviewed flags stay as they were; a third, unreviewed, clears.
    const third = await capped();
    await scan(month);
    expect(await flagsAt(point)).toHaveLength(3);
    for (const movement of [first, second, third]) await api.reverse(point, movement);
    expect((await scan(month)).cleared).toBe(1);
    expect((await flagsAt(point)).map((flag) => flag.reviewedAt !== null)).toEqual([true, true]);
    expect((await flagsAt(point)).map((flag) => flag.id)).toContain(firstFlag.id);
    await expect(t.dataSource.query(`UPDATE data_quality_flags SET review_comment = 'x' WHERE id = $1`, [firstFlag.id])).rejects.toThrow(/reviewed/);

    const csv = await t.http().get('/api/v1/data-quality/flags').query({ format: 'csv', pointId: point }).set(await auth('dinkes.bandung')).expect(200);
    expect(csv.text.split('\n')[0]).toContain('Bukti');
  });
});
