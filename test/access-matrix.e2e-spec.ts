import { randomUUID } from 'node:crypto';
import type { Response } from 'supertest';
import { ERROR_CODES } from '../src/common/problem/error-codes';
import { DEMO_PASSWORD } from '../src/demo/demo-data';
import { demoIds } from './support/demo-ids';
import { createTestApp, TestApp } from './support/test-app';

/**
 * Access as a matrix: every route of the running application x every role x own scope / foreign scope, plus no
 * token. The expected status of each cell is declared in MATRIX below, keyed by "METHOD /path" as the OpenAPI document
 * writes it. The routes are read from the application's router, so a new route that is not in MATRIX fails the test
 * "every route of the application is in the matrix" until someone decides who may use it.
 *
 * Callers are demo accounts whose own scope is Kabupaten Bogor (32.01):
 *   admin               admin (sees everything; "own" and "foreign" are both in reach)
 *   district_officer    dinkes.bogor        own point: DINKES-3201 (the district health office, where it records stock)
 *   point_staff         staff.lsm.cibinong  own point: LSM-CBN-01
 *   outreach_officer    outreach.cibinong   own point: OUT-CBN-01
 *   anonymous           no token
 * "Foreign" is Kota Bandung (32.73): DIC-BDG-01, its supplier DINKES-3273, its staff account, its movements and
 * shipments. Write requests carry valid bodies, so the status reflects authorisation, not validation.
 *
 * Besides the status, every cell checks that an error is a problem document, and that no answer to a non-admin caller
 * contains the id of a point, movement, shipment, user, alert or resupply request of another regency (ids the request
 * itself named are excepted: a 404 may echo them).
 */

const ROLES = ['admin', 'district_officer', 'point_staff', 'outreach_officer'] as const;
type Role = (typeof ROLES)[number];
type Caller = Role | 'anonymous';
const CALLERS: Caller[] = [...ROLES, 'anonymous'];
type Scope = 'own' | 'foreign';

const USERNAMES: Record<Role, string> = {
  admin: 'admin',
  district_officer: 'dinkes.bogor',
  point_staff: 'staff.lsm.cibinong',
  outreach_officer: 'outreach.cibinong',
};
const OWN_REGENCY = '32.01';

/** Where a cell acts: a point of the scope, a partner point it may ship to or from, and records of that scope. */
interface Place {
  regency: string;
  point: string;
  partner: string;
  user: string;
  movement: string;
  shipment: string;
  alert: string;
  /** A point with a supplier where the caller records stock (for resupply requests), and a request from it. */
  requester: string;
  request: string;
  /** A point whose resupply requests the caller would decide (it supplies the point, or covers its regency). */
  decides: string;
}

interface Cell {
  caller: Caller;
  scope: Scope;
  place: Place;
  fixtures: Fixtures;
}

interface Fixtures {
  swab: string;
  lot: string;
  /** A product no other cell moves, made a kit of another such product by the bill-of-materials cell. */
  billOfMaterials: { product: string; component: string };
  /** A new shipment of one unit, dispatched by an administrator. */
  ship(from: string, to: string): Promise<string>;
  /** A new resupply request from a point, made by that point's own staff. */
  requestFrom(pointId: string): Promise<string>;
  /** A fresh login (device session) of a caller, or of the demo user with this id. */
  login(who: Caller | { userId: string }): Promise<{ accessToken: string; refreshToken: string; sessionId: string }>;
  unique(): string;
  /**
   * An outreach shift of one swab whose remainder stays in the kit (the kit's alert lot stays), started by an administrator, open, on a new outreach kit of the scope (supplied by
   * LSM-CBN-01, or DIC-BDG-01 abroad); for the outreach officer's own scope on their kit OUT-CBN-01. With the counts
   * that close it without a difference.
   */
  shift(cell: Cell): Promise<{ id: string; counts: { productId: string; counted: number }[] }>;
  /** The kit of such a shift, with no shift open on it. */
  kit(cell: Cell): Promise<string>;
}

interface HttpRequest {
  path: string;
  /** A token of its own instead of the caller's shared one (for a cell that ends its session). */
  token?: string;
  query?: Record<string, string>;
  body?: Record<string, unknown>;
}

/** Status per caller: [own scope, foreign scope], or one status for both. */
type Expected = Record<Caller, number | [number, number]>;

interface RouteSpec {
  request(cell: Cell): HttpRequest | Promise<HttpRequest>;
  expect: Expected;
}

const now = () => new Date().toISOString();
let closedMonths = 0;
const nextClosedMonth = () => {
  closedMonths++;
  return `${1990 + Math.floor(closedMonths / 12)}-${String((closedMonths % 12) + 1).padStart(2, '0')}`;
};

const receipt = (cell: Cell) => ({
  id: randomUUID(),
  type: 'receipt',
  occurredAt: now(),
  source: 'Dinkes Provinsi',
  lines: [{ productId: cell.fixtures.swab, quantity: 10, lotNumber: 'MATRIX-RCPT', expiryDate: '2031-06', fundingSource: 'APBN' }],
});

/**
 * The expected status of every route for every caller in each scope. Keys are "METHOD /path" with path parameters in
 * braces, as in the OpenAPI document.
 */
