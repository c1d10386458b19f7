// "สร้างรายงาน / Generate report" on a per-record template (`{{#record … as row}}` on its first row):
// one tab per record of a table, named from a field of its record, tagged as one set. Everything is
// read and rendered before anything is written; a broken template, a record without a name or a
// budget that cannot be read writes nothing. Regenerating asks once and replaces the whole set (only
// tabs tagged as this set: never a user's tab). When the source is a per-project detail table and
// the workbook holds the plan's budget summary, the summary ↔ detail check runs first and its
// findings are shown in the confirmation.
//
// Apps Script stops a run at 6 minutes. Tabs are written until TIME_BUDGET_MS is spent; then the
// progress (template, set id, next record, a fingerprint of the records made) goes into a document property and the user is told to run
// the menu again, which resumes where this run stopped. A time-based trigger could continue by itself,
// but it needs the script.scriptapp scope (a new consent screen for every user) and runs without the
// user watching: a second click costs less than a new scope.
import type { ReportProblem, ReportSetSummary, ReportSummary } from '../../contract/actions';
import { REPORT_SET_KIND_PREFIX } from '../../contract/metadata';
import type { Bilingual } from '../core/bilingual';
import { readPlanBudget, type PlanBudgetTable } from '../core/budget/readPlanBudget';
import { readProjectDetail } from '../core/budget/readProjectDetail';
import { checkSummaryAgainstDetail } from '../core/budget/matchDetail';
import { columnLetters } from '../core/findings/a1';
import { cellText } from '../core/cells/cellText';
import { toThaiDigits } from '../core/thai/digits';
import {
  describeProjectColumns,
  PROJECT_NAME_FIELD,
  type ProjectColumn,
  readProjectRecords,
} from '../core/report/projectRecords';
import {
  readRecordTag,
  recordField,
  recordsFingerprint,
  type RecordTag,
  setTabNames,
  withoutRecordTag,
} from '../core/report/records';
import {
  dataNamesUsed,
  tableRecords,
  templateData,
  unsettledRowMessage,
  type WorkbookTabs,
} from '../core/report/sources';
import { type OutputRow, renderTemplate, type TemplateData } from '../core/report/template/render';
import { DEFAULT_YEAR, frameworkFor } from '../core/ita/presets';
import type { FrameworkSource } from '../core/ita/sheet';
import { detectSheetKind } from '../core/validation/detectSheetKind';
import { confirm } from '../sheets/ask';
import { findGeneratedTabs } from '../sheets/generatedTabs';
import { measuredRowHeights, type TemplateTab, templateNumberFormats } from '../sheets/reportTab';
import { changedRuns } from '../core/report/theme';
import {
  findSetRecordTabs,
  findSetTabs,
  type PendingSet,
  readPendingSet,
  savePendingSet,
  type SetTab,
  type SetTabLayout,
  writeSetTab,
} from '../sheets/reportSetTabs';
import { spreadsheetClock, type SheetClock } from '../sheets/timeZone';
import type { ActionContext } from './runAction';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Grid = readonly (readonly unknown[])[];

/** Tabs are written until this much of Apps Script's 6 minutes is spent (the rest is the margin). */
export const TIME_BUDGET_MS = 4.5 * 60 * 1000;

const key = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();

/** The workbook as a set reads it. */
interface Tabs extends WorkbookTabs {
  /** A tab's display values (two calls), for the one tab records are printed from. */
  shown(name: string): string[][] | undefined;
  /** Every tab's name, the skipped ones too: names a new tab must not take. */
  allNames(): string[];
}

/** The workbook's tabs by name (one call a tab), each read once and only when asked for. */
function workbookTabs(ss: Spreadsheet, skip: readonly string[]): Tabs {
  const sheets = ss.getSheets();
  const skipped = new Set(skip.map(key));
  const all = sheets.map((s) => ({ sheet: s, name: s.getName() }));
  const kept = all.filter((t) => !skipped.has(key(t.name)));
  const grids = new Map<string, Grid>();
  return {
    names: () => kept.map((t) => t.name),
    grid: (name) => {
      const tab = kept.find((t) => t.name === name);
      if (!tab) return undefined;
      if (!grids.has(name)) grids.set(name, tab.sheet.getDataRange().getValues());
      return grids.get(name);
    },
    shown: (name) =>
      kept
        .find((t) => t.name === name)
        ?.sheet.getDataRange()
        .getDisplayValues(),
    allNames: () => all.map((t) => t.name),
  };
}

