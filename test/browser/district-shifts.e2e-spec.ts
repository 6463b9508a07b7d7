import AxeBuilder from '@axe-core/playwright';
import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator } from 'playwright-core';
import { demoIds } from '../support/demo-ids';
import { describeInBrowser, FieldApp, launchChromium, openPhone, SCREENSHOTS, scrollsSideways, signIn, startFieldApp } from './support/field-app';

interface ShiftProduct {
  productId: string;
  productCode: string;
  issued: number;
  distributed: number;
  expected: number;
  counted: number | null;
  difference: number | null;
}
interface Shift {
  id: string;
  kitPointCode: string;
  kitPointName: string;
  issuingPointName: string;
  officers: string[];
  startedBy: string;
  closedBy: string | null;
  products: ShiftProduct[];
}
interface TotalsRow {
  kitPointCode: string;
  officers: string[];
  productCode: string;
  shifts: number;
  issued: number;
  distributed: number;
  unrecorded: number;
  lost: number;
  damaged: number;
  found: number;
  returned: number;
}

/**
 * Outreach shifts in the district workspace, on a 360 x 640 phone in Indonesian: a Bogor officer opens the page from
 * the menu and reads the bag out now, the closed shift counted one syringe short (lost) and the month's totals per
 * officer, each as the API answers it; never the open shift of Lombok Timur's kit.
 */
