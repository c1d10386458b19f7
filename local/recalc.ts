// Recalculates every formula of a workbook with HyperFormula, with the bundle's custom functions
// registered and called the way Sheets calls them: a single cell arrives as a scalar (a date as a
// Date), a range as rows of cells, a returned 2D array spills into the cells below and to the right,
// and a thrown Error becomes #ERROR! with its message kept. Text cells stay text and errors carry
// Sheets' names. Results are written back into the workbook as cached values; in memory a spill is
// an array formula over the cells it filled, so the next recalculation knows those cells are not
// user data (local/save.ts writes it to the file in a form LibreOffice shows).

import { dirname, join } from 'node:path';
import type ExcelJS from 'exceljs';
import {
  CellError,
  type CellError as CellErrorType,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  type FunctionMetadata,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
} from 'hyperformula';
import { boxA1, cellA1 } from './emulator/a1';
import type { Env } from './emulator/spreadsheet';
import { visibleSheets } from './emulator/spreadsheet';
import { instantToWall, isDateValue, sheetsErrorLiteral, wallToInstant } from './emulator/values';

/** A custom function as the local runtime calls it: arguments in, value or rows out (or it throws). */
export type CustomFunctionCall = (name: string, args: unknown[]) => unknown;

export interface FormulaError {
  sheet: string;
  cell: string;
  formula: string;
  value: string;
  message: string;
}

export interface RecalcReport {
  formulas: number;
  spills: { sheet: string; range: string }[];
  errors: FormulaError[];
  rounds: number;
}

// A custom function that returns a Date gives a date cell in Sheets, so cells that read it get a
// Date too. HyperFormula keeps that type in DateNumber, which it does not export: load it from the
// same file its entry point loads (the package's export map hides the path, not the module).
const { DateNumber } = require(
  join(dirname(require.resolve('hyperformula')), 'interpreter', 'InterpreterValue.js'),
) as {
  DateNumber: new (value: number, format: string) => unknown;
};

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY = 86_400_000;
const MAX_ROUNDS = 6;
// Sheets' grid: up to 10 million cells in a spreadsheet, 18,278 columns (ZZZ) in a sheet. HyperFormula
// stops at 40,000 rows by default; the real bound here is memory, so rows get Sheets' cell limit.
const SHEETS_MAX_ROWS = 10_000_000;
const SHEETS_MAX_COLUMNS = 18_278;

interface Spill {
  rows: unknown[][];
}

type Address = { sheet: number; row: number; col: number };
/** A cell as one number (a string key per cell costs seconds of garbage collection on big sheets). */
const cellKey = (sheet: number, row: number, col: number) =>
  (sheet * (SHEETS_MAX_ROWS + 1) + row) * (SHEETS_MAX_COLUMNS + 1) + col;
const key = (a: Address) => `${a.sheet}:${a.row}:${a.col}`;