const MATRIX: Record<string, RouteSpec> = {
  // Public
  'GET /health': {
    request: () => ({ path: '/health' }),
    expect: { admin: 200, district_officer: 200, point_staff: 200, outreach_officer: 200, anonymous: 200 },
  },
  'GET /health/ready': {
    request: () => ({ path: '/health/ready' }),
    expect: { admin: 200, district_officer: 200, point_staff: 200, outreach_officer: 200, anonymous: 200 },
  },
  'GET /api/docs': {
    request: () => ({ path: '/api/docs' }),
    expect: { admin: 200, district_officer: 200, point_staff: 200, outreach_officer: 200, anonymous: 200 },
  },
  'GET /api/docs/index.html': {
    request: () => ({ path: '/api/docs/index.html' }),
    expect: { admin: 200, district_officer: 200, point_staff: 200, outreach_officer: 200, anonymous: 200 },
  },
  'GET /api/docs/swagger-ui-init.js': {
    request: () => ({ path: '/api/docs/swagger-ui-init.js' }),
    expect: { admin: 200, district_officer: 200, point_staff: 200, outreach_officer: 200, anonymous: 200 },
  },
  'GET /api/docs/docs/swagger-ui-init.js': {
    request: () => ({ path: '/api/docs/docs/swagger-ui-init.js' }),
    expect: { admin: 200, district_officer: 200, point_staff: 200, outreach_officer: 200, anonymous: 200 },
  },
  // Registered by the API docs module, but the file is not shipped: a ROUTE_NOT_FOUND problem document for everyone.
  'GET /api/docs/LICENSE': {
    request: () => ({ path: '/api/docs/LICENSE' }),
    expect: { admin: 404, district_officer: 404, point_staff: 404, outreach_officer: 404, anonymous: 404 },
  },
  'GET /api/docs-json': {
    request: () => ({ path: '/api/docs-json' }),
    expect: { admin: 200, district_officer: 200, point_staff: 200, outreach_officer: 200, anonymous: 200 },
  },
  'GET /api/docs-yaml': {
    request: () => ({ path: '/api/docs-yaml' }),
    expect: { admin: 200, district_officer: 200, point_staff: 200, outreach_officer: 200, anonymous: 200 },
  },
  'POST /api/v1/auth/login': {
    request: ({ caller }) => ({
      path: '/api/v1/auth/login',
      body: { username: caller === 'anonymous' ? USERNAMES.point_staff : USERNAMES[caller], password: DEMO_PASSWORD },
    }),
    expect: { admin: 200, district_officer: 200, point_staff: 200, outreach_officer: 200, anonymous: 200 },
  },
  'POST /api/v1/auth/refresh': {
    request: async ({ caller, fixtures }) => ({ path: '/api/v1/auth/refresh', body: { refreshToken: (await fixtures.login(caller)).refreshToken } }),
    expect: { admin: 200, district_officer: 200, point_staff: 200, outreach_officer: 200, anonymous: 200 },
  },
  // With a session of its own: logging out the caller's shared token would end it for the other cells.
  'POST /api/v1/auth/logout': {
    request: async ({ caller, fixtures }) => ({ path: '/api/v1/auth/logout', token: caller === 'anonymous' ? undefined : (await fixtures.login(caller)).accessToken }),
    expect: { admin: 204, district_officer: 204, point_staff: 204, outreach_officer: 204, anonymous: 401 },
  },
  'GET /api/v1/auth/sessions': {
    request: () => ({ path: '/api/v1/auth/sessions' }),
    expect: { admin: 200, district_officer: 200, point_staff: 200, outreach_officer: 200, anonymous: 401 },
  },

  // Any user
  'POST /api/v1/auth/password': {
    // A wrong current password, so the demo accounts keep theirs: every user may try, and is refused on the merits.
    request: () => ({ path: '/api/v1/auth/password', body: { currentPassword: 'not-the-password', newPassword: 'a-new-long-passphrase' } }),
    expect: { admin: 422, district_officer: 422, point_staff: 422, outreach_officer: 422, anonymous: 401 },
  },
  'GET /api/v1/auth/me': {
    request: () => ({ path: '/api/v1/auth/me' }),
    expect: { admin: 200, district_officer: 200, point_staff: 200, outreach_officer: 200, anonymous: 401 },
  },
  // Everyone reads and marks their own notifications only (ids of others are ignored: notifications.e2e-spec.ts).
  'GET /api/v1/notifications': {
    request: () => ({ path: '/api/v1/notifications' }),
    expect: { admin: 200, district_officer: 200, point_staff: 200, outreach_officer: 200, anonymous: 401 },
  },
  'GET /api/v1/notifications/unread-count': {
    request: () => ({ path: '/api/v1/notifications/unread-count' }),
    expect: { admin: 200, district_officer: 200, point_staff: 200, outreach_officer: 200, anonymous: 401 },
  },
  'POST /api/v1/notifications/read': {
    request: () => ({ path: '/api/v1/notifications/read', body: { upTo: '1' } }),
    expect: { admin: 200, district_officer: 200, point_staff: 200, outreach_officer: 200, anonymous: 401 },
  },
  // Webhook subscriptions are the administrator's.
  'POST /api/v1/webhooks': {
    request: () => ({ path: '/api/v1/webhooks', body: { url: 'http://127.0.0.1:9/matrix', kinds: ['stockout'] } }),
    expect: { admin: 201, district_officer: 403, point_staff: 403, outreach_officer: 403, anonymous: 401 },
  },
  'GET /api/v1/webhooks': {
    request: () => ({ path: '/api/v1/webhooks' }),
    expect: { admin: 200, district_officer: 403, point_staff: 403, outreach_officer: 403, anonymous: 401 },
  },
  'GET /api/v1/webhooks/{id}/deliveries': {
    request: () => ({ path: `/api/v1/webhooks/${randomUUID()}/deliveries` }),
    expect: { admin: 404, district_officer: 403, point_staff: 403, outreach_officer: 403, anonymous: 401 },
  },
  'POST /api/v1/webhooks/{id}/deactivate': {
    request: () => ({ path: `/api/v1/webhooks/${randomUUID()}/deactivate` }),
    expect: { admin: 404, district_officer: 403, point_staff: 403, outreach_officer: 403, anonymous: 401 },
  },
  'GET /api/v1/regions/provinces': {
    request: () => ({ path: '/api/v1/regions/provinces' }),
    expect: { admin: 200, district_officer: 200, point_staff: 200, outreach_officer: 200, anonymous: 401 },
  },
  'GET /api/v1/regions/regencies': {
    request: ({ place }) => ({ path: '/api/v1/regions/regencies', query: { provinceCode: place.regency.slice(0, 2) } }),
    expect: { admin: 200, district_officer: 200, point_staff: 200, outreach_officer: 200, anonymous: 401 },
  },
  'GET /api/v1/products': {
    request: () => ({ path: '/api/v1/products' }),
    expect: { admin: 200, district_officer: 200, point_staff: 200, outreach_officer: 200, anonymous: 401 },
  },
  'GET /api/v1/products/{id}': {
    request: ({ fixtures }) => ({ path: `/api/v1/products/${fixtures.swab}` }),
    expect: { admin: 200, district_officer: 200, point_staff: 200, outreach_officer: 200, anonymous: 401 },
  },
  'GET /api/v1/lots': {
    request: ({ fixtures }) => ({ path: '/api/v1/lots', query: { productId: fixtures.swab } }),
    expect: { admin: 200, district_officer: 200, point_staff: 200, outreach_officer: 200, anonymous: 401 },
  },

  // The catalogue: administrators only
  'POST /api/v1/products': {
    request: ({ fixtures }) => ({
      path: '/api/v1/products',
      body: { code: `MX-${fixtures.unique()}`, name: 'Matrix product', nameId: 'Produk matriks', category: 'other', unit: 'piece', packSize: 10 },
    }),
    expect: { admin: 201, district_officer: 403, point_staff: 403, outreach_officer: 403, anonymous: 401 },
  },
  'PATCH /api/v1/products/{id}': {
    request: ({ fixtures }) => ({ path: `/api/v1/products/${fixtures.swab}`, body: { active: true } }),
    expect: { admin: 200, district_officer: 403, point_staff: 403, outreach_officer: 403, anonymous: 401 },
  },
  'PUT /api/v1/products/{id}/components': {
    request: ({ fixtures }) => ({ path: `/api/v1/products/${fixtures.billOfMaterials.product}/components`, body: { components: [{ productId: fixtures.billOfMaterials.component, quantity: 2 }] } }),
    expect: { admin: 200, district_officer: 403, point_staff: 403, outreach_officer: 403, anonymous: 401 },
  },

  // Points
  'GET /api/v1/points': {
    // A district officer filtering by a regency they do not cover is told so (403), not given an empty page.
    request: ({ place }) => ({ path: '/api/v1/points', query: { regencyCode: place.regency } }),
    expect: { admin: 200, district_officer: [200, 403], point_staff: 200, outreach_officer: 200, anonymous: 401 },
  },
  'GET /api/v1/points/{id}': {
    request: ({ place }) => ({ path: `/api/v1/points/${place.point}` }),
    expect: { admin: 200, district_officer: [200, 404], point_staff: [200, 404], outreach_officer: [200, 404], anonymous: 401 },
  },
  'GET /api/v1/points/{id}/recipients': {
    request: ({ place }) => ({ path: `/api/v1/points/${place.point}/recipients` }),
    expect: { admin: 200, district_officer: [200, 404], point_staff: [200, 404], outreach_officer: [200, 404], anonymous: 401 },
  },
  'POST /api/v1/points': {
    request: ({ place, fixtures }) => ({
      path: '/api/v1/points',
      body: { code: `MX-${fixtures.unique()}`, name: 'Matrix drop-in centre', type: 'drop_in_centre', regencyCode: place.regency },
    }),
    expect: { admin: 201, district_officer: [201, 403], point_staff: 403, outreach_officer: 403, anonymous: 401 },
  },
  'PATCH /api/v1/points/{id}': {
    request: ({ place }) => ({ path: `/api/v1/points/${place.point}`, body: { active: true } }),
    expect: { admin: 200, district_officer: [200, 404], point_staff: 403, outreach_officer: 403, anonymous: 401 },
  },

  // Users: administrators, and district officers for the staff of their regencies
  'GET /api/v1/users': {
    request: () => ({ path: '/api/v1/users', query: { limit: '200' } }),
    expect: { admin: 200, district_officer: 200, point_staff: 403, outreach_officer: 403, anonymous: 401 },
  },
  'GET /api/v1/users/{id}': {
    request: ({ place }) => ({ path: `/api/v1/users/${place.user}` }),
    expect: { admin: 200, district_officer: [200, 404], point_staff: 403, outreach_officer: 403, anonymous: 401 },
  },
  'POST /api/v1/users': {
    request: ({ place, fixtures }) => ({
      path: '/api/v1/users',
      body: { username: `matrix.${fixtures.unique().toLowerCase()}`, password: 'matrix-password-1', role: 'point_staff', pointIds: [place.point] },
    }),
    // A point outside the district officer's regencies is reported as unknown (422), not as forbidden.
    expect: { admin: 201, district_officer: [201, 422], point_staff: 403, outreach_officer: 403, anonymous: 401 },
  },
  'PATCH /api/v1/users/{id}': {
    request: ({ place }) => ({ path: `/api/v1/users/${place.user}`, body: { active: true } }),
    expect: { admin: 200, district_officer: [200, 404], point_staff: 403, outreach_officer: 403, anonymous: 401 },
  },

  // Device sessions of a user: the user themself (the point staff caller's "own" user is itself), administrators, and
  // district officers for the staff of their regencies.
  'GET /api/v1/users/{id}/sessions': {
    request: ({ place }) => ({ path: `/api/v1/users/${place.user}/sessions` }),
    expect: { admin: 200, district_officer: [200, 404], point_staff: [200, 404], outreach_officer: 404, anonymous: 401 },
  },
  'DELETE /api/v1/sessions/{id}': {
    request: async ({ place, fixtures }) => ({ path: `/api/v1/sessions/${(await fixtures.login({ userId: place.user })).sessionId}` }),
    expect: { admin: 200, district_officer: [200, 404], point_staff: [200, 404], outreach_officer: 404, anonymous: 401 },
  },

  // Batch sync: always answered per movement (200); each movement's own status follows the single endpoint's rules.
  'POST /api/v1/sync/movements': {
    request: (cell) => ({ path: '/api/v1/sync/movements', body: { movements: [{ pointId: cell.place.point, ...receipt(cell) }] } }),
    expect: { admin: 200, district_officer: 200, point_staff: 200, outreach_officer: 200, anonymous: 401 },
  },

  // Stock at a point
  'POST /api/v1/points/{pointId}/movements': {
    request: (cell) => ({ path: `/api/v1/points/${cell.place.point}/movements`, body: receipt(cell) }),
    expect: { admin: 201, district_officer: [201, 404], point_staff: [201, 404], outreach_officer: [201, 404], anonymous: 401 },
  },
  'POST /api/v1/points/{pointId}/sharps': {
    request: ({ place }) => ({ path: `/api/v1/points/${place.point}/sharps`, body: { id: randomUUID(), type: 'return', occurredAt: now(), containers: 1 } }),
    expect: { admin: 201, district_officer: [201, 404], point_staff: [201, 404], outreach_officer: [201, 404], anonymous: 401 },
  },
  'GET /api/v1/points/{pointId}/sharps/receivers': {
    request: ({ place }) => ({ path: `/api/v1/points/${place.point}/sharps/receivers` }),
    expect: { admin: 200, district_officer: [200, 404], point_staff: [200, 404], outreach_officer: [200, 404], anonymous: 401 },
  },
  'GET /api/v1/points/{pointId}/sharps': {
    request: ({ place }) => ({ path: `/api/v1/points/${place.point}/sharps` }),
    expect: { admin: 200, district_officer: [200, 404], point_staff: [200, 404], outreach_officer: [200, 404], anonymous: 401 },
  },
  'GET /api/v1/points/{pointId}/movements': {
    request: ({ place }) => ({ path: `/api/v1/points/${place.point}/movements`, query: { limit: '200' } }),
    expect: { admin: 200, district_officer: [200, 404], point_staff: [200, 404], outreach_officer: [200, 404], anonymous: 401 },
  },
  'GET /api/v1/movements/{id}': {
    request: ({ place }) => ({ path: `/api/v1/movements/${place.movement}` }),
    expect: { admin: 200, district_officer: [200, 404], point_staff: [200, 404], outreach_officer: [200, 404], anonymous: 401 },
  },
  'GET /api/v1/points/{pointId}/stock': {
    request: ({ place }) => ({ path: `/api/v1/points/${place.point}/stock` }),
    expect: { admin: 200, district_officer: [200, 404], point_staff: [200, 404], outreach_officer: [200, 404], anonymous: 401 },
  },
  'GET /api/v1/points/{pointId}/stock-card': {
    request: ({ place, fixtures }) => ({ path: `/api/v1/points/${place.point}/stock-card`, query: { productId: fixtures.swab } }),
    expect: { admin: 200, district_officer: [200, 404], point_staff: [200, 404], outreach_officer: [200, 404], anonymous: 401 },
  },

  // Shipments: sent by the sender's recorders (and district officers from any point of their regencies), received by
  // the receiver's recorders, read by either end.
  'POST /api/v1/shipments': {
    request: ({ place, fixtures }) => ({
      path: '/api/v1/shipments',
      body: { id: randomUUID(), fromPointId: place.point, toPointId: place.partner, lines: [{ productId: fixtures.swab, quantity: 1, lotId: fixtures.lot }] },
    }),
    expect: { admin: 201, district_officer: [201, 404], point_staff: [201, 404], outreach_officer: [201, 404], anonymous: 401 },
  },
  'POST /api/v1/shipments/{id}/receive': {
    request: async ({ place, fixtures }) => {
      const id = await fixtures.ship(place.partner, place.point);
      return { path: `/api/v1/shipments/${id}/receive`, body: { id: randomUUID(), lines: [{ lotId: fixtures.lot, quantityReceived: 1 }] } };
    },
    expect: { admin: 201, district_officer: [201, 404], point_staff: [201, 404], outreach_officer: [201, 404], anonymous: 401 },
  },
  'POST /api/v1/shipments/{id}/cancel': {
    request: async ({ place, fixtures }) => {
      const id = await fixtures.ship(place.point, place.partner);
      return { path: `/api/v1/shipments/${id}/cancel`, body: { id: randomUUID() } };
    },
    expect: { admin: 201, district_officer: [201, 404], point_staff: [201, 404], outreach_officer: [201, 404], anonymous: 401 },
  },
  'GET /api/v1/shipments': {
    request: () => ({ path: '/api/v1/shipments', query: { limit: '200' } }),
    expect: { admin: 200, district_officer: 200, point_staff: 200, outreach_officer: 200, anonymous: 401 },
  },
  // Printable documents follow the scope of the record they print. The own scope's shipment is still in transit (no
  // BAST yet; the foreign one, Bandung's, was received) and the movements are not stock counts: 409 to whoever may see them.
  'GET /api/v1/shipments/{id}/documents/sbbk.pdf': {
    request: ({ place }) => ({ path: `/api/v1/shipments/${place.shipment}/documents/sbbk.pdf` }),
    expect: { admin: 200, district_officer: [200, 404], point_staff: [200, 404], outreach_officer: [200, 404], anonymous: 401 },
  },
  'GET /api/v1/shipments/{id}/documents/bast.pdf': {
    request: ({ place }) => ({ path: `/api/v1/shipments/${place.shipment}/documents/bast.pdf` }),
    expect: { admin: [409, 200], district_officer: [409, 404], point_staff: [409, 404], outreach_officer: [409, 404], anonymous: 401 },
  },
  'GET /api/v1/movements/{id}/documents/stock-count.pdf': {
    request: ({ place }) => ({ path: `/api/v1/movements/${place.movement}/documents/stock-count.pdf` }),
    expect: { admin: 409, district_officer: [409, 404], point_staff: [409, 404], outreach_officer: [409, 404], anonymous: 401 },
  },
  'GET /api/v1/movements/{id}/documents/destruction.pdf': {
    request: ({ place }) => ({ path: `/api/v1/movements/${place.movement}/documents/destruction.pdf` }),
    expect: { admin: 409, district_officer: [409, 404], point_staff: [409, 404], outreach_officer: [409, 404], anonymous: 401 },
  },
  'GET /api/v1/points/{pointId}/stock-card.pdf': {
    request: ({ place, fixtures }) => ({ path: `/api/v1/points/${place.point}/stock-card.pdf`, query: { productId: fixtures.swab } }),
    expect: { admin: 200, district_officer: [200, 404], point_staff: [200, 404], outreach_officer: [200, 404], anonymous: 401 },
  },
  'GET /api/v1/reports/monthly.pdf': {
    request: ({ place }) => ({ path: '/api/v1/reports/monthly.pdf', query: { month: '2026-11', pointId: place.point } }),
    expect: { admin: 200, district_officer: [200, 404], point_staff: [200, 404], outreach_officer: [200, 404], anonymous: 401 },
  },
  'GET /api/v1/shipments/{id}': {
    request: ({ place }) => ({ path: `/api/v1/shipments/${place.shipment}` }),
    expect: { admin: 200, district_officer: [200, 404], point_staff: [200, 404], outreach_officer: [200, 404], anonymous: 401 },
  },

  // Expiries and alerts
  'GET /api/v1/expiries': {
    request: ({ place }) => ({ path: '/api/v1/expiries', query: { pointId: place.point } }),
    expect: { admin: 200, district_officer: [200, 404], point_staff: [200, 404], outreach_officer: [200, 404], anonymous: 401 },
  },
  'GET /api/v1/expiries/redistribution': {
    request: ({ place }) => ({ path: '/api/v1/expiries/redistribution', query: { regencyCode: place.regency } }),
    expect: { admin: 200, district_officer: [200, 403], point_staff: 403, outreach_officer: 403, anonymous: 401 },
  },
  'GET /api/v1/reports/monthly': {
    request: ({ place }) => ({ path: '/api/v1/reports/monthly', query: { month: '2026-11', pointId: place.point } }),
    expect: { admin: 200, district_officer: [200, 404], point_staff: [200, 404], outreach_officer: [200, 404], anonymous: 401 },
  },
  'GET /api/v1/reports/dhis2': {
    // The matrix's application has no DHIS2 mapping: every signed-in caller is told the export is not set up.
    request: ({ place }) => ({ path: '/api/v1/reports/dhis2', query: { month: '2026-11', pointId: place.point } }),
    expect: { admin: 409, district_officer: 409, point_staff: 409, outreach_officer: 409, anonymous: 401 },
  },
  'GET /api/v1/reports/funding-sources': {
    // Staff filtering on a regency get only their own points' rows in it (none in a foreign one), as the monthly report.
    request: ({ place }) => ({ path: '/api/v1/reports/funding-sources', query: { from: '2026-10', to: '2026-11', regencyCode: place.regency } }),
    expect: { admin: 200, district_officer: [200, 403], point_staff: 200, outreach_officer: 200, anonymous: 401 },
  },
  'GET /api/v1/reports/programme': {
    request: ({ place }) => ({ path: '/api/v1/reports/programme', query: { from: '2026-10', to: '2026-11', regencyCode: place.regency } }),
    expect: { admin: 200, district_officer: [200, 403], point_staff: 200, outreach_officer: 200, anonymous: 401 },
  },
  'GET /api/v1/reports/coverage': {
    request: ({ place }) => ({ path: '/api/v1/reports/coverage', query: { year: '2026', regencyCode: place.regency } }),
    expect: { admin: 200, district_officer: [200, 403], point_staff: 200, outreach_officer: 200, anonymous: 401 },
  },
  'POST /api/v1/pwid-estimates': {
    request: ({ place }) => ({ path: '/api/v1/pwid-estimates', body: { regencyCode: place.regency, year: 2026, estimate: 1500, source: 'Pemetaan populasi kunci' } }),
    expect: { admin: 201, district_officer: [201, 403], point_staff: 403, outreach_officer: 403, anonymous: 401 },
  },
  'GET /api/v1/pwid-estimates': {
    request: ({ place }) => ({ path: '/api/v1/pwid-estimates', query: { regencyCode: place.regency } }),
    expect: { admin: 200, district_officer: [200, 403], point_staff: 200, outreach_officer: 200, anonymous: 401 },
  },
  'GET /api/v1/data-quality/flags': {
    request: ({ place }) => ({ path: '/api/v1/data-quality/flags', query: { regencyCode: place.regency } }),
    expect: { admin: 200, district_officer: [200, 403], point_staff: 403, outreach_officer: 403, anonymous: 401 },
  },
  'POST /api/v1/data-quality/flags/{id}/review': {
    // No flag has this id: the roles that may review are told so (404); the others may not review at all (403).
    request: () => ({ path: `/api/v1/data-quality/flags/${randomUUID()}/review`, body: { comment: 'Sudah dicek dengan petugas' } }),
    expect: { admin: 404, district_officer: 404, point_staff: 403, outreach_officer: 403, anonymous: 401 },
  },
  'POST /api/v1/data-quality/scan': {
    request: () => ({ path: '/api/v1/data-quality/scan', body: {} }),
    expect: { admin: 200, district_officer: 403, point_staff: 403, outreach_officer: 403, anonymous: 401 },
  },
  'POST /api/v1/outreach-shifts': {
    // The kit's supplier's people (and the district office, administrators) issue the bag; the officer does not.
    request: async (cell) => ({
      path: '/api/v1/outreach-shifts',
      body: { id: randomUUID(), kitPointId: await cell.fixtures.kit(cell), remainder: 'keep', lines: [{ productId: cell.fixtures.swab, quantity: 1 }] },
    }),
    expect: { admin: 201, district_officer: [201, 404], point_staff: [201, 404], outreach_officer: [403, 404], anonymous: 401 },
  },
  'GET /api/v1/outreach-shifts': {
    request: ({ place }) => ({ path: '/api/v1/outreach-shifts', query: { regencyCode: place.regency } }),
    expect: { admin: 200, district_officer: 200, point_staff: 200, outreach_officer: 200, anonymous: 401 },
  },
  'GET /api/v1/outreach-shifts/totals': {
    request: ({ place }) => ({ path: '/api/v1/outreach-shifts/totals', query: { from: '2026-11', to: '2026-12', regencyCode: place.regency } }),
    expect: { admin: 200, district_officer: 200, point_staff: 200, outreach_officer: 200, anonymous: 401 },
  },
  'GET /api/v1/outreach-shifts/{id}': {
    request: async (cell) => ({ path: `/api/v1/outreach-shifts/${(await cell.fixtures.shift(cell)).id}` }),
    expect: { admin: 200, district_officer: [200, 404], point_staff: [200, 404], outreach_officer: [200, 404], anonymous: 401 },
  },
  'POST /api/v1/outreach-shifts/{id}/close': {
    // The kit's officer or the issuing point's staff count the bag back; a district officer does not.
    request: async (cell) => {
      const shift = await cell.fixtures.shift(cell);
      return { path: `/api/v1/outreach-shifts/${shift.id}/close`, body: { id: randomUUID(), counts: shift.counts } };
    },
    expect: { admin: 200, district_officer: [403, 404], point_staff: [200, 404], outreach_officer: [200, 404], anonymous: 401 },
  },
  'POST /api/v1/expiries/scan': {
    request: () => ({ path: '/api/v1/expiries/scan' }),
    expect: { admin: 200, district_officer: 403, point_staff: 403, outreach_officer: 403, anonymous: 401 },
  },
  'GET /api/v1/alerts': {
    // Filtering on a point out of scope answers an empty page, not 404.
    request: ({ place }) => ({ path: '/api/v1/alerts', query: { pointId: place.point, limit: '200' } }),
    expect: { admin: 200, district_officer: 200, point_staff: 200, outreach_officer: 200, anonymous: 401 },
  },
  'POST /api/v1/alerts/{id}/acknowledge': {
    request: ({ place }) => ({ path: `/api/v1/alerts/${place.alert}/acknowledge` }),
    expect: { admin: 200, district_officer: [200, 404], point_staff: [200, 404], outreach_officer: [200, 404], anonymous: 401 },
  },

  // Shortfalls and stock levels
  'GET /api/v1/shortages': {
    // A regency out of scope: 403 for a district officer (an empty report would read as "no shortages"); point staff
    // and outreach officers are scoped by point, so the filter only narrows their own points.
    request: ({ place }) => ({ path: '/api/v1/shortages', query: { regencyCode: place.regency, limit: '200' } }),
    expect: { admin: 200, district_officer: [200, 403], point_staff: 200, outreach_officer: 200, anonymous: 401 },
  },
  'GET /api/v1/dashboard': {
    // The district workspace: administrators and district officers; another regency is 403 OUT_OF_SCOPE, as for the lists.
    request: ({ place }) => ({ path: '/api/v1/dashboard', query: { regencyCode: place.regency } }),
    expect: { admin: 200, district_officer: [200, 403], point_staff: 403, outreach_officer: 403, anonymous: 401 },
  },
  'POST /api/v1/shortages/scan': {
    request: () => ({ path: '/api/v1/shortages/scan' }),
    expect: { admin: 200, district_officer: 403, point_staff: 403, outreach_officer: 403, anonymous: 401 },
  },
  'GET /api/v1/points/{id}/stock-status': {
    request: ({ place }) => ({ path: `/api/v1/points/${place.point}/stock-status` }),
    expect: { admin: 200, district_officer: [200, 404], point_staff: [200, 404], outreach_officer: [200, 404], anonymous: 401 },
  },
  'GET /api/v1/points/{id}/history': {
    request: ({ place, fixtures }) => ({ path: `/api/v1/points/${place.point}/history`, query: { productId: fixtures.swab } }),
    expect: { admin: 200, district_officer: [200, 404], point_staff: [200, 404], outreach_officer: [200, 404], anonymous: 401 },
  },
  'GET /api/v1/points/{id}/stock-levels': {
    request: ({ place }) => ({ path: `/api/v1/points/${place.point}/stock-levels` }),
    expect: { admin: 200, district_officer: [200, 404], point_staff: [200, 404], outreach_officer: [200, 404], anonymous: 401 },
  },
  'PUT /api/v1/points/{id}/stock-levels': {
    request: ({ place, fixtures }) => ({
      path: `/api/v1/points/${place.point}/stock-levels`,
      body: { levels: [{ productId: fixtures.swab, minMonths: 1, maxMonths: 3 }] },
    }),
    expect: { admin: 200, district_officer: [200, 404], point_staff: 403, outreach_officer: 403, anonymous: 401 },
  },

  // Month closing: admins and the point's district officer close; anyone reads the closings of points they see.
  'POST /api/v1/month-closings': {
    // Each cell closes a later month than the one before (a closing covers every earlier month, so an earlier one
    // would answer 409): months long past, which no other test dates a movement in.
    request: ({ place }) => ({ path: '/api/v1/month-closings', body: { pointId: place.point, month: nextClosedMonth() } }),
    expect: { admin: 201, district_officer: [201, 404], point_staff: 403, outreach_officer: 403, anonymous: 401 },
  },
  'GET /api/v1/month-closings': {
    request: ({ place }) => ({ path: '/api/v1/month-closings', query: { pointId: place.point } }),
    expect: { admin: 200, district_officer: 200, point_staff: 200, outreach_officer: 200, anonymous: 401 },
  },

  // Resupply requests: made by the requesting point's recorders, decided by the supplier's or the requesting regency's
  // district officer (never by the requester), withdrawn by the requesting point, read by either end.
  'GET /api/v1/points/{id}/resupply-suggestion': {
    request: ({ place }) => ({ path: `/api/v1/points/${place.requester}/resupply-suggestion` }),
    expect: { admin: 200, district_officer: [200, 404], point_staff: [200, 404], outreach_officer: [200, 404], anonymous: 401 },
  },
  'POST /api/v1/resupply-requests': {
    request: ({ place, fixtures }) => ({
      path: '/api/v1/resupply-requests',
      body: { id: randomUUID(), pointId: place.requester, lines: [{ productId: fixtures.swab, quantity: 10 }] },
    }),
    // A district officer sees the NGO office of its regency but does not record stock there (403).
    expect: { admin: 201, district_officer: [403, 404], point_staff: [201, 404], outreach_officer: [201, 404], anonymous: 401 },
  },
  'GET /api/v1/resupply-requests': {
    request: () => ({ path: '/api/v1/resupply-requests', query: { limit: '200' } }),
    expect: { admin: 200, district_officer: 200, point_staff: 200, outreach_officer: 200, anonymous: 401 },
  },
  'GET /api/v1/resupply-requests/{id}': {
    request: ({ place }) => ({ path: `/api/v1/resupply-requests/${place.request}` }),
    expect: { admin: 200, district_officer: [200, 404], point_staff: [200, 404], outreach_officer: [200, 404], anonymous: 401 },
  },
  'POST /api/v1/resupply-requests/{id}/approve': {
    request: async ({ place, fixtures }) => ({
      path: `/api/v1/resupply-requests/${await fixtures.requestFrom(place.decides)}/approve`,
      body: { lines: [{ productId: fixtures.swab, approvedQuantity: 5 }] },
    }),
    // The outreach officer's kit supplies nobody: it can read its own kit's request but not decide it (403).
    expect: { admin: 200, district_officer: [200, 404], point_staff: [200, 404], outreach_officer: [403, 404], anonymous: 401 },
  },
  'POST /api/v1/resupply-requests/{id}/reject': {
    request: async ({ place, fixtures }) => ({
      path: `/api/v1/resupply-requests/${await fixtures.requestFrom(place.decides)}/reject`,
      body: { reason: 'Enough stock in the district store this month' },
    }),
    expect: { admin: 200, district_officer: [200, 404], point_staff: [200, 404], outreach_officer: [403, 404], anonymous: 401 },
  },
  'POST /api/v1/resupply-requests/{id}/cancel': {
    request: async ({ place, fixtures }) => ({ path: `/api/v1/resupply-requests/${await fixtures.requestFrom(place.requester)}/cancel` }),
    expect: { admin: 200, district_officer: [403, 404], point_staff: [200, 404], outreach_officer: [200, 404], anonymous: 401 },
  },

  // Administration
  'GET /api/v1/audit-log': {
    request: () => ({ path: '/api/v1/audit-log' }),
    expect: { admin: 200, district_officer: 403, point_staff: 403, outreach_officer: 403, anonymous: 401 },
  },
  'POST /api/v1/redactions': {
    request: ({ place }) => ({ path: '/api/v1/redactions', body: { entityType: 'point', entityId: place.point } }),
    expect: { admin: 200, district_officer: 403, point_staff: 403, outreach_officer: 403, anonymous: 401 },
  },
};

