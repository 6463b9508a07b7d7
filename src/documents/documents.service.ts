import { Injectable } from '@nestjs/common';
import { AuthUser } from '../access/roles';
import { DomainError } from '../common/problem/problem';
import { PointsService } from '../points/points.service';
import { ProductsService } from '../products/products.service';
import { aggregate, REASON_ID, ReportsService } from '../reports/reports.service';
import { ShipmentsService } from '../shipments/shipments.service';
import { MovementsService } from '../stock/movements.service';
import { StockQueriesService } from '../stock/stock-queries.service';
import { MAX_PAGE_SIZE } from '../common/pagination';
import type { LedgerMovementType, SharpsMovementType } from '../stock/ledger-rules';
import { MonthlyDocumentQuery, StockCardDocumentQuery } from './dto/document.dto';
import { number, renderDocument } from './pdf';

/** Indonesian names of what a ledger line comes from, for the stock card (sharps movements have no stock lines). */
const MOVEMENT_ID: Record<Exclude<LedgerMovementType, SharpsMovementType>, string> = {
  receipt: 'Penerimaan',
  distribution: 'Pemakaian (ke klien)',
  adjustment: 'Penyesuaian',
  stock_count: 'Stok opname',
  reversal: 'Pembatalan catatan',
  shipment_dispatch: 'Pengiriman',
  shipment_receipt: 'Penerimaan kiriman',
  shipment_cancel: 'Pembatalan kiriman',
  kit_assembly: 'Perakitan kit',
  kit_disassembly: 'Pembongkaran kit',
};
const DESTRUCTION_METHOD_ID: Record<string, string> = {
  incinerator: 'Insinerator',
  needle_destroyer: 'Penghancur jarum (needle destroyer)',
  licensed_waste_carrier: 'Diserahkan ke pengolah limbah medis berizin',
};
const STATUS_ID: Record<string, string> = { in_transit: 'dalam perjalanan', received: 'diterima', cancelled: 'DIBATALKAN' };
const reasonId = (reason: string | null) => (reason ? (REASON_ID as Record<string, string>)[reason] ?? reason : '');

/** A document's file name and its bytes. */
export interface PdfFile {
  name: string;
  pdf: Buffer;
}

/**
 * The paper an Indonesian programme must keep (PRODUCT.md): goods-out slip (SBBK) and hand-over record (BAST) for
 * each shipment, stock count minutes (Berita Acara stock opname), the stock card, the monthly logistics report, as A4
 * PDFs in Indonesian with signature blocks for the staff who sign. Every figure is read through the service that
 * answers it in the API (same scope, same numbers); nothing here computes stock.
 */
@Injectable()
export class DocumentsService {
  constructor(
    private readonly shipments: ShipmentsService,
    private readonly movements: MovementsService,
    private readonly stock: StockQueriesService,
    private readonly reports: ReportsService,
    private readonly points: PointsService,
    private readonly products: ProductsService,
  ) {}

  private async zoneOf(pointId: string): Promise<string> {
    return (await this.points.findStockPoint(pointId))?.timeZone ?? 'Asia/Jakarta';
  }

  private static date(instant: string, timeZone: string, withTime = false): string {
    return new Intl.DateTimeFormat('id-ID', { timeZone, dateStyle: 'long', ...(withTime ? { timeStyle: 'short' } : {}) }).format(new Date(instant)) + (withTime ? ` (${timeZone})` : '');
  }

  private static compactDate(instant: string, timeZone: string): string {
    return new Intl.DateTimeFormat('en-CA', { timeZone }).format(new Date(instant)).replaceAll('-', '');
  }

