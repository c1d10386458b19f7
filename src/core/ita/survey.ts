// Scoring from raw answers: IIT/EIT survey responses (one row per respondent, one column per
// question) and the OIT checklist (one row per item). Every level is a mean of the level below:
// question = mean over the respondents who answered it, indicator = mean of its answered questions,
// OIT sub-indicator = mean of its assessed items, indicator = mean of its sub-indicators, tool =
// mean of its indicators. A unit with nothing below it has no score, and neither has anything
// above it: a missing part is shown, never counted as zero.
import { gridWidth } from '../cells/grid';
import { add, mean, type Rational, ratio, readDecimal, ZERO } from '../decimal';
import { exactScore, expandCodes, type Framework, indicatorsOf } from './framework';
import { toArabicDigits } from '../thai/digits';
import { type FindingCode, findingMessage, type FindingParams } from '../findings/codes';
import type { Severity } from '../findings/finding';
import type { GridProblem } from '../findings/gridProblems';
import { BIG_0, BIG_100 } from '../bigint';
import { isBlank } from '../cells/isBlank';
import { normalizeText } from '../cells/normalizeText';
import { isSummaryRowLabel } from '../cells/summaryRow';
import { quoteValue as quote } from '../cells/quoteValue';

/** Text compared loosely: the one whitespace rule (cells/normalizeText), lower case, Thai digits as Arabic. */
export function looseText(value: string): string {
  return toArabicDigits(normalizeText(value).toLowerCase());
}

/**
 * The question or item code a cell starts with ("I7", "i 7", "E12. ท่าน…", "O๔๓"), upper case, when
 * its letters are one of `prefixes`; undefined otherwise (a timestamp or name column).
 */
export function readCode(value: unknown, prefixes: ReadonlySet<string>): string | undefined {
  if (typeof value !== 'string') return undefined;
  const m = /^([a-z]+)[\s.-]*(\d+)(?!\d)/.exec(looseText(value));
  if (!m) return undefined;
  const prefix = m[1].toUpperCase();
  return prefixes.has(prefix) ? prefix + Number(m[2]) : undefined;
}

/** The code prefixes a framework uses for a kind of tool: I, E for surveys; O for checklists. */
export function codePrefixes(framework: Framework, kind: 'survey' | 'checklist'): Set<string> {
  const prefixes = new Set<string>();
  for (const tool of framework.tools)
    if (tool.kind === kind)
      for (const i of indicatorsOf(framework, tool.id)) {
        const ind = framework.indicators[i];
        for (const r of ind.codes ?? []) prefixes.add(r.prefix.toUpperCase());
        for (const s of ind.subs ?? []) for (const r of s.codes) prefixes.add(r.prefix.toUpperCase());
      }
  return prefixes;
}

const NOT_ASSESSED = ['-', '–', '—', 'n/a', 'n.a.', 'na', 'ไม่ประเมิน', 'ไม่ได้ประเมิน', 'ไม่ต้องประเมิน'];

/**
 * True for an answer that says the question or item was not assessed ("-", "n/a", "ไม่ประเมิน"):
 * it is left out of every mean and counted apart, never scored as ไม่มี or 0.
 */
export function isNotAssessed(value: unknown): boolean {
  return typeof value === 'string' && NOT_ASSESSED.includes(looseText(value));
}

/** The summary label (ค่าเฉลี่ย, รวม, ร้อยละ, สูงสุด, ต่ำสุด, SD …) a cell holds, if it holds one (cells/summaryRow). */
export function summaryLabel(value: unknown): string | undefined {
  return typeof value === 'string' && isSummaryRowLabel(value) ? value.trim() : undefined;
}

/**
 * The first cell outside the answer columns that labels its row as a summary row, as [column,
 * label]. A label in an answer column is a bad answer and refused anyway; answers are most of the
 * cells. `seen` remembers each distinct text (timestamps and names repeat little, labels a lot).
 */
function summaryCell(
  row: readonly unknown[],
  isAnswerColumn: readonly boolean[],
  seen: Map<string, string | undefined>,
): [number, string] | undefined {
  for (let c = 0; c < row.length; c++) {
    if (isAnswerColumn[c]) continue;
    const value = row[c];
    if (typeof value !== 'string') continue;
    let label = seen.get(value);
    if (label === undefined && !seen.has(value)) {
      label = summaryLabel(value);
      seen.set(value, label);
    }
    if (label) return [c, label];
  }
  return undefined;
}

