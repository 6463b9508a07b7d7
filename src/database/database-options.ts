import { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from '../../migrations';
import { Point } from '../points/entities/point.entity';
import { Product } from '../products/entities/product.entity';
import { PreparingClient } from './prepared-statements';

export const ENTITIES = [Point, Product];

/**
 * The schema comes only from migrations; `synchronize` stays off everywhere. `statementTimeoutMs` makes PostgreSQL
 * cancel any statement that runs longer (the application's requests); migrations run without it. Statements marked
 * `prepared` are planned once per connection (PreparingClient).
 */
export function databaseOptions(url: string, statementTimeoutMs?: number, applicationName = 'pasokan'): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    applicationName,
    extra: { Client: PreparingClient, max: 20, connectionTimeoutMillis: 5000, ...(statementTimeoutMs ? { statement_timeout: statementTimeoutMs } : {}) },
  };
}
