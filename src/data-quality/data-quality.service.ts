import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AccessScope } from '../access/access-scope';
import { AuthUser } from '../access/roles';
import { DomainError } from '../common/problem/problem';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { REPORT_DUE_DAY } from '../notifications/notifications-scan';
import { localMonth } from '../stock/posting/figures';
import {
  BACKDATED_DAYS,
  BACKDATED_MIN,
  backdatedBurst,
  DEADLINE_WINDOW_DAYS,
  FlagKind,
  MONTH_END_DAYS,
  MONTH_END_MIN_DISTRIBUTIONS,
  REPEATED_TALLY_RUN,
  roundNumbersAtMonthEnd,
  ROUND_TO,
  spike,
  SPIKE_HISTORY_MONTHS,
  SPIKE_MIN_HISTORY_MONTHS,
  STILL_DAYS,
  STILL_OTHER_DISTRIBUTIONS,
} from './flag-rules';
import { FlagPage, FlagQuery, FlagResponse, ScanFlagsResponse } from './dto/flag.dto';
import { cursorBatches } from '../common/cursor-batches';
import { ReadDatabase } from '../database/replicas/read-database';

/** A flag the scan sees: its kind, point, product, subject (a movement id, a product id or '') and evidence. */
interface Candidate {
  kind: FlagKind;
  pointId: string;
  productId: string | null;
  subject: string;
  evidence: Record<string, unknown>;
}

/** The time zone the scan's default months and "now" are taken in (the months of each point are its own). */
const SCAN_TIME_ZONE = 'Asia/Jakarta';

/**
 * The month's distributions at every point (local months), leaving out those undone by a reversal, and their
 * quantities per product: read once per scanned month into temporary tables (`dq_dists`, `dq_per_product`) that the
 * three checks of distributions share (each read them itself before: about 4.5 s each at national scale). $1: the
 * month's first day.
 */
const READ_DISTRIBUTIONS = [
  `CREATE TEMPORARY TABLE dq_dists ON COMMIT DROP AS
     WITH pts AS (
       SELECT p.id, pr.time_zone,
              ($1::date)::timestamp AT TIME ZONE pr.time_zone AS start_at,
              ($1::date + interval '1 month')::timestamp AT TIME ZONE pr.time_zone AS end_at
         FROM points p JOIN regencies r ON r.code = p.regency_code JOIN provinces pr ON pr.code = r.province_code
     )
     SELECT m.id, m.point_id, m.occurred_at, m.contacts, m.channel, m.above_cap_reason, pts.time_zone
       FROM pts JOIN movements m ON m.point_id = pts.id AND m.type = 'distribution' AND m.occurred_at >= pts.start_at AND m.occurred_at < pts.end_at
      WHERE NOT EXISTS (SELECT 1 FROM movements r WHERE r.reverses_movement_id = m.id)`,
  `CREATE TEMPORARY TABLE dq_per_product ON COMMIT DROP AS
     SELECT d.id, ll.product_id, -SUM(ll.quantity)::int AS quantity
       FROM dq_dists d JOIN ledger_lines ll ON ll.movement_id = d.id AND ll.account = 'stock'
      GROUP BY d.id, ll.product_id`,
  `ANALYZE dq_dists`,
  `ANALYZE dq_per_product`,
];

/** The month's distributions and their quantities per product, as the checks name them. */
const DISTRIBUTIONS = `dists AS (SELECT * FROM dq_dists), per_product AS (SELECT * FROM dq_per_product)`;

/**
 * Data-quality flags (docs/data-quality.md): the scan looks at a month's figures for what donor targets push staff to
 * over-report, and raises a flag with its evidence for the district officer to review; nothing is ever blocked. Flags
 * not yet reviewed follow the data (refreshed, or removed when the condition clears); a reviewed flag is kept as it is.
 */
