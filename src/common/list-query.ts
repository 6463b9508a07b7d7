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

/**
 * One page of a list and the total matching its conditions: the same WHERE for the count (over `countFrom`, the joins
 * the conditions need, `from` by default) and for the page (over `from`, in `orderBy`, which must end in a unique key
 * so that pages never overlap).
 */
export async function pageOf<T>(
  db: Queryable,
  list: { select: string; from: string; countFrom?: string; conditions: SqlConditions; orderBy: string },
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
