// Checks of a tool weight table ("แบบ | น้ำหนัก | ตัวชี้วัด | คะแนน", IIT/EIT/OIT written once per block):
// each indicator listed under the tool that measures it in the year's framework, and each tool's
// weight as the framework gives it. Read by header; rows it cannot place are passed over, never guessed.
import type { PositionedFinding } from '../findings/finding';
import { scoreFinding } from '../findings/scoreCodes';
import type { Framework } from '../ita/framework';
import { readHeader, toolIn } from '../ita/scoreHeader';
import { toArabicDigits } from '../thai/digits';

type Grid = readonly (readonly unknown[])[];

const text = (v: unknown) =>
  typeof v === 'string' ? v.replace(/\s+/g, ' ').trim() : typeof v === 'number' ? String(v) : '';

const at = scoreFinding;

/** A weight as percent: "30%", "๓๐", 30, 0.3 → 30; undefined when it is not a number. */
function percentOf(value: unknown): number | undefined {
  const t = toArabicDigits(text(value)).replace(/[%\s]/g, '');
  if (!/^\d+(\.\d+)?$/.test(t)) return undefined;
  const n = Number(t);
  return n <= 1 && !/%/.test(text(value)) ? Math.round(n * 10000) / 100 : n;
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
    const findings: PositionedFinding[] = [];
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
      const stated = percentOf(cells[weight]);
      const expected = framework.tools.find((t) => t.id === current!.id)?.weight;
      if (stated !== undefined && expected !== undefined && stated !== expected)
        findings.push(
          at(
            sheet,
            k,
            weight,
            'score.weight-differs',
            { tool: current.id, stated, expected, year: framework.year },
            { stated: `${stated}%`, computed: `${expected}%` },
          ),
        );
      const h = readHeader(cells[indicator], framework);
      if (h.as !== 'indicator') continue;
      const ind = framework.indicators[h.index];
      if (ind.tool === current.id) continue;
      findings.push(
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
    return findings;
  }
  return undefined;
}
