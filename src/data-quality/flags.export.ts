import { XlsxColumn } from '../common/xlsx';
import { FlagResponse } from './dto/flag.dto';

const KIND_NAMES: Record<FlagResponse['kind'], string> = {
  above_contact_cap: 'Di atas batas per kontak',
  repeated_tally: 'Tally sama berulang',
  month_end_round_numbers: 'Angka bulat di akhir bulan',
  distribution_spike: 'Lonjakan distribusi',
  backdated_burst: 'Banyak entri mundur menjelang tenggat laporan',
  stock_not_moving: 'Stok tidak bergerak',
};

/** The export columns of the flag list, with Indonesian headers; the evidence as JSON. */
export const FLAG_EXPORT_COLUMNS: XlsxColumn<FlagResponse>[] = [
  ['Bulan', (row) => row.month],
  ['Jenis', (row) => KIND_NAMES[row.kind]],
  ['Kode jenis', (row) => row.kind],
  ['Kode kab/kota', (row) => row.regencyCode],
  ['Kode titik', (row) => row.pointCode],
  ['Nama titik', (row) => row.pointName],
  ['Kode produk', (row) => row.productCode],
  ['Bukti', (row) => JSON.stringify(row.evidence)],
  ['Muncul', (row) => row.raisedAt],
  ['Ditinjau', (row) => row.reviewedAt],
  ['Ditinjau oleh', (row) => row.reviewedBy],
  ['Catatan tinjauan', (row) => row.reviewComment],
];
