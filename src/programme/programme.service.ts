import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AccessScope } from '../access/access-scope';
import { AuthUser } from '../access/roles';
import { DomainError } from '../common/problem/problem';
import { XlsxColumn } from '../common/xlsx';
import { PointsService } from '../points/points.service';
import { RegionsService } from '../regions/regions.service';
import { assertPeriod } from '../reports/period';
import { completeSets, coverage } from './coverage';
import { ReadDatabase } from '../database/replicas/read-database';
import {
  CoverageQuery,
  CoverageReport,
  CoverageRow,
  ProgrammeReport,
  ProgrammeReportQuery,
  ProgrammeRow,
  PwidEstimatePage,
  PwidEstimateQuery,
  PwidEstimateResponse,
  RecordPwidEstimateRequest,
} from './dto/programme.dto';

type Figures = Omit<ProgrammeRow, 'month' | 'regencyCode' | 'pointId' | 'pointCode' | 'returnRatio'>;
type SqlRow = Omit<ProgrammeRow, 'returnRatio' | 'distributed' | 'distributedAtPoint' | 'distributedOutreach' | 'distributedHotspot' | 'distributedPeerSecondary' | 'distributedNoChannel'> & {
  /** Per channel ('none' without one): set, needle and barrel counts (units x contents per unit). */
  parts: Record<string, { sets: number; needles: number; barrels: number }> | null;
};

const CHANNEL_FIELDS = {
  at_point: 'distributedAtPoint',
  outreach: 'distributedOutreach',
  hotspot: 'distributedHotspot',
  peer_secondary: 'distributedPeerSecondary',
  none: 'distributedNoChannel',
} as const;

/**
 * The needle-syringe programme's indicators (docs/needle-programme.md): the monthly programme report per point and
 * regency (sets distributed by channel, contacts, returns and sharps, naloxone), the estimated number of people who
 * inject drugs per regency and year, and coverage (sets per person who injects) per regency and province.
 */
/**
 * What a distribution line `ll` handed out, product by product: its own product, and for a kit lot each component
 * times what one kit holds (docs/kits.md): a LASS kit of 3 syringes counts as 3 syringe sets.
 */
const LINE_CONTENTS = `SELECT ll.product_id AS product_id, 1 AS per_unit
                          UNION ALL SELECT c.component_product_id, c.per_kit FROM kit_lot_contents c WHERE c.kit_lot_id = ll.lot_id`;

