import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DomainError } from '../../common/problem/problem';
import { LotStock } from '../fefo';
import { AboveCapReason, AdjustmentReason, ContactType, DestructionMethod, DistributionChannel, LedgerMovementType, MAX_DAILY_QUANTITY, NaloxoneRefillReason, SharpsMovementType } from '../ledger-rules';
import { localDate } from '../expiry-dates';
import { LineFigures } from './figures';
import { balanceFrom, earliestDatable } from '../backdating';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { constraintName } from '../../database/retrying-transaction';
import { DEFAULT_EXPIRY_WARNING_DAYS, ProductCategory } from '../../products/product-categories';
import { DEFAULT_PRODUCT_CATEGORIES } from '../../shortages/stock-levels.defaults';
import { PointType } from '../../points/point-types';
import { prepared } from '../../database/prepared-statements';

/** The longest warning window of any category: how far ahead a lot can raise an expiry alert without its own windows. */
const LONGEST_DEFAULT_WINDOW = Math.max(...Object.values(DEFAULT_EXPIRY_WARNING_DAYS).flat());

/** A line as it goes into the ledger: the signed change to one lot at the movement's point. */
export interface PostedLine {
  productId: string;
  lotId: string;
  quantity: number;
  countedQuantity?: number | null;
  reason?: AdjustmentReason | null;
  /** What the line counts as in the figures: decided by the movement's rule, stored on the line. */
  figures: LineFigures;
  /**
   * Absent for a line on the point's shelf (the `stock` account, the only one balances follow); otherwise the
   * shipment whose `transit` account (on its way) or `loss` account (lost on the way, with its reason) the line moves.
   */
  offShelf?: { account: 'transit' | 'loss'; shipmentId: string };
}

/** The lines on the point's shelf: what balances, limits, stock-outs and expiry alerts are about. */
export function onShelf<L extends PostedLine>(lines: L[]): L[] {
  return lines.filter((line) => !line.offShelf);
}

/** The point a movement is recorded at, as far as dating it needs to know. */
export interface LedgerPoint {
  id: string;
  regencyCode: string;
  timeZone: string;
}

export interface MovementHeader {
  id: string;
  point: LedgerPoint;
  type: LedgerMovementType;
  occurredAt: Date;
  recordedBy: string;
  note?: string | null;
  contacts?: number | null;
  /** Distributions: how it reached people. */
  reach?: Reach | null;
  source?: string | null;
  reversesMovementId?: string | null;
  shipmentId?: string | null;
  requestHash: string;
  /** Demo history only: dated beyond the backdating window on purpose. Closed months still apply. */
  historyImport?: boolean;
}

export interface LotRecord {
  id: string;
  productId: string;
  lotNumber: string;
  expiryDate: string;
  fundingSource: string;
  donorName: string | null;
}

export interface ProductRecord {
  id: string;
  code: string;
  name: string;
  nameId: string | null;
  restricted: boolean;
  active: boolean;
  /** 14 digits, or null when the catalogue has none for it. */
  gtin: string | null;
  category: ProductCategory;
  /** The product's own warning windows, or null for its category's. */
  expiryWarningDays: number[] | null;
}

export type Claim = { outcome: 'new'; recordedAt: Date } | { outcome: 'replay' };

/** What the after-steps need to know of one product at the point, once the movement's lines are in. */
export interface ProductStockState {
  productId: string;
  /** Stock of lots not expired on the point's local date. */
  usable: number;
  openPeriod: boolean;
  openAlert: boolean;
  /** The point is expected to carry the product: its stock levels name it, or else its type's default categories do. */
  expected: boolean;
  /** A lot of the movement is near or past expiry, or an expiry alert is active: expiry alerts are reconciled. */
  expiryWatch: boolean;
}

