import { randomUUID } from 'node:crypto';
import { demoIds } from './demo-ids';
import { TestApp } from './test-app';

type DemoIds = Awaited<ReturnType<typeof demoIds>>;

interface Shipment {
  id: string;
  dispatchMovementId: string;
  receiptMovementId: string | null;
  cancelMovementId: string | null;
  lines: { lotId: string; productId: string; quantitySent: number }[];
}

/**
 * The stock ledger driven through the API as a user of the demo data would (points and products by code), for tests
 * that need stock somewhere before they check what they are about: one helper instead of a `receive` and a
 * `distribute` in every file. Each call expects success (201) and answers the body; a test of a refusal sends its own
 * request. `occurredAt` defaults to now.
 */
export function ledgerApi(t: TestApp, ids: DemoIds, username = 'admin') {
  const auth = async () => ({ Authorization: `Bearer ${await t.token(username)}` });
  const at = (occurredAt?: Date | string) => (occurredAt instanceof Date ? occurredAt.toISOString() : (occurredAt ?? new Date().toISOString()));
  const post = async <T>(url: string, body: object): Promise<T> => {
    const response = await t.http().post(url).set(await auth()).send(body);
    if (response.status !== 201) throw new Error(`POST ${url} answered ${response.status}: ${JSON.stringify(response.body)}`);
    return response.body as T;
  };
  const movement = (pointCode: string, body: object) =>
    post<{ id: string; lines: { lotId: string; quantity: number }[] }>(`/api/v1/points/${ids.point(pointCode)}/movements`, { id: randomUUID(), ...body });

  return {
    /** A receipt of one lot; answers the movement and the lot's id. */
    async receive(
      pointCode: string,
      productCode: string,
      quantity: number,
      lotNumber: string,
      options: { expiryDate?: string; fundingSource?: string; occurredAt?: Date | string } = {},
    ) {
      const body = await movement(pointCode, {
        type: 'receipt',
        occurredAt: at(options.occurredAt),
        source: 'test',
        lines: [{ productId: ids.product(productCode), quantity, lotNumber, expiryDate: options.expiryDate ?? '2030-06', fundingSource: options.fundingSource ?? 'APBN' }],
      });
      return { ...body, lotId: body.lines[0].lotId };
    },
    /** A distribution: FEFO, or the named lot. */
    distribute(pointCode: string, productCode: string, quantity: number, options: { lotId?: string; occurredAt?: Date | string; contacts?: number } = {}) {
      return movement(pointCode, {
        type: 'distribution',
        occurredAt: at(options.occurredAt),
        contacts: options.contacts ?? 1,
        lines: [{ productId: ids.product(productCode), quantity, ...(options.lotId ? { lotId: options.lotId } : {}) }],
      });
    },
    reverse(pointCode: string, movementId: string) {
      return movement(pointCode, { type: 'reversal', occurredAt: at(), reversesMovementId: movementId, lines: [] });
    },
    /** A shipment of one product: FEFO, or the named lot. */
    ship(fromCode: string, toCode: string, productCode: string, quantity: number, options: { lotId?: string; occurredAt?: Date | string } = {}) {
      return post<Shipment>('/api/v1/shipments', {
        id: randomUUID(),
        fromPointId: ids.point(fromCode),
        toPointId: ids.point(toCode),
        ...(options.occurredAt ? { occurredAt: at(options.occurredAt) } : {}),
        lines: [{ productId: ids.product(productCode), quantity, ...(options.lotId ? { lotId: options.lotId } : {}) }],
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
