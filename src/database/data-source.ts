import 'reflect-metadata';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { loadDotEnv } from '../config/dot-env';
import { databaseOptions } from './database-options';

/**
 * Stand-alone DataSource for the TypeORM CLI (`npm run migration:run`, `migration:generate`, `migration:revert`).
 * It needs DATABASE_URL (from the environment or `.env`); with the embedded database, `npm start` applies migrations
 * by itself.
 */
loadDotEnv(join(process.cwd(), '.env'));
const url = process.env.DATABASE_URL;
if (!url) {
  throw new Error('Set DATABASE_URL (for example postgres://postgres@127.0.0.1:5432/pasokan) to run migration commands.');
}
export default new DataSource(databaseOptions(url));
