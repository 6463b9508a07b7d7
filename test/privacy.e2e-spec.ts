import { createTestApp, TestApp } from './support/test-app';

/**
 * pasokan never stores who a client is. PRODUCT.md: distribution is recorded as aggregate counts (items, number of
 * contacts); a client's name, national ID (NIK), address, phone or birth date is never collected. Health data is
 * sensitive personal data under UU PDP 27/2022 and drug use is criminalised in Indonesia: data about clients that is
 * never collected can never leak, be subpoenaed or be used against them.
 *
 * This test reads every column of the migrated schema and refuses any whose name looks like it is meant for a
 * person's identity. Columns that match a pattern but are not about clients (a product's name, a staff login) are
 * listed in NOT_ABOUT_CLIENTS with the reason; anything else that matches fails the test.
 */

/** Name patterns of columns that would hold a person's identity. Matched against the lower-case column name. */
const IDENTITY_PATTERNS: { what: string; pattern: RegExp }[] = [
  { what: 'a name', pattern: /name|nama|(^|_)alias(_|$)|initials|inisial/ },
  {
    what: 'an identity number (NIK, KTP, KK, BPJS, passport, unique identifier code)',
    pattern: /(^|_)(nik|ktp|kk|nin|nisn|ssn|uic|npwp)(_|$)|national|identity|identitas|id_?card|id_?number|passport|paspor|bpjs|kartu_?keluarga|unique_?code|kode_?unik/,
  },
  { what: 'a phone number', pattern: /phone|telp|telepon|(^|_)(tel|hp|wa|msisdn)(_|$)|handphone|mobile|whats_?app|telegram/ },
  { what: 'contact details', pattern: /contact|kontak/ },
  {
    what: 'an address or home location',
    pattern: /address|alamat|street|(^|_)(jalan|rt|rw|rt_rw)(_|$)|domicile|domisili|residence|tempat_tinggal|postal|post_?code|kode_?pos|(^|_)zip(_|$)/,
  },
  { what: 'a birth date or age', pattern: /birth|lahir|(^|_)(dob|born|age|umur|usia)(_|$)/ },
  { what: 'an e-mail address', pattern: /e_?mail|surel/ },
  { what: 'a reference to a client', pattern: /client|klien|patient|pasien|beneficiar|(^|_)(pwid|penasun|person|orang)(_|$)/ },
  { what: 'a photo, signature or biometric', pattern: /photo|foto|selfie|(^|_)face(_|$)|wajah|fingerprint|sidik|biometric|signature|tanda_?tangan/ },
];

/**
 * Columns that match a pattern above but are not about clients, as "table.column" with the reason. Add an entry only
 * when the column can never hold anything about a person receiving supplies.
 */
const NOT_ABOUT_CLIENTS: Record<string, string> = {
  'products.name': 'the name of a product in the catalogue',
  'movements.contact_type': 'the kind of a distribution\'s contacts (individual, group, virtual): a fixed list, never who',
  'movements.new_contacts': 'how many of a distribution\'s contacts were new: a count, never who',
  'products.name_id': 'the name of a product in Bahasa Indonesia',
  'points.name': 'the name of a distribution point (an office, drop-in centre, puskesmas or outreach kit)',
  'provinces.name': 'the official (Kemendagri) name of a province',
  'regencies.name': 'the official (Kemendagri) name of a regency or city',
  'lots.donor_name': 'the organisation that funded a lot (OTHER_DONOR), not a person receiving supplies',
  'users.username': 'the login of a staff account; staff are users, clients never are',
  'notifications.emailed_at': 'when a staff notification was mailed (a time, not an address)',
  'users.email': 'the work e-mail of a staff account, for stock-out mail and the daily digest; clients never have accounts',
  'movements.contacts': 'how many client contacts a distribution served: an aggregate count, never who',
  'migrations.name': "TypeORM's record of the migrations applied",
};

function identityConcerns(column: string): string[] {
  const name = column.toLowerCase();
  return IDENTITY_PATTERNS.filter(({ pattern }) => pattern.test(name)).map(({ what }) => what);
}