/** Recalculates `env`'s workbook in place. `call` runs one custom function of the bundle. */
export function recalculate(
  env: Env,
  customFunctions: readonly string[],
  call: CustomFunctionCall,
  makeDate: (ms: number) => Date,
): RecalcReport {
  const sheets = visibleSheets(env);
  const tz = env.timeZone;
  // Latest full result of each custom-function cell whose result is bigger than one cell.
  const spillResults = new Map<string, Spill>();
  // Values of custom-function results that HyperFormula keeps as plain numbers (Dates).
  const richResults = new Map<string, unknown>();

  const toScriptValue = (v: unknown): unknown => {
    if (v === EmptyValue || v === null || v === undefined) return '';
    if (v instanceof CellError) return sheetsErrorLiteral(String(v.type));
    if (typeof v === 'object' && v !== null && 'val' in v) {
      const rich = v as { val: number; constructor: { name: string } };
      if (/Date/.test(rich.constructor.name)) {
        return makeDate(wallToInstant(EXCEL_EPOCH + Math.round(rich.val * DAY), tz));
      }
      return rich.val;
    }
    return v;
  };

  const toEngineValue = (v: unknown): unknown => {
    if (v === null || v === undefined || v === '') return '';
    if (isDateValue(v)) return (instantToWall(v.getTime(), tz) - EXCEL_EPOCH) / DAY;
    if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
    return String(v);
  };

  class BundleFunctions extends FunctionPlugin {
    static override implementedFunctions: Record<string, FunctionMetadata> = {};
  }
  for (const name of customFunctions) {
    const method = `call_${name}`;
    BundleFunctions.implementedFunctions[name] = {
      method,
      parameters: [{ argumentType: FunctionArgumentType.ANY, optionalArg: true }],
      repeatLastArgs: 1,
    } as FunctionMetadata;
    (BundleFunctions.prototype as unknown as Record<string, unknown>)[method] = function (
      this: FunctionPlugin & { evaluateAst(ast: unknown, state: unknown): unknown },
      ast: { args: unknown[] },
      state: { formulaAddress: Address },
    ) {
      const args: unknown[] = [];
      for (const argAst of ast.args) {
        const value = this.evaluateAst(argAst, state);
        if (value instanceof CellError) return value;
        if (value instanceof SimpleRangeValue) {
          args.push(value.data.map((row) => row.map(toScriptValue)));
        } else args.push(toScriptValue(value));
      }
      const at = key(state.formulaAddress);
      spillResults.delete(at);
      richResults.delete(at);
      let result: unknown;
      try {
        result = call(name, args);
      } catch (error) {
        return new CellError(ErrorType.ERROR, messageOf(error));
      }
      if (Array.isArray(result)) {
        // Copied into this realm: arrays made in the vm fail HyperFormula's instanceof checks.
        const rows = Array.from(result as unknown[], (r) =>
          Array.isArray(r) ? Array.from(r as unknown[]) : [r],
        );
        if (!rows.length || !rows[0].length)
          return new CellError(ErrorType.ERROR, `${name}: returned an empty array`);
        if (rows.length > 1 || rows[0].length > 1) spillResults.set(at, { rows });
        result = rows[0][0];
      }
      if (isDateValue(result)) {
        richResults.set(at, result);
        return new DateNumber(toEngineValue(result) as number, 'Date()');
      }
      return toEngineValue(result);
    };
  }
  const engineSpillValue = (v: unknown): unknown => {
    if (isDateValue(v)) {
      return wallAsLocalDate(new Date(instantToWall(v.getTime(), tz)));
    }
    const e = toEngineValue(v);
    return e === '' ? null : e;
  };

  const pluginName = `BundleFunctions${Date.now()}${Math.random().toString(36).slice(2)}`;
  Object.defineProperty(BundleFunctions, 'name', { value: pluginName });
  const translations = { enGB: Object.fromEntries(customFunctions.map((n) => [n, n])) };
  HyperFormula.registerFunctionPlugin(BundleFunctions as never, translations);

  try {
    return evaluate();
  } finally {
    HyperFormula.unregisterFunctionPlugin(BundleFunctions as never);
  }

  function evaluate(): RecalcReport {
    // 1. Read every sheet; cells that an earlier spill filled are outputs, not data.
    const contents: Record<string, unknown[][]> = {};
    const formulaCells: { sheet: number; ws: ExcelJS.Worksheet; cell: ExcelJS.Cell }[] = [];
    const occupied = new Set<number>();
    sheets.forEach((ws, s) => {
      const spillChildren = new Set<number>();
      ws.eachRow((row) => {
        row.eachCell((cell) => {
          const v = cell.value as { shareType?: string; ref?: string } | null;
          if (v && typeof v === 'object' && v.shareType === 'array' && v.ref) {
            const [from, to = from] = v.ref.split(':');
            const a = ws.getCell(from);
            const b = ws.getCell(to);
            for (let r = Number(a.row); r <= Number(b.row); r++)
              for (let c = Number(a.col); c <= Number(b.col); c++)
                if (r !== Number(cell.row) || c !== Number(cell.col)) spillChildren.add(cellKey(0, r, c));
          }
        });
      });
      const grid: unknown[][] = [];
      ws.eachRow((row, r) => {
        row.eachCell((cell, c) => {
          if (spillChildren.size && spillChildren.has(cellKey(0, r, c))) {
            cell.value = null;
            return;
          }
          const content = engineContent(cell);
          if (content === null) return;
          if (!grid[r - 1]) grid[r - 1] = [];
          grid[r - 1][c - 1] = content;
          occupied.add(cellKey(s, r - 1, c - 1));
          if (isFormulaCell(cell)) formulaCells.push({ sheet: s, ws, cell });
        });
      });
      for (let r = 0; r < grid.length; r++) if (!grid[r]) grid[r] = [];
      contents[ws.name] = grid;
    });

    const hf = HyperFormula.buildFromSheets(contents as never, {
      licenseKey: 'gpl-v3',
      maxRows: SHEETS_MAX_ROWS,
      maxColumns: SHEETS_MAX_COLUMNS,
    });
    try {
      // 2. Spill: write each multi-cell result into the cells around it, then let dependents update;
      //    repeat until no spill changes (a spill may feed another custom function).
      const applied = new Map<string, { rows: number; cols: number; blocked?: string }>();
      let rounds = 1;
      for (; rounds <= MAX_ROUNDS; rounds++) {
        // Decide with reads first: HyperFormula cannot be read inside a batch.
        const writes: (() => void)[] = [];
        for (const [at, previous] of applied) {
          const current = spillResults.get(at);
          if (current && current.rows.length === previous.rows && current.rows[0].length === previous.cols)
            continue;
          const [s, r, c] = at.split(':').map(Number);
          if (!previous.blocked) writes.push(() => clearSpill(hf, s, r, c, previous.rows, previous.cols));
          applied.delete(at);
        }
        for (const [at, spill] of spillResults) {
          const [s, r, c] = at.split(':').map(Number);
          const prev = applied.get(at);
          const blocker = findBlocker(occupied, s, r, c, spill.rows);
          if (blocker) {
            if (!prev?.blocked) {
              applied.set(at, { rows: spill.rows.length, cols: spill.rows[0].length, blocked: blocker });
              writes.push(() => undefined);
            }
            continue;
          }
          const width = widest(spill.rows);
          const block = spill.rows.map((row, i) =>
            Array.from({ length: width }, (_, j) =>
              i === 0 && j === 0 ? undefined : engineSpillValue(row[j]),
            ),
          );
          if (prev && !prev.blocked && sameValues(hf, s, r, c, block)) continue;
          writes.push(() => {
            if (width > 1) {
              hf.setCellContents({ sheet: s, row: r, col: c + 1 }, [
                block[0].slice(1).map(asEngineInput),
              ] as never);
            }
            if (block.length > 1) {
              hf.setCellContents(
                { sheet: s, row: r + 1, col: c },
                block.slice(1).map((row) => row.map(asEngineInput)) as never,
              );
            }
          });
          applied.set(at, { rows: block.length, cols: width });
        }
        const changed = writes.length > 0;
        if (changed)
          hf.batch(() => {
            for (const w of writes) w();
          });
        if (!changed) break;
      }

      // 3. Write results back as cached values.
      const errors: FormulaError[] = [];
      const spills: RecalcReport['spills'] = [];
      for (const { sheet: s, ws, cell } of formulaCells) {
        const address = { sheet: s, row: Number(cell.row) - 1, col: Number(cell.col) - 1 };
        const at = key(address);
        const formula = cell.formula;
        const value = hf.getCellValue(address as never);
        const spill = applied.get(at);
        let result: unknown = value;
        if (spill?.blocked) {
          const message = `Array result was not expanded because it would overwrite data in ${spill.blocked}.`;
          result = { error: '#REF!' };
          errors.push({
            sheet: ws.name,
            cell: cellA1(address.row + 1, address.col + 1),
            formula: `=${formula}`,
            value: '#REF!',
            message,
          });
          cell.value = { formula, result } as never;
          continue;
        }
        if (value && typeof value === 'object' && 'value' in (value as object)) {
          const e = value as { type: string; message?: string };
          const shown = sheetsErrorLiteral(e.type);
          errors.push({
            sheet: ws.name,
            cell: cellA1(address.row + 1, address.col + 1),
            formula: `=${formula}`,
            value: shown,
            message: e.message || (e.type === ErrorType.CYCLE ? CIRCULAR : ''),
          });
          result = { error: shown };
        } else if (richResults.has(at)) {
          result = new Date(instantToWall((richResults.get(at) as Date).getTime(), tz));
        }
        if (spill) {
          const box = {
            row: address.row + 1,
            column: address.col + 1,
            numRows: spill.rows,
            numColumns: spill.cols,
          };
          const ref = boxA1(box);
          cell.value = { formula, result, shareType: 'array', ref } as never;
          const rows = spillResults.get(at)?.rows ?? [];
          for (let i = 0; i < spill.rows; i++) {
            for (let j = 0; j < spill.cols; j++) {
              if (i === 0 && j === 0) continue;
              const target = ws.getCell(box.row + i, box.column + j);
              const v = rows[i]?.[j];
              target.value = (
                isDateValue(v)
                  ? new Date(instantToWall(v.getTime(), tz))
                  : v === '' || v === undefined
                    ? null
                    : v
              ) as never;
            }
          }
          spills.push({ sheet: ws.name, range: ref });
        } else {
          const raw = cell.value as { sharedFormula?: string } | null;
          cell.value = (
            raw && typeof raw === 'object' && raw.sharedFormula
              ? { sharedFormula: raw.sharedFormula, result }
              : { formula, result }
          ) as never;
        }
      }
      return { formulas: formulaCells.length, spills, errors, rounds };
    } finally {
      hf.destroy();
    }
  }
}

