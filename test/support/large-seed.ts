import { Client } from 'pg';

/**
 * Adds `points` drop-in centres in Kota Bandung, each holding two lots of every unrestricted product (expiring in
 * about 7 and 13 months), in one receipt per point written straight into the ledger (the triggers keep the balances).
 * 1,000 points make about 18,000 lots on hand: enough for a report that used to hold the event loop for seconds.
 */
export async function seedManyPoints(databaseUrl: string, points: number): Promise<{ lots: number }> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query(
      `INSERT INTO points (code, name, type, regency_code, may_hold_restricted)
       SELECT 'BIG-' || g, 'Drop-in centre ' || g, 'drop_in_centre', '32.73', false FROM generate_series(1, $1) g`,
      [points],
    );
    await client.query(
      `INSERT INTO lots (product_id, lot_number, expiry_date, funding_source)
       SELECT p.id, 'BIG-' || p.code || '-' || n, current_date + n * 200, 'APBN' FROM products p, generate_series(1, 2) n WHERE NOT p.restricted
       ON CONFLICT DO NOTHING`,
    );
    await client.query(
      `INSERT INTO movements (id, point_id, type, occurred_at, recorded_by, request_hash)
       SELECT gen_random_uuid(), p.id, 'receipt', now() - interval '1 day', (SELECT id FROM users WHERE username = 'admin'), 'seed'
         FROM points p WHERE p.code LIKE 'BIG-%'`,
    );
    const inserted = await client.query(
      `INSERT INTO ledger_lines (movement_id, line_no, point_id, product_id, lot_id, quantity, occurred_at, counts_as)
       SELECT m.id, row_number() OVER (PARTITION BY m.id ORDER BY l.id), m.point_id, l.product_id, l.id, 100, m.occurred_at, 'receipt'
         FROM movements m JOIN points p ON p.id = m.point_id AND p.code LIKE 'BIG-%'
         CROSS JOIN lots l WHERE l.lot_number LIKE 'BIG-%'`,
    );
    await client.query('COMMIT');
    return { lots: inserted.rowCount ?? 0 };
  } finally {
    await client.end();
  }
}
