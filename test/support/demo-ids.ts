import { DataSource } from 'typeorm';

/** Ids of the demo points and products by code, for tests that start from the demo data. */
export async function demoIds(dataSource: DataSource): Promise<{ point: (code: string) => string; product: (code: string) => string }> {
  const points: { code: string; id: string }[] = await dataSource.query('SELECT code, id FROM points');
  const products: { code: string; id: string }[] = await dataSource.query('SELECT code, id FROM products');
  const lookup = (rows: { code: string; id: string }[], kind: string) => (code: string) => {
    const row = rows.find((candidate) => candidate.code === code);
    if (!row) throw new Error(`no demo ${kind} ${code}`);
    return row.id;
  };
  return { point: lookup(points, 'point'), product: lookup(products, 'product') };
}
