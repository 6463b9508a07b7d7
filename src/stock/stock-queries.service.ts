import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AccessScope } from '../access/access-scope';
import { AuthUser } from '../access/roles';
import { Page } from '../common/pagination';
import { PointsService } from '../points/points.service';
import { LotQuery, LotResponse, ProductStockResponse, StockCardQuery, StockCardResponse } from './dto/stock.dto';
import { daysBetween, isExpired, localDate } from './expiry-dates';
import { instantAt } from '../regions/local-time';
import { ReadDatabase } from '../database/replicas/read-database';

/** Reads of stock: on hand per product and lot (from the balance projection, never by summing the ledger), stock cards, lots. */
@Injectable()
export class StockQueriesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly points: PointsService,
    private readonly reads: ReadDatabase,
  ) {}

  async stock(actor: AuthUser, pointId: string): Promise<ProductStockResponse[]> {
    const point = new AccessScope(actor).visiblePoint(await this.points.findStockPoint(pointId), pointId);
    const today = localDate(new Date(), point.timeZone);

    const [lots, inbound]: [
      { productId: string; productCode: string; productName: string; productNameId: string | null; lotId: string; lotNumber: string; expiryDate: string; fundingSource: string; donorName: string | null; quantity: number }[],
      { productId: string; productCode: string; productName: string; productNameId: string | null; quantity: number }[],
    ] = await this.reads.run((db) => Promise.all([
      db.query(
        `SELECT b.product_id AS "productId", p.code AS "productCode", p.name AS "productName", p.name_id AS "productNameId", b.lot_id AS "lotId",
                l.lot_number AS "lotNumber", to_char(l.expiry_date, 'YYYY-MM-DD') AS "expiryDate",
                l.funding_source AS "fundingSource", l.donor_name AS "donorName", b.quantity
           FROM stock_balances b JOIN lots l ON l.id = b.lot_id JOIN products p ON p.id = b.product_id
          WHERE b.point_id = $1 AND b.quantity > 0
          ORDER BY p.code, l.expiry_date, l.lot_number`,
        [pointId],
      ),
      db.query(
        `SELECT sl.product_id AS "productId", p.code AS "productCode", p.name AS "productName", p.name_id AS "productNameId", sum(sl.quantity_sent)::int AS quantity
           FROM shipments s JOIN shipment_lines sl ON sl.shipment_id = s.id JOIN products p ON p.id = sl.product_id
          WHERE s.to_point_id = $1 AND s.status = 'in_transit'
          GROUP BY sl.product_id, p.code, p.name, p.name_id`,
        [pointId],
      ),
    ]));

    const byProduct = new Map<string, ProductStockResponse>();
    const entry = ({ productId, productCode, productName, productNameId }: { productId: string; productCode: string; productName: string; productNameId: string | null }) => {
      let product = byProduct.get(productId);
      if (!product) {
        product = { productId, productCode, productName, productNameId, onHand: 0, usable: 0, expired: 0, inTransitInbound: 0, lots: [] };
        byProduct.set(productId, product);
      }
      return product;
    };
    for (const lot of lots) {
      const product = entry(lot);
      product.onHand += lot.quantity;
      if (isExpired(lot.expiryDate, today)) product.expired += lot.quantity;
      else product.usable += lot.quantity;
      product.lots.push({
        lotId: lot.lotId,
        lotNumber: lot.lotNumber,
        expiryDate: lot.expiryDate,
        fundingSource: lot.fundingSource,
        donorName: lot.donorName,
        quantity: lot.quantity,
        daysToExpiry: daysBetween(today, lot.expiryDate),
      });
    }
    for (const shipment of inbound) entry(shipment).inTransitInbound = shipment.quantity;
    return [...byProduct.values()].sort((a, b) => a.productCode.localeCompare(b.productCode));
  }

  async stockCard(actor: AuthUser, pointId: string, query: StockCardQuery): Promise<StockCardResponse> {
    const point = new AccessScope(actor).visiblePoint(await this.points.findStockPoint(pointId), pointId);
    const from = query.from ? instantAt(query.from, point.timeZone) : null;
    const to = query.to ? instantAt(query.to, point.timeZone) : null;
    const params = [pointId, query.productId, from, to];
    const window = `ll.point_id = $1 AND ll.product_id = $2 AND ll.account = 'stock' AND ($3::timestamptz IS NULL OR ll.occurred_at >= $3) AND ($4::timestamptz IS NULL OR ll.occurred_at < $4)`;

    // Both statements on the same server, so the running balance starts from the opening balance it read.
    const { openingBalance, total, items } = await this.reads.run(async (db) => {
      const [{ openingBalance, total }] = await db.query(
        `SELECT (SELECT COALESCE(sum(quantity), 0)::int FROM ledger_lines
                  WHERE point_id = $1 AND product_id = $2 AND account = 'stock' AND $3::timestamptz IS NOT NULL AND occurred_at < $3) AS "openingBalance",
                (SELECT count(*)::int FROM ledger_lines ll WHERE ${window}) AS total`,
        params,
      );
      const items = await db.query(
        `SELECT * FROM (
           SELECT ll.movement_id AS "movementId", m.type, ll.reason, ll.lot_id AS "lotId", l.lot_number AS "lotNumber",
                  ll.quantity, ll.counted_quantity AS "countedQuantity",
                  ($5::int + sum(ll.quantity) OVER (ORDER BY ll.occurred_at, ll.id))::int AS "runningBalance",
                  u.username AS "recordedBy", ll.occurred_at AS "occurredAt", m.recorded_at AS "recordedAt", ll.id AS line_id
             FROM ledger_lines ll
             JOIN movements m ON m.id = ll.movement_id
             JOIN users u ON u.id = m.recorded_by
             JOIN lots l ON l.id = ll.lot_id
            WHERE ${window}
         ) card
         ORDER BY "occurredAt", line_id
         LIMIT $6 OFFSET $7`,
        [...params, openingBalance, query.limit, query.offset],
      );
      return { openingBalance, total, items };
    });
    return {
      pointId,
      productId: query.productId,
      openingBalance,
      items: items.map(({ line_id: _lineId, ...line }: { line_id: string }) => line),
      total,
      limit: query.limit,
      offset: query.offset,
    };
  }

  async lots(query: LotQuery): Promise<Page<LotResponse>> {
    const params = [query.productId ?? null, query.lotNumber ?? null, query.gtin ?? null];
    const where = `($1::uuid IS NULL OR l.product_id = $1) AND ($2::text IS NULL OR l.lot_number = $2) AND ($3::text IS NULL OR p.gtin = $3)`;
    const from = `lots l JOIN products p ON p.id = l.product_id`;
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total FROM ${from} WHERE ${where}`, params);
    const items = await this.dataSource.query(
      `SELECT l.id, l.product_id AS "productId", l.lot_number AS "lotNumber", to_char(l.expiry_date, 'YYYY-MM-DD') AS "expiryDate",
              l.funding_source AS "fundingSource", l.donor_name AS "donorName", p.gtin
         FROM ${from} WHERE ${where} ORDER BY l.expiry_date, l.lot_number, l.id LIMIT $4 OFFSET $5`,
      [...params, query.limit, query.offset],
    );
    return { items, total, limit: query.limit, offset: query.offset };
  }
}