interface Source {
  sheet: string;
  grid: Grid;
  records: { [name: string]: TemplateData }[];
  rows: number[];
  named: string;
  /** The column of the table's ลำดับ, when its rows carry one: each tab's name starts with it. */
  ordinal?: number;
  columns?: ProjectColumn[];
  missing: string[];
}

type SourceReading = { ok: true; value: Source } | { ok: false; problem: ReportProblem };

const problemAt = (sheet: string, cell: string, message: Bilingual): ReportProblem => ({
  severity: 'error',
  sheet,
  cell,
  message,
});

/** The records the tag names: `table.<tab>` (by header texts) or `projects[.<tab>]` (by meaning). */
function readSource(
  tag: RecordTag,
  tabs: Tabs,
  dayOf: (d: Date) => ReturnType<SheetClock['dayOf']>,
): SourceReading {
  const [root, ...rest] = tag.path;
  const tabName = rest.join('.');
  const find = (wanted: string) => tabs.names().find((n) => key(n) === key(wanted));
  if (key(root) === 'table') {
    const name = find(tabName);
    const grid = name === undefined ? undefined : tabs.grid(name);
    if (name === undefined || !grid)
      return {
        ok: false,
        problem: problemAt(tabName, '', {
          th: `ไม่มีแท็บชื่อ "${tabName}" (${tag.source})`,
          en: `there is no tab named "${tabName}" (${tag.source})`,
        }),
      };
    if (!tag.named)
      return {
        ok: false,
        problem: problemAt(name, '', {
          th: `ป้าย ${tag.source} ต้องบอกคอลัมน์ที่ใช้ตั้งชื่อแท็บ เช่น {{#record table.${tabName} as ${tag.alias} named ชื่อโครงการ}}`,
          en: `the tag ${tag.source} must name the column each tab is named from, e.g. {{#record table.${tabName} as ${tag.alias} named ชื่อโครงการ}}`,
        }),
      };
    const table = tableRecords(grid);
    if (table.unsettled.length) {
      const r = table.unsettled[0];
      return {
        ok: false,
        problem: problemAt(
          name,
          `${columnLetters(table.ordinal ?? 0)}${r + 1}`,
          unsettledRowMessage(name, grid, r),
        ),
      };
    }
    return {
      ok: true,
      value: {
        sheet: name,
        grid,
        records: table.records,
        rows: table.rows,
        named: tag.named,
        ordinal: table.ordinal,
        missing: [],
      },
    };
  }
  if (key(root) === 'projects') {
    let candidates: string[];
    if (tabName) {
      const name = find(tabName);
      if (name === undefined)
        return {
          ok: false,
          problem: problemAt(tabName, '', {
            th: `ไม่มีแท็บชื่อ "${tabName}" (${tag.source})`,
            en: `there is no tab named "${tabName}" (${tag.source})`,
          }),
        };
      candidates = [name];
    } else {
      // A projects table: a name column and at least three more of the ten headings.
      candidates = tabs.names().filter((n) => {
        const grid = tabs.grid(n);
        const r = grid ? readProjectRecords(grid, n, dayOf) : undefined;
        // A table refused after its headings were read (two budget columns, a row whose role is not
        // settled) is still the projects table: its refusal is what the user must see.
        const columns = r?.columns;
        return (
          columns !== undefined &&
          columns[0].column !== undefined &&
          columns.filter((c) => c.column !== undefined).length >= 4
        );
      });
      if (candidates.length !== 1)
        return {
          ok: false,
          problem: problemAt('', '', {
            th: candidates.length
              ? `มีหลายแท็บที่อ่านเป็นตารางโครงการได้ (${candidates.join(', ')}): ระบุแท็บในป้าย เช่น {{#record projects.${candidates[0]} as ${tag.alias}}}`
              : 'ไม่พบแท็บตารางโครงการ (หัวคอลัมน์ชื่อโครงการ กับหัวข้ออื่นอย่างน้อยสามหัวข้อ เช่น วัตถุประสงค์ เป้าหมาย งบประมาณ ผู้รับผิดชอบ)',
            en: candidates.length
              ? `several tabs read as a projects table (${candidates.join(', ')}): name one in the tag, e.g. {{#record projects.${candidates[0]} as ${tag.alias}}}`
              : 'no projects table was found (a project name header and at least three more headings such as วัตถุประสงค์, เป้าหมาย, งบประมาณ, ผู้รับผิดชอบ)',
          }),
        };
    }
    const sheet = candidates[0];
    const grid = tabs.grid(sheet)!;
    const reading = readProjectRecords(grid, sheet, dayOf, tabs.shown(sheet));
    if (!reading.ok) return { ok: false, problem: problemAt(sheet, reading.cell ?? '', reading.reason) };
    return {
      ok: true,
      value: {
        sheet,
        grid,
        records: reading.records,
        rows: reading.rows,
        named: tag.named ?? PROJECT_NAME_FIELD,
        ordinal: reading.ordinal,
        columns: reading.columns,
        missing: reading.missing,
      },
    };
  }
  return {
    ok: false,
    problem: problemAt('', '', {
      th: `ป้าย ${tag.source}: รายการต้องเป็น table.ชื่อแท็บ หรือ projects`,
      en: `the tag ${tag.source}: the list must be table.<tab> or projects`,
    }),
  };
}

