import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { asProblem, type Problem } from '../../api/client';
import type { components } from '../../api/schema';
import { markSessionExpired } from '../auth/session';

export type Schemas = components['schemas'];
export type ShortageRow = Schemas['StockStatusResponse'];
export type ExpiryRow = Schemas['ExpiryLotResponse'];
export type Dashboard = Schemas['DashboardResponse'];
export type Alert = Schemas['AlertResponse'];
export type ResupplyRequest = Schemas['ResupplyRequestResponse'];
export type ResupplyRequestDetail = Schemas['ResupplyRequestDetail'];

/** A problem document thrown by a read or a write, so screens can say what went wrong in the user's words. */
export class ProblemError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail || problem.code);
  }
}

/**
 * The workspace runs on a laptop with a connection: reads go straight to the server (no phone copy) and a refusal
 * becomes a ProblemError. An ended session asks for the password again, as in the field app.
 */
export async function answer<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await call;
  if (response.status === 401) markSessionExpired();
  if (data === undefined) throw new ProblemError(asProblem(error, response.status));
  return data;
}

/** A server read keyed by what it asks; the previous page stays on screen while the next one loads. */
export function useRead<T>(key: unknown[], read: () => Promise<{ data?: T; error?: unknown; response: Response }>, enabled = true) {
  return useQuery({ queryKey: ['district', ...key], queryFn: () => answer(read()), placeholderData: keepPreviousData, enabled, staleTime: 15_000 });
}

/** The reports also answer CSV (`format=csv`); the workspace reads their JSON. */
export function jsonOnly<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>) {
  return call as Promise<{ data?: Exclude<T, string>; error?: unknown; response: Response }>;
}