  async sbbk(actor: AuthUser, shipmentId: string): Promise<PdfFile> {
    const shipment = await this.shipments.get(actor, shipmentId);
    const zone = await this.zoneOf(shipment.fromPointId);
    const dispatch = await this.movements.getById(shipment.dispatchMovementId);
    const number_ = `SBBK/${shipment.fromPointCode}/${DocumentsService.compactDate(shipment.dispatchedAt, zone)}/${shipment.id.slice(0, 8).toUpperCase()}`;
    const sent = shipment.lines.reduce((sum, line) => sum + line.quantitySent, 0);
    const pdf = await renderDocument({
      title: 'SURAT BUKTI BARANG KELUAR (SBBK)',
      subtitle: [`Nomor: ${number_}`, `Tanggal keluar: ${DocumentsService.date(shipment.dispatchedAt, zone, true)}`],
      facts: [
        ['Dari', `${shipment.fromPointCode} · ${shipment.fromPointName}`],
        ['Kepada', `${shipment.toPointCode} · ${shipment.toPointName}`],
        ['Status', STATUS_ID[shipment.status] ?? shipment.status],
        ['Permintaan (resupply)', shipment.resupplyRequestId ?? '–'],
        ['Catatan', shipment.note ?? '–'],
      ],
      table: {
        headers: ['No', 'Kode produk', 'Nama produk', 'Nomor bets', 'Kedaluwarsa', 'Jumlah dikirim'],
        widths: [20, 70, '*', 70, 60, 60],
        numeric: [0, 5],
        rows: shipment.lines.map((line, index) => [index + 1, line.productCode, line.productNameId ?? line.productName, line.lotNumber, line.expiryDate, line.quantitySent]),
        totals: ['', '', 'Jumlah', '', '', sent],
      },
      after: ['Barang tersebut di atas dikeluarkan dari gudang/titik layanan pengirim untuk diserahkan kepada penerima.'],
      signers: [
        { role: 'Yang mengeluarkan', of: shipment.fromPointName, recordedBy: dispatch.recordedBy },
        { role: 'Yang membawa / menerima', of: shipment.toPointName },
      ],
    });
    return { name: `SBBK-${shipment.fromPointCode}-${shipment.id.slice(0, 8)}.pdf`, pdf };
  }

  async bast(actor: AuthUser, shipmentId: string): Promise<PdfFile> {
    const shipment = await this.shipments.get(actor, shipmentId);
    if (shipment.status !== 'received' || !shipment.receivedAt || !shipment.receiptMovementId) {
      throw new DomainError('DOCUMENT_NOT_AVAILABLE', 'The hand-over record (BAST) exists once the shipment is received: confirm what arrived first.');
    }
    const zone = await this.zoneOf(shipment.toPointId);
    const receipt = await this.movements.getById(shipment.receiptMovementId);
    const dispatch = await this.movements.getById(shipment.dispatchMovementId);
    const sum = (pick: (line: (typeof shipment.lines)[number]) => number | null) => shipment.lines.reduce((total, line) => total + (pick(line) ?? 0), 0);
    const pdf = await renderDocument({
      title: 'BERITA ACARA SERAH TERIMA BARANG (BAST)',
      subtitle: [
        `Nomor: BAST/${shipment.toPointCode}/${DocumentsService.compactDate(shipment.receivedAt, zone)}/${shipment.id.slice(0, 8).toUpperCase()}`,
        `Tanggal terima: ${DocumentsService.date(shipment.receivedAt, zone, true)}`,
      ],
      facts: [
        ['Pihak yang menyerahkan', `${shipment.fromPointCode} · ${shipment.fromPointName}`],
        ['Pihak yang menerima', `${shipment.toPointCode} · ${shipment.toPointName}`],
        ['Dikirim pada', DocumentsService.date(shipment.dispatchedAt, zone, true)],
        ['Permintaan (resupply)', shipment.resupplyRequestId ?? '–'],
      ],
      table: {
        headers: ['No', 'Produk', 'Nomor bets', 'Kedaluwarsa', 'Dikirim', 'Diterima', 'Selisih', 'Alasan selisih'],
        widths: [20, '*', 65, 55, 45, 45, 40, 70],
        numeric: [0, 4, 5, 6],
        rows: shipment.lines.map((line, index) => [
          index + 1,
          `${line.productCode} · ${line.productNameId ?? line.productName}`,
          line.lotNumber,
          line.expiryDate,
          line.quantitySent,
          line.quantityReceived ?? 0,
          line.quantityLost ?? 0,
          reasonId(line.discrepancyReason),
        ]),
        totals: ['', 'Jumlah', '', '', sum((line) => line.quantitySent), sum((line) => line.quantityReceived), sum((line) => line.quantityLost), ''],
      },
      after: [
        'Pada hari dan tanggal tersebut di atas telah dilakukan serah terima barang dengan rincian di atas. Selisih antara yang dikirim dan yang diterima dicatat sebagai kehilangan dalam perjalanan dengan alasannya.',
      ],
      signers: [
        { role: 'Pihak yang menyerahkan', of: shipment.fromPointName, recordedBy: dispatch.recordedBy },
        { role: 'Pihak yang menerima', of: shipment.toPointName, recordedBy: receipt.recordedBy },
      ],
    });
    return { name: `BAST-${shipment.toPointCode}-${shipment.id.slice(0, 8)}.pdf`, pdf };
  }

