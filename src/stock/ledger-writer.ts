import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { DomainError } from '../common/problem/problem';
import { LotStock } from './fefo';
import { AdjustmentReason, LedgerMovementType } from './ledger-rules';
import { localDate } from './expiry-dates';
import { ProductStockState, StockoutTracker } from './stockout-tracker';

/** A line as it goes into the ledger: the signed change to one lot at the movement's point. */
export interface PostedLine {
  productId: string;
  lotId: string;
  quantity: number;
  countedQuantity?: number | null;
  reason?: AdjustmentReason | null;
}

export interface MovementHeader {
  id: string;
  pointId: string;
  type: LedgerMovementType;
  occurredAt: Date;
  recordedBy: string;
  note?: string | null;
  contacts?: number | null;
  source?: string | null;
  reversesMovementId?: string | null;
  shipmentId?: string | null;
  requestHash: string;
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
  restricted: boolean;
  active: boolean;
}

export type Claim = { outcome: 'new'; recordedAt: Date } | { outcome: 'replay' };

const RETRYABLE = new Set(['40001', '40P01']);

const sqlState = (error: unknown): string | undefined =>
  error instanceof QueryFailedError ? (error.driverError as { code?: string }).code : undefined;
const constraintName = (error: unknown): string | undefined =>
  error instanceof QueryFailedError ? (error.driverError as { constraint?: string }).constraint : undefined;

/**
 * The write side of the ledger, shared by movements and shipments. One movement is one transaction: claim the id
 * (idempotency), lock the stock it draws on, insert its lines in one statement. The balances follow by trigger, and
 * the database refuses any line that would make a balance negative.
 */
