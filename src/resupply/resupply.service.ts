import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AccessScope } from '../access/access-scope';
import { AuthUser } from '../access/roles';
import { provinceOf } from '../common/transforms';
import { DomainError, FieldError, invalidFields } from '../common/problem/problem';
import { NotificationsService } from '../notifications/notifications.service';
import { PointsService, StockPoint } from '../points/points.service';
import { ShortagesService } from '../shortages/shortages.service';
import { inRetryingTransaction } from '../database/retrying-transaction';
import { ReadDatabase } from '../database/replicas/read-database';
import { requestHash } from '../stock/request-hash';
import {
  ApproveRequest,
  CreateResupplyRequest,
  RejectRequest,
  RequestStatus,
  ResupplyRequestDetail,
  ResupplyRequestPage,
  ResupplyRequestQuery,
  ResupplyRequestResponse,
  ResupplySuggestion,
} from './dto/resupply.dto';
import { ListSql, pageOf, rowsOf, SqlConditions } from '../common/list-query';

const REQUEST_COLUMNS = `
  r.id, r.point_id AS "pointId", p.code AS "pointCode", p.name AS "pointName", r.supplier_point_id AS "supplierPointId",
  s.code AS "supplierPointCode", s.name AS "supplierPointName",
  r.status, r.note, ru.username AS "requestedBy", r.requested_at AS "requestedAt", du.username AS "decidedBy",
  r.decided_at AS "decidedAt", r.rejection_reason AS "rejectionReason"`;
const REQUEST_FROM = `
  resupply_requests r JOIN points p ON p.id = r.point_id JOIN points s ON s.id = r.supplier_point_id
  JOIN users ru ON ru.id = r.requested_by LEFT JOIN users du ON du.id = r.decided_by`;

type Queryable = Pick<EntityManager, 'query'>;

/** A request after a decision or cancellation, and whether this was a repeat of one already made. */
export interface Decided {
  request: ResupplyRequestDetail;
  replayed: boolean;
}

interface RequestRecord {
  id: string;
  pointId: string;
  supplierPointId: string;
  status: RequestStatus;
  requestedBy: string;
  regencyCode: string;
  supplierRegencyCode: string;
}

/**
 * Resupply requests: a point (an outreach officer's kit, a drop-in centre) asks its supplier; the supplier's staff or
 * a district officer of the requester's regency approves (possibly other quantities) or rejects; shipments against
 * the request fulfil it; its status follows them to `received`. Every change is kept in the request's history.
 */
