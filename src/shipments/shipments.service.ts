import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AccessScope } from '../auth/access-scope';
import { AuthUser } from '../auth/roles';
import { Page } from '../common/pagination';
import { DomainError, FieldError } from '../common/problem/problem';
import { PointsService, StockPoint } from '../points/points.service';
import { ResupplyShipping } from '../resupply/resupply-shipping';
import { localDate } from '../stock/expiry-dates';
import { LedgerWriter, PostedLine } from '../stock/ledger-writer';
import { MAX_CLOCK_SKEW_MS } from '../stock/ledger-rules';
import { MovementsService } from '../stock/movements.service';
import { instantAt } from '../regions/local-time';
import { requestHash } from '../stock/request-hash';
import {
  CancelShipmentRequest,
  DispatchShipmentRequest,
  ReceiveShipmentRequest,
  ShipmentQuery,
  ShipmentResponse,
} from './dto/shipment.dto';

const SHIPMENT_COLUMNS = `
  s.id, s.from_point_id AS "fromPointId", fp.code AS "fromPointCode", fp.name AS "fromPointName",
  s.to_point_id AS "toPointId", tp.code AS "toPointCode", tp.name AS "toPointName", s.status, s.note,
  s.resupply_request_id AS "resupplyRequestId", s.dispatched_at AS "dispatchedAt", s.received_at AS "receivedAt",
  s.cancelled_at AS "cancelledAt", s.dispatch_movement_id AS "dispatchMovementId",
  s.receipt_movement_id AS "receiptMovementId", s.cancel_movement_id AS "cancelMovementId"`;
/** The names of both ends, for the columns above. */
const SHIPMENT_POINTS = `JOIN points fp ON fp.id = s.from_point_id JOIN points tp ON tp.id = s.to_point_id`;

interface ShipmentHeader {
  id: string;
  fromPointId: string;
  toPointId: string;
  status: string;
}

const mismatch = (errors: FieldError[]) =>
  new DomainError('SHIPMENT_RECEIPT_MISMATCH', `The receipt does not match the shipment. ${errors.map((e) => `${e.field}: ${e.messages.join(', ')}`).join('; ')}`, {
    errors,
  });

function assertNotInFuture(occurredAt: Date): void {
  if (occurredAt.getTime() > Date.now() + MAX_CLOCK_SKEW_MS) {
    throw new DomainError('OCCURRED_IN_FUTURE', 'occurredAt is in the future. Check the date and time on the device.');
  }
}

/**
 * Shipments between points, in two steps. Dispatch takes the stock out of the sender (FEFO when no lot is named) and
 * leaves it in transit; receipt puts what arrived into the receiver's stock, a shortfall recorded with its reason as
 * lost in transit; cancellation returns it to the sender. Each step is a ledger movement with a client-generated id.
 */
