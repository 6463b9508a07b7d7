import { isoTime } from '../common/table-export';
import { XlsxColumn } from '../common/xlsx';
import { AlertSeverity, AlertStatus, AlertType } from './alert-types';
import { AlertResponse } from './dto/alert.dto';

const TYPE_ID: Record<AlertType, string> = {
  lot_expiring: 'Lot akan kedaluwarsa',
  expired_on_hand: 'Stok kedaluwarsa di tangan',
  obsolete_edition: 'Edisi materi usang',
  stockout: 'Stok habis',
  below_min: 'Di bawah minimum',
  shipment_overdue: 'Pengiriman terlambat',
  request_overdue: 'Permintaan belum diputuskan',
};
const SEVERITY_ID: Record<AlertSeverity, string> = { info: 'Info', warning: 'Peringatan', critical: 'Kritis' };
const STATUS_ID: Record<AlertStatus, string> = { open: 'Terbuka', acknowledged: 'Sudah dilihat', resolved: 'Selesai' };

/** The alerts download, Indonesian headers; `Rincian` is the alert's details as JSON (figures only, never free text). */
export const ALERT_EXPORT_COLUMNS: XlsxColumn<AlertResponse>[] = [
  ['Jenis', (row) => TYPE_ID[row.type] ?? row.type],
  ['Tingkat', (row) => SEVERITY_ID[row.severity] ?? row.severity],
  ['Status', (row) => STATUS_ID[row.status] ?? row.status],
  ['Kode kab/kota', (row) => row.regencyCode],
  ['Kode titik', (row) => row.pointCode],
  ['Nama titik layanan', (row) => row.pointName],
  ['Kode produk', (row) => row.productCode],
  ['Nomor lot', (row) => row.lotNumber],
  ['Pertama terlihat (UTC)', (row) => isoTime(row.firstSeenAt)],
  ['Terakhir terlihat (UTC)', (row) => isoTime(row.lastSeenAt)],
  ['Dilihat oleh', (row) => row.acknowledgedBy],
  ['Waktu dilihat (UTC)', (row) => isoTime(row.acknowledgedAt)],
  ['Waktu selesai (UTC)', (row) => isoTime(row.resolvedAt)],
  ['Rincian', (row) => (row.details && Object.keys(row.details).length > 0 ? JSON.stringify(row.details) : null)],
  ['ID peringatan', (row) => row.id],
];
