import { daysBetween } from './expiry-dates';

export interface ReceiptWarning {
  code: 'LOT_EXPIRED_ON_RECEIPT' | 'LOT_EXPIRES_SOON';
  lineNo: number;
  lotId: string;
  lotNumber: string;
  expiryDate: string;
  daysToExpiry: number;
  message: string;
}

/**
 * What a receipt should tell the person receiving: a lot already expired (it cannot be handed out; write it off or
 * send it back) or expiring within the product's shortest (critical) warning window. The stock is recorded all the
 * same: it physically arrived, and only stock on the books can be written off with a destruction record.
 */
export function receiptWarnings(
  lines: { lotId: string; lotNumber: string; expiryDate: string; productId: string }[],
  criticalDays: (productId: string) => number,
  today: string,
): ReceiptWarning[] {
  return lines.flatMap((line, index): ReceiptWarning[] => {
    const days = daysBetween(today, line.expiryDate);
    const base = { lineNo: index + 1, lotId: line.lotId, lotNumber: line.lotNumber, expiryDate: line.expiryDate, daysToExpiry: days };
    if (days < 0) {
      return [{ ...base, code: 'LOT_EXPIRED_ON_RECEIPT', message: `Lot ${line.lotNumber} expired on ${line.expiryDate}: it cannot be handed out. Write it off (expired_write_off) or return it to the sender.` }];
    }
    if (days <= criticalDays(line.productId)) {
      return [{ ...base, code: 'LOT_EXPIRES_SOON', message: `Lot ${line.lotNumber} expires in ${days} days (${line.expiryDate}): hand it out first or ask the district officer to move it.` }];
    }
    return [];
  });
}