/** How a distribution reached people, as its header stores it (counts and fixed lists only). */
export interface Reach {
  channel?: DistributionChannel | null;
  contactType?: ContactType | null;
  newContacts?: number | null;
  aboveCapReason?: AboveCapReason | null;
  naloxoneRefillReason?: NaloxoneRefillReason | null;
  overdoseReversals?: number | null;
}

/** One line of the sharps ledger (`sharps_lines`): used syringes and full containers at a point, never stock. */
export interface SharpsLine {
  pointId: string;
  countsAs: SharpsMovementType;
  /** Syringes returned (returns only; negative in a reversal). */
  syringes: number;
  /** Whether the syringes were estimated from container fill; null with no syringes. */
  syringesEstimated: boolean | null;
  /** Change in the full containers the point holds. */
  containers: number;
  destructionMethod: DestructionMethod | null;
}

/**
 * The ledger's statements, used by PostingPipeline and the movement rules: claim a movement's id (idempotency), read
 * products and lots, lock the stock a movement draws on, insert its lines in one statement, check the daily limit, and
 * read what the after-steps need. The balances follow by trigger, and the database refuses any line that would make a
 * balance negative.
 */
@Injectable()
export class LedgerStore {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /**
   * Records the movement header if its id is new and answers 'new' with the time it was recorded; answers 'replay'
   * when the same id was already recorded with the same request. The same id with another request is refused.
   * Concurrent requests with one id wait for each other here, so exactly one of them records the movement.
   * `ON CONFLICT DO NOTHING` has no target on purpose: a racing copy can collide on any unique index of `movements`
   * (the id, (id, point_id), the reversed movement), and each must read as a replay, not as an error.
   */
  async claimMovement(manager: EntityManager, header: MovementHeader): Promise<Claim> {
    const inserted: { recordedAt: Date }[] = await manager
      .query(
        prepared(`INSERT INTO movements (id, point_id, type, occurred_at, recorded_by, note, contacts, source, reverses_movement_id, shipment_id, request_hash,
                                channel, contact_type, new_contacts, above_cap_reason, naloxone_refill_reason, overdose_reversals)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)
         ON CONFLICT DO NOTHING RETURNING recorded_at AS "recordedAt"`),
        [header.id, header.point.id, header.type, header.occurredAt, header.recordedBy, header.note ?? null, header.contacts ?? null,
          header.source ?? null, header.reversesMovementId ?? null, header.shipmentId ?? null, header.requestHash,
          header.reach?.channel ?? null, header.reach?.contactType ?? null, header.reach?.newContacts ?? null, header.reach?.aboveCapReason ?? null,
          header.reach?.naloxoneRefillReason ?? null, header.reach?.overdoseReversals ?? null],
      )
      .catch((error: unknown) => {
        if (constraintName(error) === 'movements_reverses_movement_id_fkey') {
          throw new DomainError('MOVEMENT_NOT_FOUND', `There is no movement ${header.reversesMovementId} at this point to reverse.`, {
            errors: [{ field: 'reversesMovementId', messages: ['no such movement at this point'] }],
          });
        }
        throw error;
      });
    if (inserted.length > 0) {
      await this.assertDatable(manager, header);
      return { outcome: 'new', recordedAt: inserted[0].recordedAt };
    }
    const [existing] = await manager.query(`SELECT request_hash AS "requestHash" FROM movements WHERE id = $1`, [header.id]);
    if (existing?.requestHash === header.requestHash) return { outcome: 'replay' };
    // Nothing has this id: the conflict was on the reversed movement, which another movement already reverses.
    if (!existing) throw new DomainError('ALREADY_REVERSED', `Movement ${header.reversesMovementId} has already been reversed.`);
    throw new DomainError(
      'IDEMPOTENCY_KEY_REUSED',
      `The id ${header.id} was already used for a different request. Generate a new id for a new movement; resend the identical request to get the original answer.`,
    );
  }

