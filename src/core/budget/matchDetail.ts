// Summary ↔ detail: the plan summary and the per-project detail of the same workbook must agree.
// Projects are matched by normalised name, then by number where the names are close, then by a
// close name alone; a match that needed closeness is reported as "name differs". Budgets are
// compared only where both sides state the same year, and never for a fused summary row (its one
// set of amounts belongs to several projects).
import { inTypedDigits } from '../cells/cellText';
import { fiscalQuarterOf, fiscalYearOf } from '../thai/fiscalYear';
import { parsePeriod } from '../thai/period';
import { type AmountCell, formatSatang, satangOf } from './amountCell';
import { cellText, squash } from '../cells/cellText';
import type { BudgetFinding } from './checkPlanBudget';
import { budgetFinding } from '../findings/budgetCodes';
import type { DetailProject, ProjectDetailTable } from './readProjectDetail';
import type { PlanBudgetTable, ProjectRow } from './readPlanBudget';

/** A project name reduced to what identifies it: no numbering, spaces, punctuation or leading "โครงการ". */
export function normaliseProjectName(name: string): string {
  return squash(cellText(name))
    .replace(/^(?:\d{1,4}\)|\d{1,3}\.(?!\d))+/, '')
    .replace(/[()"'“”‘’.,\-–—/:;ฯ]/g, '')
    .replace(/^(?:โครงการ|กิจกรรม|มาตรการ)/, '')
    .toLowerCase();
}

/** The character pairs of a string, sorted, for Dice similarity. */
function pairsOf(text: string): string[] {
  const pairs: string[] = [];
  for (let i = 0; i < text.length - 1; i++) pairs.push(text.slice(i, i + 2));
  return pairs.sort();
}

function diceOfPairs(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return (2 * shared) / (a.length + b.length);
}

/** Dice similarity of two strings over character pairs, 0 (nothing shared) to 1 (the same). */
export function nameSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  return diceOfPairs(pairsOf(a), pairsOf(b));
}

/**
 * Pairs compared by closeness alone at most: beyond it (two tables of over a thousand unmatched
 * projects each) the rest are reported missing rather than spending minutes on near-matches.
 */
const MAX_CLOSENESS_COMPARISONS = 1000000;

const CLOSE_WITH_NUMBER = 0.6;
const CLOSE_ALONE = 0.8;

interface Pair {
  summary: ProjectRow;
  detail: DetailProject;
  nameDiffers: boolean;
}

/** Pairs summary and detail projects; the rest are missing on one side. */
export function pairProjects(summary: readonly ProjectRow[], detail: readonly DetailProject[]) {
  const pairs: Pair[] = [];
  const freeSummary = new Set(summary);
  const freeDetail = new Set(detail);
  const key = new Map<ProjectRow | DetailProject, string>();
  for (const p of [...summary, ...detail]) key.set(p, normaliseProjectName(p.name));
  const take = (s: ProjectRow, d: DetailProject, nameDiffers: boolean) => {
    pairs.push({ summary: s, detail: d, nameDiffers });
    freeSummary.delete(s);
    freeDetail.delete(d);
  };
  const byKey = <P extends ProjectRow | DetailProject>(list: readonly P[]) => {
    const map = new Map<string, P[]>();
    for (const p of list) map.set(key.get(p)!, [...(map.get(key.get(p)!) ?? []), p]);
    return map;
  };
  const summaryByKey = byKey(summary);
  const detailByKey = byKey(detail);
  // Only a name that is unique on both sides pairs by name alone.
  for (const d of detail) {
    const k = key.get(d)!;
    const s = summaryByKey.get(k);
    if (k && s?.length === 1 && detailByKey.get(k)!.length === 1) take(s[0], d, false);
  }
  const summaryByNumber = new Map<number, ProjectRow>();
  for (const s of freeSummary)
    for (const n of s.numbers) if (!summaryByNumber.has(n)) summaryByNumber.set(n, s);
  for (const d of [...freeDetail]) {
    if (d.numbers.length !== 1) continue;
    const s = summaryByNumber.get(d.numbers[0]);
    if (s && freeSummary.has(s) && nameSimilarity(key.get(s)!, key.get(d)!) >= CLOSE_WITH_NUMBER)
      take(s, d, key.get(s) !== key.get(d));
  }
  if (freeSummary.size * freeDetail.size > MAX_CLOSENESS_COMPARISONS) {
    return { pairs, summaryOnly: [...freeSummary], detailOnly: [...freeDetail] };
  }
  const pairsCache = new Map<ProjectRow | DetailProject, string[]>();
  const pairsFor = (p: ProjectRow | DetailProject) => {
    let found = pairsCache.get(p);
    if (!found) pairsCache.set(p, (found = pairsOf(key.get(p)!)));
    return found;
  };
  for (const d of [...freeDetail]) {
    let best: ProjectRow | undefined;
    let bestScore = 0;
    for (const s of freeSummary) {
      const score = key.get(s) === key.get(d) ? 1 : diceOfPairs(pairsFor(s), pairsFor(d));
      if (score > bestScore) [best, bestScore] = [s, score];
    }
    if (best && bestScore >= CLOSE_ALONE) take(best, d, key.get(best) !== key.get(d));
  }
  return { pairs, summaryOnly: [...freeSummary], detailOnly: [...freeDetail] };
}

