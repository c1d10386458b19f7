// Reading the header of a score sheet by meaning: which column is which indicator (by number, by
// name in full or shortened, or by tool group over a second header row), and which is a total, a
// tool's score, the year, the agency, a sequence, a rank or a weight. Pure.
import type { Bilingual } from '../bilingual';
import type { Framework } from './framework';
import { a1 } from '../findings/a1';
import { blank, shownText, squash, textOf } from './scoreCells';

type Grid = readonly (readonly unknown[])[];

/** What a column (or, in a ranking table, a row label) was read as. */
export type ReadRole =
  | 'indicator'
  | 'total'
  | 'subtotal'
  | 'year'
  | 'agency'
  | 'sequence'
  | 'rank'
  | 'weight'
  | 'grade'
  | 'summary'
  | 'score'
  | 'not-read';

/** One line of "read as": the header cell, its text, and what it was taken for. */
export interface ReadAs {
  /** A1 of the header cell ('' when nothing on the sheet gave it, e.g. the default year). */
  cell: string;
  header: string;
  as: ReadRole;
  /** The indicator number (as: 'indicator') or the tool id (as: 'subtotal'). */
  indicator?: string;
  tool?: string;
  text: Bilingual;
}

export const SEQUENCE = /^(ลำดับ ?(ที่)?|ที่|no\.?|#|seq\.?|sequence)$/i;
export const RANK = /^(อันดับ|rank)/i;
const WEIGHT = /น้ำหนัก|weight/i;
const YEAR = /^(ปี|year|fiscal year|assessment year)/i;
const AGENCY = /หน่วยงาน|agency|องค์กร|ชื่อ|อปท|organi[sz]ation|name/i;
const GRADE = /^(ระดับ|grade|ผลการประเมิน|ผ่านเกณฑ์|ผ่าน|result|pass)/i;
export const TOTAL = /รวม|total|คะแนน ?ita|ita ?score/i;
const AVERAGE = /เฉลี่ย|average|mean|ร้อยละ|สูงสุด|ต่ำสุด|^s\.?d\.?$|ส่วนเบี่ยงเบน/i;
export const PUBLISHED = /ประกาศ|published|official|ที่ได้รับ/i;
export const COMPUTED = /คำนวณ|computed|recalc/i;
/** "ตัวชี้วัดที่ 3", "3", "3.", "3 การใช้อำนาจ", "indicator 3": never "9.1" (a sub-indicator) or "2566". */
const NUMBERED = /^(?:ตัวชี้วัด ?(?:ที่)? ?|indicator ?|ind\.? ?)?(\d{1,2})(?![.,]?\d)[ .):\-–]*(.*)$/i;
/** A ranking table's label column and score column. */
export const LABEL_COLUMN = /^(ตัวชี้วัด(ที่)?|indicators?|ชื่อตัวชี้วัด)$/i;
export const SUB_INDICATOR = /ตัวชี้วัดย่อย|sub-?indicator/i;
export const SCORE_COLUMN = /^(คะแนน|ผลคะแนน|คะแนนที่ได้|score|scores)$/i;

export type HeaderRead =
  | { as: 'indicator'; index: number }
  | { as: 'unclear'; why: Bilingual }
  | { as: Exclude<ReadRole, 'indicator'>; tool?: string; byGroup?: boolean; why?: Bilingual }
  | { as: 'blank' };

export function toolIn(text: string, framework: Framework): string | undefined {
  const found = framework.tools.filter(
    (t) => new RegExp(`(^|[^a-z])${t.id}([^a-z]|$)`, 'i').test(text) || squash(text).includes(squash(t.th)),
  );
  return found.length === 1 ? found[0].id : undefined;
}