/** A problem at a 0-based cell of the grid, its message rendered from the one catalog. */
function problem<C extends FindingCode>(
  row: number,
  column: number,
  code: C,
  params: FindingParams[C],
  severity: Severity = 'error',
): GridProblem {
  return { severity, code, row, column, message: findingMessage(code, params) };
}

/** One indicator scored from a survey. */
export interface SurveyIndicator {
  /** Index into framework.indicators. */
  index: number;
  no: string;
  th: string;
  en: string;
  /** Mean of the answered questions; undefined when none of its questions has an answer. */
  score?: Rational;
  /** Rows with at least one answer to this indicator's questions. */
  respondents: number;
  /** Questions with at least one answer, of `expected`. */
  questions: number;
  expected: number;
  /** Answers to its questions marked not assessed ("-", "n/a", "ไม่ประเมิน"), left out of the means. */
  notAssessed: number;
}

/** Indicator and tool scores from the raw responses of one survey tool. */
export interface SurveyScores {
  tool: string;
  /** How numeric answers were read: levels 1…n, or scores 0–100 (see scoreSurvey). */
  numbers: 'levels' | 'scores' | 'none';
  indicators: SurveyIndicator[];
  /** Mean of the indicators; undefined when one of them has no score. */
  toolScore?: Rational;
  /** Rows with at least one answer. */
  respondents: number;
  /** Answers marked not assessed, over the whole tool. */
  notAssessed: number;
  /** Per question: mean score and number of answers (only questions present in the header). */
  questions: { code: string; score?: Rational; answers: number; notAssessed: number }[];
  /** Errors stop the scoring of the cell they name (it is left out); warnings only inform. */
  problems: GridProblem[];
}

type Answer = { level: number } | { yes: boolean } | { number: Rational } | undefined;

/**
 * Scores raw survey answers. The header row is the first row holding a question code of the
 * framework (I1…, E1…; text after the code is allowed, columns without a code are ignored, so a
 * timestamp column is fine). Each later row is one respondent; blank answers are skipped per
 * question.
 *
 * An answer is a level label (น้อยที่สุดหรือไม่มีเลย … มากที่สุด), a yes/no word (มี/ไม่มี, TRUE/FALSE),
 * or a number. Numbers are read for the whole table at once: when every numeric answer is a whole
 * number from 1 to the number of levels (1–4), they are levels; when none is, they are scores
 * 0–100 taken as already scored (no reverse coding); a table mixing both is an error, because the
 * reading would be a guess. `toolId` (IIT/EIT) picks the tool; without it the codes decide.
 */
