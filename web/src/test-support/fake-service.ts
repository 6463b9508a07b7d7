/**
 * A stand-in for the pasokan service in unit tests, answering the app's real HTTP requests (through openapi-fetch):
 * sign-in with device sessions, renewal, sign-out, batch sync and the single movement endpoint. It records each
 * movement id once (a resend is a replay) and keeps every request so a test can say what went over the network.
 */
interface DeviceSession {
  id: string;
  refreshToken: string;
  ended?: 'SESSION_REVOKED' | 'SESSION_EXPIRED';
}

interface Movement {
  id: string;
  pointId?: string;
  lines?: { quantity: number }[];
}

export interface SeenRequest {
  method: string;
  path: string;
  authorization: string | null;
  body: unknown;
}

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
const problem = (status: number, code: string, detail = code) =>
  new Response(JSON.stringify({ type: `urn:pasokan:problem:${code}`, title: code, status, code, detail }), { status, headers: { 'Content-Type': 'application/problem+json' } });

export class FakeService {
  readonly requests: SeenRequest[] = [];
  /** Movement ids in the order the server recorded them. */
  readonly recorded: string[] = [];
  readonly sessions: DeviceSession[] = [];
  /** Shipments received, by id, in order. */
  readonly received: string[] = [];
  /** Access tokens the server still takes, with their session. */
  private readonly accessTokens = new Map<string, string>();
  /** Seconds the next access tokens say they live. */
  expiresIn = 28_800;
  /** The network is down for these paths (a TypeError, as fetch throws). */
  unreachable = new Set<string>();
  /** The next batch records this many movements, then the database fails (503 for the whole request). */
  failBatchAfter?: number;
  /** The next batch is refused as a whole (the envelope check). */
  refuseNextBatch = false;
  /** Which movements the server refuses, as the single endpoint would. */
  refuse: (movement: Movement) => string | undefined = () => undefined;
  private counter = 0;

  /** What the server's clock does to access tokens: none of the current ones is taken any more. */
  expireAccessTokens(): void {
    this.accessTokens.clear();
  }

  /** An administrator revokes the device session (DELETE /sessions/{id}): its tokens stop working at once. */
  revoke(sessionId: string): void {
    const session = this.sessions.find((candidate) => candidate.id === sessionId)!;
    session.ended = 'SESSION_REVOKED';
    for (const [token, owner] of this.accessTokens) if (owner === sessionId) this.accessTokens.delete(token);
  }

  paths(): string[] {
    return this.requests.map((request) => `${request.method} ${request.path}`);
  }

  readonly fetch = async (request: Request): Promise<Response> => {
    const path = new URL(request.url).pathname;
    const text = await request.text();
    const body: unknown = text ? JSON.parse(text) : undefined;
    this.requests.push({ method: request.method, path, authorization: request.headers.get('Authorization'), body });
    if (this.unreachable.has(path)) throw new TypeError('Failed to fetch');
    if (path === '/api/v1/auth/login') return this.login(body as { username: string; deviceName?: string });
    if (path === '/api/v1/auth/refresh') return this.refresh((body as { refreshToken: string }).refreshToken);
    const sessionId = this.accessTokens.get((request.headers.get('Authorization') ?? '').replace(/^Bearer /, ''));
    if (!sessionId) return problem(401, 'INVALID_TOKEN');
    if (path === '/api/v1/auth/logout') {
      this.revoke(sessionId);
      return new Response(null, { status: 204 });
    }
    if (path === '/api/v1/sync/movements') return this.sync((body as { movements: Movement[] }).movements);
    const single = /^\/api\/v1\/points\/([^/]+)\/movements$/.exec(path);
    if (single && request.method === 'POST') {
      const result = this.record({ ...(body as Movement), pointId: single[1] });
      return result.outcome === 'refused' ? problem(result.status, result.code!) : json(result.status, { id: result.id });
    }
    const receive = /^\/api\/v1\/shipments\/([^/]+)\/receive$/.exec(path);
    if (receive) {
      const result = this.record(body as Movement);
      if (result.outcome === 'recorded') this.received.push(receive[1]);
      return result.outcome === 'refused' ? problem(result.status, result.code!) : json(result.status, { id: receive[1], status: 'received' });
    }
    if (path === '/api/v1/points') return json(200, { items: [], total: 0, limit: 200, offset: 0 });
    return problem(404, 'ROUTE_NOT_FOUND');
  };

  private login(body: { username: string; deviceName?: string }): Response {
    this.counter += 1;
    const session: DeviceSession = { id: `00000000-0000-4000-8000-${String(this.counter).padStart(12, '0')}`, refreshToken: `refresh-${this.counter}` };
    this.sessions.push(session);
    return json(200, {
      accessToken: this.issue(session.id),
      expiresIn: this.expiresIn,
      refreshToken: session.refreshToken,
      refreshExpiresAt: '2027-03-02T00:00:00.000Z',
      sessionId: session.id,
      user: { id: 'user-1', username: body.username, role: 'point_staff', pointIds: [], regencyCodes: [], active: true },
    });
  }

  private refresh(refreshToken: string): Response {
    const session = this.sessions.find((candidate) => candidate.refreshToken === refreshToken);
    if (!session) return problem(401, 'INVALID_TOKEN');
    if (session.ended) return problem(401, session.ended);
    return json(200, { accessToken: this.issue(session.id), expiresIn: this.expiresIn, refreshExpiresAt: '2027-03-02T00:00:00.000Z' });
  }

  private issue(sessionId: string): string {
    this.counter += 1;
    const token = `access-${this.counter}`;
    this.accessTokens.set(token, sessionId);
    return token;
  }

  private sync(movements: Movement[]): Response {
    if (this.refuseNextBatch) {
      this.refuseNextBatch = false;
      return problem(400, 'VALIDATION_FAILED', 'movements[1].pointId: pointId must be a UUID');
    }
    const results = [];
    for (const movement of movements) {
      if (this.failBatchAfter !== undefined && results.length === this.failBatchAfter) {
        this.failBatchAfter = undefined;
        return problem(503, 'DATABASE_UNAVAILABLE');
      }
      const result = this.record(movement);
      results.push({
        id: result.id,
        pointId: movement.pointId,
        outcome: result.outcome,
        status: result.status,
        ...(result.code ? { problem: { type: 'x', title: result.code, status: result.status, code: result.code, detail: `refused: ${result.code}` } } : {}),
      });
    }
    return json(200, { results });
  }

  private record(movement: Movement): { id: string; outcome: 'recorded' | 'replayed' | 'refused'; status: number; code?: string } {
    if (this.recorded.includes(movement.id)) return { id: movement.id, outcome: 'replayed', status: 200 };
    const code = this.refuse(movement);
    if (code) return { id: movement.id, outcome: 'refused', status: 422, code };
    this.recorded.push(movement.id);
    return { id: movement.id, outcome: 'recorded', status: 201 };
  }
}
