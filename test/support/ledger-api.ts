import { randomUUID } from 'node:crypto';
import { demoIds } from './demo-ids';
import { TestApp } from './test-app';

type DemoIds = Awaited<ReturnType<typeof demoIds>>;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface Shipment {
  id: string;
  dispatchMovementId: string;
  receiptMovementId: string | null;
  cancelMovementId: string | null;
  lines: { lotId: string; productId: string; quantitySent: number }[];
}

/**
 * The stock ledger driven through the API as a user of the demo data would (points and products by code, or by id for
 * those a test made itself), for tests
 * that need stock somewhere before they check what they are about: one helper instead of a `receive` and a
 * `distribute` in every file. Each call expects success (201) and answers the body; a test of a refusal sends its own
 * request. `occurredAt` defaults to now.
 */
export function ledgerApi(t: TestApp, ids: DemoIds, username = 'admin') {
  const auth = async () => ({ Authorization: `Bearer ${await t.token(username)}` });
  /** A demo point's code, or the id of a point the test made itself. */
  const pointOf = (point: string) => (UUID.test(point) ? point : ids.point(point));
  const productOf = (product: string) => (UUID.test(product) ? product : ids.product(product));
  const at = (occurredAt?: Date | string) => (occurredAt instanceof Date ? occurredAt.toISOString() : (occurredAt ?? new Date().toISOString()));
  const post = async <T>(url: string, body: object): Promise<T> => {
    const response = await t.http().post(url).set(await auth()).send(body);
    if (response.status !== 201) throw new Error(`POST ${url} answered ${response.status}: ${JSON.stringify(response.body)}`);
    return response.body as T;
  };
  const movement = (point: string, body: object) =>
    post<{ id: string; lines: { lotId: string; quantity: number }[] }>(`/api/v1/points/${pointOf(point)}/movements`, { id: randomUUID(), ...body });

  return {
    /** A receipt of one lot; answers the movement and the lot's id. */
    async receive(
      point: string,
      product: string,
      quantity: number,
      lotNumber: string,
      options: { expiryDate?: string; fundingSource?: string; occurredAt?: Date | string } = {},
    ) {
      const body = await movement(point, {
        type: 'receipt',
        occurredAt: at(options.occurredAt),
        source: 'test',
        lines: [{ productId: productOf(product), quantity, lotNumber, expiryDate: options.expiryDate ?? '2030-06', fundingSource: options.fundingSource ?? 'APBN' }],
      });
      return { ...body, lotId: body.lines[0].lotId };
    },
    /** A distribution: FEFO, or the named lot. */
    distribute(point: string, product: string, quantity: number, options: { lotId?: string; occurredAt?: Date | string; contacts?: number } = {}) {
      return movement(point, {
        type: 'distribution',
        occurredAt: at(options.occurredAt),
        // About ten units per contact by default: inside NEEDLES_PER_CONTACT_CAP, as a real distribution is.
        contacts: options.contacts ?? Math.max(1, Math.ceil(quantity / 10)),
        lines: [{ productId: productOf(product), quantity, ...(options.lotId ? { lotId: options.lotId } : {}) }],
      });
    },
    reverse(point: string, movementId: string) {
      return movement(point, { type: 'reversal', occurredAt: at(), reversesMovementId: movementId, lines: [] });
    },
    /** A shipment of one product: FEFO, or the named lot. */
    ship(from: string, to: string, product: string, quantity: number, options: { lotId?: string; occurredAt?: Date | string } = {}) {
      return post<Shipment>('/api/v1/shipments', {
        id: randomUUID(),
        fromPointId: pointOf(from),
        toPointId: pointOf(to),
        ...(options.occurredAt ? { occurredAt: at(options.occurredAt) } : {}),
        lines: [{ productId: productOf(product), quantity, ...(options.lotId ? { lotId: options.lotId } : {}) }],
      });
    },
    /** Receives every lot of a shipment in full, or `short` units fewer of each with the reason. */
    receiveShipment(shipment: Shipment, short?: { quantity: number; reason: string }) {
      return post<Shipment>(`/api/v1/shipments/${shipment.id}/receive`, {
        id: randomUUID(),
        lines: shipment.lines.map((line) => ({
          lotId: line.lotId,
          quantityReceived: line.quantitySent - (short?.quantity ?? 0),
          ...(short ? { discrepancyReason: short.reason } : {}),
        })),
      });
    },
    cancelShipment(shipment: Shipment) {
      return post<Shipment>(`/api/v1/shipments/${shipment.id}/cancel`, { id: randomUUID() });
    },
  };
}
