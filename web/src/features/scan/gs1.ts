import { parseBarcode } from 'gs1-barcode-parser-mod';

/** What a scanned code says about the item in hand: GTIN-14, lot (AI 10), expiry (AI 17, ISO date). */
export interface ScannedItem {
  gtin?: string;
  lotNumber?: string;
  expiryDate?: string;
}

export type ScanOutcome = { ok: true; item: ScannedItem } | { ok: false; reason: 'checkDigit' | 'unreadable'; gtin?: string };

const GROUP_SEPARATOR = '\u001d';

/** GS1 mod-10 check digit of a GTIN-8/12/13/14 (the last digit is the check digit). */
export function validGtin(digits: string): boolean {
  if (!/^(\d{8}|\d{12}|\d{13}|\d{14})$/.test(digits)) return false;
  const body = digits.slice(0, -1);
  let sum = 0;
  for (let index = 0; index < body.length; index += 1) {
    const weight = (body.length - index) % 2 === 1 ? 3 : 1;
    sum += Number(body[index]) * weight;
  }
  return (10 - (sum % 10)) % 10 === Number(digits.at(-1));
}

/**
 * Reads what a camera or a keyboard-wedge scanner delivered: a bare EAN-8/UPC-A/EAN-13/GTIN-14, or a GS1 element
 * string (DataMatrix, GS1-128, QR) with or without a symbology identifier ("]d2", "]C1", "]Q3"), with the group
 * separator or in the human readable "(01)…(10)…" form. Parsing is `gs1-barcode-parser-mod`; the GTIN check digit is
 * checked here because the library does not.
 */
export function parseScan(raw: string): ScanOutcome {
  let text = raw.replace(/[\r\n]+$/g, '').trim();
  // Symbology identifiers of linear EAN/UPC symbols carry no AIs: drop them and read the digits.
  const linear = /^\](E0|E4|E3|A0|X0)(\d+)$/.exec(text);
  if (linear) text = linear[2];
  if (/^(\d{8}|\d{12}|\d{13}|\d{14})$/.test(text)) {
    return gtinOutcome(text, {});
  }
  if (text.startsWith(GROUP_SEPARATOR)) text = text.slice(1);
  let items: { ai: string; data: unknown; isoDate?: string }[];
  try {
    items = parseBarcode(text).parsedCodeItems;
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
  const item: ScannedItem = {};
  for (const element of items) {
    if (element.ai === '10' && typeof element.data === 'string' && element.data.trim() !== '') item.lotNumber = element.data.trim();
    if (element.ai === '17' && element.isoDate) item.expiryDate = element.isoDate;
  }
  const gtin = items.find((element) => element.ai === '01' || element.ai === '02');
  if (gtin && typeof gtin.data === 'string') return gtinOutcome(gtin.data, item);
  if (item.lotNumber === undefined && item.expiryDate === undefined) return { ok: false, reason: 'unreadable' };
  return { ok: true, item };
}

function gtinOutcome(digits: string, item: ScannedItem): ScanOutcome {
  const gtin = digits.padStart(14, '0');
  if (!validGtin(digits)) return { ok: false, reason: 'checkDigit', gtin };
  return { ok: true, item: { gtin, ...item } };
}
