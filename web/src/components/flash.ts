import { useEffect, useSyncExternalStore } from 'react';

/** How long a confirmation stays on screen. */
const SHOWN_MS = 8000;

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

/** The confirmation to show now; it clears itself after its own full time (a new one, even with the same words, restarts it). */
export function useFlash(): Flash | undefined {
  const message = useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => current,
  );
  useEffect(() => {
    if (!message) return;
    const timer = window.setTimeout(() => {
      if (current === message) flash(undefined);
    }, SHOWN_MS);
    return () => window.clearTimeout(timer);
  }, [message]);
  return message;
}
