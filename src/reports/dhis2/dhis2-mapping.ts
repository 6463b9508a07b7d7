import Ajv, { JSONSchemaType } from 'ajv';
import { readFileSync } from 'node:fs';
import { ADJUSTMENT_REASONS, AdjustmentReason } from '../../stock/ledger-rules';

/** The monthly report's figures a partner may map to a DHIS2 data element. */
export const DHIS2_FIGURES = [
  'opening',
  'received',
  'issued',
  'shippedOut',
  'closing',
  'stockoutDays',
  'requested',
  // Every adjustment reason summed, or one reason on its own.
  'adjustments',
  ...ADJUSTMENT_REASONS.map((reason): `adjustments.${AdjustmentReason}` => `adjustments.${reason}`),
] as const;
export type Dhis2Figure = (typeof DHIS2_FIGURES)[number];

/** A DHIS2 identifier (UID): 11 characters, a letter then letters and digits. */
export const DHIS2_UID = '^[A-Za-z][A-Za-z0-9]{10}$';

export interface Dhis2DataElementMapping {
  /** pasokan's product code. */
  product: string;
  figure: Dhis2Figure;
  /** The DHIS2 data element's UID. */
  dataElement: string;
  /** The category option combo's UID; absent: DHIS2's default combo. */
  categoryOptionCombo?: string;
  /** ADX only: the data element's disaggregation as category -> category option (codes or UIDs, as the import's idScheme). */
  categoryOptions?: Record<string, string>;
}

/**
 * How pasokan's monthly figures become DHIS2 data values, kept in a JSON file (DHIS2_MAPPING_FILE). pasokan never
 * talks to a DHIS2 server: a partner downloads the export and imports it (Import/Export app or POST /api/dataValueSets).
 */
export interface Dhis2Mapping {
  /** The data set the values belong to (UID); optional in DHIS2's import. */
  dataSet?: string;
  /** The attribute option combo of every value (e.g. a funding mechanism); absent: the default. */
  attributeOptionCombo?: string;
  /** Org units: pasokan point codes and regency codes (32.73) to DHIS2 org unit UIDs. */
  orgUnits: { points?: Record<string, string>; regencies?: Record<string, string> };
  dataElements: Dhis2DataElementMapping[];
}

const uidMap = { type: 'object', additionalProperties: { type: 'string', pattern: DHIS2_UID }, required: [] } as const;

const MAPPING_SCHEMA: JSONSchemaType<Dhis2Mapping> = {
  type: 'object',
  additionalProperties: false,
  required: ['orgUnits', 'dataElements'],
  properties: {
    dataSet: { type: 'string', pattern: DHIS2_UID, nullable: true },
    attributeOptionCombo: { type: 'string', pattern: DHIS2_UID, nullable: true },
    orgUnits: {
      type: 'object',
      additionalProperties: false,
      required: [],
      properties: {
        points: { ...uidMap, nullable: true },
        regencies: {
          type: 'object',
          additionalProperties: { type: 'string', pattern: DHIS2_UID },
          propertyNames: { pattern: '^\\d{2}\\.\\d{2}$' },
          required: [],
          nullable: true,
        },
      },
    },
    dataElements: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['product', 'figure', 'dataElement'],
        properties: {
          product: { type: 'string', minLength: 1 },
          figure: { type: 'string', enum: [...DHIS2_FIGURES] },
          dataElement: { type: 'string', pattern: DHIS2_UID },
          categoryOptionCombo: { type: 'string', pattern: DHIS2_UID, nullable: true },
          categoryOptions: {
            type: 'object',
            additionalProperties: { type: 'string', pattern: '^[A-Za-z0-9_.-]{1,50}$' },
            propertyNames: { pattern: '^[A-Za-z][A-Za-z0-9_]{0,49}$' },
            required: [],
            nullable: true,
          },
        },
      },
    },
  },
};

const validateMapping = new Ajv({ allErrors: true }).compile(MAPPING_SCHEMA);

/**
 * Checks a parsed mapping; the messages name the place in the file. Several products may feed one data element and
 * combo (their figures are summed), but then they must name the same figure and the same ADX disaggregation.
 */
export function checkDhis2Mapping(value: unknown): { mapping?: Dhis2Mapping; errors: string[] } {
  if (!validateMapping(value)) {
    return { errors: (validateMapping.errors ?? []).map((error) => `${error.instancePath || '(top)'} ${error.message ?? 'is not valid'}`) };
  }
  const first = new Map<string, Dhis2DataElementMapping>();
  const errors: string[] = [];
  for (const [index, entry] of value.dataElements.entries()) {
    const key = `${entry.dataElement}/${entry.categoryOptionCombo ?? 'default'}`;
    const earlier = first.get(key);
    if (!earlier) {
      first.set(key, entry);
      continue;
    }
    if (earlier.product === entry.product) errors.push(`/dataElements/${index} maps product ${entry.product} to ${key} a second time`);
    else if (earlier.figure !== entry.figure) errors.push(`/dataElements/${index} sums figure ${entry.figure} into ${key}, which already holds figure ${earlier.figure}`);
    else if (JSON.stringify(earlier.categoryOptions ?? {}) !== JSON.stringify(entry.categoryOptions ?? {})) {
      errors.push(`/dataElements/${index} gives ${key} other categoryOptions than an earlier entry`);
    }
  }
  return errors.length > 0 ? { errors } : { mapping: value, errors };
}

/** Reads the mapping file; throws an Error whose message says what to fix, so a bad file stops the service at start. */
export function readDhis2Mapping(path: string): Dhis2Mapping {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`DHIS2_MAPPING_FILE ${path} cannot be read as JSON: ${(error as Error).message}`, { cause: error });
  }
  const { mapping, errors } = checkDhis2Mapping(parsed);
  if (!mapping) throw new Error(`DHIS2_MAPPING_FILE ${path} is not a valid mapping:\n    ${errors.join('\n    ')}`);
  return mapping;
}
