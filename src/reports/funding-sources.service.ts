import { Injectable } from '@nestjs/common';
import { AuthUser } from '../access/roles';
import { FUNDING_SOURCE_ID } from '../common/funding-sources';
import { XlsxColumn } from '../common/xlsx';
import { FundingSourceReport, FundingSourceReportQuery, FundingSourceRow } from './dto/funding-sources.dto';
import { assertPeriod } from './period';
import { RawRow, ReportsService } from './reports.service';


const LOSSES = ['damaged', 'quality_problem', 'lost', 'stolen'] as const;

/**
 * Funding-source accountability (issue 20 item 4): the monthly report's ledger figures over a period, per regency,
 * funding source of the lots and product, the table a principal recipient puts in its progress report.
 */
@Injectable()
export class FundingSourcesService {
  constructor(private readonly reports: ReportsService) {}

  async report(actor: AuthUser, query: FundingSourceReportQuery): Promise<FundingSourceReport> {
    assertPeriod(query);
    // Summed as the rows pass, a cursor's batch at a time: the country's rows per point are never all in memory at once
    // (they took the server to 960 MB, docs/benchmarks.md).
    const byRegency = new Sums((row) => [row.regencyCode, row.fundingSource, row.productId].join('|'));
    await this.reports.ledgerFigureBatches(actor, { from: query.from, to: query.to, regencyCode: query.regencyCode, provinceCode: query.provinceCode, byFundingSource: true }, (batch) => {
      for (const row of batch) byRegency.add(toRow(row));
    });
    const items = byRegency.rows();
    const totals = sum(
      items.map((row) => ({ ...row, regencyCode: null })),
      (row) => [row.fundingSource, row.productId].join('|'),
    );
    return { from: query.from, to: query.to, items, totals };
  }
}


function toRow(row: RawRow): FundingSourceRow {
  return {
    regencyCode: row.regency_code,
    fundingSource: row.funding_source,
    productId: row.product_id,
    productCode: row.product_code,
    opening: row.opening,
    received: row.received,
    distributed: row.issued,
    shippedOut: row.shipped_out,
    expiredWrittenOff: 0 - row.adj_expired_write_off,
    otherLosses: 0 - LOSSES.reduce((total, reason) => total + row[`adj_${reason}`], 0),
    otherAdjustments: row.adj_found + row.adj_correction,
    onHand: row.closing,
    expiredOnHand: row.expired_on_hand,
    stockoutDays: row.stockout_days,
  };
}

const FIGURES = ['opening', 'received', 'distributed', 'shippedOut', 'expiredWrittenOff', 'otherLosses', 'otherAdjustments', 'onHand', 'expiredOnHand', 'stockoutDays'] as const;

/** Rows summed by key as they are added; `rows()` in the order regency, funding source, product code. */
class Sums {
  private readonly sums = new Map<string, FundingSourceRow>();

  constructor(private readonly key: (row: FundingSourceRow) => string) {}

  add(row: FundingSourceRow): void {
    const key = this.key(row);
    const total = this.sums.get(key);
    if (!total) this.sums.set(key, { ...row });
    else for (const figure of FIGURES) total[figure] += row[figure];
  }

  rows(): FundingSourceRow[] {
    const text = (value: string | null) => value ?? '\uffff';
    return [...this.sums.values()].sort(
      (a, b) => text(a.regencyCode).localeCompare(text(b.regencyCode)) || text(a.fundingSource).localeCompare(text(b.fundingSource)) || a.productCode.localeCompare(b.productCode),
    );
  }
}

function sum(rows: FundingSourceRow[], key: (row: FundingSourceRow) => string): FundingSourceRow[] {
  const sums = new Sums(key);
  for (const row of rows) sums.add(row);
  return sums.rows();
}

/** The export: Indonesian headers; total rows say JUMLAH in the regency column. */
export const FUNDING_SOURCE_EXPORT_COLUMNS: XlsxColumn<FundingSourceRow>[] = [
  ['Kode kab/kota', (row) => row.regencyCode ?? 'JUMLAH'],
  ['Sumber dana', (row) => (row.fundingSource ? FUNDING_SOURCE_ID[row.fundingSource] : 'Tidak diketahui')],
  ['Kode produk', (row) => row.productCode],
  ['Stok awal', (row) => row.opening],
  ['Penerimaan', (row) => row.received],
  ['Didistribusikan', (row) => row.distributed],
  ['Dikirim ke titik lain', (row) => row.shippedOut],
  ['Dihapus karena kedaluwarsa', (row) => row.expiredWrittenOff],
  ['Kehilangan lain (rusak, mutu, hilang, dicuri)', (row) => row.otherLosses],
  ['Penyesuaian lain (ditemukan, koreksi)', (row) => row.otherAdjustments],
  ['Stok di tangan akhir periode', (row) => row.onHand],
  ['Di antaranya kedaluwarsa', (row) => row.expiredOnHand],
  ['Hari stok kosong', (row) => row.stockoutDays],
];