@Injectable()
export class ResupplyService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reads: ReadDatabase,
    private readonly points: PointsService,
    private readonly shortages: ShortagesService,
    private readonly notifications: NotificationsService,
  ) {}

  async create(actor: AuthUser, request: CreateResupplyRequest): Promise<{ request: ResupplyRequestDetail; replayed: boolean }> {
    const scope = new AccessScope(actor);
    const point = scope.stockPointToRecord(await this.points.findStockPoint(request.pointId), request.pointId);
    const errors: FieldError[] = [];
    request.lines.forEach((line, index) => {
      if (request.lines.findIndex((other) => other.productId === line.productId) !== index) {
        errors.push({ field: `lines[${index}].productId`, messages: ['this product is listed twice'] });
      }
    });
    if (errors.length > 0) throw invalidFields(errors, 'Each product once per request.');
    const hash = requestHash({ kind: 'resupply_request', ...request });

    return this.dataSource.transaction(async (manager) => {
      const inserted = await manager.query(
        `INSERT INTO resupply_requests (id, point_id, supplier_point_id, status, note, requested_by, request_hash)
         SELECT $1, $2, $3, 'submitted', $4, $5, $6 WHERE $3::uuid IS NOT NULL
         ON CONFLICT (id) DO NOTHING RETURNING id`,
        [request.id, point.id, point.supplierPointId, request.note ?? null, actor.id, hash],
      );
      if (inserted.length === 0) {
        const [existing] = await manager.query(`SELECT request_hash AS "requestHash" FROM resupply_requests WHERE id = $1`, [request.id]);
        if (existing?.requestHash === hash) return { request: await this.detail(request.id, manager), replayed: true };
        if (existing) {
          throw new DomainError('IDEMPOTENCY_KEY_REUSED', `The id ${request.id} was already used for a different request. Generate a new id for a new request.`);
        }
        throw new DomainError('NO_SUPPLIER', 'This point has no supplier to ask. A district officer can set its supplier point.');
      }
      await this.assertProductsAllowed(manager, point, request.lines.map((line) => line.productId));
      await manager.query(
        `INSERT INTO resupply_request_lines (request_id, product_id, quantity, note)
         SELECT $1, * FROM unnest($2::uuid[], $3::int[], $4::text[])`,
        [request.id, request.lines.map((l) => l.productId), request.lines.map((l) => l.quantity), request.lines.map((l) => l.note ?? null)],
      );
      await this.recordEvent(manager, request.id, 'submitted', actor.id, {});
      return { request: await this.detail(request.id, manager), replayed: false };
    });
  }

  async get(actor: AuthUser, id: string): Promise<ResupplyRequestDetail> {
    await this.visible(actor, id);
    return this.detail(id, this.dataSource);
  }

  async list(actor: AuthUser, query: ResupplyRequestQuery): Promise<ResupplyRequestPage> {
    return this.reads.run(async (db) => {
      const page = await pageOf<ResupplyRequestResponse>(db, this.listSql(actor, query), query);
      await this.attachLines(page.items, db);
      return page;
    });
  }

  /** Every request matching the filters, in the list's order, with its lines, a batch at a time (exports). */
  all<Out>(actor: AuthUser, query: ResupplyRequestQuery, map: (requests: ResupplyRequestResponse[]) => Out[]): Promise<AsyncIterableIterator<Out[]>> {
    return this.reads.run((db) =>
      rowsOf<ResupplyRequestResponse, Out>(db, this.listSql(actor, query), async (requests) => {
        await this.attachLines(requests, db);
        return map(requests);
      }),
    );
  }

  private listSql(actor: AuthUser, query: ResupplyRequestQuery): ListSql {
    const scope = new AccessScope(actor);
    const conditions = new SqlConditions();
    const asRequester = () => scope.pointCondition({ pointId: 'r.point_id', regencyCode: 'p.regency_code' }, conditions.params);
    const asSupplier = () => scope.pointCondition({ pointId: 'r.supplier_point_id', regencyCode: 's.regency_code' }, conditions.params);
    const province = (column: string) => `${provinceOf(column)} = ?`;
    conditions
      .where(query.role === 'requester' ? asRequester() : query.role === 'supplier' ? asSupplier() : `(${asRequester()} OR ${asSupplier()})`)
      .add('r.status = ?', query.status)
      .add(query.role === 'supplier' ? 's.regency_code = ?' : query.role === 'requester' ? 'p.regency_code = ?' : '(p.regency_code = ? OR s.regency_code = ?)', query.regencyCode)
      .add(
        query.role === 'supplier' ? province('s.regency_code') : query.role === 'requester' ? province('p.regency_code') : `(${province('p.regency_code')} OR ${province('s.regency_code')})`,
        query.provinceCode,
      )
      .add('(r.point_id = ? OR r.supplier_point_id = ?)', query.pointId);
    return { select: REQUEST_COLUMNS, from: REQUEST_FROM, conditions, orderBy: 'r.requested_at DESC, r.id' };
  }

  async approve(actor: AuthUser, id: string, approval: ApproveRequest): Promise<Decided> {
    const details = {
      lines: approval.lines.map((line) => ({ productId: line.productId, approvedQuantity: line.approvedQuantity, comment: line.comment ?? null })),
    };
    return this.decide(actor, id, { status: 'approved', details }, async (manager) => {
      const lines: { productId: string }[] = await manager.query(`SELECT product_id AS "productId" FROM resupply_request_lines WHERE request_id = $1`, [id]);
      const errors: FieldError[] = [];
      approval.lines.forEach((line, index) => {
        if (!lines.some((requested) => requested.productId === line.productId)) errors.push({ field: `lines[${index}].productId`, messages: ['this product was not requested'] });
        if (approval.lines.findIndex((other) => other.productId === line.productId) !== index) errors.push({ field: `lines[${index}].productId`, messages: ['listed twice'] });
      });
      for (const requested of lines) {
        if (!approval.lines.some((line) => line.productId === requested.productId)) {
          errors.push({ field: 'lines', messages: [`give an approved quantity (0 or more) for product ${requested.productId}`] });
        }
      }
      if (errors.length > 0) throw invalidFields(errors, 'Approve every requested product once.');
      await manager.query(
        `UPDATE resupply_request_lines l SET approved_quantity = t.approved, approval_comment = t.comment
           FROM unnest($2::uuid[], $3::int[], $4::text[]) AS t(product_id, approved, comment)
          WHERE l.request_id = $1 AND l.product_id = t.product_id`,
        [id, approval.lines.map((l) => l.productId), approval.lines.map((l) => l.approvedQuantity), approval.lines.map((l) => l.comment ?? null)],
      );
      await manager.query(`UPDATE resupply_requests SET status = 'approved', decided_by = $2, decided_at = now(), updated_at = now() WHERE id = $1`, [id, actor.id]);
      await this.recordEvent(manager, id, 'approved', actor.id, details);
    });
  }

  async reject(actor: AuthUser, id: string, rejection: RejectRequest): Promise<Decided> {
    const details = { reason: rejection.reason };
    return this.decide(actor, id, { status: 'rejected', details }, async (manager) => {
      await manager.query(
        `UPDATE resupply_requests SET status = 'rejected', rejection_reason = $3, decided_by = $2, decided_at = now(), updated_at = now() WHERE id = $1`,
        [id, actor.id, rejection.reason],
      );
      await this.recordEvent(manager, id, 'rejected', actor.id, details);
    });
  }

  /** The requester (or another recorder of the requesting point) withdraws a request not yet decided. */
  async cancel(actor: AuthUser, id: string): Promise<Decided> {
    const record = await this.visible(actor, id);
    const point = (await this.points.findStockPoint(record.pointId))!;
    if (!new AccessScope(actor).canRecordStockAt(point)) throw new DomainError('OUT_OF_SCOPE', 'Only the requesting point can cancel its request.');
    return this.changeStatus(actor, id, { status: 'cancelled', details: {} }, 'cancelled', async (manager) => {
      await manager.query(`UPDATE resupply_requests SET status = 'cancelled', updated_at = now() WHERE id = $1`, [id]);
      await this.recordEvent(manager, id, 'cancelled', actor.id, {});
    });
  }

  /** Lines pre-filled with the point's suggested resupply quantities (shortfall figures), for a new request. */
  async suggestion(actor: AuthUser, pointId: string): Promise<ResupplySuggestion> {
    const point = new AccessScope(actor).visiblePoint(await this.points.findStockPoint(pointId), pointId);
    const rows = (await this.shortages.pointStatus(actor, pointId, undefined)).filter((row) => row.suggestedQuantity > 0);
    const names: { id: string; name: string; nameId: string | null }[] = await this.dataSource.query(
      `SELECT id, name, name_id AS "nameId" FROM products WHERE id = ANY($1::uuid[])`,
      [rows.map((row) => row.productId)],
    );
    const byId = new Map(names.map((product) => [product.id, product]));
    return {
      pointId,
      supplierPointId: point.supplierPointId,
      lines: rows.map((row) => ({
        productId: row.productId,
        productCode: row.productCode,
        productName: byId.get(row.productId)!.name,
        productNameId: byId.get(row.productId)!.nameId,
        quantity: row.suggestedQuantity,
        status: row.status,
      })),
    };
  }

  /**
   * Decisions: staff of the supplier point, or a district officer of the requester's regency; never the person who
   * asked. Only a submitted request can be decided.
   */
  private async decide(
    actor: AuthUser,
    id: string,
    decision: { status: RequestStatus; details: Record<string, unknown> },
    apply: (manager: EntityManager) => Promise<void>,
  ): Promise<Decided> {
    const record = await this.visible(actor, id);
    const scope = new AccessScope(actor);
    const supplier = (await this.points.findStockPoint(record.supplierPointId))!;
    const mayDecide =
      actor.role === 'admin' || scope.canRecordStockAt(supplier) || (actor.role === 'district_officer' && actor.regencyCodes.includes(record.regencyCode));
    if (!mayDecide) throw new DomainError('OUT_OF_SCOPE', 'Requests are decided by the supplier point or a district officer of the requesting regency.');
    if (record.requestedBy === actor.id) throw new DomainError('SELF_APPROVAL', 'You made this request; someone else must decide it.');
    return this.changeStatus(actor, id, decision, 'decided', apply);
  }

  /**
   * Moves a submitted request on, answering from inside the transaction. The same change sent again by the same
   * person (a retry, or a copy racing the first) answers the request as it is now, marked replayed: the copies wait
   * on the row lock, then find their own decision already in the history.
   */
  private async changeStatus(
    actor: AuthUser,
    id: string,
    decision: { status: RequestStatus; details: Record<string, unknown> },
    verb: string,
    apply: (manager: EntityManager) => Promise<void>,
  ): Promise<Decided> {
    return inRetryingTransaction(this.dataSource, async (manager) => {
      const [locked] = await manager.query(`SELECT status FROM resupply_requests WHERE id = $1 FOR UPDATE`, [id]);
      if (locked.status !== 'submitted') {
        const [same] = await manager.query(
          `SELECT 1 FROM resupply_request_events WHERE request_id = $1 AND status = $2 AND actor_id = $3 AND details = $4::jsonb`,
          [id, decision.status, actor.id, JSON.stringify(decision.details)],
        );
        if (same) return { request: await this.detail(id, manager), replayed: true };
        throw this.notInStatus(locked.status, verb);
      }
      await apply(manager);
      return { request: await this.detail(id, manager), replayed: false };
    });
  }

  private notInStatus(status: string, wanted: string): DomainError {
    return new DomainError('REQUEST_NOT_SUBMITTED', `This request is ${status}; only a submitted request can be ${wanted}.`, { requestStatus: status });
  }

  private async assertProductsAllowed(manager: EntityManager, point: StockPoint, productIds: string[]): Promise<void> {
    const products: { id: string; code: string; restricted: boolean; active: boolean }[] = await manager.query(
      `SELECT id, code, restricted, active FROM products WHERE id = ANY($1::uuid[])`,
      [productIds],
    );
    productIds.forEach((productId, index) => {
      const product = products.find((candidate) => candidate.id === productId);
      if (!product || !product.active) {
        throw new DomainError('UNKNOWN_PRODUCT', `Line ${index + 1}: there is no active product ${productId}.`, {
          errors: [{ field: `lines[${index}].productId`, messages: ['unknown or inactive product'] }],
        });
      }
      if (product.restricted && !point.mayHoldRestricted) {
        throw new DomainError('RESTRICTED_PRODUCT', `Line ${index + 1}: ${product.code} is restricted and this point may not hold it, so it cannot be requested here.`, {
          errors: [{ field: `lines[${index}].productId`, messages: ['restricted product not allowed at this point'] }],
        });
      }
    });
  }

  private async visible(actor: AuthUser, id: string): Promise<RequestRecord> {
    const [record]: RequestRecord[] = await this.dataSource.query(
      `SELECT r.id, r.point_id AS "pointId", r.supplier_point_id AS "supplierPointId", r.status, r.requested_by AS "requestedBy",
              p.regency_code AS "regencyCode", s.regency_code AS "supplierRegencyCode"
         FROM resupply_requests r JOIN points p ON p.id = r.point_id JOIN points s ON s.id = r.supplier_point_id WHERE r.id = $1`,
      [id],
    );
    const scope = new AccessScope(actor);
    if (
      !record ||
      !(scope.canSeePoint({ id: record.pointId, regencyCode: record.regencyCode }) || scope.canSeePoint({ id: record.supplierPointId, regencyCode: record.supplierRegencyCode }))
    ) {
      throw new DomainError('REQUEST_NOT_FOUND', `There is no resupply request ${id} that you can see.`);
    }
    return record;
  }

  /** Appends to the request's history and tells who needs to know (NotificationsService.requestEvent). */
  private async recordEvent(manager: EntityManager, id: string, status: string, actorId: string | null, details: Record<string, unknown>): Promise<void> {
    const [event] = await manager.query(`INSERT INTO resupply_request_events (request_id, status, actor_id, details) VALUES ($1, $2, $3, $4) RETURNING id::text`, [id, status, actorId, details]);
    await this.notifications.requestEvent(manager, { requestId: id, status, actorId, eventId: event.id });
  }

  /** The request as answered; `queryable` is the transaction that changed it, so the answer never needs a second trip. */
  private async detail(id: string, queryable: Queryable): Promise<ResupplyRequestDetail> {
    const [request]: ResupplyRequestDetail[] = await queryable.query(`SELECT ${REQUEST_COLUMNS} FROM ${REQUEST_FROM} WHERE r.id = $1`, [id]);
    await this.attachLines([request], queryable);
    request.history = await queryable.query(
      `SELECT e.status, u.username AS by, e.at, e.details FROM resupply_request_events e LEFT JOIN users u ON u.id = e.actor_id
        WHERE e.request_id = $1 ORDER BY e.id`,
      [id],
    );
    const shipments = await queryable.query(
      `SELECT s.id, s.from_point_id AS "fromPointId", fp.code AS "fromPointCode", fp.name AS "fromPointName",
              s.to_point_id AS "toPointId", tp.code AS "toPointCode", tp.name AS "toPointName", s.status, s.note, s.resupply_request_id AS "resupplyRequestId",
              s.dispatched_at AS "dispatchedAt", s.received_at AS "receivedAt", s.cancelled_at AS "cancelledAt",
              s.dispatch_movement_id AS "dispatchMovementId", s.receipt_movement_id AS "receiptMovementId", s.cancel_movement_id AS "cancelMovementId",
              COALESCE((SELECT json_agg(json_build_object(
                  'productId', sl.product_id, 'productCode', pd.code, 'productName', pd.name, 'productNameId', pd.name_id, 'lotId', sl.lot_id, 'lotNumber', l.lot_number, 'expiryDate', to_char(l.expiry_date, 'YYYY-MM-DD'),
                  'quantitySent', sl.quantity_sent, 'quantityReceived', sl.quantity_received,
                  'quantityLost', sl.quantity_sent - sl.quantity_received, 'discrepancyReason', sl.discrepancy_reason) ORDER BY l.expiry_date, l.lot_number)
                FROM shipment_lines sl JOIN lots l ON l.id = sl.lot_id JOIN products pd ON pd.id = sl.product_id WHERE sl.shipment_id = s.id), '[]') AS lines
         FROM shipments s JOIN points fp ON fp.id = s.from_point_id JOIN points tp ON tp.id = s.to_point_id WHERE s.resupply_request_id = $1 ORDER BY s.dispatched_at, s.id`,
      [id],
    );
    request.shipments = shipments;
    return request;
  }

  private async attachLines(requests: ResupplyRequestResponse[], queryable: Queryable = this.dataSource): Promise<void> {
    if (requests.length === 0) return;
    const lines: (ResupplyRequestResponse['lines'][number] & { requestId: string })[] = await queryable.query(
      `SELECT l.request_id AS "requestId", l.product_id AS "productId", pd.code AS "productCode", pd.name AS "productName",
              pd.name_id AS "productNameId", l.quantity, l.note,
              l.approved_quantity AS "approvedQuantity", l.approval_comment AS "approvalComment",
              COALESCE((SELECT sum(sl.quantity_sent) FROM shipments s JOIN shipment_lines sl ON sl.shipment_id = s.id
                         WHERE s.resupply_request_id = l.request_id AND sl.product_id = l.product_id AND s.status <> 'cancelled'), 0)::int AS "shippedQuantity",
              COALESCE((SELECT sum(sl.quantity_received) FROM shipments s JOIN shipment_lines sl ON sl.shipment_id = s.id
                         WHERE s.resupply_request_id = l.request_id AND sl.product_id = l.product_id AND s.status = 'received'), 0)::int AS "receivedQuantity"
         FROM resupply_request_lines l JOIN products pd ON pd.id = l.product_id
        WHERE l.request_id = ANY($1::uuid[]) ORDER BY pd.code`,
      [requests.map((request) => request.id)],
    );
    for (const request of requests) {
      request.lines = lines.filter((line) => line.requestId === request.id).map(({ requestId: _requestId, ...line }) => line);
    }
  }
}
