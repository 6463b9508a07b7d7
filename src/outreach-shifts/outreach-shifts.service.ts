import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AccessScope } from '../access/access-scope';
import { AuthUser } from '../access/roles';
import { Page } from '../common/pagination';
import { DomainError, invalidFields } from '../common/problem/problem';
import { pageOf, SqlConditions } from '../common/list-query';
import { constraintName, inRetryingTransaction } from '../database/retrying-transaction';
import { PointsService, StockPoint } from '../points/points.service';
import { assertPeriod } from '../reports/period';
import { localDate } from '../stock/expiry-dates';
import { PostingCommand } from '../stock/posting/movement-rule';
import { PostingAnswer, PostingPipeline } from '../stock/posting/posting-pipeline';
import { requestHash } from '../stock/request-hash';
import {
  CloseShiftRequest,
  ShiftProductResponse,
  ShiftQuery,
  ShiftResponse,
  ShiftTotalsQuery,
  ShiftTotalsResponse,
  ShiftTotalsRow,
  StartShiftRequest,
} from './dto/outreach-shift.dto';
import { reconcile, Reconciled, ShiftProductFigures } from './reconciliation';

type Queryable = Pick<EntityManager, 'query'>;

interface ShiftRow {
  id: string;
  status: 'open' | 'closed';
  kitPointId: string;
  issuingPointId: string;
  startedAt: Date;
  requestHash: string;
  closeId: string | null;
  closeRequestHash: string | null;
  remainder: 'return' | 'keep';
}

/** The sub-movements of a shift are new ids inside its one transaction: they are never replayed on their own. */
const NO_ANSWER: PostingAnswer<void> = { replayed: async () => undefined, posted: async () => undefined };

const SHIFT_COLUMNS = `
  s.id, s.status, s.kit_point_id AS "kitPointId", k.code AS "kitPointCode", k.name AS "kitPointName", k.regency_code AS "regencyCode",
  s.issuing_point_id AS "issuingPointId", i.code AS "issuingPointCode", i.name AS "issuingPointName",
  ARRAY(SELECT u.username FROM user_point_scopes ups JOIN users u ON u.id = ups.user_id
         WHERE ups.point_id = s.kit_point_id AND u.role = 'outreach_officer' AND u.active ORDER BY u.username) AS officers,
  s.remainder, s.started_at AS "startedAt", su.username AS "startedBy", s.closed_at AS "closedAt", cu.username AS "closedBy",
  s.issue_shipment_id AS "issueShipmentId", s.return_shipment_id AS "returnShipmentId",
  s.unrecorded_movement_id AS "unrecordedMovementId", s.adjustment_movement_id AS "adjustmentMovementId"`;
const SHIFT_FROM = `outreach_shifts s JOIN points k ON k.id = s.kit_point_id JOIN points i ON i.id = s.issuing_point_id
  JOIN users su ON su.id = s.started_by LEFT JOIN users cu ON cu.id = s.closed_by`;

/**
 * Outreach shifts (docs/outreach-shifts.md): the bag an outreach officer takes from the point that supplies their kit,
 * and what comes back. Every stock change goes through PostingPipeline as ordinary movements, all of one step in one
 * transaction: the start is a shipment from the supplier to the kit, received at once; the close posts what explains
 * the count's difference at the kit (a distribution for what was handed out but not recorded, an adjustment for what
 * was lost, damaged or found) and, when the point takes the remainder back, a shipment from the kit received at once.
 * The shift records keep the reconciliation per product; the database holds its arithmetic and that a shift is closed
 * once. Who: the supplier's people (or the district office) start a shift; the kit's officer or the supplier's staff
 * close it, together at the point as the bag comes back.
 */
