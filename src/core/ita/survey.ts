// Scoring from raw answers: IIT/EIT survey responses (one row per respondent, one column per
// question) and the OIT checklist (one row per item). Every level is a mean of the level below:
// question = mean over the respondents who answered it, indicator = mean of its answered questions,
// OIT sub-indicator = mean of its assessed items, indicator = mean of its sub-indicators, tool =
// mean of its indicators. A unit with nothing below it has no score, and neither has anything
// above it: a missing part is shown, never counted as zero.
import { add, mean, type Rational, ratio, readDecimal, ZERO } from '../decimal';
import { exactScore, expandCodes, type Framework, indicatorsOf } from './framework';
import { toArabicDigits } from '../thai/digits';
import type { GridProblem } from './problems';
import { BIG_0, BIG_100 } from '../bigint';

const SPACES = /[\s\u00A0\u200B\u202F\uFEFF]+/g;

/** Text compared loosely: trimmed, inner spaces collapsed, lower case, Thai digits as Arabic. */
export function looseText(value: string): string {
  return toArabicDigits(value.replace(SPACES, ' ').trim().toLowerCase());
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

const NOT_ASSESSED = new Set(['-', '–', '—', 'n/a', 'n.a.', 'na', 'ไม่ประเมิน', 'ไม่ได้ประเมิน', 'ไม่ต้องประเมิน']);

/**
 * True for an answer that says the question or item was not assessed ("-", "n/a", "ไม่ประเมิน"):
 * it is left out of every mean and counted apart, never scored as ไม่มี or 0.
 */
export function isNotAssessed(value: unknown): boolean {
  return typeof value === 'string' && NOT_ASSESSED.has(looseText(value));
}

// A label that names a row of statistics under a table. After the word only a space, a dot, a colon
// or a bracket may follow, so a name that merely starts with รวม (รวมพล) is not one.
const SUMMARY =
  /^(ค่าเฉลี่ยรวม|ค่าเฉลี่ย|เฉลี่ย|รวมทั้งสิ้น|รวมทั้งหมด|ผลรวม|รวม|ร้อยละ|สูงสุด|ต่ำสุด|ส่วนเบี่ยงเบนมาตรฐาน|s\.?d\.?|average|mean|total|sum|max|min|percent|x̄)(?=$|[\s.:(（])/;

/** The summary label (ค่าเฉลี่ย, รวม, ร้อยละ, สูงสุด, ต่ำสุด, SD …) a cell holds, if it holds one. */
export function summaryLabel(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const m = SUMMARY.exec(looseText(value));
  return m ? value.trim() : undefined;
}

/** The first cell of a row that labels it as a summary row, as [column, label]. */
function summaryCell(row: readonly unknown[]): [number, string] | undefined {
  for (let c = 0; c < row.length; c++) {
    const label = summaryLabel(row[c]);
    if (label) return [c, label];
  }
  return undefined;
}

const problem = (row: number, column: number, code: string, th: string, en: string): GridProblem => ({
  severity: 'error',
  code,
  row,
  column,
  message: { th, en },
});

const quote = (v: unknown) => (typeof v === 'string' ? JSON.stringify(v) : String(v));

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
    problems.push(
      problem(
        0,
        0,
        'ita.survey-no-header',
        'ไม่พบแถวหัวตารางที่มีรหัสข้อคำถาม (I1…, E1…)',
        'no header row with question codes (I1…, E1…) found',
      ),
    );
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
      problems.push(
        problem(
          headerRow,
          column,
          'ita.unknown-question',
          `ไม่มีข้อ ${code} ในกรอบปี ${framework.year}`,
          `question ${code} is not in the ${framework.year} framework`,
        ),
      );
    } else if (seenCodes.has(code)) {
      problems.push(
        problem(
          headerRow,
          column,
          'ita.duplicate-question',
          `ข้อ ${code} ซ้ำ`,
          `question ${code} appears twice`,
        ),
      );
    } else {
      seenCodes.set(code, column);
      columns.push({ column, code, indicator });
    }
  });

  const tool = toolId
    ? framework.tools.find((t) => t.id.toUpperCase() === toolId.toUpperCase() && t.kind === 'survey')?.id
    : framework.indicators[columns[0]?.indicator ?? -1]?.tool;
  if (!tool) {
    if (toolId)
      problems.push(
        problem(
          headerRow,
          0,
          'ita.unknown-tool',
          `ไม่มีแบบสำรวจ ${toolId}`,
          `there is no survey tool ${toolId}`,
        ),
      );
    return empty(toolId ?? '');
  }
  const own = columns.filter((c) => {
    const belongs = framework.indicators[c.indicator].tool === tool;
    if (!belongs)
      problems.push(
        problem(
          headerRow,
          c.column,
          'ita.other-tool-question',
          `ข้อ ${c.code} ไม่ใช่ข้อของ ${tool}${toolId ? '' : ' (ระบุเครื่องมือเพื่อเลือก)'}`,
          `${c.code} is not an ${tool} question${toolId ? '' : ' (give the tool to choose)'}`,
        ),
      );
    return belongs;
  });

  // Count each distinct answer per column once; parse distinct answers once.
  const counts = own.map(() => new Map<unknown, { count: number; row: number }>());
  const toolIndicators = indicatorsOf(framework, tool);
  const respondents = new Map<number, number>(toolIndicators.map((i) => [i, 0]));
  const lastRow = new Map<number, number>();
  const notAssessed = own.map(() => 0);
  let firstNotAssessed: [number, number] | undefined;
  let answeringRows = 0;
  for (let r = headerRow + 1; r < grid.length; r++) {
    const row = grid[r];
    // A row of means, totals or percentages under the answers is not a respondent.
    const summary = summaryCell(row);
    if (summary) {
      problems.push({
        ...problem(
          r,
          summary[0],
          'ita.summary-row',
          `แถว ${r + 1} เป็นแถวสรุป (${quote(summary[1])}) ไม่ใช่ผู้ตอบ จึงไม่นำมาคำนวณ`,
          `row ${r + 1} is a summary row (${quote(summary[1])}), not a respondent; it is left out`,
        ),
        severity: 'info',
      });
      continue;
    }
    let answered = false;
    for (let k = 0; k < own.length; k++) {
      const value = row[own[k].column];
      if (value === '' || value === null || value === undefined) continue;
      if (isNotAssessed(value)) {
        notAssessed[k]++;
        firstNotAssessed ??= [r, own[k].column];
        continue;
      }
      answered = true;
      const seen = counts[k].get(value);
      if (seen) seen.count++;
      else counts[k].set(value, { count: 1, row: r });
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
      problem(
        headerRow,
        own[0]?.column ?? 0,
        'ita.survey-empty',
        `แบบสำรวจ ${tool} ไม่มีคำตอบให้คำนวณ: มีแถวหัวรหัสข้อที่แถว ${headerRow + 1} แต่ไม่มีผู้ตอบใต้แถวนั้น` +
          (notAssessedTotal ? ` (ทั้ง ${notAssessedTotal} คำตอบเป็น "ไม่ประเมิน")` : ''),
        `the ${tool} survey has no answers to score: a header of question codes in row ${headerRow + 1}, but no respondent below it` +
          (notAssessedTotal ? ` (all ${notAssessedTotal} answers are marked not assessed)` : ''),
      ),
    );
    return empty(tool);
  }
  if (firstNotAssessed)
    problems.push({
      ...problem(
        firstNotAssessed[0],
        firstNotAssessed[1],
        'ita.not-assessed',
        `${notAssessedTotal} คำตอบเป็น "ไม่ประเมิน" (-, n/a) ไม่นำมาคิดค่าเฉลี่ย`,
        `${notAssessedTotal} answer(s) marked not assessed (-, n/a, ไม่ประเมิน) are left out of the means`,
      ),
      severity: 'info',
    });

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
      problem(
        sr,
        sc,
        'ita.mixed-answer-numbers',
        `คำตอบปนกันระหว่างระดับ 1–${scale.levels.length} (แถว ${lr + 1} คอลัมน์ ${lc + 1}) กับคะแนน 0–100 ใช้แบบเดียว`,
        `answers mix levels 1–${scale.levels.length} (row ${lr + 1}, column ${lc + 1}) with scores 0–100; use one kind`,
      ),
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
      const a = parse(value);
      let score: Rational | undefined;
      if (!a) {
        problems.push(
          problem(
            seen.row,
            c.column,
            'ita.bad-answer',
            `คำตอบ ${quote(value)} ของข้อ ${c.code} ไม่ใช่ระดับ 1–${scale.levels.length} ชื่อระดับ มี/ไม่มี หรือคะแนน 0–100`,
            `answer ${quote(value)} to ${c.code} is not a level 1–${scale.levels.length} or its label, yes/no or a score 0–100`,
          ),
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
        problems.push(
          problem(
            seen.row,
            c.column,
            'ita.score-range',
            `คะแนน ${quote(value)} ของข้อ ${c.code} ต้องอยู่ระหว่าง 0–100`,
            `score ${quote(value)} of ${c.code} must be from 0 to 100`,
          ),
        );
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
      problems.push({
        ...problem(
          headerRow,
          0,
          'ita.missing-questions',
          `ตัวชี้วัด ${ind.no} ไม่มีคอลัมน์ของข้อ ${missing.join(', ')}`,
          `indicator ${ind.no} has no column for ${missing.join(', ')}`,
        ),
        severity: 'warning',
      });
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
}

/** OIT scores: each indicator with its sub-indicators, and the tool score. */
export interface ChecklistScores {
  tool: string;
  indicators: (ChecklistUnit & { index: number; subs: ChecklistUnit[] })[];
  toolScore?: Rational;
  problems: GridProblem[];
}

const YES_MARKS = ['✓', '✔', '☑', '✅', '/', 'yes', 'y', 'true', 'ผ่าน'];
const NO_MARKS = ['✗', '✘', '☐', '❌', '-', 'no', 'n', 'false', 'ไม่ผ่าน'];

/** An OIT answer: true for มี (100), false for ไม่มี (0), null for blank, undefined when unreadable. */
export function readItemAnswer(framework: Framework, value: unknown): boolean | null | undefined {
  if (value === '' || value === null || value === undefined) return null;
  if (typeof value === 'boolean') return value;
  const n = readDecimal(value);
  if (n) return n.n === BIG_0 ? false : n.n === n.d || n.n === BIG_100 * n.d ? true : undefined;
  if (typeof value !== 'string') return undefined;
  const t = looseText(value);
  if (t === '') return null;
  if (framework.scale.yes.some((w) => looseText(w) === t) || YES_MARKS.includes(t)) return true;
  if (framework.scale.no.some((w) => looseText(w) === t) || NO_MARKS.includes(t)) return false;
  return undefined;
}

/**
 * Scores an OIT checklist: rows of `code | … | answer` — the item code (O1…) in the first column, the
 * answer in the last (มี/ไม่มี, ✓/✗, 1/0, 100/0, TRUE/FALSE); columns between (the item's name) are
 * ignored. A blank answer means not assessed: the item is left out of its sub-indicator. Rows whose
 * first cell is not a code (a header, a section title) are skipped, but a cell that looks like a
 * code and is not one of the framework's items is an error.
 */
export function scoreChecklist(framework: Framework, grid: readonly (readonly unknown[])[]): ChecklistScores {
  const problems: GridProblem[] = [];
  const tool = framework.tools.find((t) => t.kind === 'checklist')!;
  const prefixes = codePrefixes(framework, 'checklist');
  const allPrefixes = new Set([...prefixes, ...codePrefixes(framework, 'survey')]);
  const answers = new Map<string, { value: boolean; row: number }>();
  const answered = new Set<string>();
  grid.forEach((row, r) => {
    const first = row[0];
    const code = readCode(first, prefixes);
    if (!code) {
      if (
        readCode(first, allPrefixes) ||
        (typeof first === 'string' && /^[a-z]\d+$/i.test(looseText(first).replace(/\s/g, '')))
      )
        problems.push(
          problem(
            r,
            0,
            'ita.unknown-item',
            `${quote(first)} ไม่ใช่ข้อของ ${tool.id}`,
            `${quote(first)} is not an ${tool.id} item`,
          ),
        );
      return;
    }
    if (answered.has(code)) {
      problems.push(problem(r, 0, 'ita.duplicate-item', `ข้อ ${code} ซ้ำ`, `item ${code} appears twice`));
      return;
    }
    answered.add(code);
    const value = row[row.length - 1];
    const answer = row.length > 1 ? readItemAnswer(framework, value) : null;
    if (answer === undefined)
      problems.push(
        problem(
          r,
          row.length - 1,
          'ita.bad-item-answer',
          `คำตอบ ${quote(value)} ของข้อ ${code} ต้องเป็น มี/ไม่มี ✓/✗ 1/0 หรือ TRUE/FALSE`,
          `answer ${quote(value)} to ${code} must be มี/ไม่มี, ✓/✗, 1/0 or TRUE/FALSE`,
        ),
      );
    else if (answer !== null) answers.set(code, { value: answer, row: r });
  });
  const known = new Set<string>();
  const HUNDRED = ratio(100);
  const indicators = indicatorsOf(framework, tool.id).map((index) => {
    const ind = framework.indicators[index];
    const subs = (ind.subs ?? []).map((sub) => {
      const codes = expandCodes(sub.codes).map((c) => c.toUpperCase());
      for (const c of codes) known.add(c);
      const scores = codes.filter((c) => answers.has(c)).map((c) => (answers.get(c)!.value ? HUNDRED : ZERO));
      return {
        no: sub.no,
        th: sub.th,
        en: sub.en,
        score: scores.length ? mean(scores) : undefined,
        items: scores.length,
        expected: codes.length,
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
    };
  });
  for (const code of answered)
    if (!known.has(code)) {
      const row = grid.findIndex((cells) => readCode(cells[0], prefixes) === code);
      problems.push(
        problem(
          row,
          0,
          'ita.unknown-item',
          `ไม่มีข้อ ${code} ในกรอบปี ${framework.year}`,
          `item ${code} is not in the ${framework.year} framework`,
        ),
      );
    }
  problems.sort((a, b) => a.row - b.row);
  return { tool: tool.id, indicators, toolScore: meanOfAll(indicators.map((i) => i.score)), problems };
}

/** The first error of a list, for callers (custom functions) that stop at one. */
export function firstError(problems: readonly GridProblem[]): GridProblem | undefined {
  return problems.find((p) => p.severity === 'error');
}