/** Summary ↔ detail findings when the source is a per-project detail table and one plan summary is there. */
function budgetCheck(source: Source, tabs: WorkbookTabs): { count: number; lines: Bilingual[] } {
  if (detectSheetKind(source.grid).kind !== 'project-detail') return { count: 0, lines: [] };
  const detail = readProjectDetail(source.grid, source.sheet);
  if (!detail.ok) return { count: 0, lines: [] };
  const plans: PlanBudgetTable[] = [];
  for (const name of tabs.names()) {
    if (name === source.sheet) continue;
    const grid = tabs.grid(name);
    if (!grid || detectSheetKind(grid).kind !== 'plan-budget') continue;
    const plan = readPlanBudget(grid, name);
    if (plan.ok) plans.push(plan.value);
  }
  if (plans.length !== 1) return { count: 0, lines: [] };
  const findings = checkSummaryAgainstDetail(plans[0], detail.value);
  return {
    count: findings.length,
    lines: findings.map((f) => ({
      th: `${f.sheet}!${f.cell}: ${f.message.th}`,
      en: `${f.sheet}!${f.cell}: ${f.message.en}`,
    })),
  };
}

function stopped(
  tell: (m: Bilingual) => void,
  template: string,
  why: ReportSummary['stopped'],
  problems: ReportProblem[],
): ReportSummary {
  const errors = problems.filter((p) => p.severity === 'error').slice(0, 12);
  // "แท็บ!A1: message", or the message alone when it belongs to no tab.
  const where = (p: ReportProblem) => (p.sheet ? `${p.sheet}${p.cell ? `!${p.cell}` : ''}: ` : '');
  if (errors.length)
    tell({
      th: `สร้างรายงานไม่ได้:\n${errors.map((p) => `${where(p)}${p.message.th}`).join('\n')}`,
      en: `The report was not written:\n${errors.map((p) => `${where(p)}${p.message.en}`).join('\n')}`,
    });
  return { ok: false, template, stopped: why, problems };
}

/**
 * "Generate report" on a per-record template. A set of this template left half-made by the time
 * limit is resumed (two calls to look: one document property).
 */