/** The indicator a name (full or shortened, with or without ตัวชี้วัด) stands for. */
function indicatorByName(
  text: string,
  framework: Framework,
): { index: number } | { candidates: number[] } | undefined {
  const s = squash(text.replace(/^(ตัวชี้วัด ?(ที่)?|indicator)/i, ''));
  if (s.length < 3) return undefined;
  const names = framework.indicators.map((ind) => [squash(ind.th), squash(ind.en)]);
  const full = names.flatMap((n, i) => (n.some((x) => s.includes(x)) ? [i] : []));
  if (full.length === 1) return { index: full[0] };
  if (full.length > 1) {
    // "การป้องกันการทุจริต" holds no other name; a header naming two indicators settles nothing.
    const longest = full.reduce((a, b) => (names[b][0].length > names[a][0].length ? b : a));
    if (full.every((i) => i === longest || names[longest].some((x) => names[i].some((y) => x.includes(y)))))
      return { index: longest };
    return { candidates: full };
  }
  if (s.length < 4) return undefined;
  const part = names.flatMap((n, i) => (n.some((x) => x.includes(s)) ? [i] : []));
  if (part.length === 1) return { index: part[0] };
  if (part.length > 1) return { candidates: part };
  // Words of the name with the joining ones left out: "แก้ไขทุจริต" for การแก้ไขปัญหาการทุจริต.
  const cut = names.flatMap((n, i) => (s.length >= 6 && piecesInOrder(s, n[0], 0, 0) ? [i] : []));
  if (cut.length === 1) return { index: cut[0] };
  return cut.length > 1 ? { candidates: cut } : undefined;
}

/**
 * `s` is two or three pieces of `name`, each of at least three letters, in the name's order
 * ("ปรับปรุง" + "งาน" of "การปรับปรุงการทำงาน"): how staff shorten an indicator's name.
 */
function piecesInOrder(s: string, name: string, from: number, pieces: number): boolean {
  if (s === '') return pieces >= 2;
  if (pieces === 3) return false;
  for (let k = s.length; k >= 3; k--) {
    const at = name.indexOf(s.slice(0, k), from);
    if (at >= 0 && piecesInOrder(s.slice(k), name, at + k, pieces + 1)) return true;
  }
  return false;
}

export const indicatorText = (f: Framework, i: number): Bilingual => ({
  th: `ตัวชี้วัด ${f.indicators[i].no} ${f.indicators[i].th}`,
  en: `indicator ${f.indicators[i].no} ${f.indicators[i].en}`,
});

/**
 * What one header cell says. `group` is the tool named over it in a row above (a two-row header):
 * under a group, a number counts within the tool when it is not one of the tool's own numbers
 * (EIT › 1 is indicator 6), and a name must belong to that tool.
 */
export function readHeader(value: unknown, framework: Framework, group?: string): HeaderRead {
  if (blank(value)) return { as: 'blank' };
  const inds = framework.indicators;
  const ofTool = (tool: string) => inds.flatMap((ind, i) => (ind.tool === tool ? [i] : []));
  const byNumber = (n: number): number | undefined => {
    if (group) {
      const own = ofTool(group);
      const i = inds.findIndex((ind) => ind.no === String(n));
      if (own.includes(i)) return i;
      return n >= 1 && n <= own.length ? own[n - 1] : undefined;
    }
    const i = inds.findIndex((ind) => ind.no === String(n));
    return i >= 0 ? i : undefined;
  };
  if (typeof value === 'number') {
    const i = Number.isInteger(value) ? byNumber(value) : undefined;
    return i === undefined ? { as: 'not-read' } : { as: 'indicator', index: i };
  }
  if (typeof value !== 'string') return { as: 'not-read' };
  const text = textOf(value);
  const typed = shownText(value);
  if (SEQUENCE.test(text)) return { as: 'sequence' };
  if (RANK.test(text)) return { as: 'rank' };
  if (WEIGHT.test(text)) return { as: 'weight' };
  if (YEAR.test(text)) return { as: 'year' };
  const numbered = NUMBERED.exec(text);
  if (numbered) {
    const i = byNumber(Number(numbered[1]));
    if (i === undefined) return { as: 'not-read' };
    const named = numbered[2] ? indicatorByName(numbered[2], framework) : undefined;
    if (named && 'index' in named && named.index !== i) {
      const a = indicatorText(framework, i);
      const b = indicatorText(framework, named.index);
      return {
        as: 'unclear',
        why: {
          th: `หัวคอลัมน์ "${typed}" ระบุเลข (${a.th}) ไม่ตรงกับชื่อ (${b.th})`,
          en: `header "${typed}" gives a number (${a.en}) that does not match its name (${b.en})`,
        },
      };
    }
    return { as: 'indicator', index: i };
  }
  const named = indicatorByName(text, framework);
  if (named && 'index' in named) {
    if (group && inds[named.index].tool !== group) {
      return {
        as: 'unclear',
        why: {
          th: `หัวคอลัมน์ "${typed}" อยู่ใต้ ${group} แต่เป็นตัวชี้วัดของ ${inds[named.index].tool}`,
          en: `header "${typed}" sits under ${group} but names an indicator of ${inds[named.index].tool}`,
        },
      };
    }
    return { as: 'indicator', index: named.index };
  }
  if (named && 'candidates' in named) {
    const list = named.candidates.map((i) => inds[i].no).join(', ');
    return {
      as: 'unclear',
      why: {
        th: `หัวคอลัมน์ "${typed}" อาจเป็นตัวชี้วัดใดก็ได้ใน ${list}`,
        en: `header "${typed}" could be any of indicators ${list}`,
      },
    };
  }
  if (AVERAGE.test(text)) return { as: 'summary' };
  const tool = toolIn(text, framework);
  if (tool) return { as: 'subtotal', tool };
  if (group && TOTAL.test(text)) return { as: 'subtotal', tool: group, byGroup: true };
  if (TOTAL.test(text)) return { as: 'total' };
  if (GRADE.test(text)) return { as: 'grade' };
  if (AGENCY.test(text)) return { as: 'agency' };
  return { as: 'not-read' };
}

