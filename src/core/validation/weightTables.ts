// Checks of a tool weight table ("แบบ | น้ำหนัก | ตัวชี้วัด | คะแนน", IIT/EIT/OIT written once per block):
// each indicator listed under the tool that measures it in the year's framework, and each tool's
// weight as the framework gives it. Read by header; rows it cannot place are passed over, never guessed.
// A bare weight of at most 1 is read as a fraction only when the column settles it (the tools' weights
// sum to exactly 1), and said so; otherwise it is refused. Weights are compared as exact decimals.
import type { PositionedFinding } from '../findings/finding';
import { scoreFinding } from '../findings/scoreCodes';
import type { Framework } from '../ita/framework';
import { readHeader, toolIn } from '../ita/scoreHeader';
import { toArabicDigits } from '../thai/digits';
import { BIG_1, BIG_100 } from '../bigint';
import {
  compare,
  fromComputedNumber,
  fromNumber,
  mul,
  parseDecimal,
  type Rational,
  roundHalfUp,
  sum,
} from '../decimal';

type Grid = readonly (readonly unknown[])[];

const text = (v: unknown) =>
  typeof v === 'string' ? v.replace(/\s+/g, ' ').trim() : typeof v === 'number' ? String(v) : '';

const at = scoreFinding;
const ONE: Rational = { n: BIG_1, d: BIG_1 };
const HUNDRED: Rational = { n: BIG_100, d: BIG_1 };

/** A weight as written: a percent by its own text ("30%", "ร้อยละ ๓๐"), or a bare number (30, 0.3). */
type WeightCell = { percent: Rational } | { bare: Rational };

function weightCell(value: unknown): WeightCell | undefined {
  if (typeof value === 'number')
    return Number.isFinite(value) ? { bare: fromComputedNumber(value) } : undefined;
  const t = toArabicDigits(text(value)).replace(/\s/g, '');
  const percent = /^(?:ร้อยละ)?(\d+(?:\.\d+)?)%?$/.exec(t);
  if (!percent) return undefined;
  const n = parseDecimal(percent[1])!;
  return /%$|^ร้อยละ/.test(t) ? { percent: n } : { bare: n };
}

/** An exact decimal written out without trailing zeros: 30 → "30", 0.3 → "0.3", 12.5 → "12.5". */
function decimalText(r: Rational): string {
  const t = roundHalfUp(r, 6).text;
  return t.includes('.') ? t.replace(/\.?0+$/, '') : t;
}

/** One weight cell in a tool's block. */
interface WeightAt {
  row: number;
  tool: string;
  cell: WeightCell;
  /** The first weight of its tool's block: the one summed when the column is judged. */
  first: boolean;
}

/**
 * How the bare numbers of a weight column are read. Numbers above 1 are percents (30 = 30 %). When
 * every bare weight is at most 1, they are fractions only if the tools' weights sum to exactly 1
 * (0.3 + 0.3 + 0.4); otherwise 0.3 may be 30 % or 0.3 %, and the column is refused, not guessed.
 */
function bareUnit(weights: readonly WeightAt[]): 'percent' | 'fraction' | 'unclear' {
  const bare = weights.flatMap((w) => ('bare' in w.cell ? [{ ...w, value: w.cell.bare }] : []));
  const small = bare.filter((w) => compare(w.value, ONE) <= 0);
  if (small.length === 0) return 'percent';
  if (small.length < bare.length) return 'unclear';
  const total = sum(bare.filter((w) => w.first).map((w) => w.value));
  return compare(total, ONE) === 0 ? 'fraction' : 'unclear';
}

/** The findings of a weight table, or undefined when its header (tool, weight, indicator) is not found. */
export function checkWeightTable(
  grid: Grid,
  sheet: string,
  framework: Framework,
): PositionedFinding[] | undefined {
  for (let r = 0; r < Math.min(grid.length, 30); r++) {
    const row = grid[r] ?? [];
    const find = (re: RegExp) => row.findIndex((v) => re.test(text(v)) && text(v).length <= 30);
    const weight = find(/น้ำหนัก|weight/i);
    const indicator = find(/^(ตัวชี้วัด(ที่)?|ชื่อตัวชี้วัด|indicators?)$/i);
    const tool = find(/^(แบบ|แบบวัด|เครื่องมือ|tool)$/i);
    if (weight < 0 || indicator < 0 || tool < 0) continue;
    const byRow = new Map<number, PositionedFinding[]>();
    const add = (k: number, f: PositionedFinding) => byRow.set(k, [...(byRow.get(k) ?? []), f]);
    const weights: WeightAt[] = [];
    let current: { id: string; row: number } | undefined;
    for (let k = r + 1; k < grid.length; k++) {
      const cells = grid[k] ?? [];
      const toolText = text(cells[tool]);
      if (toolText) {
        const id = toolIn(toolText, framework);
        // A tool cell that names no tool (a total row, a note) ends the tool's block.
        current = id ? { id, row: k } : undefined;
      }
      if (!current) continue;
      const cell = weightCell(cells[weight]);
      if (cell)
        weights.push({ row: k, tool: current.id, cell, first: !weights.some((w) => w.tool === current!.id) });
      const h = readHeader(cells[indicator], framework);
      if (h.as !== 'indicator') continue;
      const ind = framework.indicators[h.index];
      if (ind.tool === current.id) continue;
      add(
        k,
        at(
          sheet,
          k,
          indicator,
          'score.indicator-wrong-tool',
          {
            indicator: { no: ind.no, th: ind.th, en: ind.en },
            listedUnder: current.id,
            row: current.row + 1,
            tool: ind.tool,
          },
          { stated: current.id, computed: ind.tool },
        ),
      );
    }
    const unit = bareUnit(weights);
    const unclear = weights.filter(
      (w) => 'bare' in w.cell && unit === 'unclear' && compare(w.cell.bare, ONE) <= 0,
    );
    if (unclear.length) {
      const written = unclear.map((w) => decimalText((w.cell as { bare: Rational }).bare)).join(', ');
      add(
        unclear[0].row,
        at(sheet, unclear[0].row, weight, 'score.weight-unit-unclear', { weights: written }),
      );
    }
    const fraction = weights.find((w) => 'bare' in w.cell && unit === 'fraction');
    if (fraction) {
      const bare = (fraction.cell as { bare: Rational }).bare;
      add(
        fraction.row,
        at(sheet, fraction.row, weight, 'score.weights-as-fractions', {
          example: `${decimalText(bare)} = ${decimalText(mul(bare, HUNDRED))}%`,
        }),
      );
    }
    for (const w of weights) {
      if (unclear.includes(w)) continue;
      const stated =
        'percent' in w.cell ? w.cell.percent : unit === 'fraction' ? mul(w.cell.bare, HUNDRED) : w.cell.bare;
      const expected = framework.tools.find((t) => t.id === w.tool)?.weight;
      if (expected === undefined || compare(stated, fromNumber(expected)) === 0) continue;
      const shown = decimalText(stated);
      add(
        w.row,
        at(
          sheet,
          w.row,
          weight,
          'score.weight-differs',
          { tool: w.tool, stated: shown, expected, year: framework.year },
          { stated: `${shown}%`, computed: `${expected}%` },
        ),
      );
    }
    // In row order; on a row, the weight (left) before the indicator.
    return [...byRow.keys()]
      .sort((a, b) => a - b)
      .flatMap((k) => byRow.get(k)!.sort((a, b) => a.column - b.column));
  }
  return undefined;
}