@Injectable()
export class OutreachShiftsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly pipeline: PostingPipeline,
    private readonly points: PointsService,
  ) {}

  async start(actor: AuthUser, request: StartShiftRequest): Promise<{ shift: ShiftResponse; replayed: boolean }> {
    const scope = new AccessScope(actor);
    const { kit, issuer } = await this.kitAndIssuer(scope, request.kitPointId);
    if (!scope.canDispatchFrom(issuer)) {
      throw new DomainError('OUT_OF_SCOPE', `A shift's bag is issued by the point that supplies the kit (${issuer.code}): its staff start the shift.`);
    }
    const duplicate = request.lines.findIndex((line, index) => request.lines.findIndex((other) => other.productId === line.productId) !== index);
    if (duplicate >= 0) throw invalidFields([{ field: `lines[${duplicate}].productId`, messages: ['this product is listed twice: one line per product'] }]);
    const hash = requestHash({ kind: 'outreach_shift_start', ...request });

    try {
      return await inRetryingTransaction(this.dataSource, async (manager) => {
        const existing = await this.lockShift(manager, request.id);
        if (existing) {
          if (existing.requestHash !== hash) throw reused();
          return { shift: await this.view(manager, request.id), replayed: true };
        }
        const [open] = await manager.query(`SELECT id FROM outreach_shifts WHERE kit_point_id = $1 AND status = 'open'`, [kit.id]);
        if (open) throw alreadyOpen(kit, open.id);
        const shipmentId = randomUUID();
        const startedAt = new Date();
        await manager.query(
          `INSERT INTO outreach_shifts (id, kit_point_id, issuing_point_id, remainder, status, started_at, started_by, request_hash, issue_shipment_id)
           VALUES ($1, $2, $3, $4, 'open', $5, $6, $7, $8)`,
          [request.id, kit.id, issuer.id, request.remainder, startedAt, actor.id, hash, shipmentId],
        );
        // What was in the kit before: the bag is counted against it as well as against what was issued.
        const opening = await this.usable(manager, kit);
        await this.shipAndReceive(manager, actor, shipmentId, issuer, kit, request.lines, startedAt);
        const issued = new Map(request.lines.map((line) => [line.productId, line.quantity]));
        const products = [...new Set([...opening.keys(), ...issued.keys()])];
        await manager.query(
          `INSERT INTO outreach_shift_products (shift_id, product_id, opening, issued)
           SELECT $1, t.product_id, t.opening, t.issued FROM unnest($2::uuid[], $3::int[], $4::int[]) AS t(product_id, opening, issued)`,
          [request.id, products, products.map((id) => opening.get(id) ?? 0), products.map((id) => issued.get(id) ?? 0)],
        );
        return { shift: await this.view(manager, request.id), replayed: false };
      });
    } catch (error) {
      if (constraintName(error) === 'outreach_shifts_pkey') return this.replay(request.id, hash, 'start');
      if (constraintName(error) === 'outreach_shifts_one_open_per_kit') throw alreadyOpen(kit, null);
      throw error;
    }
  }

  async close(actor: AuthUser, shiftId: string, request: CloseShiftRequest): Promise<{ shift: ShiftResponse; replayed: boolean }> {
    const scope = new AccessScope(actor);
    const shift = await this.visibleShift(scope, shiftId);
    const [kit, issuer] = await Promise.all([this.points.findStockPoint(shift.kitPointId), this.points.findStockPoint(shift.issuingPointId)]);
    if (!scope.canRecordStockAt(kit!) && !scope.canRecordStockAt(issuer!)) {
      throw new DomainError('OUT_OF_SCOPE', "The kit's outreach officer or the issuing point's staff close a shift, as the bag comes back.");
    }
    const hash = requestHash({ kind: 'outreach_shift_close', shiftId, ...request });
    return inRetryingTransaction(this.dataSource, async (manager) => {
      const current = (await this.lockShift(manager, shiftId))!;
      if (current.status === 'closed') {
        if (current.closeId !== request.id) throw new DomainError('SHIFT_CLOSED', 'This shift is already closed: its count was recorded before.');
        if (current.closeRequestHash !== hash) throw reused();
        return { shift: await this.view(manager, shiftId), replayed: true };
      }
      const [other] = await manager.query(`SELECT 1 FROM outreach_shifts WHERE close_id = $1`, [request.id]);
      if (other) throw reused();

      const figures = (await this.liveFigures(manager, [shiftId])).get(shiftId) ?? [];
      const { errors, products } = reconcile(figures, request.counts);
      if (errors.length > 0) {
        throw new DomainError('SHIFT_DIFFERENCE_UNEXPLAINED', `The count does not add up yet. ${errors.map((error) => error.messages.join(' ')).join(' ')}`, {
          errors,
          expected: figures.map(({ productId, productCode, expected }) => ({ productId, productCode, expected })),
        });
      }
      const closedAt = new Date();
      const unrecordedMovementId = await this.postUnrecorded(manager, actor, kit!, products, closedAt);
      const adjustmentMovementId = await this.postAdjustments(manager, actor, kit!, shiftId, products, closedAt);
      const returning = current.remainder === 'return' ? products.filter((product) => product.counted > 0) : [];
      const returnShipmentId = returning.length > 0 ? randomUUID() : null;
      if (returnShipmentId) {
        await this.shipAndReceive(manager, actor, returnShipmentId, kit!, issuer!, returning.map(({ productId, counted }) => ({ productId, quantity: counted })), closedAt);
      }
      await manager.query(
        `UPDATE outreach_shift_products p
            SET distributed = t.distributed, other_change = t.other_change, expected = t.expected, counted = t.counted, unrecorded = t.unrecorded,
                lost = t.lost, damaged = t.damaged, found = t.found, returned = t.returned
           FROM unnest($2::uuid[], $3::int[], $4::int[], $5::int[], $6::int[], $7::int[], $8::int[], $9::int[], $10::int[], $11::int[])
                AS t(product_id, distributed, other_change, expected, counted, unrecorded, lost, damaged, found, returned)
          WHERE p.shift_id = $1 AND p.product_id = t.product_id`,
        [
          shiftId,
          products.map((p) => p.productId),
          products.map((p) => p.distributed),
          products.map((p) => p.otherChange),
          products.map((p) => p.expected),
          products.map((p) => p.counted),
          products.map((p) => p.unrecorded),
          products.map((p) => p.lost),
          products.map((p) => p.damaged),
          products.map((p) => p.found),
          products.map((p) => (returnShipmentId ? p.counted : 0)),
        ],
      );
      await manager.query(
        `UPDATE outreach_shifts SET status = 'closed', closed_at = $2, closed_by = $3, close_id = $4, close_request_hash = $5,
                return_shipment_id = $6, unrecorded_movement_id = $7, adjustment_movement_id = $8
          WHERE id = $1`,
        [shiftId, closedAt, actor.id, request.id, hash, returnShipmentId, unrecordedMovementId, adjustmentMovementId],
      );
      return { shift: await this.view(manager, shiftId), replayed: false };
    });
  }

  async get(actor: AuthUser, id: string): Promise<ShiftResponse> {
    await this.visibleShift(new AccessScope(actor), id);
    return this.view(this.dataSource.manager, id);
  }

  async list(actor: AuthUser, query: ShiftQuery): Promise<Page<ShiftResponse>> {
    const conditions = this.inScope(new AccessScope(actor));
    conditions.add('s.status = ?', query.status);
    conditions.add('s.kit_point_id = ?::uuid', query.kitPointId);
    conditions.add('s.issuing_point_id = ?::uuid', query.issuingPointId);
    conditions.add('k.regency_code = ?', query.regencyCode);
    if (query.withDifferences === 'true') {
      conditions.where(`EXISTS (SELECT 1 FROM outreach_shift_products d WHERE d.shift_id = s.id AND d.counted <> d.expected)`);
    }
    const page = await pageOf<ShiftRowView>(this.dataSource, { select: SHIFT_COLUMNS, from: SHIFT_FROM, conditions, orderBy: 's.started_at DESC, s.id' }, query);
    return { ...page, items: await this.views(this.dataSource.manager, page.items) };
  }

  /** Per kit (its officers) and product over closed shifts started in the period's local months, and the shifts open now. */
  async totals(actor: AuthUser, query: ShiftTotalsQuery): Promise<ShiftTotalsResponse> {
    assertPeriod(query);
    const conditions = this.inScope(new AccessScope(actor));
    conditions.add('k.regency_code = ?', query.regencyCode);
    conditions.add('r.province_code = ?', query.provinceCode);
    const [{ open }] = await this.dataSource.query(
      `SELECT count(*)::int AS open FROM ${SHIFT_FROM} JOIN regencies r ON r.code = k.regency_code WHERE ${conditions.sql} AND s.status = 'open'`,
      conditions.params,
    );
    const n = conditions.params.length;
    const items: ShiftTotalsRow[] = await this.dataSource.query(
      `SELECT s.kit_point_id AS "kitPointId", k.code AS "kitPointCode", k.name AS "kitPointName", k.regency_code AS "regencyCode",
              ARRAY(SELECT u.username FROM user_point_scopes ups JOIN users u ON u.id = ups.user_id
                     WHERE ups.point_id = k.id AND u.role = 'outreach_officer' AND u.active ORDER BY u.username) AS officers,
              p.product_id AS "productId", pd.code AS "productCode", pd.name AS "productName",
              count(*)::int AS shifts, sum(p.issued)::int AS issued, sum(p.distributed)::int AS distributed, sum(p.unrecorded)::int AS unrecorded,
              sum(p.lost)::int AS lost, sum(p.damaged)::int AS damaged, sum(p.found)::int AS found, sum(p.returned)::int AS returned
         FROM ${SHIFT_FROM} JOIN regencies r ON r.code = k.regency_code JOIN provinces pr ON pr.code = r.province_code
         JOIN outreach_shift_products p ON p.shift_id = s.id JOIN products pd ON pd.id = p.product_id
        WHERE ${conditions.sql} AND s.status = 'closed'
          AND to_char(s.started_at AT TIME ZONE pr.time_zone, 'YYYY-MM') BETWEEN $${n + 1} AND $${n + 2}
        GROUP BY s.kit_point_id, k.id, k.code, k.name, k.regency_code, p.product_id, pd.code, pd.name
        ORDER BY k.code, pd.code`,
      [...conditions.params, query.from, query.to],
    );
    return { from: query.from, to: query.to, openShifts: open, items };
  }

  /** Shifts whose kit or issuing point the actor can see. */
  private inScope(scope: AccessScope): SqlConditions {
    const conditions = new SqlConditions();
    const kit = scope.pointCondition({ pointId: 'k.id', regencyCode: 'k.regency_code' }, conditions.params);
    const issuer = scope.pointCondition({ pointId: 'i.id', regencyCode: 'i.regency_code' }, conditions.params);
    return conditions.where(`(${kit} OR ${issuer})`);
  }

  private async kitAndIssuer(scope: AccessScope, kitPointId: string): Promise<{ kit: StockPoint; issuer: StockPoint }> {
    const kit = await this.points.findStockPoint(kitPointId);
    const issuer = kit?.supplierPointId ? await this.points.findStockPoint(kit.supplierPointId) : undefined;
    if (!kit || !(scope.canSeePoint(kit) || (issuer && scope.canSeePoint(issuer)))) {
      throw new DomainError('POINT_NOT_FOUND', `There is no distribution point ${kitPointId} that you can see.`);
    }
    if (kit.type !== 'outreach' || !issuer) {
      throw new DomainError('NOT_AN_OUTREACH_KIT', `${kit.code} is not an outreach kit with a supplier: a shift's bag comes from the point that supplies the kit.`, {
        errors: [{ field: 'kitPointId', messages: ['not an outreach kit with a supplier'] }],
      });
    }
    return { kit, issuer };
  }

  private async visibleShift(scope: AccessScope, id: string): Promise<ShiftRow> {
    const [shift] = await this.dataSource.query(`SELECT kit_point_id AS "kitPointId", issuing_point_id AS "issuingPointId" FROM outreach_shifts WHERE id = $1`, [id]);
    if (shift) {
      const ends = await this.points.findRefs([shift.kitPointId, shift.issuingPointId]);
      if (ends.some((point) => scope.canSeePoint(point))) return shift;
    }
    throw new DomainError('SHIFT_NOT_FOUND', `There is no outreach shift ${id} that you can see.`);
  }

  private async lockShift(manager: EntityManager, id: string): Promise<ShiftRow | undefined> {
    const [row] = await manager.query(
      `SELECT id, status, kit_point_id AS "kitPointId", issuing_point_id AS "issuingPointId", started_at AS "startedAt", request_hash AS "requestHash",
              close_id AS "closeId", close_request_hash AS "closeRequestHash", remainder
         FROM outreach_shifts WHERE id = $1 FOR UPDATE`,
      [id],
    );
    return row;
  }

  /** A concurrent start with the same id won the race: answer as a retry would be answered. */
  private async replay(id: string, hash: string, step: 'start'): Promise<{ shift: ShiftResponse; replayed: boolean }> {
    const [row] = await this.dataSource.query(`SELECT request_hash AS "requestHash" FROM outreach_shifts WHERE id = $1`, [id]);
    if (!row || (step === 'start' && row.requestHash !== hash)) throw reused();
    return { shift: await this.view(this.dataSource.manager, id), replayed: true };
  }

  /** Usable stock (lots not expired on the kit's local date) per product at the kit; `products`: only these. */
  /** Usable at the kit now, per product it holds (the opening of a new shift). */
  private async usable(manager: Queryable, kit: StockPoint): Promise<Map<string, number>> {
    const rows: { productId: string; quantity: number }[] = await manager.query(
      `SELECT pd.id AS "productId", ${usableAt('$1::uuid', 'pd.id', '$2')} AS quantity FROM products pd
        WHERE EXISTS (SELECT 1 FROM stock_balances b WHERE b.point_id = $1 AND b.product_id = pd.id AND b.quantity > 0)`,
      [kit.id, kit.timeZone],
    );
    return new Map(rows.filter((row) => row.quantity > 0).map((row) => [row.productId, row.quantity]));
  }

  /**
   * The ledger's figures of each bag now, for every shift of `shiftIds` at once (a page of the list is three queries,
   * not three per shift): handed out as recorded at the kit since the shift started (distributions and their reversals
   * recorded since), and what is usable at the kit, which the count should find.
   */
  private async liveFigures(manager: Queryable, shiftIds: string[]): Promise<Map<string, ShiftProductFigures[]>> {
    const rows: (ShiftProductFigures & { shiftId: string })[] = await manager.query(
      `SELECT p.shift_id AS "shiftId", p.product_id AS "productId", pd.code AS "productCode", p.opening, p.issued,
              COALESCE((SELECT -sum(ll.quantity) FROM ledger_lines ll JOIN movements m ON m.id = ll.movement_id
                         WHERE ll.point_id = s.kit_point_id AND ll.product_id = p.product_id AND ll.counts_as = 'distribution' AND m.recorded_at >= s.started_at), 0)::int AS distributed,
              ${usableAt('s.kit_point_id', 'p.product_id', 'pr.time_zone')} AS expected
         FROM outreach_shift_products p
         JOIN outreach_shifts s ON s.id = p.shift_id
         JOIN products pd ON pd.id = p.product_id
         JOIN points k ON k.id = s.kit_point_id
         JOIN regencies r ON r.code = k.regency_code
         JOIN provinces pr ON pr.code = r.province_code
        WHERE p.shift_id = ANY($1::uuid[]) ORDER BY p.shift_id, pd.code`,
      [shiftIds],
    );
    const byShift = new Map<string, ShiftProductFigures[]>();
    for (const { shiftId, ...figures } of rows) byShift.set(shiftId, [...(byShift.get(shiftId) ?? []), figures]);
    return byShift;
  }

  /** Issues `lines` from `from` to `to` as a shipment received in full at once: the bag going out, or coming back. */
  private async shipAndReceive(
    manager: EntityManager,
    actor: AuthUser,
    shipmentId: string,
    from: StockPoint,
    to: StockPoint,
    lines: { productId: string; quantity: number }[],
    at: Date,
  ): Promise<void> {
    const dispatch = { id: shipmentId, fromPointId: from.id, toPointId: to.id, lines };
    const dispatchCommand: PostingCommand<'shipment_dispatch'> = {
      type: 'shipment_dispatch',
      input: { request: dispatch, to },
      id: shipmentId,
      point: from,
      occurredAt: at,
      requestHash: requestHash({ kind: 'shipment', ...dispatch, occurredAt: at }),
      shipmentId,
    };
    await this.pipeline.postWithin(manager, actor, dispatchCommand, NO_ANSWER);
    const sent: { lotId: string; quantitySent: number }[] = await manager.query(
      `SELECT lot_id AS "lotId", quantity_sent AS "quantitySent" FROM shipment_lines WHERE shipment_id = $1`,
      [shipmentId],
    );
    const receipt = { id: randomUUID(), lines: sent.map((line) => ({ lotId: line.lotId, quantityReceived: line.quantitySent })) };
    const receiptCommand: PostingCommand<'shipment_receipt'> = {
      type: 'shipment_receipt',
      input: { request: receipt, shipmentId },
      id: receipt.id,
      point: to,
      occurredAt: at,
      requestHash: requestHash({ kind: 'shipment_receipt', shipmentId, ...receipt, occurredAt: at }),
      shipmentId,
    };
    await this.pipeline.postWithin(manager, actor, receiptCommand, NO_ANSWER);
  }

  /** What was handed out but not recorded: one distribution at the kit (earliest-expiring lots first), no contacts. */
  private async postUnrecorded(manager: EntityManager, actor: AuthUser, kit: StockPoint, products: Reconciled[], at: Date): Promise<string | null> {
    const lines = products.filter((product) => product.unrecorded > 0).map((product) => ({ productId: product.productId, quantity: product.unrecorded }));
    if (lines.length === 0) return null;
    const id = randomUUID();
    const request = { id, type: 'distribution' as const, occurredAt: at.toISOString(), channel: 'outreach' as const, lines };
    await this.pipeline.postWithin(
      manager,
      actor,
      {
        type: 'distribution',
        input: request,
        id,
        point: kit,
        occurredAt: at,
        requestHash: requestHash({ kind: 'movement', pointId: kit.id, ...request, occurredAt: at }),
        reach: { channel: 'outreach' },
      },
      NO_ANSWER,
    );
    return id;
  }

  /**
   * What was lost or damaged (from the earliest-expiring usable lots, as the bag would be used) and what was found (into
   * the earliest-expiring usable lot the kit holds, else the latest lot the shift issued): one adjustment at the kit.
   */
  private async postAdjustments(manager: EntityManager, actor: AuthUser, kit: StockPoint, shiftId: string, products: Reconciled[], at: Date): Promise<string | null> {
    const lines: { productId: string; lotId: string; quantity: number; reason: 'lost' | 'damaged' | 'found' }[] = [];
    const today = localDate(new Date(), kit.timeZone);
    for (const product of products) {
      if (product.lost + product.damaged + product.found === 0) continue;
      const lots: { lotId: string; quantity: number }[] = await manager.query(
        `SELECT b.lot_id AS "lotId", b.quantity FROM stock_balances b JOIN lots l ON l.id = b.lot_id
          WHERE b.point_id = $1 AND b.product_id = $2 AND b.quantity > 0 AND l.expiry_date >= $3::date
          ORDER BY l.expiry_date, l.lot_number, l.id`,
        [kit.id, product.productId, today],
      );
      // Taken after the unrecorded distribution, which drew the same lots first.
      const remaining = new Map(lots.map((lot) => [lot.lotId, lot.quantity]));
      for (const reason of ['lost', 'damaged'] as const) {
        let left = product[reason];
        for (const lot of lots) {
          const take = Math.min(left, remaining.get(lot.lotId)!);
          if (take <= 0) continue;
          lines.push({ productId: product.productId, lotId: lot.lotId, quantity: take, reason });
          remaining.set(lot.lotId, remaining.get(lot.lotId)! - take);
          left -= take;
        }
      }
      if (product.found > 0) {
        const [issuedLot] = await manager.query(
          `SELECT sl.lot_id AS "lotId" FROM outreach_shifts s JOIN shipment_lines sl ON sl.shipment_id = s.issue_shipment_id JOIN lots l ON l.id = sl.lot_id
            WHERE s.id = $1 AND sl.product_id = $2 ORDER BY l.expiry_date DESC LIMIT 1`,
          [shiftId, product.productId],
        );
        const lotId = lots[0]?.lotId ?? issuedLot?.lotId;
        if (!lotId) {
          throw new DomainError('SHIFT_DIFFERENCE_UNEXPLAINED', `${product.productCode}: found stock needs a lot the kit holds or was issued; record it as a receipt instead.`);
        }
        lines.push({ productId: product.productId, lotId, quantity: product.found, reason: 'found' });
      }
    }
    if (lines.length === 0) return null;
    const id = randomUUID();
    const request = { id, type: 'adjustment' as const, occurredAt: at.toISOString(), lines };
    await this.pipeline.postWithin(
      manager,
      actor,
      { type: 'adjustment', input: request, id, point: kit, occurredAt: at, requestHash: requestHash({ kind: 'movement', pointId: kit.id, ...request, occurredAt: at }) },
      NO_ANSWER,
    );
    return id;
  }

  /** A shift as the API shows it; an open one with the ledger's figures as they stand now. */
  private async view(manager: EntityManager, id: string): Promise<ShiftResponse> {
    const [shift]: ShiftRowView[] = await manager.query(`SELECT ${SHIFT_COLUMNS} FROM ${SHIFT_FROM} WHERE s.id = $1`, [id]);
    return (await this.views(manager, [shift]))[0];
  }

  /** The answers for `shifts` (rows of SHIFT_COLUMNS): their products, and the live figures of those still open. */
  private async views(manager: Queryable, shifts: ShiftRowView[]): Promise<ShiftResponse[]> {
    if (shifts.length === 0) return [];
    const products: (ShiftProductResponse & { shiftId: string })[] = await manager.query(
      `SELECT p.shift_id AS "shiftId", p.product_id AS "productId", pd.code AS "productCode", pd.name AS "productName", pd.name_id AS "productNameId",
              p.opening, p.issued, p.distributed, p.other_change AS "otherChange", p.expected, p.counted, p.counted - p.expected AS difference,
              p.unrecorded, p.lost, p.damaged, p.found, p.returned
         FROM outreach_shift_products p JOIN products pd ON pd.id = p.product_id WHERE p.shift_id = ANY($1::uuid[]) ORDER BY pd.code`,
      [shifts.map((shift) => shift.id)],
    );
    const open = shifts.filter((shift) => shift.status === 'open').map((shift) => shift.id);
    const live = open.length > 0 ? await this.liveFigures(manager, open) : new Map<string, ShiftProductFigures[]>();
    return shifts.map((shift) => {
      const figures = new Map((live.get(shift.id) ?? []).map((figure) => [figure.productId, figure]));
      const own = products.filter((product) => product.shiftId === shift.id).map(({ shiftId: _shiftId, ...product }): ShiftProductResponse => {
        const figure = figures.get(product.productId);
        if (!figure) return product;
        return { ...product, distributed: figure.distributed, expected: figure.expected, otherChange: figure.expected - product.opening - product.issued + figure.distributed };
      });
      return {
        ...shift,
        startedAt: shift.startedAt.toISOString(),
        closedAt: shift.closedAt?.toISOString() ?? null,
        differences: own.reduce((sum, product) => sum + Math.abs(product.difference ?? 0), 0),
        products: own,
      };
    });
  }
}

/** Usable stock of a product at a point on the point's local date (`timeZone`), as SQL over the given expressions. */
function usableAt(pointId: string, productId: string, timeZone: string): string {
  return `COALESCE((SELECT sum(b.quantity) FROM stock_balances b JOIN lots l ON l.id = b.lot_id
                     WHERE b.point_id = ${pointId} AND b.product_id = ${productId} AND b.quantity > 0
                       AND l.expiry_date >= (now() AT TIME ZONE ${timeZone})::date), 0)::int`;
}

/** A row of SHIFT_COLUMNS as the driver reads it. */
type ShiftRowView = Omit<ShiftResponse, 'startedAt' | 'closedAt' | 'differences' | 'products'> & { startedAt: Date; closedAt: Date | null };

const reused = () => new DomainError('IDEMPOTENCY_KEY_REUSED', 'This id was already used for a different request: generate a new id for a new request.');

const alreadyOpen = (kit: StockPoint, openShiftId: string | null) =>
  new DomainError('SHIFT_ALREADY_OPEN', `${kit.code} already has an open shift: close it (count what came back) before issuing a new bag.`, { openShiftId });