/** The tool named by each column of a group row (a merged label reaches right to the next label). */
function groupsOf(
  row: readonly unknown[] | undefined,
  framework: Framework,
  width: number,
): (string | undefined)[] {
  const groups: (string | undefined)[] = new Array(width).fill(undefined);
  if (!row) return groups;
  const tools = row.map((v) => (typeof v === 'string' ? toolIn(textOf(v), framework) : undefined));
  const named = new Set(tools.filter(Boolean));
  if (named.size < 2) return groups;
  let current: string | undefined;
  for (let c = 0; c < width; c++) {
    if (!blank(row[c])) current = tools[c];
    groups[c] = current;
  }
  return groups;
}

/**
 * The last group label reaches to the end of the row, so a plain "รวม" after its indicators may be
 * that tool's score or the sheet's total (the merge that would tell is gone by the time cells
 * arrive): with two such columns the first is the tool's and the next the total; one alone is not
 * checked.
 */
function settleLastGroup(reads: HeaderRead[], groups: (string | undefined)[]): void {
  const last = groups[groups.length - 1];
  if (!last) return;
  const lastIndicator = reads.reduce((at, h, c) => (h.as === 'indicator' && groups[c] === last ? c : at), -1);
  const trailing = reads.flatMap((h, c) =>
    c > lastIndicator && h.as === 'subtotal' && 'byGroup' in h && h.byGroup ? [c] : [],
  );
  if (trailing.length === 1)
    reads[trailing[0]] = {
      as: 'not-read',
      why: {
        th: `คะแนน ${last} หรือคะแนนรวม? ไม่ชัด จึงไม่ได้ตรวจ`,
        en: `the ${last} score or the total? Unclear, so not checked`,
      },
    };
  else for (const c of trailing.slice(1)) reads[c] = { as: 'total' };
}

export interface HeaderLayout {
  /** 0-based row of the header (the lower row of a two-row header). */
  row: number;
  /** Row of the tool groups above it, when there is one. */
  groupRow?: number;
  /** Column of each indicator, in framework order. */
  indicators: number[];
  reads: HeaderRead[];
  texts: string[];
}

/** A cheap test before reading a row as a header: enough cells that could name an indicator. */
export function mayBeHeader(row: readonly unknown[], count: number): boolean {
  let cells = 0;
  for (const v of row) {
    if (typeof v === 'string' && v.trim() !== '') cells++;
    else if (typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= count) cells++;
  }
  return cells >= count;
}