/** The findings of a plan summary checked against a per-project detail table. */
export function checkSummaryAgainstDetail(
  summary: PlanBudgetTable,
  detail: ProjectDetailTable,
): BudgetFinding[] {
  const out: BudgetFinding[] = [];
  const projects = summary.rows.filter((r): r is ProjectRow => r.kind === 'project');
  const { pairs, summaryOnly, detailOnly } = pairProjects(projects, detail.projects);
  for (const s of summaryOnly)
    out.push(
      budgetFinding(summary.sheet, 'budget.detail-missing', { project: s.typedName }, s.row, s.nameColumn),
    );
  for (const d of detailOnly)
    out.push(
      budgetFinding(detail.sheet, 'budget.summary-missing', { project: d.typedName }, d.row, d.nameColumn),
    );
  for (const { summary: s, detail: d, nameDiffers } of pairs.sort((a, b) => a.detail.row - b.detail.row)) {
    if (nameDiffers) {
      out.push(
        budgetFinding(
          detail.sheet,
          'budget.detail-name-differs',
          { summaryName: s.typedName, detailName: d.typedName },
          d.row,
          d.nameColumn,
          {
            stated: d.typedName,
            computed: s.typedName,
          },
        ),
      );
    }
    if (s.numbers.length > 1) continue;
    const compare = (cell: AmountCell | undefined, year: number) => {
      const index = summary.yearColumns.findIndex((y) => y.year === year);
      if (!cell || index < 0 || cell.value.kind === 'blank') return;
      const inDetail = satangOf(cell);
      const inSummary = satangOf(s.amounts[index]);
      if (inDetail === undefined || inSummary === undefined || inDetail === inSummary) return;
      const params = {
        project: d.typedName,
        year,
        summary: formatSatang(inSummary),
        detail: formatSatang(inDetail),
      };
      out.push(
        // The finding's figures in the digits the detail cell was typed in (the message's in Arabic).
        budgetFinding(detail.sheet, 'budget.detail-budget-differs', params, cell.row, cell.column, {
          stated: inTypedDigits(params.detail, cell.typed),
          computed: inTypedDigits(params.summary, cell.typed),
        }),
      );
    };
    detail.yearColumns.forEach((y, i) => compare(d.amounts[i], y.year));
    if (detail.fiscalYear !== undefined) compare(d.budget, detail.fiscalYear);
  }
  for (const d of detail.projects) checkQuarters(d, detail, out);
  return out;
}

/** Any fiscal year, for periods whose quarters do not depend on the year ("ตลอดปีงบประมาณ", "ไตรมาส 2"). */
const ANY_YEAR = 2566;

function checkQuarters(d: DetailProject, detail: ProjectDetailTable, out: BudgetFinding[]): void {
  if (!d.period || d.quarters.length === 0 || detail.quarterColumns.length < 4) return;
  const reading = parsePeriod(d.period.text, detail.fiscalYear ?? ANY_YEAR);
  if (reading.kind !== 'period') return;
  const year = fiscalYearOf(reading.start);
  if (fiscalYearOf(reading.end) !== year) return;
  const covered: number[] = [];
  for (let q = fiscalQuarterOf(reading.start); q <= fiscalQuarterOf(reading.end); q++) covered.push(q);
  const marked = [...d.quarters].sort();
  if (covered.join() === marked.join()) return;
  out.push(
    budgetFinding(
      detail.sheet,
      'budget.detail-quarters-contradict',
      { period: d.period.typed, quarters: marked.map((q) => `${q}`).join(', ') },
      d.period.row,
      d.period.column,
      { stated: marked.join(', '), computed: covered.join(', ') },
    ),
  );
}
