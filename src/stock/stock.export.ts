import { FUNDING_SOURCE_ID } from '../common/funding-sources';
import { XlsxColumn } from '../common/xlsx';
import type { FundingSource } from './ledger-rules';
import { LotStockResponse, ProductStockResponse } from './dto/stock.dto';

/** A row of a point's stock download: a lot on hand, or a product with nothing on hand (only inbound in transit). */
export type StockExportRow = { product: ProductStockResponse; lot: LotStockResponse | null };

/** A point's stock by product and lot; the product's totals repeat on each of its lots (filter or pivot on them). */
export const STOCK_EXPORT_COLUMNS: XlsxColumn<StockExportRow>[] = [
  ['Kode produk', ({ product }) => product.productCode],
  ['Produk', ({ product }) => product.productNameId ?? product.productName],
  ['Nomor lot', ({ lot }) => lot?.lotNumber ?? null],
  ['Tanggal kedaluwarsa', ({ lot }) => lot?.expiryDate ?? null],
  ['Hari sampai kedaluwarsa', ({ lot }) => lot?.daysToExpiry ?? null],
  ['Sumber dana', ({ lot }) => (lot ? (FUNDING_SOURCE_ID[lot.fundingSource as FundingSource] ?? lot.fundingSource) : null)],
  ['Nama donor', ({ lot }) => lot?.donorName ?? null],
  ['Jumlah lot', ({ lot }) => lot?.quantity ?? null],
  ['Stok produk di tangan', ({ product }) => product.onHand],
  ['Stok produk bisa dipakai', ({ product }) => product.usable],
  ['Stok produk kedaluwarsa', ({ product }) => product.expired],
  ['Produk dalam perjalanan', ({ product }) => product.inTransitInbound],
];

export function stockExportRows(products: ProductStockResponse[]): StockExportRow[] {
  return products.flatMap((product): StockExportRow[] => (product.lots.length === 0 ? [{ product, lot: null }] : product.lots.map((lot) => ({ product, lot }))));
}