/** Nest answers 405 for the other methods of a known path by a route registered for every method: not an endpoint. */
const isCatchAll = (path: string, methods: string[]) => path.includes('*') || methods.length > 8;

/** The routes of the running application, as "METHOD /path" with {param}, from the Express router. */
function routesOf(t: TestApp): string[] {
  const express = t.app.getHttpAdapter().getInstance() as { router: { stack: { route?: { path: string; methods: Record<string, boolean> } }[] } };
  const routes = new Set<string>();
  for (const layer of express.router.stack) {
    if (!layer.route || typeof layer.route.path !== 'string') continue;
    const methods = Object.keys(layer.route.methods).filter((method) => layer.route!.methods[method]);
    if (isCatchAll(layer.route.path, methods)) continue;
    const path = layer.route.path.replace(/:(\w+)/g, '{$1}').replace(/(.)\/$/, '$1');
    for (const method of methods) routes.add(`${method.toUpperCase()} ${path}`);
  }
  return [...routes].sort();
}

function expectedStatus(expected: Expected, caller: Caller, scope: Scope): number {
  const value = expected[caller];
  return typeof value === 'number' ? value : value[scope === 'own' ? 0 : 1];
}

describe('access matrix: every route x role x scope', () => {
  let t: TestApp;
  let ids: Awaited<ReturnType<typeof demoIds>>;
  const tokens = new Map<Role, string>();
  let fixtures: Fixtures;
  let own: Record<Role | 'anonymous', Place>;
  let foreign: Place;

  const send = async (method: string, caller: Caller, request: HttpRequest): Promise<Response> => {
    const call = t.http()[method.toLowerCase() as 'get' | 'post' | 'patch' | 'put' | 'delete'](request.path);
    if (request.query) call.query(request.query);
    const token = request.token ?? (caller === 'anonymous' ? undefined : tokens.get(caller));
    if (token) call.set('Authorization', `Bearer ${token}`);
    return request.body === undefined ? call : call.send(request.body);
  };

  /** Ids of points, movements, shipments, users and alerts that belong to regencies other than Bogor. */
  const foreignIds = async (): Promise<string[]> => {
    const rows: { id: string }[] = await t.dataSource.query(
      `SELECT p.id::text FROM points p WHERE p.regency_code <> $1
       UNION ALL SELECT m.id::text FROM movements m JOIN points p ON p.id = m.point_id WHERE p.regency_code <> $1
       UNION ALL SELECT s.id::text FROM shipments s JOIN points f ON f.id = s.from_point_id JOIN points d ON d.id = s.to_point_id
                  WHERE f.regency_code <> $1 AND d.regency_code <> $1
       UNION ALL SELECT u.id::text FROM users u
                  WHERE EXISTS (SELECT 1 FROM user_point_scopes s JOIN points p ON p.id = s.point_id WHERE s.user_id = u.id AND p.regency_code <> $1)
                     OR EXISTS (SELECT 1 FROM user_regency_scopes s WHERE s.user_id = u.id AND s.regency_code <> $1)
       UNION ALL SELECT a.id::text FROM alerts a JOIN points p ON p.id = a.point_id WHERE p.regency_code <> $1
       UNION ALL SELECT r.id::text FROM resupply_requests r JOIN points p ON p.id = r.point_id JOIN points s ON s.id = r.supplier_point_id
                  WHERE p.regency_code <> $1 AND s.regency_code <> $1`,
      [OWN_REGENCY],
    );
    return rows.map((row) => row.id);
  };

  const assertNoForeignIds = async (response: Response, request: HttpRequest, label: string) => {
    const named = JSON.stringify(request);
    const text = response.text ?? '';
    const leaked = (await foreignIds()).filter((id) => !named.includes(id) && text.includes(id));
    if (leaked.length > 0) throw new Error(`${label}: the answer contains ids from another regency: ${leaked.join(', ')}\n${text.slice(0, 2000)}`);
  };

  const assertProblem = (response: Response, label: string) => {
    const body = response.body as { code?: string; status?: number };
    expect({ label, contentType: response.headers['content-type'] }).toEqual({ label, contentType: expect.stringMatching(/^application\/problem\+json/) });
    expect({ label, knownCode: typeof body.code === 'string' && body.code in ERROR_CODES, status: body.status }).toEqual({
      label,
      knownCode: true,
      status: response.status,
    });
  };

  beforeAll(async () => {
    t = await createTestApp();
    ids = await demoIds(t.dataSource);
    for (const role of ROLES) tokens.set(role, await t.token(USERNAMES[role]));
    const recorderOf: Record<string, string> = {
      [ids.point('LSM-CBN-01')]: await t.token('staff.lsm.cibinong'),
      [ids.point('OUT-CBN-01')]: await t.token('outreach.cibinong'),
      [ids.point('DIC-BDG-01')]: await t.token('staff.dic.bandung'),
    };
    const admin = { Authorization: `Bearer ${tokens.get('admin')}` };
    const swab = ids.product('SWAB-ALC');
    const userId = async (username: string) => (await t.dataSource.query('SELECT id FROM users WHERE username = $1', [username]))[0].id as string;

    // Stock of one far-expiring lot at every point the matrix ships from, and a lot about to expire (for alerts). The
    // expiring lot is of a product no cell moves: an alert on the swab could clear when a cell's distribution takes the
    // expiring lot first (FEFO), and the acknowledge cell would then meet 409 ALERT_RESOLVED.
    const soon = new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10);
    const movementAt: Record<string, string> = {};
    let lot = '';
    for (const code of ['DINKES-3201', 'LSM-CBN-01', 'OUT-CBN-01', 'DINKES-3273', 'DIC-BDG-01']) {
      const response = await t
        .http()
        .post(`/api/v1/points/${ids.point(code)}/movements`)
        .set(admin)
        .send({
          id: randomUUID(),
          type: 'receipt',
          occurredAt: now(),
          source: 'access matrix fixture',
          lines: [
            { productId: swab, quantity: 10_000, lotNumber: 'MATRIX-LOT', expiryDate: '2031-12', fundingSource: 'APBN' },
            { productId: ids.product('CONDOM-M'), quantity: 10, lotNumber: 'MATRIX-SOON', expiryDate: soon, fundingSource: 'APBN' },
          ],
        })
        .expect(201);
      movementAt[code] = response.body.id;
      lot = response.body.lines[0].lotId;
    }
    await t.http().post('/api/v1/expiries/scan').set(admin).expect(200);
    const alertAt = async (code: string) => {
      const [row] = await t.dataSource.query(
        `SELECT a.id FROM alerts a JOIN lots l ON l.id = a.lot_id WHERE a.point_id = $1 AND l.lot_number = 'MATRIX-SOON' AND a.status = 'open'`,
        [ids.point(code)],
      );
      if (!row) throw new Error(`the expiry scan raised no alert at ${code}`);
      return row.id as string;
    };
    const shipmentBetween = async (from: string, to: string) => {
      const [row] = await t.dataSource.query('SELECT id FROM shipments WHERE from_point_id = $1 AND to_point_id = $2 ORDER BY dispatched_at LIMIT 1', [
        ids.point(from),
        ids.point(to),
      ]);
      return row.id as string;
    };

    let counter = 0;
    const usernameOf = async (who: Caller | { userId: string }) => {
      if (typeof who === 'object') return (await t.dataSource.query('SELECT username FROM users WHERE id = $1', [who.userId]))[0].username as string;
      return who === 'anonymous' ? USERNAMES.point_staff : USERNAMES[who];
    };
    fixtures = {
      login: async (who) => {
        const response = await t.http().post('/api/v1/auth/login').send({ username: await usernameOf(who), password: DEMO_PASSWORD }).expect(200);
        return response.body;
      },
      swab,
      lot,
      billOfMaterials: { product: ids.product('WATER-STERILE-5ML'), component: ids.product('LUBE-SACHET') },
      unique: () => `${Date.now().toString(36)}${(counter++).toString(36)}`.toUpperCase(),
      requestFrom: async (pointId) => {
        const id = randomUUID();
        await t
          .http()
          .post('/api/v1/resupply-requests')
          .set('Authorization', `Bearer ${recorderOf[pointId]}`)
          .send({ id, pointId, lines: [{ productId: swab, quantity: 20 }] })
          .expect(201);
        return id;
      },
      kit: async ({ caller, scope }) => {
        if (scope === 'own' && caller === 'outreach_officer') {
          // The officer's own kit: close a shift an earlier cell left open, so that a new one can start.
          const open = await t.http().get('/api/v1/outreach-shifts').query({ kitPointId: ids.point('OUT-CBN-01'), status: 'open' }).set(admin).expect(200);
          for (const shift of open.body.items) {
            const counts = shift.products.map((product: { productId: string; expected: number }) => ({ productId: product.productId, counted: product.expected }));
            await t.http().post(`/api/v1/outreach-shifts/${shift.id}/close`).set(admin).send({ id: randomUUID(), counts }).expect(200);
          }
          return ids.point('OUT-CBN-01');
        }
        const kit = await t
          .http()
          .post('/api/v1/points')
          .set(admin)
          .send({ code: `MX-KIT-${fixtures.unique()}`, name: 'Matrix outreach kit', type: 'outreach', regencyCode: scope === 'own' ? OWN_REGENCY : '32.73',
            supplierPointId: ids.point(scope === 'own' ? 'LSM-CBN-01' : 'DIC-BDG-01') })
          .expect(201);
        return kit.body.id as string;
      },
      shift: async (cell) => {
        const kitPointId = await fixtures.kit(cell);
        const shift = await t
          .http()
          .post('/api/v1/outreach-shifts')
          .set(admin)
          .send({ id: randomUUID(), kitPointId, remainder: 'keep', lines: [{ productId: swab, quantity: 1 }] })
          .expect(201);
        const counts = shift.body.products.map((product: { productId: string; expected: number }) => ({ productId: product.productId, counted: product.expected }));
        return { id: shift.body.id, counts };
      },
      ship: async (from, to) => {
        const id = randomUUID();
        await t
          .http()
          .post('/api/v1/shipments')
          .set(admin)
          .send({ id, fromPointId: from, toPointId: to, lines: [{ productId: swab, quantity: 1, lotId: lot }] })
          .expect(201);
        return id;
      },
    };

    const bogorShipment = await shipmentBetween('LSM-CBN-01', 'OUT-CBN-01');
    const lsmRequest = await fixtures.requestFrom(ids.point('LSM-CBN-01'));
    const bogorStaff = await userId('staff.lsm.cibinong');
    const district: Place = {
      regency: OWN_REGENCY,
      point: ids.point('DINKES-3201'),
      partner: ids.point('LSM-CBN-01'),
      user: bogorStaff,
      movement: movementAt['DINKES-3201'],
      shipment: bogorShipment,
      alert: await alertAt('DINKES-3201'),
      requester: ids.point('LSM-CBN-01'),
      request: lsmRequest,
      decides: ids.point('LSM-CBN-01'),
    };
    own = {
      admin: district,
      district_officer: district,
      point_staff: {
        ...district,
        point: ids.point('LSM-CBN-01'),
        partner: ids.point('DINKES-3201'),
        movement: movementAt['LSM-CBN-01'],
        alert: await alertAt('LSM-CBN-01'),
        decides: ids.point('OUT-CBN-01'),
      },
      outreach_officer: {
        ...district,
        point: ids.point('OUT-CBN-01'),
        partner: ids.point('LSM-CBN-01'),
        movement: movementAt['OUT-CBN-01'],
        alert: await alertAt('OUT-CBN-01'),
        requester: ids.point('OUT-CBN-01'),
        request: await fixtures.requestFrom(ids.point('OUT-CBN-01')),
        decides: ids.point('OUT-CBN-01'),
      },
      anonymous: district,
    };
    foreign = {
      regency: '32.73',
      point: ids.point('DIC-BDG-01'),
      partner: ids.point('DINKES-3273'),
      user: await userId('staff.dic.bandung'),
      movement: movementAt['DIC-BDG-01'],
      shipment: await shipmentBetween('DINKES-3273', 'DIC-BDG-01'),
      alert: await alertAt('DIC-BDG-01'),
      requester: ids.point('DIC-BDG-01'),
      request: await fixtures.requestFrom(ids.point('DIC-BDG-01')),
      decides: ids.point('DIC-BDG-01'),
    };
  });
  afterAll(() => t.close());

  it('every route of the application is in the matrix, and every route in the matrix exists', () => {
    const routes = routesOf(t);
    const missing = routes.filter((route) => !(route in MATRIX));
    const stale = Object.keys(MATRIX).filter((route) => !routes.includes(route));
    if (missing.length > 0 || stale.length > 0) {
      throw new Error(
        [
          missing.length > 0
            ? `Routes of the application that the access matrix does not cover: add each to MATRIX in test/access-matrix.e2e-spec.ts ` +
              `with the status every role should get in its own and a foreign scope:\n  ${missing.join('\n  ')}`
            : '',
          stale.length > 0 ? `Routes in MATRIX that the application no longer has:\n  ${stale.join('\n  ')}` : '',
        ]
          .filter(Boolean)
          .join('\n\n'),
      );
    }
  });

  it('the OpenAPI document lists exactly the API routes of the application', async () => {
    const document = (await t.http().get('/api/docs-json').expect(200)).body as { paths: Record<string, Record<string, unknown>> };
    const documented = Object.entries(document.paths)
      .flatMap(([path, operations]) => Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`))
      .sort();
    const served = routesOf(t).filter((route) => !route.startsWith('GET /api/docs'));
    expect({ servedButNotDocumented: served.filter((route) => !documented.includes(route)), documentedButNotServed: documented.filter((route) => !served.includes(route)) }).toEqual({
      servedButNotDocumented: [],
      documentedButNotServed: [],
    });
  });

  describe.each(Object.keys(MATRIX))('%s', (route) => {
    const [method] = route.split(' ');
    it.each(CALLERS)('as %s, in its own and in a foreign scope', async (caller) => {
      const spec = MATRIX[route];
      const failures: string[] = [];
      for (const scope of ['own', 'foreign'] as const) {
        const place = scope === 'own' ? own[caller] : foreign;
        const request = await spec.request({ caller, scope, place, fixtures });
        const response = await send(method, caller, request);
        const label = `${route} as ${caller} in ${scope} scope`;
        const expected = expectedStatus(spec.expect, caller, scope);
        if (response.status !== expected) {
          failures.push(`${label}: expected ${expected}, got ${response.status} ${(response.text ?? "").slice(0, 300)}`);
          continue;
        }
        if (response.status >= 400) assertProblem(response, label);
        if (caller !== 'admin') await assertNoForeignIds(response, request, label);
      }
      if (failures.length > 0) throw new Error(failures.join('\n'));
    });
  });

  describe('lists show nothing from another scope', () => {
    type Page<T> = { items: T[]; total: number };
    const get = async <T>(caller: Role, path: string, query: Record<string, string> = {}) => {
      const response = await send('GET', caller, { path, query: { limit: '200', ...query } });
      expect(response.status).toBe(200);
      return response.body as T;
    };
    /** The points each caller may see, computed here from the scope tables, independently of the application. */
    const visiblePointIds = async (caller: Role): Promise<string[]> => {
      const rows: { id: string }[] = await t.dataSource.query(
        `SELECT p.id::text FROM points p, users u WHERE u.username = $1 AND (
           u.role = 'admin'
           OR EXISTS (SELECT 1 FROM user_regency_scopes s WHERE s.user_id = u.id AND s.regency_code = p.regency_code)
           OR EXISTS (SELECT 1 FROM user_point_scopes s WHERE s.user_id = u.id AND s.point_id = p.id))`,
        [USERNAMES[caller]],
      );
      return rows.map((row) => row.id).sort();
    };
    const scopedRoles = ['district_officer', 'point_staff', 'outreach_officer'] as const;

    it.each(scopedRoles)('points: %s sees exactly the points of its scope, whatever the filter', async (caller) => {
      const visible = await visiblePointIds(caller);
      const page = await get<Page<{ id: string; regencyCode: string }>>(caller, '/api/v1/points');
      expect(page.items.map((point) => point.id).sort()).toEqual(visible);
      expect(page.total).toBe(visible.length);
      expect(page.items.every((point) => point.regencyCode === OWN_REGENCY)).toBe(true);
      const filters: Record<string, string>[] = [{ regencyCode: '32.73' }, { q: 'Bandung' }, { supplierPointId: foreign.partner }, { type: 'drop_in_centre', regencyCode: '32.73' }];
      for (const query of filters) {
        if (caller === 'district_officer' && query.regencyCode && query.regencyCode !== OWN_REGENCY) {
          expect({ query, status: (await send('GET', caller, { path: '/api/v1/points', query })).status }).toEqual({ query, status: 403 });
          continue;
        }
        const filtered = await get<Page<{ id: string }>>(caller, '/api/v1/points', query);
        expect({ query, ids: filtered.items.filter((point) => !visible.includes(point.id)) }).toEqual({ query, ids: [] });
      }
    });

    it('users: a district officer lists only the staff and outreach officers of its regency', async () => {
      const bogorPoints = await visiblePointIds('district_officer');
      const expected: { id: string }[] = await t.dataSource.query(
        `SELECT u.id::text FROM users u WHERE u.role IN ('point_staff', 'outreach_officer')
            AND EXISTS (SELECT 1 FROM user_point_scopes s WHERE s.user_id = u.id)
            AND NOT EXISTS (SELECT 1 FROM user_point_scopes s WHERE s.user_id = u.id AND NOT (s.point_id = ANY($1::uuid[])))`,
        [bogorPoints],
      );
      const page = await get<Page<{ id: string; role: string; pointIds: string[]; regencyCodes: string[] }>>('district_officer', '/api/v1/users');
      expect(page.items.map((user) => user.id).sort()).toEqual(expected.map((row) => row.id).sort());
      expect(page.total).toBe(expected.length);
      for (const user of page.items) {
        expect(user.pointIds.every((id) => bogorPoints.includes(id))).toBe(true);
        expect(user.regencyCodes).toEqual([]);
      }
      const filters: Record<string, string>[] = [{ q: 'bandung' }, { q: 'jakarta' }, { role: 'district_officer' }, { role: 'admin' }];
      for (const query of filters) {
        expect({ query, items: (await get<Page<unknown>>('district_officer', '/api/v1/users', query)).items }).toEqual({ query, items: [] });
      }
    });

    it.each(scopedRoles)('shipments: %s sees only shipments from or to its points, in every direction and status', async (caller) => {
      const visible = await visiblePointIds(caller);
      const expected: { total: number }[] = await t.dataSource.query(
        `SELECT count(*)::int AS total FROM shipments WHERE from_point_id = ANY($1::uuid[]) OR to_point_id = ANY($1::uuid[])`,
        [visible],
      );
      const all = await get<Page<{ fromPointId: string; toPointId: string }>>(caller, '/api/v1/shipments');
      expect(all.total).toBe(expected[0].total);
      const filters: Record<string, string>[] = [{}, { direction: 'inbound' }, { direction: 'outbound' }, { status: 'in_transit' }, { status: 'received' }, { status: 'cancelled' }];
      for (const query of filters) {
        const page = await get<Page<{ fromPointId: string; toPointId: string }>>(caller, '/api/v1/shipments', query);
        const outside = page.items.filter((shipment) => !visible.includes(shipment.fromPointId) && !visible.includes(shipment.toPointId));
        expect({ query, outside }).toEqual({ query, outside: [] });
      }
      const other = await send('GET', caller, { path: '/api/v1/shipments', query: { pointId: foreign.point } });
      expect(other.status).toBe(404);
    });

    it.each(scopedRoles)('movements, stock and alerts: %s reads only its own points', async (caller) => {
      const point = own[caller].point;
      const movements = await get<Page<{ pointId: string }>>(caller, `/api/v1/points/${point}/movements`);
      expect(movements.items.length).toBeGreaterThan(0);
      expect(movements.items.every((movement) => movement.pointId === point)).toBe(true);
      const visible = await visiblePointIds(caller);
      const alerts = await get<Page<{ pointId: string; regencyCode: string }>>(caller, '/api/v1/alerts');
      expect(alerts.items.length).toBeGreaterThan(0);
      expect(alerts.items.filter((alert) => !visible.includes(alert.pointId))).toEqual([]);
      if (caller === 'district_officer') expect((await send('GET', caller, { path: '/api/v1/alerts', query: { regencyCode: '32.73' } })).status).toBe(403);
      else expect((await get<Page<unknown>>(caller, '/api/v1/alerts', { regencyCode: '32.73' })).items).toEqual([]);
    });

    it.each(scopedRoles)('resupply requests and shortages: %s sees only those of its points', async (caller) => {
      const visible = await visiblePointIds(caller);
      const requests = await get<Page<{ pointId: string; supplierPointId: string }>>(caller, '/api/v1/resupply-requests');
      expect(requests.items.length).toBeGreaterThan(0);
      expect(requests.items.filter((request) => !visible.includes(request.pointId) && !visible.includes(request.supplierPointId))).toEqual([]);
      expect((await get<Page<unknown>>(caller, '/api/v1/resupply-requests', { regencyCode: '32.73' })).items).toEqual([]);
      const shortages = await get<Page<{ pointId: string }>>(caller, '/api/v1/shortages');
      expect(shortages.items.filter((row) => !visible.includes(row.pointId))).toEqual([]);
      if (caller === 'district_officer') expect((await send('GET', caller, { path: '/api/v1/shortages', query: { regencyCode: '32.73' } })).status).toBe(403);
      else expect((await get<Page<unknown>>(caller, '/api/v1/shortages', { regencyCode: '32.73' })).items).toEqual([]);
    });

    it('lots are global (product, lot number, expiry, funding are the same everywhere): every user sees all of them', async () => {
      const [{ total }] = await t.dataSource.query('SELECT count(*)::int AS total FROM lots');
      for (const caller of scopedRoles) expect((await get<Page<unknown>>(caller, '/api/v1/lots')).total).toBe(total);
    });
  });
});
