import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, QueryFailedError, Repository } from 'typeorm';
import { AuditLogService } from '../audit/audit-log.service';
import { containsPattern } from '../common/like-pattern';
import { Page } from '../common/pagination';
import { DomainError, invalidField } from '../common/problem/problem';
import { CreateProductRequest, KitComponentResponse, ProductQuery, ProductResponse, SetKitComponentsRequest, UpdateProductRequest } from './dto/product.dto';
import { Product } from './entities/product.entity';
import { DEFAULT_EXPIRY_WARNING_DAYS, ProductCategory, restrictedByDefault, SyringeContent } from './product-categories';

/** Only needle_syringe products say whether a unit is a set, a needle or a barrel. */
function assertSyringeContent(category: ProductCategory, syringeContent: SyringeContent | undefined): void {
  if (syringeContent !== undefined && category !== 'needle_syringe') {
    throw invalidField('syringeContent', `only needle_syringe products are a set, a needle or a barrel; this one is ${category}`);
  }
}

function toResponse(product: Product): ProductResponse {
  const { expiryWarningDays, ...rest } = product;
  return {
    ...rest,
    expiryWarningDays: expiryWarningDays ?? DEFAULT_EXPIRY_WARNING_DAYS[product.category],
    expiryWarningDaysOverridden: expiryWarningDays !== null,
    components: [],
  };
}

/** The products with their kit components (bills of materials), read in one query. */
async function withComponents(queryable: Pick<EntityManager, 'query'>, products: ProductResponse[]): Promise<ProductResponse[]> {
  if (products.length === 0) return products;
  const rows: (KitComponentResponse & { kitProductId: string })[] = await queryable.query(
    `SELECT k.kit_product_id AS "kitProductId", k.component_product_id AS "productId", p.code AS "productCode", k.quantity
       FROM kit_components k JOIN products p ON p.id = k.component_product_id
      WHERE k.kit_product_id = ANY($1::uuid[]) ORDER BY p.code`,
    [products.map((product) => product.id)],
  );
  for (const product of products) product.components = rows.filter((row) => row.kitProductId === product.id).map(({ kitProductId: _kit, ...component }) => component);
  return products;
}

const isUniqueViolation = (error: unknown, constraint: string) =>
  error instanceof QueryFailedError && (error.driverError as { code?: string; constraint?: string }).code === '23505' &&
  (error.driverError as { constraint?: string }).constraint === constraint;

/** A GTIN identifies one product: a second product with it is refused (409); any other error passes through. */
function gtinTaken(error: unknown, gtin: string | null | undefined): unknown {
  if (!isUniqueViolation(error, 'products_gtin_key')) return error;
  return new DomainError('GTIN_TAKEN', `GTIN ${gtin} already identifies another product. Find it with GET /products?gtin=${gtin}.`, {
    errors: [{ field: 'gtin', messages: ['already used by another product'] }],
  });
}

function sortedWindows(days: number[] | null | undefined): number[] | null | undefined {
  return days ? [...days].sort((a, b) => b - a) : days;
}

