import { DataSource } from 'typeorm';
import { cursorBatches } from './cursor-batches';
import { Page } from './pagination';

/** Anything that runs SQL: a DataSource, an EntityManager. */
interface Queryable {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

/**
 * The WHERE clause of a list query and its numbered parameters, built condition by condition. Conditions that number
 * their own parameters (AccessScope.pointCondition writes into `params`) go in with `where`; a filter with `?`
 * placeholders, every one standing for the same value, goes in with `add` and is left out when the value is absent.
 */
export class SqlConditions {
  readonly params: unknown[] = [];
  private readonly conditions: string[] = [];

  /** A condition that already numbers its parameters in `params`. */
  where(condition: string): this {
    this.conditions.push(condition);
    return this;
  }

  /** `condition` with each `?` standing for `value`; nothing when `value` is undefined. */
  add(condition: string, value: unknown): this {
    if (value === undefined) return this;
    this.params.push(value);
    this.conditions.push(condition.replaceAll('?', `$${this.params.length}`));
    return this;
  }

  get sql(): string {
    return this.conditions.length > 0 ? this.conditions.join(' AND ') : 'TRUE';
  }
}

/** A list's query: what it selects from where, the conditions of its filters and scope, its order. */
export interface ListSql {
  select: string;
  from: string;
  countFrom?: string;
  conditions: SqlConditions;
  orderBy: string;
}

/** Rows an export reads from its cursor at a time. */
const EXPORT_BATCH = 2_000;

/**
 * Every row of a list in its order, for an export: the page's own query without LIMIT and OFFSET, read through a
 * cursor a batch at a time (`map` may add to each batch). One query and one batch in memory, whatever the size; paging
 * through with OFFSET cost 65 s for the country's 52,000 open alerts (docs/benchmarks.md).
 */
export function rowsOf<T, Out = T>(db: DataSource, list: ListSql, map?: (rows: T[]) => Out[] | Promise<Out[]>): Promise<AsyncIterableIterator<Out[]>> {
  return cursorBatches<T, Out>(db, `SELECT ${list.select} FROM ${list.from} WHERE ${list.conditions.sql} ORDER BY ${list.orderBy}`, list.conditions.params, EXPORT_BATCH, map);
}

/**
 * One page of a list and the total matching its conditions: the same WHERE for the count (over `countFrom`, the joins
 * the conditions need, `from` by default) and for the page (over `from`, in `orderBy`, which must end in a unique key
 * so that pages never overlap).
 */
export async function pageOf<T>(
  db: Queryable,
  list: ListSql,
  page: { limit: number; offset: number },
): Promise<Page<T>> {
  const { conditions } = list;
  const [{ total }] = (await db.query(`SELECT count(*)::int AS total FROM ${list.countFrom ?? list.from} WHERE ${conditions.sql}`, conditions.params)) as { total: number }[];
  const n = conditions.params.length;
  const items = (await db.query(
    `SELECT ${list.select} FROM ${list.from} WHERE ${conditions.sql} ORDER BY ${list.orderBy} LIMIT $${n + 1} OFFSET $${n + 2}`,
    [...conditions.params, page.limit, page.offset],
  )) as T[];
  return { items, total, limit: page.limit, offset: page.offset };
}