export function generateSet(
  { spreadsheet, tell, progress }: ActionContext,
  template: TemplateTab,
  tag: RecordTag,
  heading: string,
  /** The ITA frameworks as "Generate report" reads them (the ITA_CONFIG tab's, else the presets). */
  frameworks: (tabs: WorkbookTabs, problems: ReportProblem[]) => FrameworkSource,
): ReportSummary {
  const started = Date.now();
  const ss = spreadsheet();
  const pending = readPendingSet();
  let resume: PendingSet | undefined = pending?.template === template.name ? pending : undefined;
  const kind = `${REPORT_SET_KIND_PREFIX}${template.name}`;
  // The tabs of the set already there: a resumed run keeps those of its set made before `next`.
  let previous: SetTab[];
  let keep: SetTab[] = [];
  if (resume) {
    const { setId, next } = resume;
    keep = findSetRecordTabs(ss, setId).filter((t) => t.position <= next);
    // Tabs a stopped run wrote past its saved progress are made again, not doubled.
    previous = [...findSetTabs(ss, kind).filter((t) => !keep.some((k) => k.name === t.name))];
  } else previous = findSetTabs(ss, kind);
  const tabs = workbookTabs(ss, [template.name, ...previous.map((t) => t.name), ...keep.map((t) => t.name)]);
  let clock: SheetClock | undefined;
  const dayOf = (d: Date) => (clock ??= spreadsheetClock()).dayOf(d);

  const source = readSource(tag, tabs, dayOf);
  if (!source.ok) return stopped(tell, template.name, 'data-problems', [source.problem]);
  const { records, rows: recordRows, named, sheet: sourceName } = source.value;
  const problems: ReportProblem[] = [];
  // Every record needs its name: a tab named "รายการ 7" would hide which project it is.
  const names = records.map((r) => recordField(r, named));
  if (records.length && names.every((n) => n === undefined))
    return stopped(tell, template.name, 'data-problems', [
      problemAt(sourceName, '', {
        th: `แท็บ "${sourceName}" ไม่มีคอลัมน์ "${named}" ที่ใช้ตั้งชื่อแท็บ`,
        en: `the "${sourceName}" tab has no column "${named}" to name the tabs from`,
      }),
    ]);
  names.forEach((n, i) => {
    const text = n === undefined || n === null ? '' : n instanceof Date ? '' : String(n).trim();
    if (text === '' || text === '-')
      problems.push(
        problemAt(sourceName, '', {
          th: `แถว ${recordRows[i] + 1} ของแท็บ "${sourceName}": ไม่มี${named} จึงตั้งชื่อแท็บไม่ได้ ใส่${named}หรือลบแถวนี้`,
          en: `row ${recordRows[i] + 1} of the "${sourceName}" tab has no ${named} to name its tab: fill it in or delete the row`,
        }),
      );
  });
  if (problems.length) return stopped(tell, template.name, 'data-problems', problems);
  const nameTexts = names.map((n) => String(n).trim());
  // The records a stopped run made must still be the same ones, in the same places: else an
  // inserted or deleted row would skip a record or make one twice. The set is then made again.
  let changed = false;
  if (resume && recordsFingerprint(nameTexts.slice(0, resume.next)) !== resume.made) {
    [previous, keep, resume, changed] = [[...previous, ...keep], [], undefined, true];
  }
  if (!records.length)
    return stopped(tell, template.name, 'data-problems', [
      problemAt(sourceName, '', {
        th: `แท็บ "${sourceName}" ไม่มีรายการ (แถวใต้หัวตาราง ที่ไม่ใช่แถวรวม)`,
        en: `the "${sourceName}" tab has no records (rows under its header that are not totals)`,
      }),
    ]);

  // The rest of the data the template names (settings, ita, tables), read once for every record.
  const cells = withoutRecordTag(template.cells, tag);
  const used = dataNamesUsed(cells);
  const read = templateData(used, tabs, {
    dayOf,
    frameworks: used.ita ? frameworks(tabs, problems) : { forYear: frameworkFor, defaultYear: DEFAULT_YEAR },
    // The add-in's own tabs (results, findings, reports) are never read as the scores or the progress.
    skip: [template.name, ...(used.ita || used.progress ? findGeneratedTabs(ss).map((g) => g.name) : [])],
  });
  problems.push(...read.problems.map((p) => ({ ...p })));
  if (problems.some((p) => p.severity === 'error'))
    return stopped(tell, template.name, 'data-problems', problems);

  // Render every record still to make before writing any: a broken template writes nothing.
  const start = resume ? resume.next : 0;
  const rendered: OutputRow[][] = [];
  const seen = new Set<string>();
  // Thai digits (the settings' option) as a single report prints them: numbers, dates and a record's
  // number-like text ("5,000.00") in Thai digits; numbers alone in a cell by the template cell's
  // number format, read then only (one call for the set).
  const numberFormats = read.thaiDigits ? templateNumberFormats(template) : undefined;
  for (let i = start; i < records.length; i++) {
    const out = renderTemplate(
      template.name,
      cells,
      { ...read.data, [tag.alias]: records[i] },
      { dayOf, thaiDigits: read.thaiDigits, numberFormats },
    );
    for (const p of out.problems) {
      const cell = `${columnLetters(p.column)}${p.row + 1}`;
      if (seen.has(`${cell}|${p.message.en}`)) continue;
      seen.add(`${cell}|${p.message.en}`);
      problems.push({ severity: p.severity, sheet: template.name, cell, message: p.message });
    }
    if (!out.ok) return stopped(tell, template.name, 'template-problems', problems);
    rendered.push(out.rows.filter((r) => r.source !== tag.row));
  }

  const columns = source.value.columns ? describeProjectColumns(source.value.columns) : [];
  const budget = resume ? { count: 0, lines: [] } : budgetCheck(source.value, tabs);
  if (!resume && (previous.length || budget.count || source.value.missing.length)) {
    const th: string[] = [];
    const en: string[] = [];
    if (changed) {
      th.push(`ตาราง "${sourceName}" เปลี่ยนไปหลังจากการสร้างที่หยุดค้างไว้ จึงต้องสร้างใหม่ทั้งชุด`);
      en.push(`the "${sourceName}" table changed since the run that stopped: the whole set is made again`);
    }
    th.push(`สร้างแท็บ ${records.length} แท็บ (หนึ่งแท็บต่อหนึ่งรายการของแท็บ "${sourceName}")`);
    en.push(`Write ${records.length} tabs (one per record of the "${sourceName}" tab)`);
    if (previous.length) {
      th.push(
        `และลบแท็บชุดเดิมที่สร้างจากแม่แบบนี้ ${previous.length} แท็บ: สิ่งที่พิมพ์หรือแก้ไขไว้ในแท็บเหล่านั้นจะหายไป (แก้ที่ตาราง "${sourceName}" หรือที่แม่แบบแทน แล้วสร้างใหม่)`,
      );
      en.push(
        `and delete the ${previous.length} tabs this template made before: anything typed or changed in those tabs is lost (change the "${sourceName}" table or the template instead, then generate again)`,
      );
    }
    if (source.value.missing.length) {
      th.push(`หัวข้อที่ไม่พบคอลัมน์ จะพิมพ์เป็น "-": ${source.value.missing.join(', ')}`);
      en.push(`headings with no column print "-": ${source.value.missing.join(', ')}`);
    }
    if (budget.count) {
      const few = budget.lines.slice(0, 3);
      th.push(
        `ตรวจงบประมาณกับแผน (สรุป ↔ รายละเอียด) พบ ${budget.count} รายการที่ไม่ตรงกัน:\n${few.map((l) => `• ${l.th}`).join('\n')}`,
      );
      en.push(
        `the budget check against the plan (summary ↔ detail) found ${budget.count} disagreement(s):\n${few.map((l) => `• ${l.en}`).join('\n')}`,
      );
    }
    const question = `${th.join('\n')}\nดำเนินการต่อหรือไม่\n\n${en.join('\n')}\nGo ahead?`;
    if (!confirm(heading, question))
      return { ok: false, template: template.name, stopped: 'cancelled', problems };
  }

  // Write: the old set goes first (never a user's tab: only tabs tagged as this set).
  const setId = resume ? resume.setId : started.toString(36);
  for (const old of previous) ss.deleteSheet(old.sheet);
  const gone = new Set(previous.map((t) => key(t.name)));
  const taken = tabs.allNames().filter((n) => !gone.has(key(n)));
  // "๑๒ โครงการ…": the record's ลำดับ as typed (without its trailing "." or ")"), in the digits the
  // settings ask for, goes first.
  const { ordinal, grid: sourceGrid } = source.value;
  const numbers =
    ordinal === undefined
      ? undefined
      : recordRows.slice(start).map((r) => {
          const n = cellText(sourceGrid[r][ordinal]).replace(/[.)]$/, '');
          return read.thaiDigits ? toThaiDigits(n) : n;
        });
  const tabNames = setTabNames(nameTexts.slice(start), taken, start + 1, numbers);
  // New tabs go after the active one: after the last tab of the set when resuming, so the set stays in order.
  if (keep.length) keep[keep.length - 1].sheet.activate();
  const written: string[] = [];
  let first: Sheet | undefined;
  // The first tab written of each shape (the template rows its rows came from: a project with no
  // budget takes the {{else}} rows): a later tab of the same shape is a copy of it.
  const byShape = new Map<string, SetTabLayout[]>();
  let next: number | undefined;
  for (let i = 0; i < rendered.length; i++) {
    if (i > 0 && Date.now() - started > TIME_BUDGET_MS) {
      next = start + i;
      break;
    }
    const rows = rendered[i];
    const shape = rows.map((r) => r.source).join(',');
    // This tab's own row heights, measured from its text; it is a copy of the tab of its shape whose
    // heights differ in the fewest runs, so the fewest setRowHeights calls follow.
    const heights = measuredRowHeights(template, rows);
    const same = byShape.get(shape) ?? [];
    const like = heights
      ? same.reduce<SetTabLayout | undefined>(
          (best, t) =>
            best &&
            changedRuns(best.heights ?? [], heights).length <= changedRuns(t.heights ?? [], heights).length
              ? best
              : t,
          undefined,
        )
      : same[0];
    const sheet = writeSetTab(
      ss,
      template,
      rows,
      tabNames[i],
      { kind, setId, position: start + i + 1 },
      like,
      heights,
    );
    first ??= sheet;
    byShape.set(shape, [...same, { sheet, heights }]);
    written.push(tabNames[i]);
  }
  if (next !== undefined)
    savePendingSet({
      template: template.name,
      setId,
      next,
      total: records.length,
      made: recordsFingerprint(nameTexts.slice(0, next)),
    });
  else if (pending?.template === template.name) savePendingSet(undefined);
  // Stopped: the template stays active, so the next click on the menu resumes without a question.
  if (next !== undefined) template.sheet.activate();
  else (keep[0]?.sheet ?? first)?.activate();

  const set: ReportSetSummary = {
    source: sourceName,
    records: records.length,
    tabs: written,
    kept: keep.length,
    deleted: previous.length,
    columns,
    budgetFindings: budget.count,
  };
  if (next !== undefined) {
    set.next = next;
    tell({
      th: `สร้างแล้ว ${next} จาก ${records.length} แท็บ ก่อนหมดเวลาที่ Google ให้ต่อครั้ง: เลือกเมนู "สร้างรายงาน" อีกครั้งเพื่อสร้างต่อจากรายการที่ ${next + 1}`,
      en: `${next} of ${records.length} tabs written before Google's time limit for one run: use "Generate report" again to continue from record ${next + 1}`,
    });
  } else
    progress({
      th: `สร้าง ${records.length} แท็บจาก "${sourceName}" แล้ว${source.value.missing.length ? ` (หัวข้อที่ไม่พบคอลัมน์พิมพ์เป็น "-": ${source.value.missing.join(', ')})` : ''}`,
      en: `${records.length} tabs written from "${sourceName}"${source.value.missing.length ? ` (headings with no column print "-": ${source.value.missing.join(', ')})` : ''}`,
    });
  return {
    ok: true,
    template: template.name,
    tab: written[0] ?? keep[0]?.name,
    rows: rendered.slice(0, written.length).reduce((n, r) => n + r.length, 0),
    replaced: previous.length > 0,
    problems,
    set,
  };
}

/** Refuses a template whose record tag is misplaced, before anything is read. */
export function recordTagProblem(
  template: TemplateTab,
  tell: (m: Bilingual) => void,
): ReportSummary | undefined {
  const { problem } = readRecordTag(template.cells);
  if (!problem) return undefined;
  return stopped(tell, template.name, 'template-problems', [
    {
      severity: 'error',
      sheet: template.name,
      cell: `${columnLetters(problem.column)}${problem.row + 1}`,
      message: problem.message,
    },
  ]);
}
