import { applyDecorators, StreamableFile } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { Readable } from 'node:stream';
import { CSV_SEPARATORS, CsvSeparator, toCsv, UTF8_BOM } from './csv';
import { PageQuery } from './pagination';
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
 * `stream`, which ends the iterator of `pages` when it closes, however it closes: a download closed before its rows
 * were read (even before the first, when the generator reading them never started) lets go of the cursor behind them.
 */
export function closingPages<S extends Readable>(stream: S, pages: AsyncIterable<unknown> | Iterable<unknown>): S {
  stream.once('close', () => void (pages as Partial<AsyncIterator<unknown>>).return?.());
  return stream;
}

/** Rows as CSV with the columns' (Indonesian) headers, a page at a time; a byte order mark first with `;`. */
export function csvStream<Row>(columns: XlsxColumn<Row>[], pages: AsyncIterable<Row[]> | Iterable<Row[]>, separator: CsvSeparator): Readable {
  const keys = columns.map((_, index) => String(index));
  const line = (values: (string | number | null)[]) => Object.fromEntries(values.map((value, index) => [String(index), value ?? '']));
  return closingPages(
    Readable.from(
      (async function* () {
        if (separator === 'semicolon') yield UTF8_BOM;
        yield toCsv([line(columns.map(([header]) => header))], { header: false, columns: keys, separator });
        for await (const rows of pages) {
          if (rows.length > 0) yield toCsv(rows.map((row) => line(columns.map(([, value]) => value(row)))), { header: false, columns: keys, separator });
        }
      })(),
    ),
    pages,
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
    return new StreamableFile(closingPages(toXlsx(file.sheet, file.columns, file.pages), file.pages), { type: XLSX_TYPE, disposition: `attachment; filename="${file.name}.xlsx"` });
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
