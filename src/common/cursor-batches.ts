import { DataSource } from 'typeorm';

/**
 * The rows of `sql` a batch at a time, read through a cursor in a read-only transaction on a connection of its own:
 * memory holds one batch whatever the size of the answer (an export of the whole country, say). The first batch is
 * read before this resolves, so a query that fails or runs out of time is a problem answer, not a broken download.
 * The connection goes back to the pool when the last batch is read, when the reader stops early (`return`, which a
 * destroyed stream and a `for await` that breaks both call), or on an error. `map` turns each batch into what the
 * reader gets (e.g. adds each request's lines), inside the iterator, so no wrapper can leave the cursor open.
 */
export async function cursorBatches<Row, Out = Row>(
  dataSource: DataSource,
  sql: string,
  params: unknown[],
  batchSize: number,
  map: (rows: Row[]) => Out[] | Promise<Out[]> = (rows) => rows as unknown as Out[],
): Promise<AsyncIterableIterator<Out[]>> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  let open = true;
  const close = async (commit: boolean) => {
    if (!open) return;
    open = false;
    try {
      await runner.query(commit ? 'COMMIT' : 'ROLLBACK');
    } catch {
      // The transaction is gone with its connection's error; releasing it is all that is left to do.
    } finally {
      await runner.release();
    }
  };
  const fetch = async (): Promise<Out[]> => {
    try {
      const batch: Row[] = await runner.query(`FETCH ${batchSize} FROM batches`);
      if (batch.length < batchSize) await close(true);
      return batch.length === 0 ? [] : await map(batch);
    } catch (error) {
      await close(false);
      throw error;
    }
  };
  try {
    await runner.query('BEGIN READ ONLY');
    await runner.query(`DECLARE batches NO SCROLL CURSOR FOR ${sql}`, params);
  } catch (error) {
    await close(false);
    throw error;
  }
  let ahead: Out[] | undefined = await fetch();
  const batches: AsyncIterableIterator<Out[]> = {
    [Symbol.asyncIterator]: () => batches,
    async next(): Promise<IteratorResult<Out[]>> {
      for (;;) {
        if (ahead === undefined) {
          if (!open) return { done: true, value: undefined };
          ahead = await fetch();
        }
        const batch = ahead;
        ahead = undefined;
        if (batch.length > 0) return { done: false, value: batch };
        if (!open) return { done: true, value: undefined };
      }
    },
    async return(): Promise<IteratorResult<Out[]>> {
      ahead = undefined;
      await close(true);
      return { done: true, value: undefined };
    },
  };
  return batches;
}
