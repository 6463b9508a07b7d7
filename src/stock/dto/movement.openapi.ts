import type { OpenAPIObject } from '@nestjs/swagger';
import type { MovementType } from '../ledger-rules';

type Schema = { type?: string; properties?: Record<string, unknown>; required?: string[]; items?: unknown; [key: string]: unknown };

/**
 * Which fields each movement type takes and needs (the rules of `lineShapeErrors`), for the OpenAPI document: one
 * request schema per type, chosen by `type`, so a client generated from the document knows that a receipt needs
 * `source` and lot details and a reversal has no lines. The service validates one class for all types.
 */
/** Keyed by MovementType: a type recorded at a point without its request schema does not compile. */
const TYPES: Record<MovementType, { fields: string[]; required: string[]; line?: { name: string; fields: string[]; required: string[] } }> = {
  receipt: {
    fields: ['note', 'source'],
    required: ['source', 'lines'],
    line: {
      name: 'ReceiptLineRequest',
      fields: ['productId', 'quantity', 'lotNumber', 'expiryDate', 'fundingSource', 'donorName', 'gtin'],
      required: ['productId', 'quantity', 'lotNumber', 'expiryDate', 'fundingSource'],
    },
  },
  distribution: {
    fields: ['note', 'contacts', 'channel', 'contactType', 'newContacts', 'aboveCapReason', 'naloxoneRefillReason', 'overdoseReversals'],
    required: ['lines'],
    line: { name: 'DistributionLineRequest', fields: ['productId', 'quantity', 'lotId'], required: ['productId', 'quantity'] },
  },
  adjustment: {
    fields: ['note'],
    required: ['lines'],
    line: { name: 'AdjustmentLineRequest', fields: ['productId', 'quantity', 'lotId', 'reason'], required: ['productId', 'quantity', 'lotId', 'reason'] },
  },
  stock_count: {
    fields: ['note'],
    required: ['lines'],
    line: { name: 'StockCountLineRequest', fields: ['productId', 'quantity', 'lotId', 'reason'], required: ['productId', 'quantity', 'lotId'] },
  },
  reversal: { fields: ['note', 'reversesMovementId'], required: ['reversesMovementId'] },
  // One line: the kit product and how many kits (docs/kits.md).
  kit_assembly: { fields: ['note'], required: ['lines'], line: { name: 'KitAssemblyLineRequest', fields: ['productId', 'quantity'], required: ['productId', 'quantity'] } },
  kit_disassembly: {
    fields: ['note'],
    required: ['lines'],
    line: { name: 'KitDisassemblyLineRequest', fields: ['productId', 'quantity', 'lotId'], required: ['productId', 'quantity', 'lotId'] },
  },
};

const schemaName = (type: string) => `${type.split('_').map((word) => word[0].toUpperCase() + word.slice(1)).join('')}MovementRequest`;
const pick = (properties: Record<string, unknown>, names: string[]) => Object.fromEntries(names.filter((name) => name in properties).map((name) => [name, properties[name]]));

/** Replaces RecordMovementRequest (and the batch sync's movement) with one schema per movement type, discriminated by `type`. */
export function describeMovementTypes(document: OpenAPIObject): void {
  const schemas = document.components!.schemas as Record<string, Schema>;
  const request = schemas.RecordMovementRequest;
  const line = schemas.MovementLineRequest;
  if (!request?.properties || !line?.properties) return;
  const mapping: Record<string, string> = {};
  for (const [type, rule] of Object.entries(TYPES)) {
    const properties: Record<string, unknown> = { ...pick(request.properties, ['id', 'occurredAt', ...rule.fields]), type: { type: 'string', enum: [type], example: type } };
    if (rule.line) {
      schemas[rule.line.name] = { type: 'object', properties: pick(line.properties, rule.line.fields), required: rule.line.required };
      properties.lines = { ...(request.properties.lines as object), type: 'array', items: { $ref: `#/components/schemas/${rule.line.name}` }, minItems: 1 };
    }
    schemas[schemaName(type)] = { type: 'object', properties, required: ['id', 'type', 'occurredAt', ...rule.required] };
    mapping[type] = `#/components/schemas/${schemaName(type)}`;
  }
  schemas.RecordMovementRequest = { oneOf: Object.values(mapping).map(($ref) => ({ $ref })), discriminator: { propertyName: 'type', mapping } };
  // A movement of the batch sync is the same request with the point it is recorded at.
  const sync = schemas.SyncMovementRequest;
  if (sync?.properties?.pointId) {
    schemas.SyncMovementRequest = {
      // The variants listed again rather than a $ref to RecordMovementRequest: openapi-typescript would give an allOf of
      // a discriminated schema a `type` of its own name, and the app's types would be wrong.
      allOf: [{ type: 'object', properties: { pointId: sync.properties.pointId }, required: ['pointId'] }, { oneOf: Object.values(mapping).map(($ref) => ({ $ref })) }],
    };
  }
  delete schemas.MovementLineRequest;
}