describeInBrowser('outreach shifts in the district workspace', () => {
  let field: FieldApp;
  let browser: Browser;
  const number = new Intl.NumberFormat('id-ID');
  const n = (value: number) => number.format(value);
  const month = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(new Date()).slice(0, 7);

  const auth = async (username: string) => ({ Authorization: `Bearer ${await field.testApp.token(username)}` });
  const read = async <T>(username: string, path: string, query: Record<string, string>): Promise<T> =>
    (await field.testApp.http().get(path).set(await auth(username)).query(query).expect(200)).body as T;
  const start = async (username: string, kitPointId: string, lines: { productId: string; quantity: number }[]): Promise<string> => {
    const id = randomUUID();
    await field.testApp.http().post('/api/v1/outreach-shifts').set(await auth(username)).send({ id, kitPointId, remainder: 'return', lines }).expect(201);
    return id;
  };

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    [field, browser] = await Promise.all([startFieldApp(), launchChromium()]);
    const ids = await demoIds(field.testApp.dataSource);
    const NS = ids.product('NS-1ML-LDS-29G');
    const SWAB = ids.product('SWAB-ALC');
    const CBN = ids.point('OUT-CBN-01');

    // A Cibinong shift closed one syringe short, explained as lost; the swabs counted as expected.
    const closedId = await start('staff.lsm.cibinong', CBN, [{ productId: NS, quantity: 40 }, { productId: SWAB, quantity: 80 }]);
    const shift = (await field.testApp.http().get(`/api/v1/outreach-shifts/${closedId}`).set(await auth('outreach.cibinong')).expect(200)).body as Shift;
    await field.testApp
      .http()
      .post(`/api/v1/outreach-shifts/${closedId}/close`)
      .set(await auth('outreach.cibinong'))
      .send({
        id: randomUUID(),
        counts: shift.products.map((line) => (line.productId === NS ? { productId: NS, counted: line.expected - 1, lost: 1 } : { productId: line.productId, counted: line.expected })),
      })
      .expect(200);
    // The next Cibinong bag, out now; and Lombok Timur's, out now too but not the Bogor officer's to see.
    await start('staff.lsm.cibinong', CBN, [{ productId: NS, quantity: 20 }]);
    await start('dinkes.lotim', ids.point('OUT-LOTIM-01'), [{ productId: NS, quantity: 10 }]);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await field?.close();
  });

  /** The text of every cell of a table's body rows (a shift's first row also holds its kit, officers and times). */
  async function cells(table: Locator): Promise<string[][]> {
    const rows = await table.locator('tbody tr').all();
    return Promise.all(rows.map((row) => row.locator('th, td').allInnerTexts()));
  }

  it('shows the bags out now, the closed shifts with their differences in words and the totals per officer, as the API answers', async () => {
    const phone = await openPhone(browser);
    const { page } = phone;
    await signIn(page, field.url, 'dinkes.bogor');
    await page.getByRole('heading', { name: 'Ringkasan: Kabupaten Bogor' }).waitFor();
    await page.getByRole('navigation', { name: 'Menu ruang kerja' }).getByRole('link', { name: 'Shift penjangkauan', exact: true }).click();
    await page.getByRole('heading', { name: 'Shift penjangkauan', level: 1 }).waitFor();

    const open = (await read<{ items: Shift[] }>('dinkes.bogor', '/api/v1/outreach-shifts', { status: 'open' })).items;
    const closed = (await read<{ items: Shift[] }>('dinkes.bogor', '/api/v1/outreach-shifts', { status: 'closed', withDifferences: 'true' })).items;
    const totals = await read<{ openShifts: number; items: TotalsRow[] }>('dinkes.bogor', '/api/v1/outreach-shifts/totals', { from: month, to: month });
    expect(open.map((shift) => shift.kitPointCode)).toEqual(['OUT-CBN-01']);
    expect(closed.map((shift) => shift.kitPointCode)).toEqual(['OUT-CBN-01']);
    expect(totals.openShifts).toBe(1);

    // Open now: the kit, its officer, where the bag was filled, for how long in words, and each product's figures.
    const openTable = page.getByRole('region', { name: 'Shift yang sedang berjalan' });
    await openTable.waitFor();
    const [running] = open;
    const openRows = await cells(openTable);
    expect(openRows).toHaveLength(running.products.length);
    expect(openRows[0].slice(0, 4)).toEqual([
      `${running.kitPointCode}\n${running.kitPointName}`,
      running.officers.join(', '),
      running.issuingPointName,
      expect.stringMatching(new RegExp(`^(kurang dari 1 menit|\\d+ menit)\\nmulai .+ WIB oleh ${running.startedBy}$`)),
    ]);
    expect(openRows.map((row) => row.slice(-4))).toEqual(running.products.map((line) => [line.productCode, n(line.issued), n(line.distributed), n(line.expected)]));
    expect(await page.locator('main').innerText()).not.toMatch(/OUT-LOTIM-01|Lombok/);

    // Closed with a difference: only the syringes, one short, explained in words.
    const closedTable = page.getByRole('region', { name: 'Shift selesai dengan selisih' });
    const [counted] = closed;
    const short = counted.products.find((line) => line.difference !== 0)!;
    expect(counted.products.filter((line) => line.difference !== 0)).toHaveLength(1);
    const closedRows = await cells(closedTable);
    expect(closedRows).toHaveLength(1);
    expect(closedRows[0][0]).toBe(`${counted.kitPointCode}\n${counted.kitPointName}`);
    expect(closedRows[0][2]).toMatch(new RegExp(`WIB\\noleh ${counted.closedBy}$`));
    expect(closedRows[0].slice(-5)).toEqual([short.productCode, n(short.expected), n(short.counted!), n(short.difference!), '1 hilang']);
    expect(short.difference).toBe(-1);

    // This month's totals per officer, the same rows as the API's.
    const totalsTable = page.getByRole('region', { name: 'Jumlah per petugas' });
    expect(await page.getByLabel('Dari bulan').inputValue()).toBe(month);
    expect(await page.getByLabel('Sampai bulan').inputValue()).toBe(month);
    await page.getByText('Sedang berjalan sekarang: 1 shift.').waitFor();
    expect(await cells(totalsTable)).toEqual(
      totals.items.map((row) => [
        row.kitPointCode,
        row.officers.join(', '),
        row.productCode,
        ...[row.shifts, row.issued, row.distributed, row.unrecorded, row.lost, row.damaged, row.found, row.returned].map(n),
      ]),
    );
    expect(totals.items.find((row) => row.productCode === 'NS-1ML-LDS-29G')).toMatchObject({ shifts: 1, issued: 40, lost: 1 });

    // The totals as a CSV for Indonesian Excel: the Bogor kit only.
    const downloading = page.waitForEvent('download');
    await page.getByRole('group', { name: 'Unduh: Jumlah per petugas' }).getByRole('button', { name: 'Unduh CSV (Excel Indonesia)' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(`pasokan-shift-penjangkauan-${month}-${month}.csv`);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.startsWith('\uFEFFKode kab/kota;Kode tas penjangkau;Petugas lapangan;Kode produk')).toBe(true);
    expect(csv).toContain('32.01;OUT-CBN-01;outreach.cibinong;NS-1ML-LDS-29G;1;40;');
    expect(csv).not.toContain('LOTIM');

    // The page fits the phone (the tables scroll inside their boxes) and passes axe.
    expect(await scrollsSideways(page)).toBe(false);
    await page.screenshot({ path: join(SCREENSHOTS, 'district-outreach-shifts.png'), fullPage: true });
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
    expect(phone.errors).toEqual([]);
    await phone.context.close();
  });
});
