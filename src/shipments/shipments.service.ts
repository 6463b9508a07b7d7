import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AccessScope } from '../access/access-scope';
import { AuthUser } from '../access/roles';
import { Page } from '../common/pagination';
import { DomainError } from '../common/problem/problem';
import { NotificationsService } from '../notifications/notifications.service';
import { PointsService, StockPoint } from '../points/points.service';
import { PostingCommand } from '../stock/posting/movement-rule';
import { PostingPipeline } from '../stock/posting/posting-pipeline';
import { instantAt } from '../regions/local-time';
import { requestHash } from '../stock/request-hash';
import {
  CancelShipmentRequest,
  DispatchShipmentRequest,
  ReceiveShipmentRequest,
  ShipmentQuery,
  ShipmentResponse,
} from './dto/shipment.dto';
import { pageOf, SqlConditions } from '../common/list-query';

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

/**
 * Shipments between points, in two steps. Dispatch takes the stock out of the sender (FEFO when no lot is named) and
 * leaves it in transit; receipt puts what arrived into the receiver's stock, a shortfall recorded with its reason as
 * lost in transit; cancellation returns it to the sender. Each step is a ledger movement with a client-generated id,
 * posted through PostingPipeline (the rules: src/stock/posting/rules/shipment-*.rule.ts); this service decides who may
 * take each step and reads shipments back.
 */
@Injectable()
export class ShipmentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly pipeline: PostingPipeline,
    private readonly points: PointsService,
    private readonly notifications: NotificationsService,
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
    const occurredAt = request.occurredAt ? instantAt(request.occurredAt, from.timeZone) : undefined;
    return this.post(actor, request.id, {
      type: 'shipment_dispatch',
      input: { request, to },
      id: request.id,
      point: from,
      occurredAt,
      requestHash: requestHash({ kind: 'shipment', ...request, occurredAt }),
      note: request.note,
      shipmentId: request.id,
      historyImport: options.historyImport,
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
    const occurredAt = request.occurredAt ? instantAt(request.occurredAt, to.timeZone) : undefined;
    return this.post(actor, shipmentId, {
      type: 'shipment_receipt',
      input: { request, shipmentId },
      id: request.id,
      point: to,
      occurredAt,
      requestHash: requestHash({ kind: 'shipment_receipt', shipmentId, ...request, occurredAt }),
      note: request.note,
      shipmentId,
      historyImport: options.historyImport,
    });
  }

  async cancel(actor: AuthUser, shipmentId: string, request: CancelShipmentRequest): Promise<{ shipment: ShipmentResponse; replayed: boolean }> {
    const scope = new AccessScope(actor);
    const shipment = await this.visibleShipment(scope, shipmentId);
    const from = (await this.points.findStockPoint(shipment.fromPointId))!;
    if (!scope.canDispatchFrom(from)) throw new DomainError('OUT_OF_SCOPE', 'Only the sending point can cancel a shipment.');
    return this.post(actor, shipmentId, {
      type: 'shipment_cancel',
      input: { request, shipmentId },
      id: request.id,
      point: from,
      requestHash: requestHash({ kind: 'shipment_cancel', shipmentId, ...request }),
      note: request.note,
      shipmentId,
    });
  }

  /** Posts a step of the shipment; the answer is the shipment as it stands, read inside the transaction. */
  private async post(
    actor: AuthUser,
    shipmentId: string,
    command: PostingCommand<'shipment_dispatch' | 'shipment_receipt' | 'shipment_cancel'>,
  ): Promise<{ shipment: ShipmentResponse; replayed: boolean }> {
    const view = (manager: EntityManager) => this.view(shipmentId, manager);
    const posted = async (manager: EntityManager) => {
      if (command.type === 'shipment_dispatch') await this.notifications.shipmentSent(manager, { id: shipmentId, actorId: actor.id });
      return view(manager);
    };
    const { answer, replayed } = await this.pipeline.post(actor, command, { replayed: view, posted });
    return { shipment: answer, replayed };
  }

  async get(actor: AuthUser, id: string): Promise<ShipmentResponse> {
    await this.visibleShipment(new AccessScope(actor), id);
    return this.view(id, this.dataSource);
  }

  async list(actor: AuthUser, query: ShipmentQuery): Promise<Page<ShipmentResponse>> {
    const scope = new AccessScope(actor);
    const conditions = new SqlConditions();
    const fromInScope = scope.pointCondition({ pointId: 'f.id', regencyCode: 'f.regency_code' }, conditions.params);
    const toInScope = scope.pointCondition({ pointId: 't.id', regencyCode: 't.regency_code' }, conditions.params);
    conditions.where(`(${fromInScope} OR ${toInScope})`);
    if (query.pointId) {
      scope.visiblePoint(await this.points.findStockPoint(query.pointId), query.pointId);
      conditions.add(
        query.direction === 'inbound' ? 's.to_point_id = ?::uuid' : query.direction === 'outbound' ? 's.from_point_id = ?::uuid' : '(s.from_point_id = ?::uuid OR s.to_point_id = ?::uuid)',
        query.pointId,
      );
    } else if (query.direction) {
      conditions.where(query.direction === 'inbound' ? toInScope : fromInScope);
    }
    conditions.add('s.status = ?', query.status || undefined);
    const from = `shipments s JOIN points f ON f.id = s.from_point_id JOIN points t ON t.id = s.to_point_id ${SHIPMENT_POINTS}`;
    const page = await pageOf<ShipmentResponse>(this.dataSource, { select: SHIPMENT_COLUMNS, from, conditions, orderBy: 's.dispatched_at DESC, s.id' }, query);
    await this.attachLines(page.items);
    return page;
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
