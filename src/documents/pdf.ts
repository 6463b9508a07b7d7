import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';

/** PDF's built-in Helvetica (no font file to ship); Indonesian needs no more than its Latin characters. */
const FONT_FILES = ['Helvetica', 'Helvetica-Bold', 'Helvetica-Oblique', 'Helvetica-BoldOblique'];

/**
 * pdfmake, set up once, loaded with the first document: about 25 MB that a service which prints nothing does not hold.
 * pdfmake exports one object whose methods live on its prototype: it is the module's default export, used as it is.
 */
const pdfmake = (() => {
  let loading: ReturnType<typeof load> | undefined;
  async function load() {
    const { default: pdf } = await import('pdfmake');
    pdf.setFonts({ Helvetica: { normal: FONT_FILES[0], bold: FONT_FILES[1], italics: FONT_FILES[2], bolditalics: FONT_FILES[3] } });
    // A document never fetches anything: no URL at all, and no file but the built-in fonts.
    pdf.setUrlAccessPolicy(() => false);
    pdf.setLocalAccessPolicy((path) => FONT_FILES.includes(path));
    return pdf;
  }
  return () => (loading ??= load());
})();

/** Who signs a document: the role printed, the name written by hand on the line, as Indonesian forms have it. */
export interface Signer {
  /** "Yang menyerahkan", "Yang menerima", "Petugas" … */
  role: string;
  /** The place or office the signer acts for. */
  of: string;
  /** The account that recorded it in pasokan, when known (a staff login, never a client). */
  recordedBy?: string;
}

export interface DocumentLayout {
  title: string;
  /** Document number and date lines under the title. */
  subtitle: string[];
  /** Label/value pairs printed above the table (point, regency, dates). */
  facts: [string, string][];
  table: { headers: string[]; widths: (number | '*' | 'auto')[]; rows: (string | number)[][]; numeric: number[]; totals?: (string | number)[] };
  /** Text under the table (notes, what a figure means). */
  after?: string[];
  signers: Signer[];
  landscape?: boolean;
}

const id = new Intl.NumberFormat('id-ID');
export const number = (value: number | null | undefined) => (value === null || value === undefined ? '–' : id.format(value));

/** An A4 document in pasokan's one shape: title, facts, one table with totals, signature blocks, page numbers. */
export async function renderDocument(layout: DocumentLayout): Promise<Buffer> {
  const cell = (value: string | number, column: number, bold = false) => ({
    text: typeof value === 'number' ? number(value) : value,
    alignment: layout.table.numeric.includes(column) ? ('right' as const) : ('left' as const),
    bold,
  });
  const body = [
    layout.table.headers.map((header, column) => ({ ...cell(header, column, true), fillColor: '#eeeeee' })),
    ...layout.table.rows.map((row) => row.map((value, column) => cell(value, column))),
    ...(layout.table.totals ? [layout.table.totals.map((value, column) => cell(value, column, true))] : []),
  ];
  const signatures: Content = {
    columns: layout.signers.map((signer) => ({
      stack: [
        { text: signer.role, bold: true },
        { text: signer.of },
        { text: '\n\n\n\n' },
        { text: '( ..................................... )' },
        { text: `NIP/NIK petugas: ....................`, fontSize: 8 },
        ...(signer.recordedBy ? [{ text: `Dicatat di pasokan oleh: ${signer.recordedBy}`, fontSize: 8, italics: true }] : []),
      ],
      alignment: 'center',
    })),
    columnGap: 20,
    margin: [0, 30, 0, 0],
    unbreakable: true,
  };
  const definition: TDocumentDefinitions = {
    pageSize: 'A4',
    pageOrientation: layout.landscape ? 'landscape' : 'portrait',
    pageMargins: [40, 50, 40, 50],
    info: { title: layout.title, creator: 'pasokan', producer: 'pasokan' },
    defaultStyle: { font: 'Helvetica', fontSize: 9 },
    footer: (page, pages) => ({ text: `pasokan · ${layout.title} · halaman ${page} dari ${pages}`, alignment: 'center', fontSize: 7, color: '#666666' }),
    content: [
      { text: layout.title, fontSize: 14, bold: true, alignment: 'center' },
      ...layout.subtitle.map((line) => ({ text: line, alignment: 'center' as const, margin: [0, 2, 0, 0] as [number, number, number, number] })),
      {
        table: { widths: [130, '*'], body: layout.facts.map(([label, value]) => [{ text: label, bold: true }, value]) },
        layout: 'noBorders',
        margin: [0, 14, 0, 10],
      },
      { table: { headerRows: 1, widths: layout.table.widths, body }, layout: 'lightHorizontalLines' },
      ...(layout.after ?? []).map((line) => ({ text: line, margin: [0, 6, 0, 0] as [number, number, number, number], fontSize: 8 })),
      signatures,
    ],
  };
  return (await pdfmake()).createPdf(definition).getBuffer();
}
