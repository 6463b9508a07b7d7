import { useSyncExternalStore } from 'react';

/** A one-line confirmation shown on the next screen ("Saved on the phone; it will be sent…"). */
let message: string | undefined;
const listeners = new Set<() => void>();

export function flash(text: string | undefined): void {
  message = text;
  for (const listener of listeners) listener();
}

export function useFlash(): string | undefined {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => message,
  );
}