  /**
   * A movement may be dated in the past (offline devices send late), but not before the backdating window, and not in
   * a month closed for its point or regency (closing a month closes every month before it too: an earlier line would
   * change the closed month's opening balance). Closings are read only for movements dated before the current local
   * month, under a shared lock that a closing takes exclusively, so a closing and a movement inside it never both commit.
   */
  private async assertDatable(manager: EntityManager, header: MovementHeader): Promise<void> {
    const { point, occurredAt } = header;
    const now = new Date();
    const day = localDate(occurredAt, point.timeZone);
    const earliest = earliestDatable(now, point.timeZone, this.config.backdatingDays);
    if (!header.historyImport && day < earliest) {
      throw new DomainError(
        'OCCURRED_TOO_LONG_AGO',
        `occurredAt is ${day} (local date at the point), more than ${this.config.backdatingDays} days before today; the earliest date accepted is ${earliest}. ` +
          'Check the date on the device; stock that changed that long ago is put right with a movement dated today.',
        { errors: [{ field: 'occurredAt', messages: [`must be on or after ${earliest}`] }], earliest },
      );
    }
    if (day.slice(0, 7) >= localDate(now, point.timeZone).slice(0, 7)) return;
    const [closed]: { month: string; scope: string; closedBy: string }[] = await manager.query(
      `SELECT to_char(c.month, 'YYYY-MM') AS month, CASE WHEN c.point_id IS NULL THEN 'regency' ELSE 'point' END AS scope, u.username AS "closedBy"
         FROM (SELECT pg_advisory_xact_lock_shared(hashtext('month-closing:' || $2::text))) AS locked,
              month_closings c JOIN users u ON u.id = c.closed_by
        WHERE (c.point_id = $1 OR (c.point_id IS NULL AND c.regency_code = $2)) AND c.month >= date_trunc('month', $3::date)
        ORDER BY c.month DESC LIMIT 1`,
      [point.id, point.regencyCode, day],
    );
    if (closed) {
      throw new DomainError(
        'MONTH_CLOSED',
        `occurredAt is ${day}, in a closed period: ${closed.month} and every month before it are closed for this ${closed.scope} ` +
          `(closed by ${closed.closedBy}). Record the correction dated today; a reversal today names the old movement.`,
        { errors: [{ field: 'occurredAt', messages: [`${closed.month} is closed`] }], closedThrough: closed.month },
      );
    }
  }

  async loadProducts(manager: EntityManager, ids: string[]): Promise<Map<string, ProductRecord>> {
    const rows: ProductRecord[] = await manager.query(
      prepared(`SELECT id, code, name, name_id AS "nameId", restricted, active, gtin, category, expiry_warning_days AS "expiryWarningDays"
         FROM products WHERE id = ANY($1::uuid[])`),
      [[...new Set(ids)]],
    );
    return new Map(rows.map((row) => [row.id, row]));
  }

  async loadLots(manager: EntityManager, ids: string[]): Promise<Map<string, LotRecord>> {
    const rows: LotRecord[] = await manager.query(
      prepared(`SELECT id, product_id AS "productId", lot_number AS "lotNumber", to_char(expiry_date, 'YYYY-MM-DD') AS "expiryDate",
              funding_source AS "fundingSource", donor_name AS "donorName"
         FROM lots WHERE id = ANY($1::uuid[])`),
      [[...new Set(ids)]],
    );
    return new Map(rows.map((row) => [row.id, row]));
  }