@Injectable()
export class DataQualityService {
  private readonly logger = new Logger(DataQualityService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reads: ReadDatabase,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Scans `month` (YYYY-MM), or the current and the previous month. */
  async scan(month?: string, now = new Date()): Promise<ScanFlagsResponse> {
    const current = localMonth(now, SCAN_TIME_ZONE).slice(0, 7);
    const months = month ? [month] : [previousMonth(current), current];
    let seen = 0;
    let raised = 0;
    let cleared = 0;
    for (const scanned of months) {
      const candidates = await this.candidates(scanned, scanned === current, now);
      const result = await this.dataSource.transaction((manager) => this.store(manager, scanned, candidates));
      seen += candidates.length;
      raised += result.raised;
      cleared += result.cleared;
    }
    this.logger.log(`data-quality scan of ${months.join(', ')}: ${seen} flags seen, ${raised} new, ${cleared} cleared`);
    return { months, seen, raised, cleared };
  }

  /** The month's candidates, read in one transaction that holds the month's distributions (READ_DISTRIBUTIONS). */
  private candidates(month: string, isCurrent: boolean, now: Date): Promise<Candidate[]> {
    return this.dataSource.transaction(async (manager) => {
      const [dists, ...rest] = READ_DISTRIBUTIONS;
      await manager.query(dists, [`${month}-01`]);
      for (const sql of rest) await manager.query(sql);
      return this.candidatesIn(manager, month, isCurrent, now);
    });
  }

  private async candidatesIn(manager: EntityManager, month: string, isCurrent: boolean, now: Date): Promise<Candidate[]> {
    const first = `${month}-01`;
    const candidates: Candidate[] = [];
    const q = <T>(sql: string, params: unknown[]): Promise<T[]> => manager.query(sql, params);

    const cap = this.config.needlesPerContactCap;
    for (const row of await q<{ pointId: string; subject: string; evidence: Record<string, unknown> }>(
      `WITH ${DISTRIBUTIONS},
       needles AS (SELECT pp.id, SUM(pp.quantity)::int AS needles FROM per_product pp JOIN products pd ON pd.id = pp.product_id AND pd.category = 'needle_syringe' GROUP BY pp.id)
       SELECT d.point_id AS "pointId", d.id::text AS subject,
              json_build_object('movementId', d.id, 'occurredAt', d.occurred_at, 'needles', n.needles, 'contacts', d.contacts, 'cap', $1::int,
                                'channel', d.channel, 'aboveCapReason', d.above_cap_reason) AS evidence
         FROM dists d JOIN needles n ON n.id = d.id
        WHERE d.contacts IS NOT NULL AND n.needles > d.contacts * $1::int`,
      [cap],
    )) {
      candidates.push({ kind: 'above_contact_cap', productId: null, ...row });
    }

    for (const row of await q<{ pointId: string; subject: string; evidence: Record<string, unknown> }>(
      `WITH ${DISTRIBUTIONS},
       sig AS (
         SELECT d.id, d.point_id, d.occurred_at, d.contacts,
                COALESCE(d.contacts::text, '-') || '|' || string_agg(pp.product_id::text || ':' || pp.quantity, ',' ORDER BY pp.product_id) AS signature,
                json_agg(json_build_object('productId', pp.product_id, 'productCode', pd.code, 'quantity', pp.quantity) ORDER BY pd.code) AS tally
           FROM dists d JOIN per_product pp ON pp.id = d.id JOIN products pd ON pd.id = pp.product_id
          GROUP BY d.id, d.point_id, d.occurred_at, d.contacts
       ),
       marked AS (
         SELECT sig.*, CASE WHEN signature = lag(signature) OVER (PARTITION BY point_id ORDER BY occurred_at, id) THEN 0 ELSE 1 END AS starts FROM sig
       ),
       runs AS (SELECT marked.*, SUM(starts) OVER (PARTITION BY point_id ORDER BY occurred_at, id) AS run FROM marked)
       SELECT point_id AS "pointId", ((array_agg(id ORDER BY occurred_at, id))[1])::text AS subject,
              json_build_object('times', count(*), 'contacts', min(contacts), 'tally', (array_agg(tally ORDER BY occurred_at, id))[1],
                                'firstAt', min(occurred_at), 'lastAt', max(occurred_at)) AS evidence
         FROM runs GROUP BY point_id, run HAVING count(*) >= $1::int`,
      [REPEATED_TALLY_RUN],
    )) {
      candidates.push({ kind: 'repeated_tally', productId: null, ...row });
    }

    for (const row of await q<{ pointId: string; endDistributions: number; endRound: number; restDistributions: number; restRound: number }>(
      `WITH ${DISTRIBUTIONS},
       tallies AS (
         SELECT d.point_id, (d.occurred_at AT TIME ZONE d.time_zone)::date >= ($1::date + interval '1 month')::date - $2::int AS at_end,
                bool_and(pp.quantity >= $3::int AND pp.quantity % $3::int = 0) AS round
           FROM dists d JOIN per_product pp ON pp.id = d.id GROUP BY d.id, d.point_id, d.occurred_at, d.time_zone
       )
       SELECT point_id AS "pointId", count(*) FILTER (WHERE at_end)::int AS "endDistributions", count(*) FILTER (WHERE at_end AND round)::int AS "endRound",
              count(*) FILTER (WHERE NOT at_end)::int AS "restDistributions", count(*) FILTER (WHERE NOT at_end AND round)::int AS "restRound"
         FROM tallies GROUP BY point_id HAVING count(*) FILTER (WHERE at_end) >= $4::int`,
      [first, MONTH_END_DAYS, ROUND_TO, MONTH_END_MIN_DISTRIBUTIONS],
    )) {
      const { pointId, ...counts } = row;
      if (roundNumbersAtMonthEnd(counts)) {
        candidates.push({ kind: 'month_end_round_numbers', pointId, productId: null, subject: '', evidence: { ...counts, lastDays: MONTH_END_DAYS, roundTo: ROUND_TO } });
      }
    }

    // A month's consumption (distribution, and stock supplied to points it supplies: AMC's definition) against the
    // previous months since the point first held the product, zeros included. Joined as sets (a subquery per row took
    // 10 s for the country), and only rows above their history's median come back: no spike is at or below it
    // (flag-rules.ts: z > SPIKE_Z and the flat ratio both need value > median), so the rule itself stays in spike().
    for (const row of await q<{ pointId: string; productId: string; quantity: number; history: number[] }>(
      `WITH cur AS (
         SELECT c.point_id, c.product_id, c.consumed, date_trunc('month', sh.first_movement_on)::date AS since
           FROM consumption_months c JOIN stock_histories sh ON sh.point_id = c.point_id AND sh.product_id = c.product_id
          WHERE c.month = $1::date AND c.consumed > 0
       ),
       months AS (
         SELECT g.m::date AS month FROM generate_series($1::date - make_interval(months => $2::int), $1::date - interval '1 month', interval '1 month') g(m)
       ),
       past AS (
         SELECT point_id, product_id, month, consumed FROM consumption_months
          WHERE month >= $1::date - make_interval(months => $2::int) AND month < $1::date
       ),
       hist AS (
         SELECT cur.point_id, cur.product_id, cur.consumed, m.month, COALESCE(p.consumed, 0) AS x
           FROM cur JOIN months m ON m.month >= cur.since
           LEFT JOIN past p ON p.point_id = cur.point_id AND p.product_id = cur.product_id AND p.month = m.month
       )
       SELECT point_id AS "pointId", product_id AS "productId", consumed AS quantity, array_agg(x ORDER BY month) AS history
         FROM hist GROUP BY point_id, product_id, consumed
       HAVING count(*) >= $3::int AND consumed > percentile_cont(0.5) WITHIN GROUP (ORDER BY x)`,
      [first, SPIKE_HISTORY_MONTHS, SPIKE_MIN_HISTORY_MONTHS],
    )) {
      const found = spike(row.quantity, row.history);
      if (found) candidates.push({ kind: 'distribution_spike', pointId: row.pointId, productId: row.productId, subject: row.productId, evidence: { quantity: row.quantity, history: row.history, ...found } });
    }

    // Entries dated in the month and recorded at least BACKDATED_DAYS later, in the DEADLINE_WINDOW_DAYS days up to the
    // report's due day of the next month (the point's local dates).
    const due = dueDate(month);
    for (const row of await q<{ pointId: string; backdated: number; movements: number }>(
      `WITH pts AS (
         SELECT p.id, pr.time_zone,
                ($1::date)::timestamp AT TIME ZONE pr.time_zone AS start_at, ($1::date + interval '1 month')::timestamp AT TIME ZONE pr.time_zone AS end_at
           FROM points p JOIN regencies r ON r.code = p.regency_code JOIN provinces pr ON pr.code = r.province_code
       )
       SELECT m.point_id AS "pointId",
              count(*) FILTER (WHERE (m.recorded_at AT TIME ZONE pts.time_zone)::date BETWEEN $2::date - ($3::int - 1) AND $2::date
                                 AND m.recorded_at - m.occurred_at >= make_interval(days => $4::int))::int AS backdated,
              count(*)::int AS movements
         FROM pts JOIN movements m ON m.point_id = pts.id AND m.occurred_at >= pts.start_at AND m.occurred_at < pts.end_at
        WHERE m.type IN ('receipt', 'distribution', 'adjustment', 'stock_count')
        GROUP BY m.point_id
       HAVING count(*) FILTER (WHERE (m.recorded_at AT TIME ZONE pts.time_zone)::date BETWEEN $2::date - ($3::int - 1) AND $2::date
                                 AND m.recorded_at - m.occurred_at >= make_interval(days => $4::int)) >= $5::int`,
      [first, due, DEADLINE_WINDOW_DAYS, BACKDATED_DAYS, BACKDATED_MIN],
    )) {
      if (backdatedBurst(row.backdated, row.movements)) {
        candidates.push({
          kind: 'backdated_burst',
          pointId: row.pointId,
          productId: null,
          subject: '',
          evidence: { dueOn: due, windowDays: DEADLINE_WINDOW_DAYS, backdatedDays: BACKDATED_DAYS, backdated: row.backdated, movementsInMonth: row.movements, share: Math.round((row.backdated / row.movements) * 100) / 100 },
        });
      }
    }

    // Stock that never moves while the point reports distribution: only as of now, so only in the current month.
    if (isCurrent) {
      for (const row of await q<{ pointId: string; productId: string; subject: string; evidence: Record<string, unknown> }>(
        `WITH busy AS (
           SELECT m.point_id, count(*)::int AS distributions
             FROM movements m WHERE m.type = 'distribution' AND m.occurred_at >= $1::timestamptz - make_interval(days => $2::int)
            GROUP BY m.point_id HAVING count(*) >= $3::int
         ),
         held AS (
           SELECT b.point_id, b.product_id, SUM(b.quantity)::int AS on_hand
             FROM busy JOIN stock_balances b ON b.point_id = busy.point_id AND b.quantity > 0
             JOIN lots l ON l.id = b.lot_id AND l.expiry_date >= ($1::timestamptz AT TIME ZONE '${SCAN_TIME_ZONE}')::date
             JOIN products pd ON pd.id = b.product_id AND pd.category <> 'other'
            GROUP BY b.point_id, b.product_id
         )
         SELECT h.point_id AS "pointId", h.product_id AS "productId", h.product_id::text AS subject,
                json_build_object('onHand', h.on_hand, 'lastOutflowAt', last_out.at, 'days', $2::int, 'distributionsAtPoint', busy.distributions, 'heldSince', sh.first_movement_on) AS evidence
           FROM held h JOIN busy ON busy.point_id = h.point_id
           JOIN stock_histories sh ON sh.point_id = h.point_id AND sh.product_id = h.product_id
                                  AND sh.first_movement_on <= ($1::timestamptz - make_interval(days => $2::int))::date
           CROSS JOIN LATERAL (
             SELECT max(ll.occurred_at) AS at FROM ledger_lines ll
              WHERE ll.point_id = h.point_id AND ll.product_id = h.product_id AND ll.account = 'stock' AND ll.quantity < 0
           ) last_out
          WHERE last_out.at IS NULL OR last_out.at < $1::timestamptz - make_interval(days => $2::int)`,
        [now, STILL_DAYS, STILL_OTHER_DISTRIBUTIONS],
      )) {
        candidates.push({ kind: 'stock_not_moving', ...row });
      }
    }
    return candidates;
  }

  /** Upserts the month's candidates (evidence refreshed while unreviewed) and removes unreviewed flags no longer seen. */
  private async store(manager: EntityManager, month: string, candidates: Candidate[]): Promise<{ raised: number; cleared: number }> {
    const first = `${month}-01`;
    await manager.query(`CREATE TEMPORARY TABLE seen_flags (kind text, point_id uuid, product_id uuid, subject text, evidence jsonb) ON COMMIT DROP`);
    if (candidates.length > 0) {
      await manager.query(
        `INSERT INTO seen_flags SELECT * FROM json_to_recordset($1::json) AS c(kind text, point_id uuid, product_id uuid, subject text, evidence jsonb)`,
        [JSON.stringify(candidates.map((c) => ({ kind: c.kind, point_id: c.pointId, product_id: c.productId, subject: c.subject, evidence: c.evidence })))],
      );
    }
    const inserted: { raised: boolean }[] = await manager.query(
      `INSERT INTO data_quality_flags (kind, point_id, product_id, month, subject, evidence)
       SELECT kind, point_id, product_id, $1::date, subject, evidence FROM seen_flags
       ON CONFLICT ON CONSTRAINT data_quality_flags_one_per_subject
       DO UPDATE SET evidence = EXCLUDED.evidence, seen_at = clock_timestamp() WHERE data_quality_flags.reviewed_at IS NULL
       RETURNING (xmax = 0) AS raised`,
      [first],
    );
    // Counted in SQL: TypeORM answers a bare DELETE ... RETURNING with [rows, count], not the rows.
    const [{ cleared }]: { cleared: number }[] = await manager.query(
      `WITH gone AS (
         DELETE FROM data_quality_flags f WHERE f.month = $1::date AND f.reviewed_at IS NULL
            AND NOT EXISTS (SELECT 1 FROM seen_flags s WHERE s.kind = f.kind AND s.point_id = f.point_id AND s.subject = f.subject)
         RETURNING f.id
       ) SELECT count(*)::int AS cleared FROM gone`,
      [first],
    );
    return { raised: inserted.filter((row) => row.raised).length, cleared };
  }

  async list(actor: AuthUser, query: FlagQuery): Promise<FlagPage> {
    const { from, params } = this.listFrom(actor, query);
    return this.reads.run(async (db) => {
      const [{ total }] = await db.query(`SELECT count(*)::int AS total FROM ${from}`, params);
      const items = await this.rows(`${from} ORDER BY ${FLAG_ORDER} LIMIT $${params.length + 1} OFFSET $${params.length + 2}`, [...params, query.limit, query.offset], db);
      return { items, total, limit: query.limit, offset: query.offset };
    });
  }

  /** Every flag matching the filters, in the list's order, a batch at a time through a cursor (exports). */
  all(actor: AuthUser, query: FlagQuery): Promise<AsyncIterableIterator<FlagResponse[]>> {
    const { from, params } = this.listFrom(actor, query);
    return this.reads.run((db) => cursorBatches(db, selectFlags(`${from} ORDER BY ${FLAG_ORDER}`), params, 2_000, (rows: RawFlag[]) => rows.map(toFlagResponse)));
  }

  private listFrom(actor: AuthUser, query: FlagQuery): { from: string; params: unknown[] } {
    const scope = new AccessScope(actor);
    scope.assertRegencyFilter(query.regencyCode);
    scope.assertProvinceFilter(query.provinceCode);
    const params: unknown[] = [];
    const conditions = [scope.pointCondition({ pointId: 'f.point_id', regencyCode: 'p.regency_code' }, params)];
    if (query.status === 'open') conditions.push('f.reviewed_at IS NULL');
    if (query.status === 'reviewed') conditions.push('f.reviewed_at IS NOT NULL');
    if (query.kind) conditions.push(`f.kind = $${params.push(query.kind)}`);
    if (query.month) conditions.push(`f.month = $${params.push(`${query.month}-01`)}::date`);
    if (query.regencyCode) conditions.push(`p.regency_code = $${params.push(query.regencyCode)}`);
    if (query.provinceCode) conditions.push(`r.province_code = $${params.push(query.provinceCode)}`);
    if (query.pointId) conditions.push(`f.point_id = $${params.push(query.pointId)}::uuid`);
    return { from: `data_quality_flags f JOIN points p ON p.id = f.point_id JOIN regencies r ON r.code = p.regency_code WHERE ${conditions.join(' AND ')}`, params };
  }

  /** Marks a flag reviewed with what the review found; a flag is reviewed once (409 after). */
  async review(actor: AuthUser, id: string, comment: string): Promise<FlagResponse> {
    const [flag] = await this.rows(`data_quality_flags f JOIN points p ON p.id = f.point_id JOIN regencies r ON r.code = p.regency_code WHERE f.id = $1`, [id]);
    if (!flag || !new AccessScope(actor).canSeePoint({ id: flag.pointId, regencyCode: flag.regencyCode })) {
      throw new DomainError('FLAG_NOT_FOUND', `There is no data-quality flag ${id} that you can see.`);
    }
    if (flag.reviewedAt !== null) {
      throw new DomainError('FLAG_REVIEWED', `This flag was reviewed by ${flag.reviewedBy} at ${flag.reviewedAt}; a review is kept as it is.`, { reviewedBy: flag.reviewedBy, reviewedAt: flag.reviewedAt });
    }
    const [{ updated }]: { updated: number }[] = await this.dataSource.query(
      `WITH done AS (
         UPDATE data_quality_flags SET reviewed_at = clock_timestamp(), reviewed_by = $2, review_comment = $3 WHERE id = $1 AND reviewed_at IS NULL RETURNING id
       ) SELECT count(*)::int AS updated FROM done`,
      [id, actor.id, comment],
    );
    if (updated === 0) throw new DomainError('FLAG_REVIEWED', 'This flag was reviewed a moment ago by someone else; a review is kept as it is.');
    const [reviewed] = await this.rows(`data_quality_flags f JOIN points p ON p.id = f.point_id JOIN regencies r ON r.code = p.regency_code WHERE f.id = $1`, [id]);
    return reviewed;
  }

  private async rows(from: string, params: unknown[], db: Pick<DataSource, 'query'> = this.dataSource): Promise<FlagResponse[]> {
    return ((await db.query(selectFlags(from), params)) as RawFlag[]).map(toFlagResponse);
  }
}

const FLAG_ORDER = 'f.month DESC, p.regency_code, p.code, f.kind, f.raised_at, f.id';

type RawFlag = FlagResponse & { raisedAt: Date; seenAt: Date; reviewedAt: Date | null };

/** The flags' columns, from `from` (which starts with the flags joined to their points) with products and reviewers. */
function selectFlags(from: string): string {
  return `SELECT f.id, f.kind, f.point_id AS "pointId", p.code AS "pointCode", p.name AS "pointName", p.regency_code AS "regencyCode",
                 f.product_id AS "productId", pd.code AS "productCode", to_char(f.month, 'YYYY-MM') AS month, f.evidence,
                 f.raised_at AS "raisedAt", f.seen_at AS "seenAt", f.reviewed_at AS "reviewedAt", u.username AS "reviewedBy", f.review_comment AS "reviewComment"
            FROM ${from.replace('data_quality_flags f JOIN points p ON p.id = f.point_id', 'data_quality_flags f JOIN points p ON p.id = f.point_id LEFT JOIN products pd ON pd.id = f.product_id LEFT JOIN users u ON u.id = f.reviewed_by')}`;
}

function toFlagResponse(row: RawFlag): FlagResponse {
  return {
    ...row,
    raisedAt: new Date(row.raisedAt).toISOString(),
    seenAt: new Date(row.seenAt).toISOString(),
    reviewedAt: row.reviewedAt === null ? null : new Date(row.reviewedAt).toISOString(),
  };
}

function previousMonth(month: string): string {
  const [year, number] = month.split('-').map(Number);
  return new Date(Date.UTC(year, number - 2, 1)).toISOString().slice(0, 7);
}

/** The day the report on `month` is due: REPORT_DUE_DAY of the next month (YYYY-MM-DD). */
function dueDate(month: string): string {
  const [year, number] = month.split('-').map(Number);
  return new Date(Date.UTC(year, number, REPORT_DUE_DAY)).toISOString().slice(0, 10);
}