export function scoreSurvey(
  framework: Framework,
  grid: readonly (readonly unknown[])[],
  toolId?: string,
): SurveyScores {
  const problems: GridProblem[] = [];
  const places = new Map<string, number>();
  framework.indicators.forEach((ind, i) => {
    for (const code of expandCodes(ind.codes ?? [])) places.set(code.toUpperCase(), i);
  });
  const prefixes = codePrefixes(framework, 'survey');
  const headerRow = grid.findIndex((row) => row.some((v) => readCode(v, prefixes)));
  const empty = (tool: string): SurveyScores => ({
    tool,
    numbers: 'none',
    indicators: [],
    respondents: 0,
    notAssessed: 0,
    questions: [],
    problems,
  });
  if (headerRow < 0) {
    problems.push(problem(0, 0, 'ita.survey-no-header', {}));
    return empty(toolId ?? '');
  }

  // Columns that hold questions of the framework.
  const header = grid[headerRow];
  const columns: { column: number; code: string; indicator: number }[] = [];
  const seenCodes = new Map<string, number>();
  header.forEach((value, column) => {
    const code = readCode(value, prefixes);
    if (!code) return;
    const indicator = places.get(code);
    if (indicator === undefined) {
      problems.push(problem(headerRow, column, 'ita.unknown-question', { code, year: framework.year }));
    } else if (seenCodes.has(code)) {
      problems.push(problem(headerRow, column, 'ita.duplicate-question', { code }));
    } else {
      seenCodes.set(code, column);
      columns.push({ column, code, indicator });
    }
  });

  const tool = toolId
    ? framework.tools.find((t) => t.id.toUpperCase() === toolId.toUpperCase() && t.kind === 'survey')?.id
    : framework.indicators[columns[0]?.indicator ?? -1]?.tool;
  if (!tool) {
    if (toolId) problems.push(problem(headerRow, 0, 'ita.unknown-tool', { tool: toolId }));
    return empty(toolId ?? '');
  }
  const own = columns.filter((c) => {
    const belongs = framework.indicators[c.indicator].tool === tool;
    if (!belongs)
      problems.push(
        problem(headerRow, c.column, 'ita.other-tool-question', {
          code: c.code,
          tool,
          toolGiven: Boolean(toolId),
        }),
      );
    return belongs;
  });

  // Count each distinct answer per column once; parse distinct answers once.
  // `na` marks a "not assessed" answer, looked at once per distinct value like the rest.
  const counts = own.map(() => new Map<unknown, { count: number; row: number; na: boolean }>());
  const toolIndicators = indicatorsOf(framework, tool);
  const respondents = new Map<number, number>(toolIndicators.map((i) => [i, 0]));
  const lastRow = new Map<number, number>();
  const notAssessed = own.map(() => 0);
  const summaryTexts = new Map<string, string | undefined>();
  const isAnswerColumn: boolean[] = [];
  for (const c of columns) isAnswerColumn[c.column] = true;
  let firstNotAssessed: [number, number] | undefined;
  let answeringRows = 0;
  for (let r = headerRow + 1; r < grid.length; r++) {
    const row = grid[r];
    // A row of means, totals or percentages under the answers is not a respondent.
    const summary = summaryCell(row, isAnswerColumn, summaryTexts);
    if (summary) {
      problems.push(
        problem(r, summary[0], 'ita.summary-row', { quoted: quote(summary[1]), row: r + 1 }, 'info'),
      );
      continue;
    }
    let answered = false;
    for (let k = 0; k < own.length; k++) {
      const value = row[own[k].column];
      if (isBlank(value)) continue;
      let seen = counts[k].get(value);
      if (!seen) counts[k].set(value, (seen = { count: 0, row: r, na: isNotAssessed(value) }));
      if (seen.na) {
        notAssessed[k]++;
        firstNotAssessed ??= [r, own[k].column];
        continue;
      }
      answered = true;
      seen.count++;
      const ind = own[k].indicator;
      if (lastRow.get(ind) !== r) {
        lastRow.set(ind, r);
        respondents.set(ind, respondents.get(ind)! + 1);
      }
    }
    if (answered) answeringRows++;
  }
  const notAssessedTotal = notAssessed.reduce((a, b) => a + b, 0);
  if (answeringRows === 0) {
    problems.push(
      problem(headerRow, own[0]?.column ?? 0, 'ita.survey-empty', {
        tool,
        headerRow: headerRow + 1,
        notAssessed: notAssessedTotal,
      }),
    );
    return empty(tool);
  }
  if (firstNotAssessed)
    problems.push(
      problem(
        firstNotAssessed[0],
        firstNotAssessed[1],
        'ita.not-assessed',
        { answers: notAssessedTotal },
        'info',
      ),
    );

  const scale = framework.scale;
  const levelOf = new Map(scale.levels.map((l, k) => [looseText(l.label), k + 1]));
  const yes = new Set(scale.yes.map(looseText));
  const no = new Set(scale.no.map(looseText));
  const parsed = new Map<unknown, Answer>();
  const parse = (value: unknown): Answer => {
    if (parsed.has(value)) return parsed.get(value);
    let answer: Answer;
    if (typeof value === 'boolean') answer = { yes: value };
    else {
      const n = readDecimal(value);
      if (n) answer = { number: n };
      else if (typeof value === 'string') {
        const t = looseText(value);
        const level = levelOf.get(t);
        answer = level ? { level } : yes.has(t) ? { yes: true } : no.has(t) ? { yes: false } : undefined;
      }
    }
    parsed.set(value, answer);
    return answer;
  };

  // Decide, for the whole table, whether numbers are levels or scores.
  const isLevelNumber = (n: Rational) =>
    n.n % n.d === BIG_0 && n.n >= n.d && n.n <= BigInt(scale.levels.length) * n.d;
  let levelAt: [number, number] | undefined;
  let scoreAt: [number, number] | undefined;
  own.forEach((c, k) => {
    for (const [value, seen] of counts[k]) {
      if (seen.na) continue;
      const a = parse(value);
      if (a && 'number' in a) {
        if (isLevelNumber(a.number)) levelAt ??= [seen.row, c.column];
        else scoreAt ??= [seen.row, c.column];
      }
    }
  });
  const numbers = levelAt && scoreAt ? 'mixed' : levelAt ? 'levels' : scoreAt ? 'scores' : 'none';
  if (numbers === 'mixed') {
    const [lr, lc] = levelAt!;
    const [sr, sc] = scoreAt!;
    problems.push(
      problem(sr, sc, 'ita.mixed-answer-numbers', {
        levels: scale.levels.length,
        row: lr + 1,
        column: lc + 1,
      }),
    );
  }

  const levelScores = scale.levels.map((l) => exactScore(l.score)!);
  const reverse = new Set(scale.reverse.map((c) => c.toUpperCase()));
  const HUNDRED = ratio(100);
  const questions = own.map((c, k) => {
    const reversed = reverse.has(c.code);
    let total = ZERO;
    let answers = 0;
    for (const [value, seen] of counts[k]) {
      if (seen.na) continue;
      const a = parse(value);
      let score: Rational | undefined;
      if (!a) {
        problems.push(
          problem(seen.row, c.column, 'ita.bad-answer', {
            value: quote(value),
            code: c.code,
            levels: scale.levels.length,
          }),
        );
      } else if ('level' in a) score = levelScores[reversed ? scale.levels.length - a.level : a.level - 1];
      else if ('yes' in a) score = a.yes !== reversed ? HUNDRED : ZERO;
      else if (numbers === 'levels')
        score =
          levelScores[
            reversed
              ? scale.levels.length - Number(a.number.n / a.number.d)
              : Number(a.number.n / a.number.d) - 1
          ];
      else if (numbers === 'scores' && a.number.n >= BIG_0 && a.number.n <= BIG_100 * a.number.d)
        score = a.number;
      else if (numbers === 'scores')
        problems.push(problem(seen.row, c.column, 'ita.score-range', { value: quote(value), code: c.code }));
      if (!score) continue;
      total = add(total, { n: score.n * BigInt(seen.count), d: score.d });
      answers += seen.count;
    }
    return {
      code: c.code,
      score: answers ? { n: total.n, d: total.d * BigInt(answers) } : undefined,
      answers,
      notAssessed: notAssessed[k],
      indicator: c.indicator,
    };
  });

  const indicators = toolIndicators.map((index) => {
    const ind = framework.indicators[index];
    const expected = expandCodes(ind.codes ?? []);
    const scored = questions.filter((q) => q.indicator === index && q.score).map((q) => q.score!);
    const present = new Set(questions.filter((q) => q.indicator === index).map((q) => q.code));
    const missing = expected.filter((code) => !present.has(code.toUpperCase()));
    if (missing.length)
      problems.push(
        problem(headerRow, 0, 'ita.missing-questions', { indicator: ind.no, codes: missing }, 'warning'),
      );
    return {
      index,
      no: ind.no,
      th: ind.th,
      en: ind.en,
      score: scored.length ? mean(scored) : undefined,
      respondents: respondents.get(index)!,
      questions: scored.length,
      expected: expected.length,
      notAssessed: questions.filter((q) => q.indicator === index).reduce((n, q) => n + q.notAssessed, 0),
    };
  });
  return {
    tool,
    numbers: numbers === 'mixed' ? 'scores' : numbers,
    indicators,
    toolScore: meanOfAll(indicators.map((i) => i.score)),
    respondents: answeringRows,
    notAssessed: notAssessedTotal,
    questions: questions.map(({ code, score, answers, notAssessed: na }) => ({
      code,
      score,
      answers,
      notAssessed: na,
    })),
    problems,
  };
}

