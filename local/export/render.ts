// The export endpoint's rendering, locally: a tab copied as Sheets shows it (values, not formulas —
// LibreOffice would recalculate the add-in's custom functions it does not know into #NAME?), its
// rows at the heights Sheets fits, the URL's page options set as the file's print setup, and
// LibreOffice turning the copies into PDFs in one run.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { convertAll, withTempFolder } from './libreoffice';

/** The page options of an export URL (APPS-SCRIPT.md §B1), as far as LibreOffice can follow them. */
export interface PageOptions {
  /** OOXML paper size code: 9 A4, 8 A3, 11 A5, 1 letter, 5 legal, 3 tabloid. */
  paperSize: number;
  portrait: boolean;
  fitWidth: boolean;
  gridlines: boolean;
  /** Repeat the frozen rows on every page (fzr). */
  repeatFrozenRows: boolean;
  /** Margins in inches (top, bottom, left, right), when the URL sets all four. */
  margins?: { top: number; bottom: number; left: number; right: number };
  centered: boolean;
}

// The export URL's paper names and numbers (APPS-SCRIPT.md §B1: `A3,A4,A5,B4,B5,letter,tabloid,legal,
// statement,executive,folio`, or a number: 0 letter … 7 A4 … 10 B5, in the order community code
// uses), each mapped to its OOXML paperSize code.
const PAPER: Record<string, number> = {
  letter: 1,
  tabloid: 3,
  legal: 5,
  statement: 6,
  executive: 7,
  folio: 14,
  a3: 8,
  a4: 9,
  a5: 11,
  b4: 12,
  b5: 13,
};
const PAPER_BY_NUMBER = [
  'letter',
  'tabloid',
  'legal',
  'statement',
  'executive',
  'folio',
  'a3',
  'a4',
  'a5',
  'b4',
  'b5',
];

/** A `size` the export URL does not know: the endpoint answers 400, as Google's does to a mistake. */
export class UnknownPaperSize extends Error {
  constructor(readonly size: string) {
    super(
      `ขนาดกระดาษ "${size}" ไม่รู้จัก: ใช้ A4 (ขนาดราชการ), A3, A5, B4, B5, letter, legal, tabloid, statement, executive หรือ folio / ` +
        `unknown paper size "${size}": use A4 (the official size), A3, A5, B4, B5, letter, legal, tabloid, statement, executive or folio`,
    );
    this.name = 'UnknownPaperSize';
  }
}

/**
 * The OOXML paper code of the URL's `size`: A4 when the URL gives none (the official size in Thai
 * agencies, and what the add-in always asks for); a size it does not know is refused, never read
 * as Letter.
 */
export function paperSizeOf(size: string | null): number {
  if (size === null || size.trim() === '') return PAPER.a4;
  const key = size.trim().toLowerCase();
  const name = /^\d+$/.test(key) ? PAPER_BY_NUMBER[Number(key)] : key;
  const code = name === undefined ? undefined : PAPER[name];
  if (code === undefined) throw new UnknownPaperSize(size);
  return code;
}

/** The page options of `params`; UnknownPaperSize for a `size` the endpoint does not know. */
export function pageOptionsOf(params: URLSearchParams): PageOptions {
  const flag = (name: string, byDefault: boolean) => {
    const v = params.get(name);
    return v === null ? byDefault : v === 'true' || v === '1';
  };
  const margin = (name: string) => params.get(`${name}_margin`);
  const all = ['top', 'bottom', 'left', 'right'].map(margin);
  const scale = params.get('scale');
  return {
    paperSize: paperSizeOf(params.get('size')),
    portrait: flag('portrait', true),
    fitWidth: flag('fitw', false) || scale === '2' || scale === '4',
    gridlines: flag('gridlines', true),
    repeatFrozenRows: flag('fzr', false),
    margins: all.every((m) => m !== null && m !== '' && Number.isFinite(Number(m)))
      ? { top: Number(all[0]), bottom: Number(all[1]), left: Number(all[2]), right: Number(all[3]) }
      : undefined,
    centered: (params.get('horizontal_alignment') ?? '').toUpperCase() === 'CENTER',
  };
}

/**
 * Copies `sheets` of a workbook into a new one as they show: formulas replaced by their computed
 * results, rows without a set height at `rowHeight` (what Sheets fits them to), and `page` as the
 * print setup. Synchronous, so the copy is what the tab held when the URL was fetched.
 */
export function snapshotForPdf(
  sheets: ExcelJS.Worksheet[],
  page: PageOptions,
  rowHeight: (ws: ExcelJS.Worksheet, row: number) => number | undefined,
): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  for (const ws of sheets) {
    const copy = workbook.addWorksheet(ws.name);
    const model = structuredClone({ ...ws.model, media: [], tables: [] }) as Record<string, unknown>;
    copy.model = { ...model, mergeCells: model.merges, name: ws.name, id: copy.id } as never;
    copy.state = 'visible';
    copy.eachRow({ includeEmpty: true }, (row, r) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        const v = cell.value as { formula?: string; sharedFormula?: string } | null;
        if (v && typeof v === 'object' && ('formula' in v || 'sharedFormula' in v)) {
          // cell.result, not cell.value.result: exceljs leaves a falsy result (0, FALSE) out of
          // cell.value, and a total of 0 would print as an empty cell.
          const result = cell.result as unknown;
          cell.value = (result === undefined || result === '' ? null : result) as ExcelJS.CellValue;
        }
      });
      if (row.height === undefined) {
        const fitted = rowHeight(ws, r);
        if (fitted !== undefined) row.height = fitted;
      }
    });
    const frozen = Number((ws.views?.[0] as { ySplit?: number } | undefined)?.ySplit ?? 0);
    copy.pageSetup = {
      ...copy.pageSetup,
      paperSize: page.paperSize as ExcelJS.PageSetup['paperSize'],
      orientation: page.portrait ? 'portrait' : 'landscape',
      fitToPage: page.fitWidth,
      fitToWidth: page.fitWidth ? 1 : undefined,
      fitToHeight: page.fitWidth ? 0 : undefined,
      scale: page.fitWidth ? undefined : 100,
      showGridLines: page.gridlines,
      horizontalCentered: page.centered,
      printTitlesRow: page.repeatFrozenRows && frozen > 0 ? `1:${frozen}` : undefined,
      margins: page.margins
        ? { ...page.margins, header: 0.3, footer: 0.3 }
        : { top: 0.75, bottom: 0.75, left: 0.7, right: 0.7, header: 0.3, footer: 0.3 },
    } as ExcelJS.PageSetup;
  }
  return workbook;
}

/**
 * PDFs of `workbooks`, LibreOffice started once for all of them. The copies and the PDFs pass through
 * a temporary folder, removed when the run ends (also when it fails).
 */
export async function renderPdfs(workbooks: ExcelJS.Workbook[]): Promise<Buffer[]> {
  if (!workbooks.length) return [];
  return withTempFolder(async (dir) => {
    const files: string[] = [];
    for (const [i, workbook] of workbooks.entries()) {
      const file = join(dir, `export-${i + 1}.xlsx`);
      await workbook.xlsx.writeFile(file);
      files.push(file);
    }
    return convertAll(files, 'pdf', join(dir, 'out')).map((f) => readFileSync(f));
  });
}