  /**
   * Finds or creates lots by identity (product, lot number, expiry, funding source, donor); returns them in the order
   * asked. A lot number the product already has with another expiry is refused (LOT_MISMATCH): a typo in the expiry or
   * the lot number would otherwise start a second lot that a count or a recall would never find. The same lot number
   * and expiry with another funding source is another lot (one batch bought by several funders).
   */
  async upsertLots(
    manager: EntityManager,
    lots: { productId: string; lotNumber: string; expiryDate: string; fundingSource: string; donorName: string | null }[],
  ): Promise<LotRecord[]> {
    const columns = [
      lots.map((lot) => lot.productId),
      lots.map((lot) => lot.lotNumber),
      lots.map((lot) => lot.expiryDate),
      lots.map((lot) => lot.fundingSource),
      lots.map((lot) => lot.donorName),
    ];
    const conflicts: { ordinal: number; expiryDate: string }[] = await manager.query(
      `SELECT wanted.ordinal::int AS ordinal, to_char(min(l.expiry_date), 'YYYY-MM-DD') AS "expiryDate"
         FROM unnest($1::uuid[], $2::text[], $3::date[]) WITH ORDINALITY AS wanted(product_id, lot_number, expiry_date, ordinal)
         JOIN lots l ON l.product_id = wanted.product_id AND l.lot_number = wanted.lot_number AND l.expiry_date <> wanted.expiry_date
        WHERE NOT EXISTS (SELECT 1 FROM lots same WHERE same.product_id = wanted.product_id AND same.lot_number = wanted.lot_number
                             AND same.expiry_date = wanted.expiry_date)
        GROUP BY wanted.ordinal ORDER BY wanted.ordinal LIMIT 1`,
      columns.slice(0, 3),
    );
    if (conflicts.length > 0) {
      const { ordinal, expiryDate } = conflicts[0];
      const lot = lots[ordinal - 1];
      throw new DomainError(
        'LOT_MISMATCH',
        `Line ${ordinal}: lot ${lot.lotNumber} of this product is already known with expiry ${expiryDate}, not ${lot.expiryDate}. ` +
          'Check the expiry and the lot number printed on the pack.',
        { errors: [{ field: `lines[${ordinal - 1}].expiryDate`, messages: [`lot ${lot.lotNumber} expires on ${expiryDate}`] }], knownExpiryDate: expiryDate },
      );
    }
    await manager.query(
      `INSERT INTO lots (product_id, lot_number, expiry_date, funding_source, donor_name)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::date[], $4::text[], $5::text[])
       ON CONFLICT (product_id, lot_number, expiry_date, funding_source, (COALESCE(donor_name, ''))) DO NOTHING`,
      columns,
    );
    const rows: (LotRecord & { ordinal: number })[] = await manager.query(
      `SELECT l.id, l.product_id AS "productId", l.lot_number AS "lotNumber", to_char(l.expiry_date, 'YYYY-MM-DD') AS "expiryDate",
              l.funding_source AS "fundingSource", l.donor_name AS "donorName", wanted.ordinal::int AS ordinal
         FROM unnest($1::uuid[], $2::text[], $3::date[], $4::text[], $5::text[])
              WITH ORDINALITY AS wanted(product_id, lot_number, expiry_date, funding_source, donor_name, ordinal)
         JOIN lots l ON l.product_id = wanted.product_id AND l.lot_number = wanted.lot_number AND l.expiry_date = wanted.expiry_date
                    AND l.funding_source = wanted.funding_source AND COALESCE(l.donor_name, '') = COALESCE(wanted.donor_name, '')
        ORDER BY wanted.ordinal`,
      columns.slice(0, 5),
    );
    return rows.map(({ ordinal: _ordinal, ...lot }) => lot);
  }

