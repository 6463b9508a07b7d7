/**
 * What the process cannot recover from by itself (the embedded PostgreSQL could not be restarted). While anything is
 * recorded here, liveness (`/health`) answers 503, so a supervisor (systemd, Docker, Kubernetes) restarts the service.
 * A database that is merely unreachable fails only readiness: the service recovers from that on its own.
 */
const failures = new Map<string, string>();

export const liveness = {
  fail(component: string, reason: string): void {
    failures.set(component, reason);
  },
  recover(component: string): void {
    failures.delete(component);
  },
  failures(): Record<string, string> {
    return Object.fromEntries(failures);
  },
};