/**
 * HyperFormula reads a Date with local getters: `wall` (a Date whose UTC fields are wall-clock time,
 * as exceljs gives them) becomes a Date whose local fields are that wall-clock time.
 */
function wallAsLocalDate(wall: Date): Date {
  return new Date(
    wall.getUTCFullYear(),
    wall.getUTCMonth(),
    wall.getUTCDate(),
    wall.getUTCHours(),
    wall.getUTCMinutes(),
    wall.getUTCSeconds(),
  );
}

/**
 * What HyperFormula gets for a cell: `=formula`, a value, or null for an empty cell. Text goes in
 * behind an apostrophe, which HyperFormula drops: only a cell that holds a formula is a formula, and
 * text such as "1/10/2565", "00123", "10%", "TRUE" or "=อบต.ก" is never re-read as something else.
 */
function engineContent(cell: ExcelJS.Cell): unknown {
  if (cell.isMerged && cell.master !== cell) return null;
  const v = cell.value as unknown;
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'string') return `'${v}`;
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  if (isDateValue(v)) return wallAsLocalDate(v);
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (isFormulaCell(cell)) return `=${cell.formula}`;
    if ('richText' in o) return `'${(o.richText as { text: string }[]).map((t) => t.text).join('')}`;
    if ('hyperlink' in o) return `'${String(o.text ?? '')}`;
    // An error value stored in the file (not typed text): HyperFormula reads the literal as that error.
    if ('error' in o) return String(o.error);
  }
  return `'${String(v)}`;
}