  /**
   * Locks the point's stock of these products (row locks, in lot id order so concurrent movements never deadlock)
   * and returns it as it stands at `occurredAt`. Movements that draw on the same stock wait here for each other. Only
   * balances holding stock are read and locked (most balances went back to zero long ago), plus the balances of
   * `lotIds` whatever they hold: the lots a count, adjustment or reversal names. A distribution only draws on what it
   * locked here, so a zero balance refilled meanwhile cannot be overdrawn.
   *
   * A movement dated in the past changes every running balance after its date, so each lot's `quantity` is what a
   * line dated `occurredAt` may take without the balance going negative at any later date (`balanceFrom`), read after
   * the locks are held; `balanceAt` is the lot's balance at that date (what a stock count compares with).
   */
  async lockStock(manager: EntityManager, pointId: string, productIds: string[], occurredAt: Date, lotIds: string[] = []): Promise<LotStock[]> {
    const locked: (LotStock & { lastOccurredAt: Date | null })[] = await manager.query(
      prepared(`SELECT b.lot_id AS "lotId", b.product_id AS "productId", b.quantity, l.lot_number AS "lotNumber",
              to_char(l.expiry_date, 'YYYY-MM-DD') AS "expiryDate", b.last_occurred_at AS "lastOccurredAt"
         FROM stock_balances b JOIN lots l ON l.id = b.lot_id
        WHERE b.point_id = $1 AND b.product_id = ANY($2::uuid[]) AND (b.quantity > 0 OR b.lot_id = ANY($3::uuid[]))
        ORDER BY b.lot_id
        FOR UPDATE OF b`),
      [pointId, [...new Set(productIds)], [...new Set(lotIds)]],
    );
    // A locked row is read as its latest committed version, so its last line date is current: lots with no line
    // dated after the movement need no further read (a movement dated now, the usual case, skips it entirely).
    const stock: LotStock[] = locked.map(({ lastOccurredAt: _lastOccurredAt, ...entry }) => ({ ...entry, balanceAt: entry.quantity, limitedAt: null }));
    const dated = new Set(locked.filter((entry) => entry.lastOccurredAt !== null && entry.lastOccurredAt > occurredAt).map((entry) => entry.lotId));
    if (dated.size === 0) return stock;
    const later: { lotId: string; occurredAt: Date; quantity: number }[] = await manager.query(
      `SELECT lot_id AS "lotId", occurred_at AS "occurredAt", quantity FROM ledger_lines
        WHERE point_id = $1 AND product_id = ANY($2::uuid[]) AND occurred_at > $3 AND lot_id = ANY($4::uuid[]) AND account = 'stock'
        ORDER BY occurred_at, id`,
      [pointId, [...new Set(productIds)], occurredAt, [...dated]],
    );
    for (const entry of stock.filter((candidate) => dated.has(candidate.lotId))) {
      const figures = balanceFrom(entry.quantity, later.filter((line) => line.lotId === entry.lotId));
      entry.balanceAt = figures.balanceAt;
      entry.quantity = Math.max(0, figures.available);
      entry.limitedAt = figures.limitedAt;
    }
    return stock;
  }

  /** Inserts all lines of a movement in one statement; a line that would make stock (or a shipment's transit) negative refuses the whole movement. */
  async insertLines(manager: EntityManager, movementId: string, point: { id: string }, occurredAt: Date, lines: PostedLine[]): Promise<void> {
    if (lines.length === 0) return;
    await manager
      .query(
        prepared(`INSERT INTO ledger_lines (movement_id, line_no, point_id, product_id, lot_id, quantity, counted_quantity, reason, occurred_at, counts_as, consumed_in,
                                   account, shipment_id)
         SELECT $1, t.line_no, $2, t.product_id, t.lot_id, t.quantity, t.counted_quantity, t.reason, $3, t.counts_as, t.consumed_in, t.account, t.shipment_id
           FROM unnest($4::int[], $5::uuid[], $6::uuid[], $7::int[], $8::int[], $9::text[], $10::text[], $11::date[], $12::text[], $13::uuid[])
                AS t(line_no, product_id, lot_id, quantity, counted_quantity, reason, counts_as, consumed_in, account, shipment_id)`),
        [
          movementId,
          point.id,
          occurredAt,
          lines.map((_line, index) => index + 1),
          lines.map((line) => line.productId),
          lines.map((line) => line.lotId),
          lines.map((line) => line.quantity),
          lines.map((line) => line.countedQuantity ?? null),
          lines.map((line) => line.reason ?? null),
          lines.map((line) => line.figures.countsAs),
          lines.map((line) => line.figures.consumedIn),
          lines.map((line) => line.offShelf?.account ?? 'stock'),
          lines.map((line) => line.offShelf?.shipmentId ?? null),
        ],
      )
      .catch((error: unknown) => {
        if (constraintName(error) === 'stock_balances_non_negative') {
          throw new DomainError('INSUFFICIENT_STOCK', 'There is not enough stock left at this point to do this; it has already been used, moved or written off.');
        }
        if (constraintName(error) === 'ledger_transit_non_negative') {
          throw new DomainError('SHIPMENT_NOT_IN_TRANSIT', 'This shipment has no more of that stock on its way: it was already received or cancelled.');
        }
        throw error;
      });
  }

