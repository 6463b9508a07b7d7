import { NotificationKind } from '../notification-kinds';

type Details = Record<string, string | number | boolean | null>;

/**
 * The sentence of a notification in a mail, in Indonesian then English (a mail cannot ask which the reader prefers;
 * the app words the same kinds from web/src/locales/<language>/notifications.json).
 */
export function mailLine(kind: NotificationKind, details: Details): { id: string; en: string } {
  const d = details;
  const product = { id: d.productNameId ?? d.productName ?? d.productCode, en: d.productName ?? d.productCode };
  switch (kind) {
    case 'request_submitted':
      return { id: `${d.pointName} meminta ${d.products} produk: ada permintaan yang menunggu keputusan.`, en: `${d.pointName} asks for ${d.products} product(s): a request waits for a decision.` };
    case 'request_approved':
      return d.changed
        ? { id: `Permintaan dari ${d.pointName} disetujui dengan jumlah yang diubah.`, en: `The request from ${d.pointName} was approved with changed quantities.` }
        : { id: `Permintaan dari ${d.pointName} disetujui.`, en: `The request from ${d.pointName} was approved.` };
    case 'request_rejected':
      return { id: `Permintaan dari ${d.pointName} ditolak.`, en: `The request from ${d.pointName} was rejected.` };
    case 'request_shipped':
      return { id: `Permintaan dari ${d.pointName} sudah dikirim.`, en: `The request from ${d.pointName} has been sent.` };
    case 'shipment_sent':
      return { id: `${d.pointName} mengirim ${d.units} unit (${d.products} produk).`, en: `${d.pointName} sent ${d.units} units (${d.products} product(s)).` };
    case 'stockout':
      return { id: `${d.pointName} kehabisan ${product.id} sejak ${d.since}.`, en: `${d.pointName} has run out of ${product.en} since ${d.since}.` };
    case 'lot_expiring':
      return {
        id: `${d.pointName}: ${d.quantity} × ${product.id}, bets ${d.lotNumber}, kedaluwarsa ${d.expiryDate}.`,
        en: `${d.pointName}: ${d.quantity} × ${product.en}, lot ${d.lotNumber}, expires ${d.expiryDate}.`,
      };
    case 'month_closing':
      return {
        id: `Laporan logistik ${d.month} (${d.regencyCode}) paling lambat ${d.dueOn}; ${d.openPoints} titik layanan belum menutup bulan.`,
        en: `The logistics report for ${d.month} (${d.regencyCode}) is due by ${d.dueOn}; ${d.openPoints} point(s) have not closed the month.`,
      };
  }
}