@Injectable()
export class ShipmentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly ledger: LedgerWriter,
    private readonly movements: MovementsService,
    private readonly points: PointsService,
    private readonly resupply: ResupplyShipping,
  ) {}

  /** `historyImport` is for the demo's history only: it may be dated beyond the backdating window. */
  async dispatch(
    actor: AuthUser,
    request: DispatchShipmentRequest,
    options: { historyImport?: boolean } = {},
  ): Promise<{ shipment: ShipmentResponse; replayed: boolean }> {
    const scope = new AccessScope(actor);
    const from = scope.visiblePoint(await this.points.findStockPoint(request.fromPointId), request.fromPointId);
    if (!scope.canDispatchFrom(from)) throw new DomainError('OUT_OF_SCOPE', 'You can see this point but not send shipments from it.');
    const to = await this.destination(scope, from, request.toPointId);
    const requestedAt = request.occurredAt ? instantAt(request.occurredAt, from.timeZone) : undefined;
    const hash = requestHash({ kind: 'shipment', ...request, occurredAt: requestedAt });

    // The answer is read inside the transaction: once it commits, nothing is left to fail before the client hears it.
    return this.ledger.inTransaction(async (manager) => {
      const occurredAt = requestedAt ?? new Date();
      const claim = await this.ledger.claimMovement(manager, {
        id: request.id,
        point: from,
        type: 'shipment_dispatch',
        occurredAt,
        recordedBy: actor.id,
        note: request.note,
        shipmentId: request.id,
        requestHash: hash,
        historyImport: options.historyImport,
      });
      if (claim.outcome === 'replay') return { shipment: await this.view(request.id, manager), replayed: true };
      assertNotInFuture(occurredAt);
      if (!from.active || !to.active) throw new DomainError('INACTIVE_POINT', 'Both points must be active to ship between them.');

      if (request.resupplyRequestId) await this.resupply.assertShippable(manager, request.resupplyRequestId, from.id, to.id, request.lines);
      const products = await this.movements.loadProducts(manager, request.lines, false);
      request.lines.forEach((line, index) => this.movements.assertMayHold(to, products.get(line.productId)!, index));
      const posted = await this.movements.issueLines(manager, from, request.lines, occurredAt, localDate(options.historyImport ? occurredAt : new Date(), from.timeZone), products);
      // The shipment exists before its lines, so the consumption aggregate can tell supply to a dependent point.
      await manager.query(
        `INSERT INTO shipments (id, from_point_id, to_point_id, status, note, resupply_request_id, dispatch_movement_id, dispatched_at)
         VALUES ($1, $2, $3, 'in_transit', $4, $5, $1, $6)`,
        [request.id, from.id, to.id, request.note ?? null, request.resupplyRequestId ?? null, occurredAt],
      );
      await this.ledger.insertLines(manager, request.id, from, occurredAt, posted);
      await manager.query(
        `INSERT INTO shipment_lines (shipment_id, lot_id, product_id, quantity_sent)
         SELECT $1, t.lot_id, t.product_id, sum(-t.quantity)
           FROM unnest($2::uuid[], $3::uuid[], $4::int[]) AS t(lot_id, product_id, quantity)
          GROUP BY t.lot_id, t.product_id`,
        [request.id, posted.map((line) => line.lotId), posted.map((line) => line.productId), posted.map((line) => line.quantity)],
      );
      if (request.resupplyRequestId) await this.resupply.afterShipmentChanged(manager, request.resupplyRequestId, actor.id);
      return { shipment: await this.view(request.id, manager), replayed: false };
    });
  }

  async receive(
    actor: AuthUser,
    shipmentId: string,
    request: ReceiveShipmentRequest,
    options: { historyImport?: boolean } = {},
  ): Promise<{ shipment: ShipmentResponse; replayed: boolean }> {
    const scope = new AccessScope(actor);
    const shipment = await this.visibleShipment(scope, shipmentId);
    const to = (await this.points.findStockPoint(shipment.toPointId))!;
    if (!scope.canRecordStockAt(to)) throw new DomainError('OUT_OF_SCOPE', 'Only the receiving point can confirm what arrived.');
    const requestedAt = request.occurredAt ? instantAt(request.occurredAt, to.timeZone) : undefined;
    const hash = requestHash({ kind: 'shipment_receipt', shipmentId, ...request, occurredAt: requestedAt });

    // The answer is read inside the transaction: once it commits, nothing is left to fail before the client hears it.
    return this.ledger.inTransaction(async (manager) => {
      const occurredAt = requestedAt ?? new Date();
      const claim = await this.ledger.claimMovement(manager, {
        id: request.id,
        point: to,
        type: 'shipment_receipt',
        occurredAt,
        recordedBy: actor.id,
        note: request.note,
        shipmentId,
        requestHash: hash,
        historyImport: options.historyImport,
      });
      if (claim.outcome === 'replay') return { shipment: await this.view(shipmentId, manager), replayed: true };
      assertNotInFuture(occurredAt);
      if (!to.active) throw new DomainError('INACTIVE_POINT', 'The receiving point is deactivated; it cannot take stock in. Reactivate it first.');
      await this.lockInTransit(manager, shipmentId);

      const sent: { lotId: string; productId: string; quantitySent: number }[] = await manager.query(
        `SELECT lot_id AS "lotId", product_id AS "productId", quantity_sent AS "quantitySent" FROM shipment_lines WHERE shipment_id = $1`,
        [shipmentId],
      );
      const errors: FieldError[] = [];
      request.lines.forEach((line, index) => {
        const sentLine = sent.find((candidate) => candidate.lotId === line.lotId);
        const field = (name: string, message: string) => errors.push({ field: `lines[${index}].${name}`, messages: [message] });
        if (!sentLine) return field('lotId', 'this lot is not in the shipment');
        if (request.lines.findIndex((other) => other.lotId === line.lotId) !== index) return field('lotId', 'this lot is listed twice');
        if (line.quantityReceived > sentLine.quantitySent) return field('quantityReceived', `more than the ${sentLine.quantitySent} sent`);
        if (line.quantityReceived < sentLine.quantitySent && !line.discrepancyReason) {
          return field('discrepancyReason', `${sentLine.quantitySent - line.quantityReceived} missing: say why (damaged, lost, stolen, ...)`);
        }
        if (line.quantityReceived === sentLine.quantitySent && line.discrepancyReason) field('discrepancyReason', 'everything arrived: there is no discrepancy');
      });
      for (const sentLine of sent) {
        if (!request.lines.some((line) => line.lotId === sentLine.lotId)) {
          errors.push({ field: 'lines', messages: [`lot ${sentLine.lotId} of the shipment is missing; give 0 if none of it arrived`] });
        }
      }
      if (errors.length > 0) throw mismatch(errors);

      const posted: PostedLine[] = request.lines
        .filter((line) => line.quantityReceived > 0)
        .map((line) => ({ productId: sent.find((s) => s.lotId === line.lotId)!.productId, lotId: line.lotId, quantity: line.quantityReceived }));
      // The point may have lost the right to hold naloxone since the shipment left (e.g. RESTRICTED_POINT_TYPES changed).
      const products = await this.movements.loadProducts(manager, posted, false);
      request.lines.forEach((line, index) => {
        const productId = sent.find((candidate) => candidate.lotId === line.lotId)!.productId;
        if (line.quantityReceived > 0 && products.get(productId)!.restricted && !to.mayHoldRestricted) {
          throw new DomainError('RESTRICTED_PRODUCT', `Line ${index + 1}: ${products.get(productId)!.code} is a restricted product and this point may no longer hold it. The sender can cancel the shipment.`, {
            errors: [{ field: `lines[${index}].lotId`, messages: ['restricted product not allowed at this point'] }],
          });
        }
      });
      await this.ledger.insertLines(manager, request.id, to, occurredAt, posted);
      await manager.query(
        `UPDATE shipment_lines sl SET quantity_received = t.received, discrepancy_reason = t.reason
           FROM unnest($2::uuid[], $3::int[], $4::text[]) AS t(lot_id, received, reason)
          WHERE sl.shipment_id = $1 AND sl.lot_id = t.lot_id`,
        [shipmentId, request.lines.map((l) => l.lotId), request.lines.map((l) => l.quantityReceived), request.lines.map((l) => l.discrepancyReason ?? null)],
      );
      await manager.query(
        `UPDATE shipments SET status = 'received', receipt_movement_id = $2, received_at = $3 WHERE id = $1`,
        [shipmentId, request.id, occurredAt],
      );
      await this.afterRequestShipment(manager, shipmentId, actor.id);
      return { shipment: await this.view(shipmentId, manager), replayed: false };
    });
  }

  async cancel(actor: AuthUser, shipmentId: string, request: CancelShipmentRequest): Promise<{ shipment: ShipmentResponse; replayed: boolean }> {
    const scope = new AccessScope(actor);
    const shipment = await this.visibleShipment(scope, shipmentId);
    const from = (await this.points.findStockPoint(shipment.fromPointId))!;
    if (!scope.canDispatchFrom(from)) throw new DomainError('OUT_OF_SCOPE', 'Only the sending point can cancel a shipment.');
    const hash = requestHash({ kind: 'shipment_cancel', shipmentId, ...request });

    // The answer is read inside the transaction: once it commits, nothing is left to fail before the client hears it.
    return this.ledger.inTransaction(async (manager) => {
      const occurredAt = new Date();
      const claim = await this.ledger.claimMovement(manager, {
        id: request.id,
        point: from,
        type: 'shipment_cancel',
        occurredAt,
        recordedBy: actor.id,
        note: request.note,
        shipmentId,
        requestHash: hash,
      });
      if (claim.outcome === 'replay') return { shipment: await this.view(shipmentId, manager), replayed: true };
      if (!from.active) throw new DomainError('INACTIVE_POINT', 'The sending point is deactivated; the stock cannot go back to it. Reactivate it first.');
      await this.lockInTransit(manager, shipmentId);
      const posted: PostedLine[] = await manager.query(
        `SELECT product_id AS "productId", lot_id AS "lotId", quantity_sent AS quantity FROM shipment_lines WHERE shipment_id = $1 ORDER BY lot_id`,
        [shipmentId],
      );
      // A cancellation undoes the dispatch, like a reversal: never refused by the daily limit.
      await this.ledger.insertLines(manager, request.id, from, occurredAt, posted, { dailyLimit: false });
      await manager.query(`UPDATE shipments SET status = 'cancelled', cancel_movement_id = $2, cancelled_at = $3 WHERE id = $1`, [
        shipmentId,
        request.id,
        occurredAt,
      ]);
      await this.afterRequestShipment(manager, shipmentId, actor.id);
      return { shipment: await this.view(shipmentId, manager), replayed: false };
    });
  }

  async get(actor: AuthUser, id: string): Promise<ShipmentResponse> {
    await this.visibleShipment(new AccessScope(actor), id);
    return this.view(id, this.dataSource);
  }

  async list(actor: AuthUser, query: ShipmentQuery): Promise<Page<ShipmentResponse>> {
    const scope = new AccessScope(actor);
    const params: unknown[] = [];
    const fromInScope = scope.pointCondition({ pointId: 'f.id', regencyCode: 'f.regency_code' }, params);
    const toInScope = scope.pointCondition({ pointId: 't.id', regencyCode: 't.regency_code' }, params);
    const conditions = [`(${fromInScope} OR ${toInScope})`];
    if (query.pointId) {
      scope.visiblePoint(await this.points.findStockPoint(query.pointId), query.pointId);
      params.push(query.pointId);
      const point = `$${params.length}::uuid`;
      conditions.push(
        query.direction === 'inbound' ? `s.to_point_id = ${point}` : query.direction === 'outbound' ? `s.from_point_id = ${point}` : `(s.from_point_id = ${point} OR s.to_point_id = ${point})`,
      );
    } else if (query.direction) {
      conditions.push(query.direction === 'inbound' ? toInScope : fromInScope);
    }
    if (query.status) {
      params.push(query.status);
      conditions.push(`s.status = $${params.length}`);
    }
    const from = `shipments s JOIN points f ON f.id = s.from_point_id JOIN points t ON t.id = s.to_point_id ${SHIPMENT_POINTS}`;
    const where = conditions.join(' AND ');
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total FROM ${from} WHERE ${where}`, params);
    const items: ShipmentResponse[] = await this.dataSource.query(
      `SELECT ${SHIPMENT_COLUMNS} FROM ${from} WHERE ${where} ORDER BY s.dispatched_at DESC, s.id LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, query.limit, query.offset],
    );
    await this.attachLines(items);
    return { items, total, limit: query.limit, offset: query.offset };
  }

  /**
   * Where a point may ship to: along the supply chain (a point it supplies, or back to its supplier), or anywhere else
   * as a lateral transfer, which needs the district health office (AccessScope.canSendLateral).
   */
  private async destination(scope: AccessScope, from: StockPoint, toPointId: string): Promise<StockPoint> {
    const to = await this.points.findStockPoint(toPointId);
    if (!to) {
      throw new DomainError('UNKNOWN_POINT', `There is no point ${toPointId}.`, { errors: [{ field: 'toPointId', messages: ['unknown point'] }] });
    }
    if (to.id === from.id) {
      throw new DomainError('VALIDATION_FAILED', 'A shipment goes to another point.', { errors: [{ field: 'toPointId', messages: ['same as fromPointId'] }] });
    }
    const alongSupplyChain = to.supplierPointId === from.id || from.supplierPointId === to.id;
    if (!alongSupplyChain && !scope.canSendLateral(from, to)) {
      throw new DomainError(
        'LATERAL_TRANSFER_NEEDS_APPROVAL',
        'The points do not supply each other, so this is a lateral transfer: the district health office (Dinkes) approves it. ' +
          'Ask the district officer of the regency to send it, or ask your supplier with a resupply request.',
        { errors: [{ field: 'toPointId', messages: ['not supplied by or supplying the sending point'] }] },
      );
    }
    return to;
  }

  private async visibleShipment(scope: AccessScope, id: string): Promise<ShipmentHeader> {
    const [shipment]: ShipmentHeader[] = await this.dataSource.query(
      `SELECT id, from_point_id AS "fromPointId", to_point_id AS "toPointId", status FROM shipments WHERE id = $1`,
      [id],
    );
    if (shipment) {
      const ends = await this.points.findRefs([shipment.fromPointId, shipment.toPointId]);
      if (ends.some((point) => scope.canSeePoint(point))) return shipment;
    }
    throw new DomainError('SHIPMENT_NOT_FOUND', `There is no shipment ${id} that you can see.`);
  }

  private async afterRequestShipment(manager: EntityManager, shipmentId: string, actorId: string): Promise<void> {
    const [{ requestId }] = await manager.query(`SELECT resupply_request_id AS "requestId" FROM shipments WHERE id = $1`, [shipmentId]);
    if (requestId) await this.resupply.afterShipmentChanged(manager, requestId, actorId);
  }

  private async lockInTransit(manager: EntityManager, shipmentId: string): Promise<void> {
    const [row] = await manager.query(`SELECT status FROM shipments WHERE id = $1 FOR UPDATE`, [shipmentId]);
    if (row.status !== 'in_transit') {
      throw new DomainError('SHIPMENT_NOT_IN_TRANSIT', `This shipment was already ${row.status}.`, { shipmentStatus: row.status });
    }
  }

  private async view(id: string, queryable: Pick<EntityManager, 'query'>): Promise<ShipmentResponse> {
    const rows: ShipmentResponse[] = await queryable.query(`SELECT ${SHIPMENT_COLUMNS} FROM shipments s ${SHIPMENT_POINTS} WHERE s.id = $1`, [id]);
    await this.attachLines(rows, queryable);
    return rows[0];
  }

  private async attachLines(shipments: ShipmentResponse[], queryable: Pick<EntityManager, 'query'> = this.dataSource): Promise<void> {
    if (shipments.length === 0) return;
    const lines: (ShipmentResponse['lines'][number] & { shipmentId: string })[] = await queryable.query(
      `SELECT sl.shipment_id AS "shipmentId", sl.product_id AS "productId", pd.code AS "productCode", pd.name AS "productName",
              pd.name_id AS "productNameId", sl.lot_id AS "lotId", l.lot_number AS "lotNumber",
              to_char(l.expiry_date, 'YYYY-MM-DD') AS "expiryDate", sl.quantity_sent AS "quantitySent",
              sl.quantity_received AS "quantityReceived", sl.quantity_sent - sl.quantity_received AS "quantityLost",
              sl.discrepancy_reason AS "discrepancyReason"
         FROM shipment_lines sl JOIN lots l ON l.id = sl.lot_id JOIN products pd ON pd.id = sl.product_id
        WHERE sl.shipment_id = ANY($1::uuid[])
        ORDER BY l.expiry_date, l.lot_number`,
      [shipments.map((shipment) => shipment.id)],
    );
    for (const shipment of shipments) {
      shipment.lines = lines.filter((line) => line.shipmentId === shipment.id).map(({ shipmentId: _shipmentId, ...line }) => line);
    }
  }
}
