import { applyDecorators, StreamableFile } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { Readable } from 'node:stream';
import { CSV_SEPARATORS, CsvSeparator, toCsv, UTF8_BOM } from './csv';
import { MAX_PAGE_SIZE, Page, PageQuery } from './pagination';
import { toXlsx, XLSX_TYPE, XlsxColumn } from './xlsx';

export type ExportFormat = 'json' | 'csv' | 'xlsx';

const FORMAT = () =>
  applyDecorators(
    ApiPropertyOptional({ enum: ['json', 'csv', 'xlsx'], example: 'json', description: 'csv/xlsx: every row matching the filters (limit and offset are ignored), Indonesian headers' }),
    IsOptional(),
    IsIn(['json', 'csv', 'xlsx']),
  );
const SEPARATOR = () =>
  applyDecorators(
    ApiPropertyOptional({ enum: CSV_SEPARATORS, example: 'semicolon', description: 'CSV only. semicolon: `;`, decimal comma and a UTF-8 byte order mark (Excel id-ID)' }),
    IsOptional(),
    IsIn(CSV_SEPARATORS as unknown as string[]),
  );

/** `?format=csv|xlsx&separator=` of an answer that is not paged. */
export class ExportFormatQuery {
  @FORMAT() format?: ExportFormat = 'json';
  @SEPARATOR() separator?: CsvSeparator = 'comma';
}

/** A list's query with `?format=csv|xlsx&separator=`: the list's own filters, and every matching row in a file. */
export class DownloadableQuery extends PageQuery {
  @FORMAT() format: ExportFormat = 'json';
  @SEPARATOR() separator: CsvSeparator = 'comma';
}

/**
 * Every page of a list, read with the list's own query (same filters, same order, same scope) a page of the largest
 * size at a time, until the total it reports is reached: an export never stops at a silent cap. The first page is read
 * before this resolves, so a refused filter (out of scope, unknown point) is a problem answer, not a broken download.
 */
export async function everyPage<T>(read: (limit: number, offset: number) => Promise<Page<T>>): Promise<AsyncIterable<T[]>> {
  const first = await read(MAX_PAGE_SIZE, 0);
  return (async function* () {
    let page = first;
    for (let offset = 0; ; ) {
      if (page.items.length > 0) yield page.items;
      offset += page.items.length;
      if (page.items.length < MAX_PAGE_SIZE || offset >= page.total) return;
      page = await read(MAX_PAGE_SIZE, offset);
    }
  })();
}

/** The rows of every page, made by `rows` (e.g. a row per line of each item). */
export async function* mapPages<T, Row>(pages: AsyncIterable<T[]>, rows: (items: T[]) => Row[]): AsyncGenerator<Row[]> {
  for await (const items of pages) yield rows(items);
}

/** Rows as CSV with the columns' (Indonesian) headers, a page at a time; a byte order mark first with `;`. */
export function csvStream<Row>(columns: XlsxColumn<Row>[], pages: AsyncIterable<Row[]> | Iterable<Row[]>, separator: CsvSeparator): Readable {
  const keys = columns.map((_, index) => String(index));
  const line = (values: (string | number | null)[]) => Object.fromEntries(values.map((value, index) => [String(index), value ?? '']));
  return Readable.from(
    (async function* () {
      if (separator === 'semicolon') yield UTF8_BOM;
      yield toCsv([line(columns.map(([header]) => header))], { header: false, columns: keys, separator });
      for await (const rows of pages) {
        if (rows.length > 0) yield toCsv(rows.map((row) => line(columns.map(([, value]) => value(row)))), { header: false, columns: keys, separator });
      }
    })(),
  );
}

/**
 * A list as a download: CSV (Excel id-ID with `separator=semicolon`) or an .xlsx workbook, same columns and headers
 * in both. `name` is the file name without its extension.
 */
export function tableDownload<Row>(
  format: 'csv' | 'xlsx',
  file: { name: string; sheet: string; columns: XlsxColumn<Row>[]; pages: AsyncIterable<Row[]> | Iterable<Row[]>; separator?: CsvSeparator },
): StreamableFile {
  if (format === 'xlsx') {
    return new StreamableFile(toXlsx(file.sheet, file.columns, file.pages), { type: XLSX_TYPE, disposition: `attachment; filename="${file.name}.xlsx"` });
  }
  return new StreamableFile(csvStream(file.columns, file.pages, file.separator ?? 'comma'), {
    type: 'text/csv; charset=utf-8',
    disposition: `attachment; filename="${file.name}.csv"`,
  });
}

/** A time as the JSON list gives it (ISO 8601, UTC), whether the driver answered a Date or a string. */
export function isoTime(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return value instanceof Date ? value.toISOString() : String(value);
}