/** The header of row `r`, whole (every indicator exactly once) or with what is wrong with it. */
export function readHeaderRow(
  grid: Grid,
  r: number,
  framework: Framework,
  width: number,
): { layout: HeaderLayout } | { found: number; problems: Bilingual[] } {
  const count = framework.indicators.length;
  const above = r > 0 ? grid[r - 1] : undefined;
  const groups = groupsOf(above, framework, width);
  const hasGroups = groups.some(Boolean);
  const row = grid[r];
  const reads: HeaderRead[] = [];
  const texts: string[] = [];
  for (let c = 0; c < width; c++) {
    const own = row[c];
    // A label merged down over a two-row header arrives in the upper row only.
    const value = hasGroups && blank(own) && !groups[c] ? above?.[c] : own;
    reads.push(readHeader(value, framework, groups[c]));
    const label = blank(value) ? '' : shownText(value);
    texts.push(groups[c] && label ? `${groups[c]} › ${label}` : label);
  }
  const columns: number[][] = framework.indicators.map(() => []);
  reads.forEach((h, c) => {
    if (h.as === 'indicator') columns[h.index].push(c);
  });
  if (hasGroups) settleLastGroup(reads, groups);
  const problems: Bilingual[] = [];
  reads.forEach((h, c) => {
    if (h.as === 'unclear') problems.push({ th: `${a1(r, c)}: ${h.why.th}`, en: `${a1(r, c)}: ${h.why.en}` });
  });
  columns.forEach((cs, i) => {
    const name = indicatorText(framework, i);
    if (cs.length > 1) {
      const at = cs.map((c) => a1(r, c)).join(', ');
      problems.push({ th: `${name.th} อยู่หลายคอลัมน์ (${at})`, en: `${name.en} is in several columns (${at})` });
    }
  });
  const found = columns.filter((cs) => cs.length > 0).length;
  if (found < count) {
    const missing = columns.flatMap((cs, i) => (cs.length ? [] : [framework.indicators[i].no])).join(', ');
    problems.push({ th: `ไม่พบตัวชี้วัด ${missing}`, en: `no column for indicator(s) ${missing}` });
  }
  if (problems.length) return { found, problems };
  return {
    layout: {
      row: r,
      groupRow: hasGroups ? r - 1 : undefined,
      indicators: columns.map((cs) => cs[0]),
      reads,
      texts,
    },
  };
}

/** What a header was read as, in words for the read-as lines. */
export function describe(
  h: HeaderRead,
  framework: Framework,
  extra?: 'published' | 'computed' | 'several',
): Bilingual {
  switch (h.as) {
    case 'indicator':
      return indicatorText(framework, h.index);
    case 'total':
      return extra === 'published'
        ? { th: 'คะแนนรวมที่ประกาศ (ตรวจกับคะแนนตัวชี้วัด)', en: 'published total (checked against the indicators)' }
        : extra === 'computed'
          ? { th: 'คะแนนรวมที่คำนวณไว้ ไม่ได้อ่าน', en: 'a computed total, not read' }
          : {
              th: 'คะแนนรวม ไม่ได้ตรวจ (มีคอลัมน์รวมหลายคอลัมน์)',
              en: 'a total, not checked (several total columns)',
            };
    case 'subtotal':
      return extra === 'published'
        ? {
            th: `คะแนน ${h.tool} ที่ประกาศ (ตรวจกับคะแนนตัวชี้วัด)`,
            en: `published ${h.tool} score (checked against its indicators)`,
          }
        : {
            th: `คะแนน ${h.tool} ไม่ได้อ่าน (คำนวณใหม่จากตัวชี้วัด)`,
            en: `${h.tool} score, not read (recomputed from the indicators)`,
          };
    case 'year':
      return { th: 'ปีการประเมิน', en: 'assessment year' };
    case 'agency':
      return { th: 'หน่วยงาน', en: 'agency' };
    case 'sequence':
      return { th: 'ลำดับ ไม่ได้อ่าน', en: 'sequence, not read' };
    case 'rank':
      return { th: 'อันดับ ไม่ได้อ่าน', en: 'rank, not read' };
    case 'weight':
      return {
        th: 'น้ำหนัก ไม่ได้อ่าน (ใช้น้ำหนักของเกณฑ์)',
        en: 'weight, not read (the framework’s weights are used)',
      };
    case 'grade':
      return { th: 'ระดับ/ผล ไม่ได้อ่าน', en: 'grade or result, not read' };
    case 'summary':
      return { th: 'ค่าสรุป ไม่ได้อ่าน', en: 'a summary figure, not read' };
    default:
      return 'why' in h && h.why ? h.why : { th: 'ไม่ได้อ่าน', en: 'not read' };
  }
}