  async stockCountMinutes(actor: AuthUser, movementId: string): Promise<PdfFile> {
    const movement = await this.movements.get(actor, movementId);
    if (movement.type !== 'stock_count') {
      throw new DomainError('DOCUMENT_NOT_AVAILABLE', `Stock count minutes are made for stock counts; this record is a ${movement.type}.`);
    }
    const zone = await this.zoneOf(movement.pointId);
    const lines = movement.lines.map((line) => ({ ...line, counted: line.countedQuantity ?? 0, system: (line.countedQuantity ?? 0) - line.quantity }));
    const pdf = await renderDocument({
      title: 'BERITA ACARA STOK OPNAME',
      subtitle: [`Nomor: BA-SO/${movement.pointCode}/${DocumentsService.compactDate(movement.occurredAt, zone)}/${movement.id.slice(0, 8).toUpperCase()}`, `Tanggal penghitungan: ${DocumentsService.date(movement.occurredAt, zone, true)}`],
      facts: [
        ['Titik layanan', `${movement.pointCode} · ${movement.pointName}`],
        ['Dicatat di pasokan', DocumentsService.date(movement.recordedAt, zone, true)],
      ],
      table: {
        headers: ['No', 'Produk', 'Nomor bets', 'Kedaluwarsa', 'Stok menurut catatan', 'Hasil hitung fisik', 'Selisih', 'Alasan'],
        widths: [20, '*', 65, 55, 55, 55, 40, 65],
        numeric: [0, 4, 5, 6],
        rows: lines.map((line, index) => [
          index + 1,
          `${line.productCode} · ${line.productNameId ?? line.productName}`,
          line.lotNumber,
          line.expiryDate,
          line.system,
          line.counted,
          line.quantity,
          reasonId(line.reason),
        ]),
        totals: ['', 'Jumlah', '', '', lines.reduce((s, l) => s + l.system, 0), lines.reduce((s, l) => s + l.counted, 0), lines.reduce((s, l) => s + l.quantity, 0), ''],
      },
      after: ['Penghitungan fisik dilakukan bersama oleh petugas di bawah ini; selisih telah dicatat di kartu stok dengan alasannya.'],
      signers: [
        { role: 'Petugas penghitung', of: movement.pointName, recordedBy: movement.recordedBy },
        { role: 'Saksi', of: movement.pointName },
        { role: 'Penanggung jawab', of: movement.pointName },
      ],
    });
    return { name: `BA-stok-opname-${movement.pointCode}-${movement.id.slice(0, 8)}.pdf`, pdf };
  }

  /** The destruction record (Berita Acara Pemusnahan) of a sharps destruction: how many full containers, where, when, how. */
  async destructionRecord(actor: AuthUser, movementId: string): Promise<PdfFile> {
    const movement = await this.movements.get(actor, movementId);
    const line = movement.sharps?.[0];
    if (movement.type !== 'sharps_destruction' || !line) {
      throw new DomainError('DOCUMENT_NOT_AVAILABLE', `A destruction record is made for sharps destructions; this record is a ${movement.type}.`);
    }
    const zone = await this.zoneOf(movement.pointId);
    const containers = -line.containers;
    const pdf = await renderDocument({
      title: 'BERITA ACARA PEMUSNAHAN LIMBAH TAJAM',
      subtitle: [
        `Nomor: BAP/${movement.pointCode}/${DocumentsService.compactDate(movement.occurredAt, zone)}/${movement.id.slice(0, 8).toUpperCase()}`,
        `Tanggal pemusnahan: ${DocumentsService.date(movement.occurredAt, zone, true)}`,
      ],
      facts: [
        ['Tempat', `${movement.pointCode} · ${movement.pointName}`],
        ['Cara pemusnahan', DESTRUCTION_METHOD_ID[line.destructionMethod ?? ''] ?? line.destructionMethod ?? '–'],
        ['Dicatat di pasokan', DocumentsService.date(movement.recordedAt, zone, true)],
      ],
      table: {
        headers: ['No', 'Uraian', 'Jumlah'],
        widths: [20, '*', 80],
        numeric: [0, 2],
        rows: [[1, 'Wadah limbah tajam (safety box) penuh berisi alat suntik bekas', containers]],
      },
      after: [
        'Pada hari dan tanggal tersebut di atas telah dimusnahkan limbah tajam dengan rincian di atas, disaksikan oleh petugas di bawah ini. ' +
          'Limbah tajam ini bukan stok dan tidak dapat digunakan kembali.',
      ],
      signers: [
        { role: 'Yang melaksanakan pemusnahan', of: movement.pointName, recordedBy: movement.recordedBy },
        { role: 'Saksi', of: movement.pointName },
        { role: 'Mengetahui, penanggung jawab', of: movement.pointName },
      ],
    });
    return { name: `BA-pemusnahan-${movement.pointCode}-${movement.id.slice(0, 8)}.pdf`, pdf };
  }