  /**
   * Inserts a movement's sharps lines in one statement; the trigger keeps each point's full containers, and refuses the
   * movement if a point would hold fewer than none (nothing is handed over or destroyed that was not collected).
   */
  async insertSharpsLines(manager: EntityManager, movementId: string, occurredAt: Date, lines: SharpsLine[]): Promise<void> {
    if (lines.length === 0) return;
    await manager
      .query(
        `INSERT INTO sharps_lines (movement_id, line_no, point_id, occurred_at, counts_as, syringes, syringes_estimated, containers, destruction_method)
         SELECT $1, t.line_no, t.point_id, $2, t.counts_as, t.syringes, t.syringes_estimated, t.containers, t.destruction_method
           FROM unnest($3::int[], $4::uuid[], $5::text[], $6::int[], $7::boolean[], $8::int[], $9::text[])
                AS t(line_no, point_id, counts_as, syringes, syringes_estimated, containers, destruction_method)`,
        [
          movementId,
          occurredAt,
          lines.map((_line, index) => index + 1),
          lines.map((line) => line.pointId),
          lines.map((line) => line.countsAs),
          lines.map((line) => line.syringes),
          lines.map((line) => line.syringesEstimated),
          lines.map((line) => line.containers),
          lines.map((line) => line.destructionMethod),
        ],
      )
      .catch((error: unknown) => {
        if (constraintName(error) === 'sharps_holdings_non_negative') {
          throw new DomainError('SHARPS_NOT_HELD', 'There are not that many full sharps containers at this point: they have already been handed over or destroyed, or were never recorded as returned.');
        }
        throw error;
      });
  }