@Injectable()
export class ProgrammeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly points: PointsService,
    private readonly regions: RegionsService,
    private readonly reads: ReadDatabase,
  ) {}

  async programmeReport(actor: AuthUser, query: ProgrammeReportQuery): Promise<ProgrammeReport> {
    assertPeriod(query);
    const scope = new AccessScope(actor);
    if (query.pointId) scope.visiblePoint(await this.points.findStockPoint(query.pointId), query.pointId);
    scope.assertRegencyFilter(query.regencyCode);
    scope.assertProvinceFilter(query.provinceCode);
    const params: unknown[] = [`${query.from}-01`, `${query.to}-01`];
    const conditions = [scope.pointCondition({ pointId: 'p.id', regencyCode: 'p.regency_code' }, params)];
    if (query.pointId) conditions.push(`p.id = $${params.push(query.pointId)}::uuid`);
    if (query.regencyCode) conditions.push(`p.regency_code = $${params.push(query.regencyCode)}`);
    if (query.provinceCode) conditions.push(`r.province_code = $${params.push(query.provinceCode)}`);
    const rows: SqlRow[] = await this.reads.run((db) => db.query(
      `
      WITH pts AS (
        SELECT p.id, p.code, p.regency_code, pr.time_zone,
               ($1::date)::timestamp AT TIME ZONE pr.time_zone AS start_at,
               ($2::date + interval '1 month')::timestamp AT TIME ZONE pr.time_zone AS end_at
          FROM points p JOIN regencies r ON r.code = p.regency_code JOIN provinces pr ON pr.code = r.province_code
         WHERE ${conditions.join(' AND ')}
      ),
      -- Distribution to clients as decided when the line was posted (counts_as, consumed_in: the point's local month); a
      -- reversal's lines carry the undone distribution's month, and its channel is the undone movement's.
      lines AS (
        SELECT ll.point_id, ll.consumed_in AS month, COALESCE(COALESCE(o.channel, m.channel), 'none') AS channel,
               pd.category, pd.syringe_content, -SUM(ll.quantity * x.per_unit * pd.contents_per_unit)::int AS contents, -SUM(ll.quantity * x.per_unit)::int AS units
          FROM pts JOIN ledger_lines ll ON ll.point_id = pts.id
          CROSS JOIN LATERAL (${LINE_CONTENTS}) x
          JOIN products pd ON pd.id = x.product_id AND pd.category IN ('needle_syringe', 'naloxone')
          JOIN movements m ON m.id = ll.movement_id LEFT JOIN movements o ON o.id = m.reverses_movement_id
         WHERE ll.account = 'stock' AND ll.counts_as = 'distribution' AND ll.consumed_in BETWEEN $1::date AND $2::date
         GROUP BY 1, 2, 3, 4, 5
      ),
      distributed AS (
        SELECT point_id, month,
               json_object_agg(channel, json_build_object('sets', sets, 'needles', needles, 'barrels', barrels)) FILTER (WHERE sets + needles + barrels <> 0) AS parts,
               SUM(naloxone_units)::int AS naloxone_units, SUM(naloxone_doses)::int AS naloxone_doses
          FROM (SELECT point_id, month, channel,
                       COALESCE(SUM(contents) FILTER (WHERE syringe_content = 'set'), 0) AS sets,
                       COALESCE(SUM(contents) FILTER (WHERE syringe_content = 'needle'), 0) AS needles,
                       COALESCE(SUM(contents) FILTER (WHERE syringe_content = 'barrel'), 0) AS barrels,
                       COALESCE(SUM(units) FILTER (WHERE category = 'naloxone'), 0) AS naloxone_units,
                       COALESCE(SUM(contents) FILTER (WHERE category = 'naloxone'), 0) AS naloxone_doses
                  FROM lines GROUP BY 1, 2, 3) per_channel
         GROUP BY 1, 2
      ),
      -- What the distribution headers say (contacts, refills, reversals), in the local month they happened; a reversed
      -- distribution is left out, as its lines cancel out.
      headers AS (
        SELECT m.point_id, date_trunc('month', m.occurred_at AT TIME ZONE pts.time_zone)::date AS month,
               COALESCE(SUM(m.contacts), 0)::int AS contacts, COALESCE(SUM(m.new_contacts), 0)::int AS new_contacts,
               COUNT(*) FILTER (WHERE m.naloxone_refill_reason IS NOT NULL)::int AS refills,
               COUNT(*) FILTER (WHERE m.naloxone_refill_reason = 'used_on_overdose')::int AS used_on_overdose,
               COUNT(*) FILTER (WHERE m.naloxone_refill_reason = 'lost')::int AS lost,
               COUNT(*) FILTER (WHERE m.naloxone_refill_reason = 'confiscated')::int AS confiscated,
               COUNT(*) FILTER (WHERE m.naloxone_refill_reason = 'expired')::int AS expired,
               COALESCE(SUM(m.overdose_reversals), 0)::int AS reversals
          FROM pts JOIN movements m ON m.point_id = pts.id AND m.type = 'distribution' AND m.occurred_at >= pts.start_at AND m.occurred_at < pts.end_at
         WHERE NOT EXISTS (SELECT 1 FROM movements r WHERE r.reverses_movement_id = m.id)
         GROUP BY 1, 2
      ),
      sharps AS (
        SELECT sl.point_id, date_trunc('month', sl.occurred_at AT TIME ZONE pts.time_zone)::date AS month,
               SUM(sl.syringes)::int AS returned,
               COALESCE(SUM(sl.syringes) FILTER (WHERE sl.syringes_estimated), 0)::int AS returned_estimated,
               COALESCE(SUM(sl.containers) FILTER (WHERE sl.counts_as = 'sharps_return'), 0)::int AS containers_returned,
               COALESCE(SUM(sl.containers) FILTER (WHERE sl.counts_as = 'sharps_handover' AND sl.containers > 0), 0)::int AS containers_received,
               COALESCE(-SUM(sl.containers) FILTER (WHERE sl.counts_as = 'sharps_handover' AND sl.containers < 0), 0)::int AS containers_handed_over,
               COALESCE(-SUM(sl.containers) FILTER (WHERE sl.counts_as = 'sharps_destruction'), 0)::int AS containers_destroyed
          FROM pts JOIN sharps_lines sl ON sl.point_id = pts.id AND sl.occurred_at >= pts.start_at AND sl.occurred_at < pts.end_at
         GROUP BY sl.point_id, 2
      ),
      keys AS (SELECT point_id, month FROM distributed UNION SELECT point_id, month FROM headers UNION SELECT point_id, month FROM sharps)
      SELECT to_char(k.month, 'YYYY-MM') AS month, pts.regency_code AS "regencyCode", pts.id AS "pointId", pts.code AS "pointCode", d.parts,
             COALESCE(h.contacts, 0) AS contacts, COALESCE(h.new_contacts, 0) AS "newContacts",
             COALESCE(s.returned, 0) AS returned, COALESCE(s.returned_estimated, 0) AS "returnedEstimated",
             COALESCE(s.containers_returned, 0) AS "containersReturned", COALESCE(s.containers_received, 0) AS "containersReceived",
             COALESCE(s.containers_handed_over, 0) AS "containersHandedOver", COALESCE(s.containers_destroyed, 0) AS "containersDestroyed",
             COALESCE(d.naloxone_units, 0) AS "naloxoneUnits", COALESCE(d.naloxone_doses, 0) AS "naloxoneDoses",
             COALESCE(h.refills, 0) AS "naloxoneRefills", COALESCE(h.used_on_overdose, 0) AS "refillsUsedOnOverdose", COALESCE(h.lost, 0) AS "refillsLost",
             COALESCE(h.confiscated, 0) AS "refillsConfiscated", COALESCE(h.expired, 0) AS "refillsExpired", COALESCE(h.reversals, 0) AS "overdoseReversals"
        FROM keys k JOIN pts ON pts.id = k.point_id
        LEFT JOIN distributed d ON d.point_id = k.point_id AND d.month = k.month
        LEFT JOIN headers h ON h.point_id = k.point_id AND h.month = k.month
        LEFT JOIN sharps s ON s.point_id = k.point_id AND s.month = k.month
       ORDER BY pts.regency_code, pts.code, 1`,
      params,
    ));
    const items = rows.map(({ parts, ...row }) => withRatio({ ...row, ...channelSets(parts) }));
    const regencies = new Map<string, ProgrammeRow>();
    for (const row of items) {
      const key = `${row.regencyCode}|${row.month}`;
      const total = regencies.get(key) ?? { ...row, pointId: null, pointCode: null, ...zeroFigures() };
      for (const field of SUMMED) total[field] += row[field];
      regencies.set(key, total);
    }
    return { from: query.from, to: query.to, items, regencies: [...regencies.values()].map((row) => withRatio(row)) };
  }

  /** Records an estimate of the people who inject drugs in a regency for a year; the newest one for a year is used. */
  async recordEstimate(actor: AuthUser, request: RecordPwidEstimateRequest): Promise<PwidEstimateResponse> {
    const regencyCode = request.regencyCode;
    await this.assertRegencyKnown(regencyCode);
    if (!new AccessScope(actor).canManagePointsIn(regencyCode)) {
      throw new DomainError('OUT_OF_SCOPE', `You record estimates only for your own regencies, not for ${regencyCode}.`);
    }
    const [{ id }] = await this.dataSource.query(
      `INSERT INTO pwid_estimates (regency_code, year, estimate, source, recorded_by) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [regencyCode, request.year, request.estimate, request.source, actor.id],
    );
    const [created] = await this.estimateRows([`e.id = $1`], [id], 1, 0);
    return created;
  }

  /**
   * Estimates recorded for the regencies in scope (district officers: theirs; others: everywhere, as the figures are
   * public), by regency, newest year and record first, the one each regency and year uses marked `current`.
   */
  async estimates(actor: AuthUser, query: PwidEstimateQuery): Promise<PwidEstimatePage> {
    new AccessScope(actor).assertRegencyFilter(query.regencyCode);
    const params: unknown[] = [];
    const conditions: string[] = [];
    if (actor.role === 'district_officer') conditions.push(`e."regencyCode" = ANY($${params.push(actor.regencyCodes)}::text[])`);
    if (query.regencyCode) conditions.push(`e."regencyCode" = $${params.push(query.regencyCode)}`);
    if (query.current) conditions.push('e.current');
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total FROM (${ESTIMATES}) e ${where(conditions)}`, params);
    return { items: await this.estimateRows(conditions, params, query.limit, query.offset), total, limit: query.limit, offset: query.offset };
  }

  private async estimateRows(conditions: string[], params: unknown[], limit: number, offset: number): Promise<PwidEstimateResponse[]> {
    const rows: PwidEstimateResponse[] = await this.dataSource.query(
      `SELECT e.* FROM (${ESTIMATES}) e ${where(conditions)} ORDER BY e."regencyCode", e.year DESC, e."recordedAt" DESC, e.id
        LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, limit, offset],
    );
    return rows.map((row) => ({ ...row, recordedAt: new Date(row.recordedAt).toISOString() }));
  }

  /**
   * Sets distributed per person who injects in a calendar year, per regency in scope and per province. A regency uses
   * its newest estimate for the year, else for the latest earlier year; a regency without one says so (null), and a
   * province divides only the sets of its regencies with an estimate by the sum of their estimates.
   */
  async coverage(actor: AuthUser, query: CoverageQuery): Promise<CoverageReport> {
    const scope = new AccessScope(actor);
    scope.assertRegencyFilter(query.regencyCode);
    scope.assertProvinceFilter(query.provinceCode);
    const params: unknown[] = [`${query.year}-01-01`, query.year];
    const conditions: string[] = [];
    if (!scope.isAdmin) {
      if (actor.role === 'district_officer') conditions.push(`r.code = ANY($${params.push(actor.regencyCodes)}::text[])`);
      else conditions.push(`r.code IN (SELECT p.regency_code FROM points p WHERE ${scope.pointCondition({ pointId: 'p.id', regencyCode: 'p.regency_code' }, params)})`);
    }
    if (query.regencyCode) conditions.push(`r.code = $${params.push(query.regencyCode)}`);
    if (query.provinceCode) conditions.push(`r.province_code = $${params.push(query.provinceCode)}`);
    const rows: { provinceCode: string; provinceName: string; regencyCode: string; name: string; needles: number; barrels: number; sets: number; estimate: number | null; estimateYear: number | null; estimateSource: string | null }[] =
      await this.reads.run((db) => db.query(
        `
        WITH regs AS (
          SELECT r.code, r.name, r.province_code, pr.name AS province_name FROM regencies r JOIN provinces pr ON pr.code = r.province_code
          ${conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : ''}
        ),
        parts AS (
          SELECT p.regency_code,
                 COALESCE(-SUM(ll.quantity * x.per_unit * pd.contents_per_unit) FILTER (WHERE pd.syringe_content = 'set'), 0)::bigint AS sets,
                 COALESCE(-SUM(ll.quantity * x.per_unit * pd.contents_per_unit) FILTER (WHERE pd.syringe_content = 'needle'), 0)::bigint AS needles,
                 COALESCE(-SUM(ll.quantity * x.per_unit * pd.contents_per_unit) FILTER (WHERE pd.syringe_content = 'barrel'), 0)::bigint AS barrels
            FROM regs JOIN points p ON p.regency_code = regs.code
            JOIN ledger_lines ll ON ll.point_id = p.id AND ll.account = 'stock' AND ll.counts_as = 'distribution'
                                AND ll.consumed_in >= $1::date AND ll.consumed_in < $1::date + interval '1 year'
            CROSS JOIN LATERAL (${LINE_CONTENTS}) x
            JOIN products pd ON pd.id = x.product_id AND pd.category = 'needle_syringe'
           GROUP BY p.regency_code
        )
        SELECT regs.province_code AS "provinceCode", regs.province_name AS "provinceName", regs.code AS "regencyCode", regs.name,
               COALESCE(parts.sets, 0)::float8 AS sets, COALESCE(parts.needles, 0)::float8 AS needles, COALESCE(parts.barrels, 0)::float8 AS barrels,
               e.estimate, e.year AS "estimateYear", e.source AS "estimateSource"
          FROM regs LEFT JOIN parts ON parts.regency_code = regs.code
          LEFT JOIN LATERAL (
            SELECT estimate, year, source FROM pwid_estimates
             WHERE regency_code = regs.code AND year <= $2 ORDER BY year DESC, recorded_at DESC, id DESC LIMIT 1
          ) e ON true
         ORDER BY regs.code`,
        params,
      ));
    const items: CoverageRow[] = rows.map((row) => {
      const sets = completeSets(row);
      return {
        provinceCode: row.provinceCode,
        regencyCode: row.regencyCode,
        name: row.name,
        year: query.year,
        setsDistributed: sets,
        estimate: row.estimate,
        estimateYear: row.estimateYear,
        estimateSource: row.estimateSource,
        ...coverage(sets, row.estimate),
        regenciesWithoutEstimate: row.estimate === null ? 1 : 0,
      };
    });
    const provinces = new Map<string, { name: string; sets: number; covered: number; estimate: number; without: number }>();
    rows.forEach((row, index) => {
      const total = provinces.get(row.provinceCode) ?? { name: row.provinceName, sets: 0, covered: 0, estimate: 0, without: 0 };
      total.sets += items[index].setsDistributed;
      if (row.estimate === null) total.without += 1;
      else {
        total.covered += items[index].setsDistributed;
        total.estimate += row.estimate;
      }
      provinces.set(row.provinceCode, total);
    });
    return {
      year: query.year,
      items,
      provinces: [...provinces.entries()].map(([provinceCode, total]) => {
        const estimate = total.estimate > 0 ? total.estimate : null;
        return {
          provinceCode,
          regencyCode: null,
          name: total.name,
          year: query.year,
          setsDistributed: total.sets,
          estimate,
          estimateYear: null,
          estimateSource: null,
          ...coverage(total.covered, estimate),
          regenciesWithoutEstimate: total.without,
        };
      }),
    };
  }

  private async assertRegencyKnown(code: string): Promise<void> {
    if ((await this.regions.unknownRegencies([code])).length === 0) return;
    throw new DomainError('UNKNOWN_REGENCY', `There is no regency or city with code ${code}. See GET /api/v1/regions/regencies.`, {
      errors: [{ field: 'regencyCode', messages: [`unknown regency code ${code}`] }],
    });
  }
}

/** Every estimate with who recorded it and whether it is the newest of its regency and year. */
const ESTIMATES = `
  SELECT e.id, e.regency_code AS "regencyCode", e.year, e.estimate, e.source, u.username AS "recordedBy", e.recorded_at AS "recordedAt",
         row_number() OVER (PARTITION BY e.regency_code, e.year ORDER BY e.recorded_at DESC, e.id DESC) = 1 AS current
    FROM pwid_estimates e JOIN users u ON u.id = e.recorded_by`;

const where = (conditions: string[]) => (conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '');

const SUMMED = [
  'distributed', 'distributedAtPoint', 'distributedOutreach', 'distributedHotspot', 'distributedPeerSecondary', 'distributedNoChannel',
  'contacts', 'newContacts', 'returned', 'returnedEstimated', 'containersReturned', 'containersReceived', 'containersHandedOver', 'containersDestroyed',
  'naloxoneUnits', 'naloxoneDoses', 'naloxoneRefills', 'refillsUsedOnOverdose', 'refillsLost', 'refillsConfiscated', 'refillsExpired', 'overdoseReversals',
] as const satisfies readonly (keyof Figures)[];

function zeroFigures(): Figures {
  return Object.fromEntries(SUMMED.map((field) => [field, 0])) as unknown as Figures;
}

/** Complete sets per channel and in all (a needle from one channel and a barrel from another still make a set). */
function channelSets(parts: SqlRow['parts']): Pick<ProgrammeRow, (typeof CHANNEL_FIELDS)[keyof typeof CHANNEL_FIELDS] | 'distributed'> {
  const all = { sets: 0, needles: 0, barrels: 0 };
  const out = { distributed: 0, distributedAtPoint: 0, distributedOutreach: 0, distributedHotspot: 0, distributedPeerSecondary: 0, distributedNoChannel: 0 };
  for (const [channel, counts] of Object.entries(parts ?? {})) {
    out[CHANNEL_FIELDS[channel as keyof typeof CHANNEL_FIELDS]] += completeSets(counts);
    all.sets += counts.sets;
    all.needles += counts.needles;
    all.barrels += counts.barrels;
  }
  out.distributed = completeSets(all);
  return out;
}

function withRatio<T extends Omit<ProgrammeRow, 'returnRatio'>>(row: T): ProgrammeRow {
  return { ...row, returnRatio: row.distributed > 0 ? Math.round((row.returned / row.distributed) * 1000) / 1000 : null };
}

/** The export columns of the programme report, with Indonesian headers. */
export const PROGRAMME_EXPORT_COLUMNS: XlsxColumn<ProgrammeRow>[] = [
  ['Bulan', (row) => row.month],
  ['Kode kab/kota', (row) => row.regencyCode],
  ['Kode titik', (row) => row.pointCode ?? 'JUMLAH'],
  ['Set alat suntik dibagikan', (row) => row.distributed],
  ['Di layanan', (row) => row.distributedAtPoint],
  ['Penjangkauan', (row) => row.distributedOutreach],
  ['Hotspot', (row) => row.distributedHotspot],
  ['Distribusi sekunder oleh sebaya', (row) => row.distributedPeerSecondary],
  ['Tanpa saluran', (row) => row.distributedNoChannel],
  ['Kontak', (row) => row.contacts],
  ['Kontak baru', (row) => row.newContacts],
  ['Alat suntik bekas kembali', (row) => row.returned],
  ['Di antaranya perkiraan', (row) => row.returnedEstimated],
  ['Rasio pengembalian', (row) => row.returnRatio],
  ['Wadah penuh kembali', (row) => row.containersReturned],
  ['Wadah diterima', (row) => row.containersReceived],
  ['Wadah diserahkan', (row) => row.containersHandedOver],
  ['Wadah dimusnahkan', (row) => row.containersDestroyed],
  ['Nalokson (unit)', (row) => row.naloxoneUnits],
  ['Nalokson (dosis)', (row) => row.naloxoneDoses],
  ['Isi ulang nalokson', (row) => row.naloxoneRefills],
  ['Isi ulang: dipakai saat overdosis', (row) => row.refillsUsedOnOverdose],
  ['Isi ulang: hilang', (row) => row.refillsLost],
  ['Isi ulang: disita', (row) => row.refillsConfiscated],
  ['Isi ulang: kedaluwarsa', (row) => row.refillsExpired],
  ['Overdosis tertolong (dilaporkan)', (row) => row.overdoseReversals],
];

/** The export columns of the coverage report, with Indonesian headers. */
export const COVERAGE_EXPORT_COLUMNS: XlsxColumn<CoverageRow>[] = [
  ['Tahun', (row) => row.year],
  ['Kode provinsi', (row) => row.provinceCode],
  ['Kode kab/kota', (row) => row.regencyCode ?? 'JUMLAH'],
  ['Nama', (row) => row.name],
  ['Set alat suntik dibagikan', (row) => row.setsDistributed],
  ['Estimasi penasun', (row) => row.estimate],
  ['Tahun estimasi', (row) => row.estimateYear],
  ['Sumber estimasi', (row) => row.estimateSource],
  ['Set per penasun per tahun', (row) => row.setsPerPerson],
  ['Tingkat cakupan', (row) => (row.level === null ? 'tanpa estimasi' : { low: 'rendah', medium: 'sedang', high: 'tinggi' }[row.level])],
  ['Target 2030 (300) tercapai', (row) => (row.meets2030Target === null ? null : row.meets2030Target ? 'ya' : 'tidak')],
  ['Kab/kota tanpa estimasi', (row) => row.regenciesWithoutEstimate],
];
