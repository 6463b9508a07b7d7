import { isoTime } from '../common/table-export';
import { XlsxColumn } from '../common/xlsx';
import { RequestLineResponse, ResupplyRequestResponse, RequestStatus } from './dto/resupply.dto';

/** One row of the requests download: a line of a request, with its request's figures. */
export type RequestExportRow = { request: ResupplyRequestResponse; line: RequestLineResponse | null };

export const REQUEST_STATUS_ID: Record<RequestStatus, string> = {
  submitted: 'Menunggu keputusan',
  approved: 'Disetujui',
  rejected: 'Ditolak',
  cancelled: 'Dibatalkan',
  partially_shipped: 'Dikirim sebagian',
  shipped: 'Dikirim',
  received: 'Diterima',
};

/** The requests download: a row per request line (a request without lines still has its row), Indonesian headers. */
export const REQUEST_EXPORT_COLUMNS: XlsxColumn<RequestExportRow>[] = [
  ['Waktu permintaan (UTC)', ({ request }) => isoTime(request.requestedAt)],
  ['Kode titik peminta', ({ request }) => request.pointCode],
  ['Titik peminta', ({ request }) => request.pointName],
  ['Kode titik pemasok', ({ request }) => request.supplierPointCode],
  ['Titik pemasok', ({ request }) => request.supplierPointName],
  ['Status', ({ request }) => REQUEST_STATUS_ID[request.status] ?? request.status],
  ['Kode produk', ({ line }) => line?.productCode ?? null],
  ['Produk', ({ line }) => line?.productNameId ?? line?.productName ?? null],
  ['Jumlah diminta', ({ line }) => line?.quantity ?? null],
  ['Jumlah disetujui', ({ line }) => line?.approvedQuantity ?? null],
  ['Jumlah dikirim', ({ line }) => line?.shippedQuantity ?? null],
  ['Jumlah diterima', ({ line }) => line?.receivedQuantity ?? null],
  ['Diminta oleh', ({ request }) => request.requestedBy],
  ['Diputuskan oleh', ({ request }) => request.decidedBy],
  ['Waktu keputusan (UTC)', ({ request }) => isoTime(request.decidedAt)],
  ['Alasan penolakan', ({ request }) => request.rejectionReason],
  ['ID permintaan', ({ request }) => request.id],
];

/** A page of requests as the download's rows. */
export function requestExportRows(requests: ResupplyRequestResponse[]): RequestExportRow[] {
  return requests.flatMap((request): RequestExportRow[] => (request.lines.length === 0 ? [{ request, line: null }] : request.lines.map((line) => ({ request, line }))));
}