  /**
   * Per product of the lines, after they are in (the trigger has applied them to the balances): the usable stock (lots
   * not expired on the point's local date), whether a stock-out period or alert is open, and whether expiry alerts need
   * a look (a lot of the movement inside its longest warning window, a superseded edition, or an active expiry alert).
   * Read after every row lock of the movement is held, so it sees their current state.
   */
  async productStates(manager: EntityManager, point: { id: string; timeZone: string; type: PointType }, lines: PostedLine[]): Promise<ProductStockState[]> {
    if (lines.length === 0) return [];
    return manager.query(
      prepared(`WITH changed AS (SELECT DISTINCT product_id FROM unnest($2::uuid[]) AS product_id)
       SELECT c.product_id AS "productId",
              -- Each held lot's expiry looked up by its key: a join let PostgreSQL read every lot of the country.
              COALESCE((SELECT sum(b.quantity) FROM stock_balances b
                         WHERE b.point_id = $1 AND b.product_id = c.product_id AND b.quantity > 0
                           AND (SELECT l.expiry_date FROM lots l WHERE l.id = b.lot_id) >= $4::date), 0)::float8 AS usable,
              EXISTS (SELECT 1 FROM stockout_periods sp WHERE sp.point_id = $1 AND sp.product_id = c.product_id AND sp.ended_on IS NULL) AS "openPeriod",
              EXISTS (SELECT 1 FROM alerts a WHERE a.point_id = $1 AND a.product_id = c.product_id AND a.type = 'stockout'
                         AND a.status <> 'resolved') AS "openAlert",
              (EXISTS (SELECT 1 FROM stock_levels sl WHERE sl.point_id = $1 AND sl.product_id = c.product_id)
               OR (NOT EXISTS (SELECT 1 FROM stock_levels sl WHERE sl.point_id = $1)
                   AND EXISTS (SELECT 1 FROM products pd WHERE pd.id = c.product_id AND pd.active AND pd.category = ANY($6::text[])))) AS expected,
              (EXISTS (SELECT 1 FROM unnest($2::uuid[], $3::uuid[]) AS t(product_id, lot_id)
                         JOIN lots l ON l.id = t.lot_id JOIN products pd ON pd.id = t.product_id
                        WHERE t.product_id = c.product_id
                          AND (pd.superseded_by_product_id IS NOT NULL
                               OR l.expiry_date <= $4::date + COALESCE((SELECT max(w) FROM unnest(pd.expiry_warning_days) AS w), $5::int)))
               OR EXISTS (SELECT 1 FROM alerts a WHERE a.point_id = $1 AND a.product_id = c.product_id
                             AND a.type IN ('lot_expiring', 'expired_on_hand', 'obsolete_edition') AND a.status <> 'resolved')) AS "expiryWatch"
         FROM changed c`),
      [point.id, lines.map((line) => line.productId), lines.map((line) => line.lotId), localDate(new Date(), point.timeZone), LONGEST_DEFAULT_WINDOW,
        DEFAULT_PRODUCT_CATEGORIES[point.type]],
    );
  }

  /**
   * MAX_DAILY_QUANTITY in and out per product, over the point's local day of the movement, this movement included.
   * Reversals do not count: undoing a movement must always be possible.
   */
  async assertDailyLimit(manager: EntityManager, point: { id: string; timeZone: string }, occurredAt: Date, lines: PostedLine[]): Promise<void> {
    const [over]: { code: string; day: string; received: number; issued: number }[] = await manager.query(
      prepared(`WITH day AS (SELECT (($3::timestamptz AT TIME ZONE $4)::date)::timestamp AT TIME ZONE $4 AS starts)
       SELECT pd.code, to_char(day.starts AT TIME ZONE $4, 'YYYY-MM-DD') AS day,
              COALESCE(sum(ll.quantity) FILTER (WHERE ll.quantity > 0), 0)::float8 AS received,
              COALESCE(-sum(ll.quantity) FILTER (WHERE ll.quantity < 0), 0)::float8 AS issued
         FROM day, ledger_lines ll JOIN movements m ON m.id = ll.movement_id JOIN products pd ON pd.id = ll.product_id
        WHERE ll.point_id = $1 AND ll.product_id = ANY($2::uuid[]) AND m.type <> 'reversal' AND ll.account = 'stock'
          AND ll.occurred_at >= day.starts AND ll.occurred_at < day.starts + interval '1 day'
        GROUP BY pd.code, day.starts
       HAVING COALESCE(sum(ll.quantity) FILTER (WHERE ll.quantity > 0), 0) > $5
           OR COALESCE(-sum(ll.quantity) FILTER (WHERE ll.quantity < 0), 0) > $5
        LIMIT 1`),
      [point.id, [...new Set(lines.map((line) => line.productId))], occurredAt, point.timeZone, MAX_DAILY_QUANTITY],
    );
    if (over) {
      throw new DomainError(
        'DAILY_QUANTITY_LIMIT',
        `${over.code} on ${over.day}: this would make ${Math.max(over.received, over.issued)} units in one day at this point; at most ` +
          `${MAX_DAILY_QUANTITY} may come in, and as many go out, per product and day. Check the quantities for extra zeros.`,
        { productCode: over.code, day: over.day, limit: MAX_DAILY_QUANTITY },
      );
    }
  }
}
