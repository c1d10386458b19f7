// Every finding code, the parameters its message needs, and its message in Thai and English: one
// union and one render function, so a message is written once and an English message names things by
// their English names. Call sites pass parameters, never text (as zod's issues are rendered last,
// from its locales). The catalog is kept per domain in files: ITA and config here, plan budget in
// ./budgetCodes.ts, measures and progress in ./measuresCodes.ts, score-table checks in ./scoreCodes.ts, report
// templates in ./templateCodes.ts.
import type { Bilingual } from '../bilingual';
import { BUDGET_CATALOG, type BudgetParams } from './budgetCodes';
import { MEASURES_CATALOG, type MeasuresParams } from './measuresCodes';
import { SCORE_CATALOG, type ScoreParams } from './scoreCodes';
import { TEMPLATE_CATALOG, type TemplateParams } from './templateCodes';

/** An indicator as messages name it: its number and its name in each language. */
export interface IndicatorName {
  no: string;
  th: string;
  en: string;
}

/** The parameters of each ITA and config code's message. */
export interface ItaParams {
  'config.bad-value': { reason: Bilingual };
  'config.duplicate-key': { key: string; firstRow: number };
  'config.unknown-year': { reason: Bilingual };
  'config.unverified-preset': { year: number };
  'config.unknown-key': { key: string };
  'config.rule': { reason: Bilingual };
  'ita.unknown-year': {
    year: number | string;
    rowSkipped?: boolean;
    columnSkipped?: boolean;
    /** The year's framework has other indicators than the header's. */
    headerDiffers?: boolean;
  };
  'ita.ce-year': { ce: number; skipped: 'row' | 'column' };
  'ita.unknown-shape': { indicators: number; names: string };
  'ita.no-header': { row: number; indicators: number; names: string };
  'ita.bad-score': { indicator: IndicatorName; reason?: Bilingual; rowSkipped?: boolean };
  /** A score table's summary line (`label` as typed), or a survey's (`quoted`, in 1-based `row`). */
  'ita.summary-row': { label: string } | { quoted: string; row: number };
  'ita.percent-cells': { count: number };
  'ita.no-scores': Record<string, never>;
  'ita.bad-year': { value: string };
  'ita.bad-agency': { value: string };
  'ita.bad-total': { tool?: string; reason: Bilingual };
  'ita.total-mismatch': { tool?: string; published: string; low: string; high: string };
  'ita.fraction-scores': { example: string; rowSkipped?: boolean };
  /** Without a reason: the row names an indicator and a sub-indicator. */
  'ita.unclear-indicator': { reason?: Bilingual };
  'ita.repeated-indicator': { indicator: IndicatorName; firstRow: number; same: boolean };
  'ita.unclear-header': { missing: string[] } | { row: number; problems: Bilingual[]; indicators: number };
  'ita.rank-order': { rank: string; expected: number };
  'ita.blank-year': { year: number };
  'ita.duplicate-year': { agency: string; year: number; firstRow: number };
  'ita.survey-no-header': Record<string, never>;
  'ita.unknown-question': { code: string; year: number };
  'ita.duplicate-question': { code: string };
  'ita.unknown-tool': { tool: string };
  'ita.other-tool-question': { code: string; tool: string; toolGiven?: boolean };
  'ita.survey-empty': { tool: string; headerRow: number; notAssessed: number };
  /** Survey answers (`answers`) or checklist items (`items`) marked not assessed. */
  'ita.not-assessed': { answers: number } | { items: number };
  'ita.mixed-answer-numbers': { levels: number; row: number; column: number };
  'ita.bad-answer': { value: string; code: string; levels: number };
  'ita.score-range': { value: string; code: string };
  'ita.missing-questions': { indicator: string; codes: string[] };
  'ita.checklist-empty': { tool: string; noCodes?: boolean; notAssessed?: number };
  /** A code of another tool (`value` as typed), or an item the year's framework lacks. */
  'ita.unknown-item': { value: string; tool: string } | { code: string; year: number };
  'ita.duplicate-item': { code: string };
  /** An answer that is no yes/no, or a mark in the yes (มี) or no (ไม่มี) tick column that is no tick. */
  'ita.bad-item-answer': { value: string; code: string; tickColumn?: 'yes' | 'no' };
  'ita.both-ticked': { code: string };
  'ita.answer-column': Record<string, never>;
  'ita.answer-column-unclear':
    { yesColumns: number; noColumns: number } | { headedAsAnswer: Bilingual } | { candidates: Bilingual };
}

