import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { restrictedByDefault } from '../products/product-categories';
import { PasswordHasher } from '../users/password-hasher';
import { DEMO_PASSWORD, DEMO_POINTS, DEMO_PRODUCTS, DEMO_USERS } from './demo-data';
import { DailyScanScheduler } from '../scans/daily-scan.scheduler';
import { DemoStock } from './demo-stock';

/** Any number that identifies the demo seeding lock; two instances starting at once seed only once. */
const DEMO_LOCK_KEY = 73_102_026;

/**
 * Loads the demo catalogue, points, one account per role and three months of stock history, once, into an empty
 * database. A database that already holds products or points is never touched.
 */
@Injectable()
export class DemoSeeder {
  private readonly logger = new Logger(DemoSeeder.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly passwords: PasswordHasher,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly stock: DemoStock,
    private readonly scans: DailyScanScheduler,
  ) {}

  async seedIfEmpty(): Promise<boolean> {
    const inUse = async (queryable: Pick<DataSource, 'query'>): Promise<boolean> => {
      const [{ used }] = await queryable.query(
        `SELECT EXISTS (SELECT 1 FROM products) OR EXISTS (SELECT 1 FROM points)
             OR EXISTS (SELECT 1 FROM users WHERE username = ANY($1::text[])) AS used`,
        [DEMO_USERS.map((user) => user.username)],
      );
      return used;
    };
    const skipped = () => {
      this.logger.log('demo data skipped: the database already holds data');
      return false;
    };
    // Asked first without the lock: the passwords' hashes (argon2, 64 MB each) are made only for a database to seed,
    // not at every start (they were most of a development start's 400 MB peak and 1.5 s).
    if (await inUse(this.dataSource)) return skipped();
    const hashes = await Promise.all(DEMO_USERS.map(() => this.passwords.hash(DEMO_PASSWORD)));
    const seeded = await this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [DEMO_LOCK_KEY]);
      if (await inUse(manager)) return skipped();

      for (const product of DEMO_PRODUCTS) {
        await manager.query(
          `INSERT INTO products (code, name, name_id, category, unit, pack_size, restricted, expiry_warning_days, edition, syringe_content)
           VALUES ($1, $2, $3, $4, $5, $6, $7, NULL, $8, $9)`,
          [product.code, product.name, product.nameId, product.category, product.unit, product.packSize,
            restrictedByDefault(product.category), product.edition ?? null, product.syringeContent ?? null],
        );
      }

      const pointIds = new Map<string, string>();
      for (const point of DEMO_POINTS) {
        const [row] = await manager.query(
          `INSERT INTO points (code, name, type, regency_code, supplier_point_id, may_hold_restricted)
           VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
          [point.code, point.name, point.type, point.regencyCode,
            point.supplierCode ? pointIds.get(point.supplierCode) : null,
            this.config.restrictedPointTypes.includes(point.type)],
        );
        pointIds.set(point.code, row.id);
      }

      for (const [index, user] of DEMO_USERS.entries()) {
        const [row] = await manager.query(
          `INSERT INTO users (username, password_hash, role) VALUES ($1, $2, $3) RETURNING id`,
          [user.username, hashes[index], user.role],
        );
        for (const regencyCode of user.regencyCodes ?? []) {
          await manager.query(`INSERT INTO user_regency_scopes (user_id, regency_code) VALUES ($1, $2)`, [row.id, regencyCode]);
        }
        for (const pointCode of user.pointCodes ?? []) {
          await manager.query(`INSERT INTO user_point_scopes (user_id, point_id) VALUES ($1, $2)`, [row.id, pointIds.get(pointCode)]);
        }
      }
      this.logger.log(`demo data loaded: ${DEMO_PRODUCTS.length} products, ${DEMO_POINTS.length} points, ${DEMO_USERS.length} users`);
      return true;
    });
    // Stock goes through the real ledger, after the points and users it refers to are committed; the daily scan then
    // runs once so the demo shows its alerts at once.
    if (seeded) {
      await this.stock.seed();
      await this.scans.run();
    }
    return seeded;
  }
}
