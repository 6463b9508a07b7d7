import { XlsxColumn } from '../common/xlsx';
import { RedistributionSuggestion } from './dto/expiry.dto';

/** The redistribution suggestions download, Indonesian headers. */
export const REDISTRIBUTION_EXPORT_COLUMNS: XlsxColumn<RedistributionSuggestion>[] = [
  ['Dari titik', (row) => row.fromPointCode],
  ['Ke titik', (row) => row.toPointCode],
  ['Nomor lot', (row) => row.lotNumber],
  ['Tanggal kedaluwarsa', (row) => row.expiryDate],
  ['Hari sampai kedaluwarsa', (row) => row.daysToExpiry],
  ['Jumlah dipindah', (row) => row.quantity],
  ['Dipakai penerima sebelum kedaluwarsa', (row) => row.receiverUseBeforeExpiry],
  ['Stok penerima yang lebih dulu kedaluwarsa', (row) => row.receiverStockAhead],
];