const WHY =
  'pasokan never stores who a client is (PRODUCT.md, "Privacy"): distribution is recorded as aggregate counts only. ' +
  "A client's name, NIK, address, phone or birth date is sensitive personal data under UU PDP 27/2022, and drug use is " +
  'criminalised in Indonesia: data that is never collected can never leak or be used against the people this service ' +
  'exists for. Remove the column. If it is truly not about clients (for example a point\'s or product\'s attribute), ' +
  'add it to NOT_ABOUT_CLIENTS in test/privacy.e2e-spec.ts with the reason.';

describe('privacy: no column is meant for a client identity', () => {
  let t: TestApp;
  let columns: { table: string; column: string }[];

  beforeAll(async () => {
    t = await createTestApp({ demo: false });
    // information_schema.columns covers tables, views and foreign tables; pg_attribute adds materialized views.
    columns = await t.dataSource.query(
      `SELECT table_name AS "table", column_name AS "column" FROM information_schema.columns WHERE table_schema = 'public'
       UNION
       SELECT c.relname, a.attname FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind = 'm' AND a.attnum > 0 AND NOT a.attisdropped
       ORDER BY 1, 2`,
    );
  });
  afterAll(() => t.close());

  it('recognises the usual names of identity columns, in English and Bahasa Indonesia, and not ordinary stock columns', () => {
    const identity = [
      'client_name', 'full_name', 'nama_klien', 'nama_lengkap', 'nik', 'no_ktp', 'national_id', 'id_number', 'nomor_kk', 'bpjs_number',
      'phone', 'phone_number', 'no_hp', 'nomor_telepon', 'whatsapp', 'address', 'alamat', 'home_address', 'kode_pos',
      'birth_date', 'date_of_birth', 'dob', 'tanggal_lahir', 'tgl_lahir', 'age', 'client_email', 'email', 'patient_id', 'client_id',
      'pasien', 'uic', 'kode_unik', 'photo_url', 'fingerprint_hash', 'emergency_contact',
    ];
    const ordinary = [
      'id', 'quantity', 'expiry_date', 'created_at', 'occurred_at', 'lot_number', 'regency_code', 'pack_size', 'usage', 'package',
      'status', 'point_id', 'product_id', 'counted_quantity', 'reason', 'funding_source', 'gtin', 'edition', 'severity', 'details',
      'time_zone', 'request_hash', 'recorded_by', 'page_views', 'storage_notes', 'type', 'code', 'category',
    ];
    expect(identity.filter((column) => identityConcerns(column).length === 0)).toEqual([]);
    expect(ordinary.filter((column) => identityConcerns(column).length > 0)).toEqual([]);
  });

  it('finds the schema (the check is not vacuous)', () => {
    const tables = new Set(columns.map((column) => column.table));
    for (const table of ['movements', 'ledger_lines', 'stock_balances', 'lots', 'shipments', 'points', 'products', 'users']) {
      expect(tables).toContain(table);
    }
  });

  it('has no column whose name suggests a client identity', () => {
    const offending = columns
      .filter(({ table, column }) => !(`${table}.${column}` in NOT_ABOUT_CLIENTS))
      .map(({ table, column }) => ({ column: `${table}.${column}`, concerns: identityConcerns(column) }))
      .filter(({ concerns }) => concerns.length > 0);
    if (offending.length > 0) {
      const list = offending.map(({ column, concerns }) => `  ${column}: looks like ${concerns.join(' and ')}`).join('\n');
      throw new Error(`These columns look meant for a person's identity:\n${list}\n\n${WHY}`);
    }
  });

  it('keeps the allow-list honest: each entry is an existing column that a pattern matches', () => {
    const existing = new Set(columns.map(({ table, column }) => `${table}.${column}`));
    const stale = Object.keys(NOT_ABOUT_CLIENTS).filter((entry) => !existing.has(entry) || identityConcerns(entry.split('.')[1]).length === 0);
    expect(stale).toEqual([]);
  });
});