function meanOfAll(scores: readonly (Rational | undefined)[]): Rational | undefined {
  return scores.length && scores.every((s) => s) ? mean(scores as Rational[]) : undefined;
}

/** A scored unit of the checklist: a sub-indicator (9.1) or an indicator (9). */
export interface ChecklistUnit {
  no: string;
  th: string;
  en: string;
  /** Undefined when a part below has nothing assessed. */
  score?: Rational;
  /** Items answered (มี or ไม่มี), of `expected`. */
  items: number;
  expected: number;
  /** Items marked not assessed ("-", "n/a", "ไม่ประเมิน"), left out of the means. */
  notAssessed: number;
}

/** Where the answers of a checklist were read, so the output can say it. */
export interface AnswerColumns {
  /**
   * header: one column whose header names the answer (ผล, คำตอบ, ผลการตรวจ …); ticks: a มี column
   * and a ไม่มี column, a mark in one of them; content: no header settles it, and one column alone
   * holds answers.
   */
  how: 'header' | 'ticks' | 'content';
  /** The answer column, or the มี column of a tick pair (0-based, in the grid given). */
  column: number;
  /** The ไม่มี column of a tick pair. */
  noColumn?: number;
  /** The header text over `column` (and `noColumn`), when there is one. */
  header?: string;
  noHeader?: string;
}

