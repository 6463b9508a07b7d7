import { randomUUID } from 'node:crypto';
import { demoIds } from './support/demo-ids';
import { ledgerApi } from './support/ledger-api';
import { createTestApp, TestApp } from './support/test-app';

/**
 * How a distribution reached people (issue 18 item 2, docs/needle-programme.md): channel, kind of contact and new
 * contacts as counts, stored on the movement and answered back; a virtual contact receives no needle-syringes; more
 * needle-syringe units per contact than NEEDLES_PER_CONTACT_CAP (50 by default) need a reason from a fixed list.
 */
describe('distribution reach: channel, contacts, and the checks a field checker applies', () => {
  let t: TestApp;
  let ids: Awaited<ReturnType<typeof demoIds>>;
  const dic = () => ids.point('DIC-BDG-01');

  const distribute = async (body: object, lines: { product: string; quantity: number }[]) =>
    t
      .http()
      .post(`/api/v1/points/${dic()}/movements`)
      .set('Authorization', `Bearer ${await t.token('staff.dic.bandung')}`)
      .send({ id: randomUUID(), type: 'distribution', occurredAt: new Date().toISOString(), lines: lines.map((line) => ({ productId: ids.product(line.product), quantity: line.quantity })), ...body });
  const count = async () => Number((await t.dataSource.query(`SELECT count(*) AS n FROM movements WHERE point_id = $1`, [dic()]))[0].n);

  beforeAll(async () => {
    t = await createTestApp();
    ids = await demoIds(t.dataSource);
    const api = ledgerApi(t, ids);
    await api.receive('DIC-BDG-01', 'NS-1ML-LDS-29G', 5000, 'REACH-NS');
    await api.receive('DIC-BDG-01', 'CONDOM-M', 5000, 'REACH-CONDOM');
  });
  afterAll(() => t.close());

  it('stores the channel, the kind of contact and the new contacts, and answers them back', async () => {
    const response = await distribute({ contacts: 4, newContacts: 1, channel: 'hotspot', contactType: 'group' }, [{ product: 'NS-1ML-LDS-29G', quantity: 40 }]);
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ contacts: 4, newContacts: 1, channel: 'hotspot', contactType: 'group', aboveCapReason: null });
    const read = await t.http().get(`/api/v1/movements/${response.body.id}`).set('Authorization', `Bearer ${await t.token('dinkes.bandung')}`).expect(200);
    expect(read.body).toMatchObject({ contacts: 4, newContacts: 1, channel: 'hotspot', contactType: 'group' });
  });

  it('gives a virtual contact no needle-syringes, but other supplies, and records nothing when it refuses', async () => {
    const before = await count();
    const refused = await distribute({ contacts: 1, contactType: 'virtual' }, [{ product: 'NS-1ML-LDS-29G', quantity: 5 }, { product: 'CONDOM-M', quantity: 5 }]);
    expect([refused.status, refused.body.code, refused.body.errors]).toEqual([422, 'VIRTUAL_CONTACT_NO_NEEDLES', [{ field: 'contactType', messages: [expect.any(String)] }]]);
    expect(await count()).toBe(before);
    expect((await distribute({ contacts: 1, contactType: 'virtual' }, [{ product: 'CONDOM-M', quantity: 5 }])).status).toBe(201);
  });

  it('asks why above the cap per contact, from a fixed list; a peer collecting for others needs no reason', async () => {
    // 2 contacts x 50 = 100: exactly the cap is fine, one more is not.
    expect((await distribute({ contacts: 2 }, [{ product: 'NS-1ML-LDS-29G', quantity: 100 }])).status).toBe(201);
    const before = await count();
    const above = await distribute({ contacts: 2 }, [{ product: 'NS-1ML-LDS-29G', quantity: 101 }]);
    expect([above.status, above.body.code, above.body.cap, above.body.needles, above.body.contacts]).toEqual([422, 'ABOVE_CONTACT_CAP', 50, 101, 2]);
    expect(await count()).toBe(before);
    // Condoms do not count toward the needle cap.
    expect((await distribute({ contacts: 1 }, [{ product: 'CONDOM-M', quantity: 500 }])).status).toBe(201);
    expect((await distribute({ contacts: 2, aboveCapReason: 'long_interval' }, [{ product: 'NS-1ML-LDS-29G', quantity: 101 }])).status).toBe(201);
    expect((await distribute({ contacts: 1, channel: 'peer_secondary' }, [{ product: 'NS-1ML-LDS-29G', quantity: 300 }])).status).toBe(201);
    const free = await distribute({ contacts: 2, aboveCapReason: 'he needed more' }, [{ product: 'NS-1ML-LDS-29G', quantity: 101 }]);
    expect([free.status, free.body.code]).toEqual([400, 'VALIDATION_FAILED']);
  });

  it('refuses reach on other movements and more new contacts than contacts, in plain words', async () => {
    const newer = await distribute({ contacts: 2, newContacts: 3 }, [{ product: 'CONDOM-M', quantity: 1 }]);
    expect([newer.status, newer.body.errors]).toEqual([400, [{ field: 'newContacts', messages: ['new contacts are some of the contacts: at most contacts'] }]]);
    const receipt = await t
      .http()
      .post(`/api/v1/points/${dic()}/movements`)
      .set('Authorization', `Bearer ${await t.token('staff.dic.bandung')}`)
      .send({
        id: randomUUID(),
        type: 'receipt',
        occurredAt: new Date().toISOString(),
        source: 'Dinkes',
        channel: 'outreach',
        lines: [{ productId: ids.product('CONDOM-M'), quantity: 1, lotNumber: 'R1', expiryDate: '2030-01', fundingSource: 'APBN' }],
      });
    expect([receipt.status, receipt.body.errors]).toEqual([400, [{ field: 'channel', messages: ['only distributions carry channel'] }]]);
  });
});