function isFormulaCell(cell: ExcelJS.Cell): boolean {
  const v = cell.value as unknown;
  return !!v && typeof v === 'object' && ('formula' in v || 'sharedFormula' in v);
}

/** A value computed here (a spilled cell) as HyperFormula must take it: text is never re-parsed. */
function asEngineInput(v: unknown): unknown {
  if (v === undefined || v === null) return null;
  return typeof v === 'string' ? `'${v}` : v;
}

// A circular reference shows #REF! in Sheets (sheetsErrorLiteral), with this message.
const CIRCULAR = 'Circular dependency detected. To resolve with iterative calculation, see File > Settings.';

/** The longest row (not Math.max(...rows): a spill of 200,000 rows would overflow the stack). */
function widest(rows: unknown[][]): number {
  let width = 0;
  for (const row of rows) if (row.length > width) width = row.length;
  return width;
}

function findBlocker(
  occupied: Set<number>,
  s: number,
  r: number,
  c: number,
  rows: unknown[][],
): string | undefined {
  const width = widest(rows);
  for (let i = 0; i < rows.length; i++)
    for (let j = 0; j < width; j++) {
      if (i === 0 && j === 0) continue;
      if (occupied.has(cellKey(s, r + i, c + j))) return cellA1(r + i + 1, c + j + 1);
    }
  return undefined;
}

function clearSpill(hf: HyperFormula, s: number, r: number, c: number, rows: number, cols: number): void {
  if (cols > 1) hf.setCellContents({ sheet: s, row: r, col: c + 1 }, [new Array(cols - 1).fill(null)]);
  if (rows > 1)
    hf.setCellContents(
      { sheet: s, row: r + 1, col: c },
      Array.from({ length: rows - 1 }, () => new Array(cols).fill(null)),
    );
}

function sameValues(hf: HyperFormula, s: number, r: number, c: number, block: unknown[][]): boolean {
  for (let i = 0; i < block.length; i++)
    for (let j = 0; j < block[i].length; j++) {
      if (i === 0 && j === 0) continue;
      const current = hf.getCellValue({ sheet: s, row: r + i, col: c + j });
      let wanted = block[i][j];
      if (isDateValue(wanted)) {
        const local = Date.UTC(
          wanted.getFullYear(),
          wanted.getMonth(),
          wanted.getDate(),
          wanted.getHours(),
          wanted.getMinutes(),
          wanted.getSeconds(),
        );
        wanted = (local - EXCEL_EPOCH) / DAY;
      }
      if ((current ?? null) !== (wanted ?? null)) return false;
    }
  return true;
}

export type { CellErrorType };

/** The message of an error thrown in the vm realm (where `instanceof Error` is false here). */
function messageOf(error: unknown): string {
  const message = (error as { message?: unknown } | null)?.message;
  return typeof message === 'string' ? message : String(error);
}