@Injectable()
export class LedgerWriter {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly stockouts: StockoutTracker,
  ) {}

  /** Runs `work` in a transaction, retrying a few times when PostgreSQL reports a deadlock or serialization failure. */
  async inTransaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.dataSource.transaction(work);
      } catch (error) {
        if (attempt < 4 && RETRYABLE.has(sqlState(error) ?? '')) continue;
        throw error;
      }
    }
  }

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
        `INSERT INTO movements (id, point_id, type, occurred_at, recorded_by, note, contacts, source, reverses_movement_id, shipment_id, request_hash)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
         ON CONFLICT DO NOTHING RETURNING recorded_at AS "recordedAt"`,
        [header.id, header.pointId, header.type, header.occurredAt, header.recordedBy, header.note ?? null, header.contacts ?? null,
          header.source ?? null, header.reversesMovementId ?? null, header.shipmentId ?? null, header.requestHash],
      )
      .catch((error: unknown) => {
        if (constraintName(error) === 'movements_reverses_movement_id_fkey') {
          throw new DomainError('MOVEMENT_NOT_FOUND', `There is no movement ${header.reversesMovementId} at this point to reverse.`, {
            errors: [{ field: 'reversesMovementId', messages: ['no such movement at this point'] }],
          });
        }
        throw error;
      });
    if (inserted.length > 0) return { outcome: 'new', recordedAt: inserted[0].recordedAt };
    const [existing] = await manager.query(`SELECT request_hash AS "requestHash" FROM movements WHERE id = $1`, [header.id]);
    if (existing?.requestHash === header.requestHash) return { outcome: 'replay' };
    // Nothing has this id: the conflict was on the reversed movement, which another movement already reverses.
    if (!existing) throw new DomainError('ALREADY_REVERSED', `Movement ${header.reversesMovementId} has already been reversed.`);
    throw new DomainError(
      'IDEMPOTENCY_KEY_REUSED',
      `The id ${header.id} was already used for a different request. Generate a new id for a new movement; resend the identical request to get the original answer.`,
    );
  }

  async loadProducts(manager: EntityManager, ids: string[]): Promise<Map<string, ProductRecord>> {
    const rows: ProductRecord[] = await manager.query(
      `SELECT id, code, restricted, active FROM products WHERE id = ANY($1::uuid[])`,
      [[...new Set(ids)]],
    );
    return new Map(rows.map((row) => [row.id, row]));
  }

  async loadLots(manager: EntityManager, ids: string[]): Promise<Map<string, LotRecord>> {
    const rows: LotRecord[] = await manager.query(
      `SELECT id, product_id AS "productId", lot_number AS "lotNumber", to_char(expiry_date, 'YYYY-MM-DD') AS "expiryDate",
              funding_source AS "fundingSource", donor_name AS "donorName"
         FROM lots WHERE id = ANY($1::uuid[])`,
      [[...new Set(ids)]],
    );
    return new Map(rows.map((row) => [row.id, row]));
  }

  /** Finds or creates lots by identity (product, lot number, expiry, funding source, donor); returns them in the order asked. */
  async upsertLots(
    manager: EntityManager,
    lots: { productId: string; lotNumber: string; expiryDate: string; fundingSource: string; donorName: string | null; gtin: string | null }[],
  ): Promise<LotRecord[]> {
    const columns = [
      lots.map((lot) => lot.productId),
      lots.map((lot) => lot.lotNumber),
      lots.map((lot) => lot.expiryDate),
      lots.map((lot) => lot.fundingSource),
      lots.map((lot) => lot.donorName),
      lots.map((lot) => lot.gtin),
    ];
    await manager.query(
      `INSERT INTO lots (product_id, lot_number, expiry_date, funding_source, donor_name, gtin)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::date[], $4::text[], $5::text[], $6::text[])
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
   * and returns it. Movements that draw on the same stock wait here for each other. Only balances holding stock are
   * read and locked (most balances went back to zero long ago), plus the balances of `lotIds` whatever they hold: the
   * lots a count, adjustment or reversal names, whose current quantity decides its lines. A distribution only draws
   * on what it locked here, so a zero balance refilled meanwhile cannot be overdrawn.
   */
  async lockStock(manager: EntityManager, pointId: string, productIds: string[], lotIds: string[] = []): Promise<LotStock[]> {
    return manager.query(
      `SELECT b.lot_id AS "lotId", b.product_id AS "productId", b.quantity, l.lot_number AS "lotNumber",
              to_char(l.expiry_date, 'YYYY-MM-DD') AS "expiryDate"
         FROM stock_balances b JOIN lots l ON l.id = b.lot_id
        WHERE b.point_id = $1 AND b.product_id = ANY($2::uuid[]) AND (b.quantity > 0 OR b.lot_id = ANY($3::uuid[]))
        ORDER BY b.lot_id
        FOR UPDATE OF b`,
      [pointId, [...new Set(productIds)], [...new Set(lotIds)]],
    );
  }

  /**
   * Inserts all lines of a movement in one statement; a line that would make stock negative refuses the whole movement.
   * Stock-outs the movement causes or ends are then recorded in the same transaction. The same statement reads what
   * StockoutTracker needs per product: the usable stock after the movement (the balances before it, as the trigger
   * applies the lines at the end of the statement, plus the lines on lots not expired today) and whether a stock-out
   * period or alert is open. It runs after every row lock of the movement is held, so it sees their current state.
   */
  async insertLines(
    manager: EntityManager,
    movementId: string,
    point: { id: string; timeZone: string },
    occurredAt: Date,
    lines: PostedLine[],
  ): Promise<void> {
    if (lines.length === 0) return;
    const today = localDate(new Date(), point.timeZone);
    const states: ProductStockState[] = await manager
      .query(
        `WITH inserted AS (
           INSERT INTO ledger_lines (movement_id, line_no, point_id, product_id, lot_id, quantity, counted_quantity, reason, occurred_at)
           SELECT $1, t.line_no, $2, t.product_id, t.lot_id, t.quantity, t.counted_quantity, t.reason, $3
             FROM unnest($4::int[], $5::uuid[], $6::uuid[], $7::int[], $8::int[], $9::text[])
                  AS t(line_no, product_id, lot_id, quantity, counted_quantity, reason)
         ), changes AS (
           SELECT t.product_id, COALESCE(sum(t.quantity) FILTER (WHERE l.expiry_date >= $10::date), 0) AS usable_change
             FROM unnest($5::uuid[], $6::uuid[], $7::int[]) AS t(product_id, lot_id, quantity) JOIN lots l ON l.id = t.lot_id
            GROUP BY t.product_id
         )
         SELECT c.product_id AS "productId",
                (c.usable_change + COALESCE((SELECT sum(b.quantity) FROM stock_balances b JOIN lots l ON l.id = b.lot_id
                                              WHERE b.point_id = $2 AND b.product_id = c.product_id AND b.quantity > 0
                                                AND l.expiry_date >= $10::date), 0))::int AS usable,
                EXISTS (SELECT 1 FROM stockout_periods sp WHERE sp.point_id = $2 AND sp.product_id = c.product_id AND sp.ended_on IS NULL) AS "openPeriod",
                EXISTS (SELECT 1 FROM alerts a WHERE a.point_id = $2 AND a.product_id = c.product_id AND a.type = 'stockout'
                           AND a.status <> 'resolved') AS "openAlert"
           FROM changes c`,
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
          today,
        ],
      )
      .catch(async (error: unknown) => {
        if (constraintName(error) === 'stock_balances_non_negative') {
          throw new DomainError('INSUFFICIENT_STOCK', 'There is not enough stock left at this point to do this; it has already been used, moved or written off.');
        }
        throw error;
      });
    await this.stockouts.afterMovement(manager, point, occurredAt, lines, states);
  }
}
