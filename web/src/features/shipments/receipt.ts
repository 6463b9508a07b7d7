import type { DiscrepancyReason, ShipmentReceiptBody, ShipmentSummary } from '../outbox/outbox-types';
import type { Shipment } from './queries';

/** Why less arrived than was sent: what the API accepts, in the order a receiver meets them. */
export const DISCREPANCY_REASONS: DiscrepancyReason[] = ['lost', 'damaged', 'stolen', 'quality_problem', 'expired_write_off', 'correction'];

export interface ReceivedInput {
  /** Whole units that arrived, as typed ('' = not entered). */
  received: string;
  reason: DiscrepancyReason | '';
}

export type LineProblem = 'missing' | 'moreThanSent' | 'reasonNeeded';

/** What is wrong with each line of the receipt, by lot; empty when it can be saved. */
export function receiptProblems(shipment: Pick<Shipment, 'lines'>, inputs: Record<string, ReceivedInput>): Record<string, LineProblem> {
  const problems: Record<string, LineProblem> = {};
  for (const line of shipment.lines) {
    const input = inputs[line.lotId];
    const received = input && input.received !== '' ? Number(input.received) : undefined;
    if (received === undefined || !Number.isInteger(received) || received < 0) problems[line.lotId] = 'missing';
    else if (received > line.quantitySent) problems[line.lotId] = 'moreThanSent';
    else if (received < line.quantitySent && !input.reason) problems[line.lotId] = 'reasonNeeded';
  }
  return problems;
}

/**
 * The receipt as the API takes it: every lot of the shipment, what arrived, and the reason only where less arrived
 * (the server refuses a reason on a complete line). `id` is made once, when the user saves.
 */
export function receiptBody(id: string, occurredAt: string, shipment: Pick<Shipment, 'lines'>, inputs: Record<string, ReceivedInput>): ShipmentReceiptBody {
  return {
    id,
    occurredAt,
    lines: shipment.lines.map((line) => {
      const received = Number(inputs[line.lotId].received);
      const reason = inputs[line.lotId].reason;
      return { lotId: line.lotId, quantityReceived: received, ...(received < line.quantitySent && reason ? { discrepancyReason: reason } : {}) };
    }),
  };
}

/** Everything arrived as sent. */
export function allAsSent(shipment: Pick<Shipment, 'lines'>): Record<string, ReceivedInput> {
  return Object.fromEntries(shipment.lines.map((line) => [line.lotId, { received: String(line.quantitySent), reason: '' as const }]));
}

/** What the outbox keeps of the shipment to show the receipt and count it in the phone's stock. */
export function summarise(shipment: Shipment): ShipmentSummary {
  return {
    fromPointName: shipment.fromPointName,
    lines: shipment.lines.map(({ lotId, productId, productName, productNameId, lotNumber, expiryDate, quantitySent }) => ({
      lotId,
      productId,
      productName,
      productNameId,
      lotNumber,
      expiryDate,
      quantitySent,
    })),
  };
}
