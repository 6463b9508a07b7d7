import { randomUUID } from 'node:crypto';
import { demoIds } from './support/demo-ids';
import { createTestApp, TestApp } from './support/test-app';

/** Where a point's staff may send stock along the supply chain: the active points it supplies. */
describe('GET /points/{id}/recipients', () => {
  let t: TestApp;
  let ids: Awaited<ReturnType<typeof demoIds>>;
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
  const recipients = async (username: string, pointCode: string) =>
    t.http().get(`/api/v1/points/${ids.point(pointCode)}/recipients`).set(auth(await t.token(username)));

  beforeAll(async () => {
    t = await createTestApp();
    ids = await demoIds(t.dataSource);
  });
  afterAll(() => t.close());

  it("lists the points a point supplies to its own staff, who cannot see them in GET /points", async () => {
    const staff = 'staff.lsm.cibinong';
    const answer = await recipients(staff, 'LSM-CBN-01');
    expect(answer.status).toBe(200);
    expect(answer.body.map((point: { code: string }) => point.code)).toEqual(['OUT-CBN-01']);
    expect(answer.body[0]).toMatchObject({ id: ids.point('OUT-CBN-01'), type: 'outreach' });
    const visible = await t.http().get('/api/v1/points').set(auth(await t.token(staff))).expect(200);
    expect(visible.body.items.map((point: { code: string }) => point.code)).not.toContain('OUT-CBN-01');
  });

  it('leaves out deactivated points and answers 404 for a point the caller cannot see', async () => {
    const admin = await t.token('admin');
    const created = await t.http().post('/api/v1/points').set(auth(admin))
      .send({ code: 'OUT-CBN-99', name: 'Test kit', type: 'outreach', regencyCode: '32.01', supplierPointId: ids.point('LSM-CBN-01') }).expect(201);
    expect((await recipients('staff.lsm.cibinong', 'LSM-CBN-01')).body.map((point: { code: string }) => point.code).sort()).toEqual(['OUT-CBN-01', 'OUT-CBN-99']);
    await t.http().patch(`/api/v1/points/${created.body.id}`).set(auth(admin)).send({ active: false }).expect(200);
    expect((await recipients('staff.lsm.cibinong', 'LSM-CBN-01')).body.map((point: { code: string }) => point.code)).toEqual(['OUT-CBN-01']);

    expect((await recipients('staff.lsm.cibinong', 'DINKES-3273')).status).toBe(404);
    expect((await t.http().get(`/api/v1/points/${randomUUID()}/recipients`).set(auth(admin))).status).toBe(404);
  });
});
