import { useSyncExternalStore } from 'react';

/**
 * A one-line confirmation shown on the next screen ("Saved on the phone; it will be sent…"). Each call is a new
 * confirmation, even with the same words as the one before: it is shown for its own full time.
 */
export interface Flash {
  text: string;
}

let current: Flash | undefined;
const listeners = new Set<() => void>();

export function flash(text: string | undefined): void {
  current = text === undefined ? undefined : { text };
  for (const listener of listeners) listener();
}

export function useFlash(): Flash | undefined {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => current,
  );
}
