// How the runtime's workbook goes into an .xlsx that other programs show as computed, and back.
//
// In memory a spill is an array formula over the cells it filled (the emulator and the recalculation
// know its outputs by that). LibreOffice recalculates array formulas on load, and the add-in's custom
// functions are unknown there, so every spilled cell would show #NAME?. A plain formula keeps its
// cached value in both LibreOffice and Excel, so the file holds the anchor as a plain formula with its
// result and the other cells as plain values. Which cells were outputs is recorded beside them, in
// the hidden metadata sheet, with a digest of their values: on reopening, a spill whose cells still
// hold what was saved is a spill again; one whose cells were edited elsewhere keeps the edits as the
// user's data (the next recalculation then reports the blocked spill as #REF!, as Sheets does).
import { createHash } from 'node:crypto';
import type ExcelJS from 'exceljs';
import { parseA1 } from './emulator/a1';
import type { Env } from './emulator/spreadsheet';
import { isDateValue } from './emulator/values';

/** Owner of the spill records in the metadata sheet (never a sheet's, so the bundle never sees it). */
export const SPILLS_OWNER = 'ita-sheets:spills';

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

interface SpillRecord {
  sheet: string;
  anchor: string;
  ref: string;
  formula: string;
  digest: string;
}

interface ArrayFormula {
  formula?: string;
  result?: unknown;
  shareType?: string;
  ref?: string;
}

export interface SaveOptions {
  /** Every formula replaced by its value: a copy for someone without the add-in. */
  values?: boolean;
}

/**
 * Runs `write` with the workbook in the form it is saved in, then puts the in-memory form back.
 * `spilledBy` tells whether an array formula is a spill of the runtime (it calls a custom function);
 * an array formula the user entered in Excel is saved as it is.
 */
export async function inSavedForm<T>(
  env: Env,
  options: SaveOptions,
  spilledBy: (formula: string) => boolean,
  write: () => Promise<T>,
): Promise<T> {
  const undo: { cell: ExcelJS.Cell; value: ExcelJS.CellValue }[] = [];
  const change = (cell: ExcelJS.Cell, value: unknown) => {
    undo.push({ cell, value: cell.value });
    cell.value = value as ExcelJS.CellValue;
  };
  const records = new Map<string, string>();
  try {
    for (const ws of env.workbook.worksheets) {
      const formulaCells: ExcelJS.Cell[] = [];
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          const v = cell.value as ArrayFormula | null;
          if (v && typeof v === 'object' && ('formula' in v || 'sharedFormula' in v)) formulaCells.push(cell);
        }),
      );
      for (const cell of formulaCells) {
        const v = cell.value as ArrayFormula;
        if (options.values) change(cell, savedValue(cell.result));
        else if (v.shareType === 'array' && v.ref && v.ref.includes(':') && spilledBy(cell.formula)) {
          change(cell, { formula: cell.formula, result: cell.result });
          const record: SpillRecord = {
            sheet: ws.name,
            anchor: cell.address,
            ref: v.ref,
            formula: cell.formula,
            digest: outputsDigest(ws, v.ref, cell.address),
          };
          records.set(`${ws.name}!${cell.address}`, JSON.stringify(record));
        }
      }
    }
    if (records.size) env.metadata.set(SPILLS_OWNER, records);
    return await write();
  } finally {
    env.metadata.delete(SPILLS_OWNER);
    for (const { cell, value } of undo.reverse()) cell.value = value;
  }
}

/** After opening: the spills recorded at saving are array formulas again, unless edited since. */
export function restoreSpills(env: Env): void {
  const records = env.metadata.get(SPILLS_OWNER);
  env.metadata.delete(SPILLS_OWNER);
  for (const text of records?.values() ?? []) {
    let record: SpillRecord;
    try {
      record = JSON.parse(text) as SpillRecord;
    } catch {
      continue;
    }
    const ws = env.workbook.getWorksheet(record.sheet);
    if (!ws) continue;
    const anchor = ws.getCell(record.anchor);
    const v = anchor.value as ArrayFormula | null;
    if (!v || typeof v !== 'object' || !('formula' in v) || v.shareType) continue;
    if (sameFormula(anchor.formula) !== sameFormula(record.formula)) continue;
    if (outputsDigest(ws, record.ref, record.anchor) !== record.digest) continue;
    anchor.value = {
      formula: anchor.formula,
      result: anchor.result,
      shareType: 'array',
      ref: record.ref,
    } as ExcelJS.CellValue;
  }
}

/** LibreOffice writes back a function it does not know in lower case (ita_grade): the same formula. */
function sameFormula(formula: string): string {
  return formula.replace(/\s+/g, '').toUpperCase();
}

/** A cached result as a cell's content. */
function savedValue(result: unknown): unknown {
  if (result === undefined || result === null || result === '') return null;
  return result;
}

/**
 * A digest of what the cells of a spill (its anchor aside) hold. Numbers to 12 significant digits
 * and dates to the second, so a program that writes them back with other rounding is not taken for
 * a user's edit.
 */
function outputsDigest(ws: ExcelJS.Worksheet, ref: string, anchor: string): string {
  const box = parseA1(ref, 10_000_000, 18_278)?.box;
  const hash = createHash('sha256');
  if (!box) return '';
  for (let r = box.row; r < box.row + box.numRows; r++)
    for (let c = box.column; c < box.column + box.numColumns; c++) {
      const cell = ws.getCell(r, c);
      if (cell.address === anchor) continue;
      hash.update(`${normalized(cell.value)}\u0000`);
    }
  return hash.digest('hex');
}

function normalized(v: unknown): string {
  if (v === null || v === undefined || v === '') return '';
  if (typeof v === 'number') return `n${Number(v.toPrecision(12))}`;
  if (typeof v === 'boolean') return `b${v}`;
  if (typeof v === 'string') return `s${v}`;
  if (isDateValue(v)) return `d${Math.round((v.getTime() - EXCEL_EPOCH) / 1000)}`;
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if ('richText' in o) return `s${(o.richText as { text: string }[]).map((t) => t.text).join('')}`;
    if ('formula' in o || 'sharedFormula' in o) return `f${JSON.stringify(o)}`;
    if ('error' in o) return `e${String(o.error)}`;
    if ('hyperlink' in o) return `s${String(o.text ?? '')}`;
  }
  return `?${JSON.stringify(v)}`;
}