/** The product catalogue. Readable by every user; only administrators change it. Products are deactivated, not deleted. */
@Injectable()
export class ProductsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(Product) private readonly repository: Repository<Product>,
    private readonly audit: AuditLogService,
  ) {}

  async list(query: ProductQuery): Promise<Page<ProductResponse>> {
    const builder = this.repository.createQueryBuilder('p');
    if (query.category) builder.andWhere('p.category = :category', { category: query.category });
    if (query.active !== undefined) builder.andWhere('p.active = :active', { active: query.active });
    if (query.gtin) builder.andWhere('p.gtin = :gtin', { gtin: query.gtin });
    if (query.q) {
      builder.andWhere(`(p.code ILIKE :pattern OR p.name ILIKE :pattern OR p.name_id ILIKE :pattern)`, {
        pattern: containsPattern(query.q),
      });
    }
    const [products, total] = await builder
      .orderBy('p.category')
      .addOrderBy('p.code')
      .take(query.limit)
      .skip(query.offset)
      .getManyAndCount();
    return { items: await withComponents(this.dataSource, products.map(toResponse)), total, limit: query.limit, offset: query.offset };
  }

  /** `manager` reads inside a transaction; `lock` holds the row until it commits (for the audit's before). */
  async get(id: string, manager?: EntityManager, lock = false): Promise<ProductResponse> {
    const repository = manager ? manager.getRepository(Product) : this.repository;
    const product = await repository.findOne({ where: { id }, ...(lock ? { lock: { mode: 'for_no_key_update' as const } } : {}) });
    if (!product) throw new DomainError('PRODUCT_NOT_FOUND', `There is no product ${id}.`);
    const [response] = await withComponents(manager ?? this.dataSource, [toResponse(product)]);
    return response;
  }

  async create(actorId: string, request: CreateProductRequest): Promise<ProductResponse> {
    assertSyringeContent(request.category, request.syringeContent);
    const product = this.repository.create({
      id: randomUUID(),
      code: request.code,
      name: request.name,
      nameId: request.nameId ?? null,
      category: request.category,
      unit: request.unit,
      packSize: request.packSize,
      syringeContent: request.category === 'needle_syringe' ? (request.syringeContent ?? 'set') : null,
      contentsPerUnit: request.contentsPerUnit ?? 1,
      restricted: request.restricted ?? restrictedByDefault(request.category),
      expiryWarningDays: sortedWindows(request.expiryWarningDays) ?? null,
      edition: request.edition ?? null,
      gtin: request.gtin ?? null,
      supersededByProductId: null,
      active: request.active ?? true,
    });
    return this.dataSource.transaction(async (manager) => {
      await manager.getRepository(Product).insert(product).catch((error: unknown) => {
        if (isUniqueViolation(error, 'products_code_key')) {
          throw new DomainError('PRODUCT_CODE_TAKEN', `The product code ${request.code} is already in use. Choose another.`, {
            errors: [{ field: 'code', messages: ['already in use'] }],
          });
        }
        throw gtinTaken(error, request.gtin);
      });
      const created = await this.get(product.id, manager);
      await this.audit.record({ actorId, entityType: 'product', entityId: product.id, before: null, after: created }, manager);
      return created;
    });
  }

  /** A product is replaced by another existing product of the same category, not by itself or by its own replacement. */
  private async assertSuccessor(product: ProductResponse, successorId: string): Promise<void> {
    const successor = await this.repository.findOneBy({ id: successorId });
    const refuse = (message: string) => invalidField('supersededByProductId', message);
    if (!successor) throw refuse('there is no such product');
    if (successor.id === product.id) throw refuse('a product cannot replace itself');
    if (successor.category !== product.category) throw refuse(`the new edition must also be ${product.category}`);
    if (successor.supersededByProductId === product.id) throw refuse('that product is itself replaced by this one');
  }

  async update(actorId: string, id: string, request: UpdateProductRequest): Promise<ProductResponse> {
    const current = await this.get(id);
    assertSyringeContent(current.category, request.syringeContent);
    if (request.supersededByProductId) await this.assertSuccessor(current, request.supersededByProductId);
    return this.dataSource.transaction(async (manager) => {
      // The change and its audit entry commit together; the row is locked first, so `before` is what this change replaced.
      const before = await this.get(id, manager, true);
      await manager.getRepository(Product).update(id, {
        gtin: request.gtin,
        name: request.name,
        nameId: request.nameId,
        unit: request.unit,
        packSize: request.packSize,
        syringeContent: request.syringeContent,
        contentsPerUnit: request.contentsPerUnit,
        restricted: request.restricted,
        expiryWarningDays: sortedWindows(request.expiryWarningDays),
        edition: request.edition,
        supersededByProductId: request.supersededByProductId,
        active: request.active,
      }).catch((error: unknown) => {
        throw gtinTaken(error, request.gtin);
      });
      const updated = await this.get(id, manager);
      await this.audit.record({ actorId, entityType: 'product', entityId: id, before, after: updated }, manager);
      return updated;
    });
  }

  /**
   * Sets a kit's bill of materials (docs/kits.md), replacing the one it had; none makes it an ordinary product again.
   * Kit lots already assembled keep what they hold (`kit_lot_contents`). One level only: a kit holds no kit and is in
   * none. A kit holding a restricted product (naloxone) must be restricted itself, so that only the points that may
   * hold naloxone hold the kit.
   */
  async setComponents(actorId: string, id: string, request: SetKitComponentsRequest): Promise<ProductResponse> {
    const refuse = (index: number | null, message: string) => invalidField(index === null ? 'components' : `components[${index}].productId`, message);
    return this.dataSource.transaction(async (manager) => {
      const before = await this.get(id, manager, true);
      const ids = request.components.map((component) => component.productId);
      const duplicate = ids.findIndex((productId, index) => ids.indexOf(productId) !== index);
      if (duplicate >= 0) throw refuse(duplicate, 'this component is listed twice: one line per product');
      const found: { id: string; code: string; restricted: boolean; isKit: boolean; inKit: boolean }[] = await manager.query(
        `SELECT p.id, p.code, p.restricted, EXISTS (SELECT 1 FROM kit_components k WHERE k.kit_product_id = p.id) AS "isKit"
           FROM products p WHERE p.id = ANY($1::uuid[])`,
        [ids],
      );
      if (ids.length > 0 && (before.category === 'needle_syringe' || before.category === 'naloxone')) {
        throw refuse(null, `a kit with components is of category other: its components are what count as syringe sets or naloxone (${before.code} is ${before.category})`);
      }
      const inKits: { n: number }[] = await manager.query(`SELECT count(*)::int AS n FROM kit_components WHERE component_product_id = $1`, [id]);
      if (ids.length > 0 && inKits[0].n > 0) throw refuse(null, `${before.code} is a component of another kit: a kit cannot be inside a kit`);
      request.components.forEach((component, index) => {
        const product = found.find((candidate) => candidate.id === component.productId);
        if (!product) throw refuse(index, 'there is no such product');
        if (product.id === id) throw refuse(index, 'a kit cannot hold itself');
        if (product.isKit) throw refuse(index, `${product.code} is a kit: a kit cannot be inside a kit`);
        if (product.restricted && !before.restricted) throw refuse(index, `${product.code} is restricted: make ${before.code} restricted first, so that only points that may hold it hold the kit`);
      });
      await manager.query(`DELETE FROM kit_components WHERE kit_product_id = $1`, [id]);
      await manager.query(
        `INSERT INTO kit_components (kit_product_id, component_product_id, quantity) SELECT $1, t.product_id, t.quantity FROM unnest($2::uuid[], $3::int[]) AS t(product_id, quantity)`,
        [id, ids, request.components.map((component) => component.quantity)],
      );
      const after = await this.get(id, manager);
      await this.audit.record({ actorId, entityType: 'product', entityId: id, before, after }, manager);
      return after;
    });
  }
}