/** OIT scores: each indicator with its sub-indicators, and the tool score. */
export interface ChecklistScores {
  tool: string;
  indicators: (ChecklistUnit & { index: number; subs: ChecklistUnit[] })[];
  toolScore?: Rational;
  /** Where the answers were read; undefined when no answer column could be settled (see problems). */
  answers?: AnswerColumns;
  /** Items marked not assessed, over the whole checklist. */
  notAssessed: number;
  problems: GridProblem[];
}

const YES_MARKS = ['✓', '✔', '☑', '✅', '/', 'yes', 'y', 'true', 'ผ่าน'];
// "-" is not here: it says "not assessed", never ไม่มี.
const NO_MARKS = ['✗', '✘', '☐', '❌', 'no', 'n', 'false', 'ไม่ผ่าน'];

/**
 * An OIT answer: true for มี (100), false for ไม่มี (0), null for blank or not assessed ("-",
 * "n/a", "ไม่ประเมิน"), undefined when unreadable.
 */
export function readItemAnswer(framework: Framework, value: unknown): boolean | null | undefined {
  if (isBlank(value)) return null;
  if (typeof value === 'boolean') return value;
  const n = readDecimal(value);
  if (n) return n.n === BIG_0 ? false : n.n === n.d || n.n === BIG_100 * n.d ? true : undefined;
  if (typeof value !== 'string') return undefined;
  const t = looseText(value);
  if (t === '' || isNotAssessed(value)) return null;
  if (framework.scale.yes.some((w) => looseText(w) === t) || YES_MARKS.includes(t)) return true;
  if (framework.scale.no.some((w) => looseText(w) === t) || NO_MARKS.includes(t)) return false;
  return undefined;
}