/** The parameters of every code's message, of every domain. */
export interface FindingParams extends ItaParams, BudgetParams, MeasuresParams, ScoreParams, TemplateParams {}

/** The finding codes: a closed union, so a misspelt code is a type error. */
export type FindingCode = keyof FindingParams;

type Catalog<P> = { [C in keyof P]: (p: P[C]) => Bilingual };

/** The message functions of a catalog whose entries also carry a severity. */
function messagesOf<P>(catalog: { [C in keyof P]: { message: (p: P[C]) => Bilingual } }): Catalog<P> {
  const out = {} as Catalog<P>;
  for (const code of Object.keys(catalog) as (keyof P)[]) out[code] = catalog[code].message;
  return out;
}

/** What a finding adds when the row or column it is in is left out. */
const SKIPPED = {
  row: { th: ' — ข้ามแถวนี้', en: ' — row skipped' },
  column: { th: ' — ข้ามคอลัมน์นี้', en: ' — column skipped' },
};

const ITA_CATALOG: Catalog<ItaParams> = {
  'config.bad-value': ({ reason }) => reason,
  'config.duplicate-key': ({ key, firstRow }) => ({
    th: `ค่า ${key} ซ้ำกับแถว ${firstRow}`,
    en: `${key} is already set in row ${firstRow}`,
  }),
  'config.unknown-year': ({ reason }) => reason,
  'config.unverified-preset': ({ year }) => ({
    th: `กรอบการประเมินปี ${year} ยังไม่ได้ตรวจสอบกับคู่มือ ตรวจน้ำหนักและข้อคำถามในแท็บนี้`,
    en: `the ${year} framework is not verified against the manual; check its weights and questions in this tab`,
  }),
  'config.unknown-key': ({ key }) => ({
    th: `ไม่รู้จักค่า ${key} (ดูรายการใน docs/config.md)`,
    en: `unknown setting ${key} (see docs/config.md for the list)`,
  }),
  'config.rule': ({ reason }) => reason,
  'ita.unknown-year': ({ year, rowSkipped, columnSkipped, headerDiffers }) => {
    const skip = rowSkipped ? SKIPPED.row : columnSkipped ? SKIPPED.column : { th: '', en: '' };
    return headerDiffers
      ? {
          th: `เกณฑ์ปี ${year} มีตัวชี้วัดไม่ตรงกับหัวตาราง${skip.th}`,
          en: `the ${year} framework's indicators differ from the header's${skip.en}`,
        }
      : { th: `ไม่มีเกณฑ์การประเมินของปี ${year}${skip.th}`, en: `no assessment framework for ${year}${skip.en}` };
  },
  'ita.ce-year': ({ ce, skipped }) => ({
    th: `ปี ${ce} เป็นปี ค.ศ. น่าจะหมายถึง พ.ศ. ${ce + 543} — แก้เป็นปี พ.ศ. แล้วคำนวณใหม่${SKIPPED[skipped].th}`,
    en: `${ce} is a CE year, probably BE ${ce + 543}: type the BE year and score again${SKIPPED[skipped].en}`,
  }),
  'ita.unknown-shape': ({ indicators, names }) => ({
    th: `ไม่พบตารางที่คำนวณได้: ต้องเป็นตารางคะแนน ${indicators} ตัวชี้วัด (${names}) ที่มีหัวคอลัมน์เป็นเลขหรือชื่อตัวชี้วัด หนึ่งแถวต่อหน่วยงานหรือต่อปี, ตารางอันดับ (อันดับ | ตัวชี้วัด | คะแนน), แบบสอบถาม IIT/EIT ที่มีหัวคอลัมน์เป็นรหัสข้อ (I1, E1, …) หรือรายการ OIT (O1 | มี/ไม่มี)`,
    en: `found nothing to score: expected a table of ${indicators} indicator scores (${names}) headed by the indicator numbers or names, one row per agency or year; a ranking table ("อันดับ | ตัวชี้วัด | คะแนน"); raw IIT/EIT answers under question codes (I1, E1, …); or an OIT checklist ("O1 | มี/ไม่มี")`,
  }),
  'ita.no-header': ({ row, indicators, names }) => ({
    th: `แถว ${row} มีตัวเลข ${indicators} ค่าขึ้นไป แต่ไม่มีหัวตารางบอกว่าคอลัมน์ใดเป็นตัวชี้วัดใด จึงไม่คำนวณ — เพิ่มแถวหัวตารางเหนือข้อมูล ระบุเลขตัวชี้วัด (${names}) หรือชื่อตัวชี้วัด`,
    en: `row ${row} holds ${indicators} or more numbers, but no header says which column is which indicator, so nothing is scored: add a header row above the data with the indicator numbers (${names}) or names`,
  }),
  'ita.bad-score': ({ indicator, reason, rowSkipped }) => ({
    th: `ตัวชี้วัด ${indicator.no} ${indicator.th}: ${reason ? reason.th : 'ไม่มีคะแนน'}${rowSkipped ? SKIPPED.row.th : ''}`,
    en: `indicator ${indicator.no} ${indicator.en}: ${reason ? reason.en : 'no score'}${rowSkipped ? SKIPPED.row.en : ''}`,
  }),
  'ita.summary-row': (p) =>
    'quoted' in p
      ? {
          th: `แถว ${p.row} เป็นแถวสรุป (${p.quoted}) ไม่ใช่ผู้ตอบ จึงไม่นำมาคำนวณ`,
          en: `row ${p.row} is a summary row (${p.quoted}), not a respondent; it is left out`,
        }
      : {
          th: `แถว "${p.label}" เป็นแถวสรุป ไม่ใช่ข้อมูล${SKIPPED.row.th}`,
          en: `row "${p.label}" is a summary line, not data${SKIPPED.row.en}`,
        },
  'ita.percent-cells': ({ count }) => ({
    th: `อ่านคะแนน ${count} เซลล์ที่จัดรูปแบบเป็นร้อยละตามที่แสดง (0.9263 แสดง 92.63% อ่านเป็น 92.63)`,
    en: `${count} score cell(s) formatted as percent were read as shown (0.9263 shown 92.63% reads 92.63)`,
  }),
  'ita.no-scores': () => ({
    th: `แถวนี้มีปีแต่ไม่มีคะแนนตัวชี้วัด${SKIPPED.row.th}`,
    en: `this row has a year but no indicator scores${SKIPPED.row.en}`,
  }),
  'ita.bad-year': ({ value }) => ({
    th: `ปีต้องเป็นปี พ.ศ. เช่น 2566 ได้ ${value}${SKIPPED.row.th}`,
    en: `the year must be a BE year such as 2566, got ${value}${SKIPPED.row.en}`,
  }),
  'ita.bad-agency': ({ value }) => ({
    th: `ชื่อหน่วยงานเป็นปี (${value}) — ตรวจหัวคอลัมน์ ข้ามแถวนี้`,
    en: `the agency name is a year (${value}): check the headers${SKIPPED.row.en}`,
  }),
  'ita.bad-total': ({ tool, reason }) => ({
    th: `${tool ? `คะแนน ${tool}` : 'คะแนนรวม'}ที่ประกาศอ่านไม่ได้: ${reason.th}`,
    en: `the published ${tool ? `${tool} score` : 'total'} cannot be read: ${reason.en}`,
  }),
  'ita.total-mismatch': ({ tool, published, low, high }) => {
    // Scores shown to two decimals can pin the total to one value: say "only 82.36", not "82.36–82.36".
    const range =
      low === high
        ? { th: `ได้เพียง ${low}`, en: `only ${low} is` }
        : { th: `${low}–${high}`, en: `${low}–${high} are` };
    return {
      th: `${tool ? `คะแนน ${tool}` : 'คะแนนรวม'}ที่ประกาศ ${published} มาจากคะแนนตัวชี้วัดที่แสดงไม่ได้ (เป็นไปได้ ${range.th}) — ตรวจทั้งสองอย่าง`,
      en: `the published ${tool ? `${tool} score` : 'total'} ${published} cannot come from the indicator scores shown (${range.en} attainable): check both`,
    };
  },
  'ita.fraction-scores': ({ example, rowSkipped }) => ({
    th: `คะแนนทุกตัวชี้วัดไม่เกิน 1 (เช่น ${example}) ดูเหมือนเป็นสัดส่วน ไม่ใช่คะแนน 0–100 — จัดรูปแบบเป็นร้อยละ หรือพิมพ์เป็นคะแนน เช่น 92.63${rowSkipped ? ' ข้ามแถวนี้' : ''}`,
    en: `every score is at most 1 (e.g. ${example}): fractions, not scores from 0 to 100 — format the cells as percent or type the score (92.63)${rowSkipped ? SKIPPED.row.en : ''}`,
  }),
  'ita.unclear-indicator': ({ reason }) =>
    reason ?? {
      th: `แถวนี้มีทั้งตัวชี้วัดและตัวชี้วัดย่อย จึงไม่ชัดว่าคะแนนเป็นของตัวใด — ให้คะแนนตัวชี้วัดอยู่ในแถวของตัวเอง`,
      en: `this row names an indicator and a sub-indicator, so whose score it holds is unclear: give the indicator's score a row of its own`,
    },
  'ita.repeated-indicator': ({ indicator, firstRow, same }) => ({
    th: `ตัวชี้วัด ${indicator.no} ${indicator.th} ซ้ำกับแถว ${firstRow}${same ? ' (คะแนนเท่ากัน)' : ' แต่คะแนนต่างกัน — แก้ให้เหลือแถวเดียว'}`,
    en: `indicator ${indicator.no} ${indicator.en} repeats row ${firstRow}${same ? ' (same score)' : ' with another score: keep one row'}`,
  }),
  'ita.unclear-header': (p) =>
    'missing' in p
      ? {
          th: `ตารางตัวชี้วัดไม่มีตัวชี้วัด ${p.missing.join(', ')} — เพิ่มแถวของตัวชี้วัดนั้น (ชื่อหรือเลข และคะแนน)`,
          en: `the indicator table has no row for indicator(s) ${p.missing.join(', ')}: add a row (its name or number, and its score)`,
        }
      : {
          th: `หัวตารางแถว ${p.row} ไม่ชัดว่าคอลัมน์ใดเป็นตัวชี้วัดใด: ${p.problems.map((x) => x.th).join('; ')} — ให้หัวคอลัมน์ระบุตัวชี้วัดละหนึ่งคอลัมน์ (เลข 1–${p.indicators} หรือชื่อตัวชี้วัด)`,
          en: `the header in row ${p.row} does not settle which column is which indicator: ${p.problems.map((x) => x.en).join('; ')}. Give each indicator one column headed by its number (1–${p.indicators}) or name`,
        },
  'ita.rank-order': ({ rank, expected }) => ({
    th: `อันดับ ${rank} ไม่ตรงกับคะแนน (ควรเป็นอันดับ ${expected})`,
    en: `rank ${rank} does not match the scores (should be ${expected})`,
  }),
  'ita.blank-year': ({ year }) => ({
    th: `ไม่มีปีงบประมาณ ใช้เกณฑ์ปี ${year}`,
    en: `no year given; the ${year} framework is used`,
  }),
  'ita.duplicate-year': ({ agency, year, firstRow }) => ({
    th: `${agency || 'หน่วยงาน'} มีปี ${year} ซ้ำ ใช้แถวแรก (แถว ${firstRow})`,
    en: `${agency || 'the agency'} has ${year} twice; the first row (${firstRow}) is used`,
  }),
  'ita.survey-no-header': () => ({
    th: 'ไม่พบแถวหัวตารางที่มีรหัสข้อคำถาม (I1…, E1…)',
    en: 'no header row with question codes (I1…, E1…) found',
  }),
  'ita.unknown-question': ({ code, year }) => ({
    th: `ไม่มีข้อ ${code} ในกรอบปี ${year}`,
    en: `question ${code} is not in the ${year} framework`,
  }),
  'ita.duplicate-question': ({ code }) => ({ th: `ข้อ ${code} ซ้ำ`, en: `question ${code} appears twice` }),
  'ita.unknown-tool': ({ tool }) => ({ th: `ไม่มีแบบสำรวจ ${tool}`, en: `there is no survey tool ${tool}` }),
  'ita.other-tool-question': ({ code, tool, toolGiven }) => ({
    th: `ข้อ ${code} ไม่ใช่ข้อของ ${tool}${toolGiven ? '' : ' (ระบุเครื่องมือเพื่อเลือก)'}`,
    en: `${code} is not an ${tool} question${toolGiven ? '' : ' (give the tool to choose)'}`,
  }),
  'ita.survey-empty': ({ tool, headerRow, notAssessed }) => ({
    th:
      `แบบสำรวจ ${tool} ไม่มีคำตอบให้คำนวณ: มีแถวหัวรหัสข้อที่แถว ${headerRow} แต่ไม่มีผู้ตอบใต้แถวนั้น` +
      (notAssessed ? ` (ทั้ง ${notAssessed} คำตอบเป็น "ไม่ประเมิน")` : ''),
    en:
      `the ${tool} survey has no answers to score: a header of question codes in row ${headerRow}, but no respondent below it` +
      (notAssessed ? ` (all ${notAssessed} answers are marked not assessed)` : ''),
  }),
  'ita.not-assessed': (p) =>
    'answers' in p
      ? {
          th: `${p.answers} คำตอบเป็น "ไม่ประเมิน" (-, n/a) ไม่นำมาคิดค่าเฉลี่ย`,
          en: `${p.answers} answer(s) marked not assessed (-, n/a, "ไม่ประเมิน") are left out of the means`,
        }
      : {
          th: `${p.items} ข้อเป็น "ไม่ประเมิน" (-, n/a) ไม่นำมาคิดค่าเฉลี่ย และไม่นับเป็น ไม่มี`,
          en: `${p.items} item(s) marked not assessed (-, n/a, "ไม่ประเมิน") are left out of the means, not scored as "ไม่มี"`,
        },
  'ita.mixed-answer-numbers': ({ levels, row, column }) => ({
    th: `คำตอบปนกันระหว่างระดับ 1–${levels} (แถว ${row} คอลัมน์ ${column}) กับคะแนน 0–100 ใช้แบบเดียว`,
    en: `answers mix levels 1–${levels} (row ${row}, column ${column}) with scores 0–100; use one kind`,
  }),
  'ita.bad-answer': ({ value, code, levels }) => ({
    th: `คำตอบ ${value} ของข้อ ${code} ไม่ใช่ระดับ 1–${levels} ชื่อระดับ มี/ไม่มี หรือคะแนน 0–100`,
    en: `answer ${value} to ${code} is not a level 1–${levels} or its label, yes/no or a score 0–100`,
  }),
  'ita.score-range': ({ value, code }) => ({
    th: `คะแนน ${value} ของข้อ ${code} ต้องอยู่ระหว่าง 0–100`,
    en: `score ${value} of ${code} must be from 0 to 100`,
  }),
  'ita.missing-questions': ({ indicator, codes }) => ({
    th: `ตัวชี้วัด ${indicator} ไม่มีคอลัมน์ของข้อ ${codes.join(', ')}`,
    en: `indicator ${indicator} has no column for ${codes.join(', ')}`,
  }),
  'ita.checklist-empty': ({ tool, noCodes, notAssessed }) =>
    noCodes
      ? {
          th: `ไม่พบรหัสข้อ ${tool} (O1…) ในรายการตรวจ`,
          en: `no ${tool} item code (O1…) found in the checklist`,
        }
      : {
          th: `รายการตรวจ ${tool} ไม่มีคำตอบให้คำนวณ: ทุกข้อว่าง${notAssessed ? ` หรือเป็น "ไม่ประเมิน" (${notAssessed} ข้อ)` : ''}`,
          en: `the ${tool} checklist has no answer to score: every item is blank${notAssessed ? ` or not assessed (${notAssessed})` : ''}`,
        },
  'ita.unknown-item': (p) =>
    'tool' in p
      ? { th: `${p.value} ไม่ใช่ข้อของ ${p.tool}`, en: `${p.value} is not an ${p.tool} item` }
      : { th: `ไม่มีข้อ ${p.code} ในกรอบปี ${p.year}`, en: `item ${p.code} is not in the ${p.year} framework` },
  'ita.duplicate-item': ({ code }) => ({ th: `ข้อ ${code} ซ้ำ`, en: `item ${code} appears twice` }),
  'ita.bad-item-answer': ({ value, code, tickColumn }) =>
    tickColumn
      ? {
          th: `เครื่องหมาย ${value} ของข้อ ${code} ในคอลัมน์ ${tickColumn === 'yes' ? 'มี' : 'ไม่มี'} ต้องเป็น ✓ / x หรือ TRUE`,
          en: `mark ${value} of ${code} in the "${tickColumn === 'yes' ? 'มี' : 'ไม่มี'}" column must be ✓, / , x or TRUE`,
        }
      : {
          th: `คำตอบ ${value} ของข้อ ${code} ต้องเป็น มี/ไม่มี ✓/✗ 1/0 หรือ TRUE/FALSE`,
          en: `answer ${value} to ${code} must be "มี"/"ไม่มี", ✓/✗, 1/0 or TRUE/FALSE`,
        },
  'ita.both-ticked': ({ code }) => ({
    th: `ข้อ ${code} มีเครื่องหมายทั้งในคอลัมน์ มี และ ไม่มี`,
    en: `${code} is marked both "มี" and "ไม่มี"`,
  }),
  'ita.answer-column': () => ({
    th: 'ไม่มีหัวคอลัมน์บอกว่าคอลัมน์ใดเป็นคำตอบ จึงอ่านคำตอบจากคอลัมน์ของเซลล์นี้ ซึ่งเป็นคอลัมน์เดียวที่มีคำตอบ มี/ไม่มี ตั้งหัวคอลัมน์ว่า "ผล" เพื่อยืนยัน',
    en: 'no header names the answer column, so answers are read from the column of this cell, the only one holding "มี"/"ไม่มี" answers; head it "ผล" to confirm',
  }),
  'ita.answer-column-unclear': (p) =>
    'yesColumns' in p
      ? {
          th: `ต้องมีคอลัมน์ "มี" หนึ่งคอลัมน์และ "ไม่มี" หนึ่งคอลัมน์ พบ มี ${p.yesColumns} คอลัมน์ ไม่มี ${p.noColumns} คอลัมน์`,
          en: `a tick checklist needs one "มี" column and one "ไม่มี" column; found ${p.yesColumns} "มี" and ${p.noColumns} "ไม่มี"`,
        }
      : 'headedAsAnswer' in p
        ? {
            th: `หัวคอลัมน์บอกว่าเป็นคำตอบมากกว่าหนึ่งคอลัมน์ (${p.headedAsAnswer.th}) ให้เหลือคอลัมน์คำตอบเดียว หรือแยกเป็น มี | ไม่มี`,
            en: `more than one column is headed as the answer (${p.headedAsAnswer.en}); keep one answer column, or use "มี | ไม่มี" tick columns`,
          }
        : {
            th: `ไม่รู้ว่าคอลัมน์ใดเป็นคำตอบ (${p.candidates.th}) ตั้งหัวคอลัมน์คำตอบว่า "ผล" หรือใช้คอลัมน์ มี | ไม่มี`,
            en: `cannot tell which column holds the answers (${p.candidates.en}); head the answer column "ผล", or use "มี | ไม่มี" tick columns`,
          },
};

let catalog: Catalog<FindingParams> | undefined;
// Joined on first use: nothing is built while Sheets evaluates the file (DESIGN.md, No work at load).
function CATALOG(): Catalog<FindingParams> {
  catalog ??= {
    ...ITA_CATALOG,
    ...messagesOf<BudgetParams>(BUDGET_CATALOG),
    ...messagesOf<MeasuresParams>(MEASURES_CATALOG),
    ...messagesOf<ScoreParams>(SCORE_CATALOG),
    ...TEMPLATE_CATALOG,
  };
  return catalog;
}

/** The message of a finding code with its parameters, in both languages. */
export function findingMessage<C extends FindingCode>(code: C, params: FindingParams[C]): Bilingual {
  return (CATALOG()[code] as (p: FindingParams[C]) => Bilingual)(params);
}

/** Every code of the catalog (for tests and documentation). */
export function findingCodes(): FindingCode[] {
  return Object.keys(CATALOG()) as FindingCode[];
}

/** Whether `code` is a known finding code. */
export function isFindingCode(code: string): code is FindingCode {
  return Object.prototype.hasOwnProperty.call(CATALOG(), code);
}