  async stockCard(actor: AuthUser, pointId: string, query: StockCardDocumentQuery): Promise<PdfFile> {
    // Every page of the card, not the first: a year of a busy point is thousands of lines, printed over many pages.
    const first = await this.stock.stockCard(actor, pointId, { ...query, limit: MAX_PAGE_SIZE, offset: 0 });
    const items = [...first.items];
    while (items.length < first.total) {
      const next = await this.stock.stockCard(actor, pointId, { ...query, limit: MAX_PAGE_SIZE, offset: items.length });
      if (next.items.length === 0) break;
      items.push(...next.items);
    }
    const point = (await this.points.findStockPoint(pointId))!;
    const product = await this.products.get(query.productId);
    const pdf = await renderDocument({
      title: 'KARTU STOK',
      subtitle: [`${product.code} · ${product.nameId ?? product.name}`, `Periode: ${query.from ?? 'sejak awal'} s.d. ${query.to ? `sebelum ${query.to}` : 'hari ini'}`],
      facts: [
        ['Titik layanan', `${point.code} · ${point.name}`],
        ['Stok awal periode', number(first.openingBalance)],
      ],
      table: {
        headers: ['Tanggal', 'Jenis', 'Nomor bets', 'Masuk', 'Keluar', 'Sisa', 'Dicatat oleh'],
        widths: [75, '*', 70, 45, 45, 50, 70],
        numeric: [3, 4, 5],
        rows: items.map((line) => [
          DocumentsService.date(line.occurredAt, point.timeZone),
          `${MOVEMENT_ID[line.type as keyof typeof MOVEMENT_ID] ?? line.type}${line.reason ? ` (${reasonId(line.reason)})` : ''}`,
          line.lotNumber,
          line.quantity > 0 ? line.quantity : '',
          line.quantity < 0 ? -line.quantity : '',
          line.runningBalance,
          line.recordedBy,
        ]),
        totals: ['', 'Stok akhir', '', items.filter((l) => l.quantity > 0).reduce((s, l) => s + l.quantity, 0), items.filter((l) => l.quantity < 0).reduce((s, l) => s - l.quantity, 0), items.at(-1)?.runningBalance ?? first.openingBalance, ''],
      },
      signers: [{ role: 'Petugas pengelola stok', of: point.name }, { role: 'Penanggung jawab', of: point.name }],
    });
    return { name: `kartu-stok-${point.code}-${product.code}.pdf`, pdf };
  }

  async monthly(actor: AuthUser, query: MonthlyDocumentQuery): Promise<PdfFile> {
    const { rows, closed } = await this.reports.monthlyRows(actor, query);
    const totals = aggregate(rows);
    const adjusted = (row: (typeof rows)[number]) => Object.values(row.adjustments).reduce((sum, value) => sum + value, 0);
    const line = (row: (typeof rows)[number]) => [
      row.pointCode ?? 'JUMLAH',
      row.productCode,
      row.opening,
      row.received,
      row.issued,
      row.shippedOut,
      adjusted(row),
      row.closing,
      row.nearestExpiry ?? '–',
      row.stockoutDays,
      row.requested,
    ];
    const scope = query.pointId ? (rows[0]?.pointName ?? query.pointId) : query.regencyCode ? `Kabupaten/kota ${query.regencyCode}` : query.provinceCode ? `Provinsi ${query.provinceCode}` : 'Seluruh wilayah Anda';
    const pdf = await renderDocument({
      title: 'LAPORAN BULANAN LOGISTIK (LPLPO)',
      subtitle: [`Bulan ${query.month}`, closed ? 'Bulan sudah ditutup: angka tidak akan berubah.' : 'Bulan belum ditutup: angka masih dapat berubah.'],
      facts: [
        ['Wilayah', scope],
        ['Titik layanan', number(new Set(rows.map((row) => row.pointId)).size)],
      ],
      landscape: true,
      table: {
        headers: ['Titik', 'Produk', 'Stok awal', 'Penerimaan', 'Pemakaian', 'Dikirim ke titik lain', 'Penyesuaian', 'Stok akhir', 'Kedaluwarsa terdekat', 'Hari kosong', 'Permintaan'],
        widths: [80, '*', 50, 55, 55, 60, 60, 50, 65, 40, 55],
        numeric: [2, 3, 4, 5, 6, 7, 9, 10],
        rows: [...rows.map(line), ...totals.map(line)],
      },
      after: ['Stok akhir = stok awal + penerimaan - pemakaian - dikirim ke titik lain + penyesuaian. Baris JUMLAH: semua titik layanan per produk.'],
      signers: [{ role: 'Pengelola logistik', of: scope }, { role: 'Mengetahui, Kepala', of: scope }],
    });
    return { name: `LPLPO-${query.month}${query.regencyCode ? `-${query.regencyCode}` : query.provinceCode ? `-${query.provinceCode}` : ''}.pdf`, pdf };
  }
}
