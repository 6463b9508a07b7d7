import { FieldError, invalidField, invalidFields } from '../../../common/problem/problem';
import { MovementLineRequest, RecordMovementRequest } from '../../dto/movement.dto';

/** Adds a field error of line `index`. */
export type AddLineError = (index: number, field: string, message: string) => void;

const RECEIPT_ONLY = ['lotNumber', 'expiryDate', 'fundingSource', 'donorName', 'gtin'] as const;

/** What only a distribution says about how it reached people (counts and fixed lists only). */
const REACH_FIELDS = ['contacts', 'channel', 'contactType', 'newContacts', 'aboveCapReason', 'naloxoneRefillReason', 'overdoseReversals'] as const;

/** The header fields only some types carry: contacts and reach (distributions) and source (receipts). */
export function headerErrors(request: RecordMovementRequest, carries: { contacts?: boolean; source?: boolean }): FieldError[] {
  const errors: FieldError[] = [];
  if (!carries.contacts) {
    for (const field of REACH_FIELDS) if (request[field] !== undefined && request[field] !== null) errors.push({ field, messages: [`only distributions carry ${field}`] });
  } else if (request.newContacts !== undefined && request.newContacts !== null && request.newContacts > (request.contacts ?? 0)) {
    errors.push({ field: 'newContacts', messages: ['new contacts are some of the contacts: at most contacts'] });
  }
  if (carries.contacts && (request.overdoseReversals ?? 0) > 0 && request.naloxoneRefillReason !== 'used_on_overdose') {
    errors.push({ field: 'overdoseReversals', messages: ['reversals are reported with a refill after use on an overdose (naloxoneRefillReason: used_on_overdose)'] });
  }
  if (carries.source && !request.source) errors.push({ field: 'source', messages: ['name the supplier or donor the stock came from'] });
  if (!carries.source && request.source !== undefined) errors.push({ field: 'source', messages: ['only receipts name a source'] });
  return errors;
}

/**
 * Field errors of a movement with lines: the header, at least one line, no reversed movement, receipt-only fields on
 * receipts only, then what `lineErrors` (the type's own rule) finds in each line. Pure, so it is cheap to test.
 */
export function lineMovementErrors(
  request: RecordMovementRequest,
  carries: { contacts?: boolean; source?: boolean; receiptFields?: boolean },
  lineErrors: (line: MovementLineRequest, index: number, add: AddLineError) => void,
): FieldError[] {
  const errors = headerErrors(request, carries);
  const add: AddLineError = (index, field, message) => errors.push({ field: `lines[${index}].${field}`, messages: [message] });
  if (request.reversesMovementId) errors.push({ field: 'reversesMovementId', messages: ['only a reversal names a movement to reverse'] });
  if (request.lines.length === 0) errors.push({ field: 'lines', messages: ['at least one line is needed'] });
  request.lines.forEach((line, index) => {
    if (!carries.receiptFields) {
      for (const field of RECEIPT_ONLY) if (line[field] !== undefined) add(index, field, `only receipt lines carry ${field}`);
    }
    lineErrors(line, index, add);
  });
  return errors;
}

/** Refuses the request with every field error at once, then a date that is not one (checked in that order). */
export function refuseInvalid(errors: FieldError[], occurredAt: Date | undefined): void {
  if (errors.length > 0) throw invalidFields(errors);
  if (occurredAt && Number.isNaN(occurredAt.getTime())) throw invalidField('occurredAt', 'not a real date and time');
}
