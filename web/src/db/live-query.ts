import { liveQuery } from 'dexie';
import { useEffect, useState } from 'react';

/** The current result of a Dexie query, updated whenever the tables it read change (in this tab or another). */
export function useLiveQuery<T>(query: () => Promise<T>, deps: unknown[]): T | undefined {
  const [value, setValue] = useState<T>();
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({ next: setValue, error: () => setValue(undefined) });
    return () => subscription.unsubscribe();
  }, deps);
  return value;
}
