import { PassThrough, Readable } from 'node:stream';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A column of an .xlsx export: the header a Dinkes officer reads (Indonesian), and the value of a row. */
export type XlsxColumn<Row> = [header: string, value: (row: Row) => string | number | null];

/**
 * Rows as an .xlsx workbook with one sheet, written as it is read (exceljs' streaming writer), so a large export never
 * sits whole in memory. Cells keep their type: numbers are numbers (Excel shows them in the reader's locale), text is
 * text and never a formula. The header row is bold and frozen. exceljs is loaded with the first export (about 30 MB
 * that a service which never exports a spreadsheet does not hold).
 */
export function toXlsx<Row>(sheetName: string, columns: XlsxColumn<Row>[], pages: AsyncIterable<Row[]> | Iterable<Row[]>): Readable {
  const output = new PassThrough();
  void (async () => {
    try {
      const { default: ExcelJS } = await import('exceljs');
      const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useSharedStrings: false, useStyles: true });
      const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
      sheet.columns = columns.map(([header]) => ({ header, width: Math.max(10, header.length + 2) }));
      sheet.getRow(1).font = { bold: true };
      sheet.getRow(1).commit();
      for await (const rows of pages) {
        for (const row of rows) sheet.addRow(columns.map(([, value]) => value(row) ?? null)).commit();
      }
      sheet.commit();
      await workbook.commit();
    } catch (error) {
      output.destroy(error as Error);
    }
  })();
  return output;
}