// Headers that name the answer of an item, and headers of columns that are never the answer (the
// item's name, its URL or evidence, a note, a sequence number); a column matching both is not it.
const ANSWER_HEADER =
  /ผลการตรวจ|ผลการประเมิน|^ผล$|^ผล[\s(]|คำตอบ|มี\s*\/\s*ไม่มี|สถานะ|การเผยแพร่|คะแนน|answer|result|status|score|assessment/;
const NOT_ANSWER_HEADER =
  /url|link|ลิ้?ง[กค]์|http|หลักฐาน|evidence|หมายเหตุ|note|remark|เอกสาร|ที่มา|แหล่ง|source|รายละเอียด|คำอธิบาย|ชื่อ|รายการ|name|item|ลำดับ|^ที่$|^no\.?$|ผู้รับผิดชอบ|วันที่|date|ประเด็น|^ข้อมูล/;
const URL_LIKE = /^(https?:\/\/|www\.)|:\/\//i;
const TICKS = ['✓', '✔', '☑', '✅', '/', 'x', '×', '✗', '✘', '*', '●', '•', 'true'];
const UNTICKED = ['☐', 'false'];

type Tick = 'mark' | 'none' | 'not-assessed' | 'bad';

/** A cell of a มี or ไม่มี tick column: a mark (✓, /, x, TRUE, 1, the column's own word), none, or neither. */
function readTick(value: unknown, words: readonly string[]): Tick {
  if (value === '' || value === null || value === undefined || value === false) return 'none';
  if (value === true) return 'mark';
  if (typeof value === 'number') return value === 1 ? 'mark' : value === 0 ? 'none' : 'bad';
  if (typeof value !== 'string') return 'bad';
  const t = looseText(value);
  if (t === '' || UNTICKED.includes(t)) return 'none';
  if (isNotAssessed(value)) return 'not-assessed';
  if (t === '1') return 'mark';
  if (t === '0') return 'none';
  if (TICKS.includes(t) || words.some((w) => looseText(w) === t)) return 'mark';
  return 'bad';
}

/**
 * Scores an OIT checklist: one row per item, its code (O1…) in one column (the column holding most
 * codes). The answer is read by meaning: a column headed as the answer (ผล, ผลการตรวจ, คำตอบ, มี/ไม่มี
 * …), or a pair of tick columns headed มี and ไม่มี (a mark in one of them); columns headed as the
 * item's name, URL, evidence or a note are never the answer. Without such a header, the one column
 * whose cells all read as answers is used and `answers.how` says so; when that does not settle it,
 * the checklist is refused. Answers: มี/ไม่มี, ✓/✗, 1/0, 100/0, TRUE/FALSE; a blank or "-", "n/a",
 * "ไม่ประเมิน" means not assessed and the item is left out of its sub-indicator. Rows without a code
 * (headers, section titles, summary rows such as รวม or ร้อยละ) are skipped; a cell that looks like
 * a code and is not one of the framework's items is an error, and so is a checklist with no answer.
 */
export function scoreChecklist(framework: Framework, grid: readonly (readonly unknown[])[]): ChecklistScores {
  const problems: GridProblem[] = [];
  const tool = framework.tools.find((t) => t.kind === 'checklist')!;
  const prefixes = codePrefixes(framework, 'checklist');
  const allPrefixes = new Set([...prefixes, ...codePrefixes(framework, 'survey')]);
  const result = (answers?: AnswerColumns, notAssessed = 0): ChecklistScores => ({
    tool: tool.id,
    indicators: [],
    answers,
    notAssessed,
    problems,
  });

  // The code column: the one holding most item codes (ties: the leftmost).
  const perColumn = new Map<number, number>();
  for (const row of grid) {
    const c = row.findIndex((v) => readCode(v, prefixes));
    if (c >= 0) perColumn.set(c, (perColumn.get(c) ?? 0) + 1);
  }
  const codeColumn = [...perColumn].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0];
  if (codeColumn === undefined) {
    problems.push(problem(0, 0, 'ita.checklist-empty', { tool: tool.id, noCodes: true }));
    return result();
  }
  const codeRows: { row: number; code: string }[] = [];
  const seen = new Set<string>();
  grid.forEach((row, r) => {
    const first = row[codeColumn];
    const code = readCode(first, prefixes);
    if (!code) {
      if (
        readCode(first, allPrefixes) ||
        (typeof first === 'string' && /^[a-z]\d+$/i.test(looseText(first).replace(/\s/g, '')))
      )
        problems.push(problem(r, codeColumn, 'ita.unknown-item', { value: quote(first), tool: tool.id }));
      return;
    }
    if (seen.has(code)) {
      problems.push(problem(r, codeColumn, 'ita.duplicate-item', { code }));
      return;
    }
    seen.add(code);
    codeRows.push({ row: r, code });
  });

  const answers = findAnswerColumns(framework, grid, codeColumn, codeRows, problems);
  if (!answers) {
    problems.sort((a, b) => a.row - b.row);
    return result();
  }

  const answered = new Map<string, boolean>();
  const notAssessedItems = new Set<string>();
  let firstNotAssessed: [number, number] | undefined;
  const noteNotAssessed = (code: string, r: number, c: number) => {
    notAssessedItems.add(code);
    firstNotAssessed ??= [r, c];
  };
  for (const { row: r, code } of codeRows) {
    const row = grid[r];
    if (answers.how === 'ticks') {
      const yesCell = row[answers.column];
      const noCell = row[answers.noColumn!];
      const yes = readTick(yesCell, framework.scale.yes);
      const no = readTick(noCell, framework.scale.no);
      const badAt = yes === 'bad' ? answers.column : no === 'bad' ? answers.noColumn! : -1;
      if (badAt >= 0) {
        const value = row[badAt];
        problems.push(
          problem(r, badAt, 'ita.bad-item-answer', {
            value: quote(value),
            code,
            tickColumn: badAt === answers.column ? 'yes' : 'no',
          }),
        );
      } else if (yes === 'mark' && no === 'mark')
        problems.push(problem(r, answers.noColumn!, 'ita.both-ticked', { code }));
      else if (yes === 'mark' || no === 'mark') answered.set(code, yes === 'mark');
      else if (yes === 'not-assessed' || no === 'not-assessed')
        noteNotAssessed(code, r, yes === 'not-assessed' ? answers.column : answers.noColumn!);
      continue;
    }
    const value = row[answers.column];
    const answer = readItemAnswer(framework, value);
    if (answer === undefined)
      problems.push(problem(r, answers.column, 'ita.bad-item-answer', { value: quote(value), code }));
    else if (answer !== null) answered.set(code, answer);
    else if (isNotAssessed(value)) noteNotAssessed(code, r, answers.column);
  }

  const known = new Set<string>();
  const HUNDRED = ratio(100);
  const indicators = indicatorsOf(framework, tool.id).map((index) => {
    const ind = framework.indicators[index];
    const subs = (ind.subs ?? []).map((sub) => {
      const codes = expandCodes(sub.codes).map((c) => c.toUpperCase());
      for (const c of codes) known.add(c);
      const scores = codes.filter((c) => answered.has(c)).map((c) => (answered.get(c) ? HUNDRED : ZERO));
      return {
        no: sub.no,
        th: sub.th,
        en: sub.en,
        score: scores.length ? mean(scores) : undefined,
        items: scores.length,
        expected: codes.length,
        notAssessed: codes.filter((c) => notAssessedItems.has(c)).length,
      };
    });
    return {
      index,
      no: ind.no,
      th: ind.th,
      en: ind.en,
      subs,
      score: meanOfAll(subs.map((s) => s.score)),
      items: subs.reduce((n, s) => n + s.items, 0),
      expected: subs.reduce((n, s) => n + s.expected, 0),
      notAssessed: subs.reduce((n, s) => n + s.notAssessed, 0),
    };
  });
  for (const { row, code } of codeRows)
    if (!known.has(code))
      problems.push(problem(row, codeColumn, 'ita.unknown-item', { code, year: framework.year }));
  const notAssessed = [...notAssessedItems].filter((c) => known.has(c)).length;
  if (firstNotAssessed && notAssessed)
    problems.push(
      problem(firstNotAssessed[0], firstNotAssessed[1], 'ita.not-assessed', { items: notAssessed }, 'info'),
    );
  const scored = [...answered.keys()].filter((c) => known.has(c)).length;
  if (scored === 0 && !problems.some((p) => p.severity === 'error'))
    problems.push(
      problem(codeRows[0].row, answers.column, 'ita.checklist-empty', { tool: tool.id, notAssessed }),
    );
  problems.sort((a, b) => a.row - b.row);
  if (scored === 0) return result(answers, notAssessed);
  return {
    tool: tool.id,
    indicators,
    toolScore: meanOfAll(indicators.map((i) => i.score)),
    answers,
    notAssessed,
    problems,
  };
}

/**
 * The answer column(s) of a checklist, found by header first and by content only when no header
 * names them; undefined (with a problem saying what was found) when the sheet does not settle it.
 */
function findAnswerColumns(
  framework: Framework,
  grid: readonly (readonly unknown[])[],
  codeColumn: number,
  codeRows: readonly { row: number; code: string }[],
  problems: GridProblem[],
): AnswerColumns | undefined {
  const top = codeRows.length ? codeRows[0].row : 0;
  const width = gridWidth(grid);
  const headerOf = (c: number) =>
    grid
      .slice(0, top)
      .map((row) => row[c])
      .filter((v): v is string => typeof v === 'string' && v.trim() !== '');
  const yesWords = new Set([...framework.scale.yes, 'yes'].map(looseText));
  const noWords = new Set([...framework.scale.no, 'no'].map(looseText));
  const columns: { column: number; header: string[]; loose: string[] }[] = [];
  for (let c = 0; c < width; c++)
    if (c !== codeColumn) {
      const header = headerOf(c);
      columns.push({ column: c, header, loose: header.map(looseText) });
    }
  const headerText = (c: { header: string[] }) => c.header.map((h) => h.trim()).join(' ');
  // Columns are named by their header, or by the first value under it: a letter would be wrong for
  // a caller that passes part of a sheet.
  const firstValue = (c: number) =>
    codeRows.map(({ row }) => grid[row][c]).find((v) => v !== '' && v !== null && v !== undefined);
  const named = (list: { column: number; header: string[] }[], lang: 'th' | 'en') =>
    list
      .map((c) =>
        c.header.length
          ? quote(headerText(c))
          : lang === 'th'
            ? `คอลัมน์ที่มี ${quote(firstValue(c.column))}`
            : `the column holding ${quote(firstValue(c.column))}`,
      )
      .join(', ');
  const unclear = (params: FindingParams['ita.answer-column-unclear']) => {
    problems.push(problem(Math.max(0, top - 1), codeColumn, 'ita.answer-column-unclear', params));
    return undefined;
  };
  const bothNamed = (list: { column: number; header: string[] }[]) => ({
    th: named(list, 'th'),
    en: named(list, 'en'),
  });

  // "มี (✓)" is headed มี: a bracketed note after the word does not change it.
  const word = (h: string) => h.replace(/\s*[(（].*$/, '');
  const yesColumns = columns.filter((c) => c.loose.some((h) => yesWords.has(word(h))));
  const noColumns = columns.filter((c) => c.loose.some((h) => noWords.has(word(h))));
  if (yesColumns.length || noColumns.length) {
    if (yesColumns.length === 1 && noColumns.length === 1 && yesColumns[0] !== noColumns[0])
      return {
        how: 'ticks',
        column: yesColumns[0].column,
        noColumn: noColumns[0].column,
        header: headerText(yesColumns[0]),
        noHeader: headerText(noColumns[0]),
      };
    return unclear({ yesColumns: yesColumns.length, noColumns: noColumns.length });
  }

  const notAnswer = (c: { loose: string[] }) => c.loose.some((h) => NOT_ANSWER_HEADER.test(h));
  const byHeader = columns.filter((c) => !notAnswer(c) && c.loose.some((h) => ANSWER_HEADER.test(h)));
  if (byHeader.length === 1)
    return { how: 'header', column: byHeader[0].column, header: headerText(byHeader[0]) };
  if (byHeader.length > 1) return unclear({ headedAsAnswer: bothNamed(byHeader) });

  // No header names the answer: the one column whose cells all read as answers.
  const candidates = columns
    .filter((c) => !notAnswer(c))
    .map((c) => {
      let values = 0;
      let readable = 0;
      let url = false;
      for (const { row } of codeRows) {
        const v = grid[row][c.column];
        if (v === '' || v === null || v === undefined) continue;
        values++;
        if (typeof v === 'string' && URL_LIKE.test(v.trim())) url = true;
        if (readItemAnswer(framework, v) !== undefined) readable++;
      }
      return { ...c, values, readable, url };
    })
    .filter((c) => c.values > 0 && !c.url);
  const fitting = candidates.filter((c) => c.readable === c.values);
  const chosen =
    fitting.length === 1
      ? fitting[0]
      : fitting.length === 0 && candidates.length === 1
        ? candidates[0]
        : undefined;
  if (chosen) {
    problems.push(problem(codeRows[0].row, chosen.column, 'ita.answer-column', {}, 'info'));
    return { how: 'content', column: chosen.column, header: headerText(chosen) || undefined };
  }
  if (candidates.length === 0) return { how: 'content', column: codeColumn + 1 };
  return unclear({ candidates: bothNamed(fitting.length ? fitting : candidates) });
}

/** The first error of a list, for callers (custom functions) that stop at one. */
export function firstError(problems: readonly GridProblem[]): GridProblem | undefined {
  return problems.find((p) => p.severity === 'error');
}
