// Menu actions of reports: "ตั้งค่ารายงาน / Report settings" (the settings tab), "เพิ่มแม่แบบรายงาน /
// Add report templates" (the built-in templates as ordinary tabs) and "สร้างรายงาน / Generate report"
// (a template tab filled with the workbook's data into a new tab). A tab the user made is never
// replaced; a broken template or unreadable data stops before anything is written.
import type {
  ActionResult,
  ReportProblem,
  ReportSummary,
  SettingsSummary,
  TemplatesSummary,
} from '../../contract/actions';
import { CONFIG_TAB, REPORT_KIND_PREFIX, TEMPLATE_TAG } from '../../contract/metadata';
import { type Bilingual, bothLanguages } from '../core/bilingual';
import { type SpecRow, type TabSpec, tabGrids } from '../core/report/builtin/spec';
import { BUILTIN_TEMPLATES } from '../core/report/builtin/templates';
import { dataNamesUsed, templateData, type WorkbookTabs } from '../core/report/sources';
import { readRecordTag } from '../core/report/records';
import { renderTemplate } from '../core/report/template/render';
import { columnLetters } from '../core/findings/a1';
import { configuredFrameworks } from '../core/ita/config';
import { DEFAULT_YEAR, frameworkFor } from '../core/ita/presets';
import type { FrameworkSource } from '../core/ita/sheet';
import { newSettingsGrid, SETTINGS_TAB } from '../core/settings/reportSettings';
import { confirm, promptText } from '../sheets/ask';
import { claimGeneratedTab, findGeneratedTabs, generatedTabNamed } from '../sheets/generatedTabs';
import { NEW_SHEET_SIZE } from '../sheets/grid';
import {
  looksLikeTemplate,
  readTemplateTab,
  templateNumberFormats,
  writeReportTab,
} from '../sheets/reportTab';
import { spreadsheetClock, type SheetClock } from '../sheets/timeZone';
import { writeTab } from '../sheets/writeTab';
import { TEXT } from '../ui/strings';
import { chartReport } from './reportChart';
import { generateSet, recordTagProblem } from './reportSets';
import { type ActionContext, runAction } from './runAction';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The settings tab as a new tab shows it: a header, then each setting with its example. */
function settingsSpec(): TabSpec {
  const [header, ...rows] = newSettingsGrid();
  const cell = (v: unknown) => (typeof v === 'number' ? v : v instanceof Date ? '' : String(v));
  return {
    name: SETTINGS_TAB,
    columnWidths: [300, 380],
    rows: [
      { cells: header.map(cell), style: 'header' },
      ...rows.map((r): SpecRow => ({ cells: r.map(cell), style: ['label', 'cell'] })),
    ],
  };
}

function openSettings({ spreadsheet, progress }: ActionContext): SettingsSummary {
  const ss = spreadsheet();
  const there = ss.getSheetByName(SETTINGS_TAB);
  if (there) {
    there.activate();
    progress(TEXT.settingsExists);
    return { ok: true, tab: SETTINGS_TAB, created: false };
  }
  // insertSheet makes the new tab the active one.
  const sheet = ss.insertSheet(SETTINGS_TAB);
  writeTab(sheet, tabGrids(settingsSpec()), NEW_SHEET_SIZE);
  progress(TEXT.settingsCreated);
  return { ok: true, tab: SETTINGS_TAB, created: true };
}

/** Menu handler: make (or open) the report settings tab. */
export function reportSettings(): ActionResult<SettingsSummary> {
  return runAction(TEXT.settingsMenu, openSettings);
}

function addTemplates({ spreadsheet, progress }: ActionContext): TemplatesSummary {
  const ss = spreadsheet();
  const added: string[] = [];
  const skipped: string[] = [];
  let first: Sheet | undefined;
  for (const spec of BUILTIN_TEMPLATES) {
    if (ss.getSheetByName(spec.name)) {
      skipped.push(spec.name);
      continue;
    }
    const sheet = ss.insertSheet(spec.name);
    sheet.addDeveloperMetadata(TEMPLATE_TAG, spec.name);
    writeTab(sheet, tabGrids(spec), NEW_SHEET_SIZE);
    first = first ?? sheet;
    added.push(spec.name);
  }
  first?.activate();
  const list = (names: string[]) => names.map((n) => `"${n}"`).join(', ');
  progress({
    th: `${added.length ? `เพิ่มแม่แบบ ${list(added)}` : 'ไม่ได้เพิ่มแม่แบบ'}${skipped.length ? ` (มีแท็บชื่อ ${list(skipped)} อยู่แล้ว จึงไม่ได้แทนที่)` : ''}`,
    en: `${added.length ? `Added ${list(added)}` : 'No template added'}${skipped.length ? ` (${list(skipped)} already there, left as they are)` : ''}`,
  });
  return { ok: true, added, skipped };
}

/** Menu handler: insert the built-in report templates as ordinary tabs. */
export function addReportTemplates(): ActionResult<TemplatesSummary> {
  return runAction(TEXT.templatesMenu, addTemplates);
}

// ------------------------------------------------------------------------------------------ generate

/**
 * The frameworks: the ITA_CONFIG tab's when it has one, else each year's preset. A config that does
 * not read adds its errors to `problems` (the report stops there, as the score menu does): the
 * presets are never used in place of weights or bands the user changed.
 */
function frameworks(tabs: WorkbookTabs, problems: ReportProblem[]): FrameworkSource {
  const { source, findings } = configuredFrameworks(tabs.grid(CONFIG_TAB), DEFAULT_YEAR);
  for (const f of findings)
    if (f.severity === 'error')
      problems.push({ severity: 'error', sheet: CONFIG_TAB, cell: f.cell, message: f.message });
  return source ?? { forYear: frameworkFor, defaultYear: DEFAULT_YEAR };
}

/** The workbook's tabs, each read once and only when asked for. */
function lazyTabs(ss: Spreadsheet): WorkbookTabs {
  // Once the tabs are listed, a tab is read through the Sheet the list gave (no getSheetByName).
  let listed: Map<string, Sheet> | undefined;
  const grids = new Map<string, readonly (readonly unknown[])[] | undefined>();
  const list = () => (listed ??= new Map(ss.getSheets().map((s) => [s.getName(), s] as const)));
  return {
    names: () => [...list().keys()],
    grid: (name) => {
      if (!grids.has(name)) {
        const sheet = listed ? listed.get(name) : ss.getSheetByName(name);
        grids.set(name, sheet ? sheet.getDataRange().getValues() : undefined);
      }
      return grids.get(name);
    },
  };
}

const list = (problems: readonly ReportProblem[]) =>
  problems
    .slice(0, 12)
    .map((p) => `${p.sheet}${p.cell ? `!${p.cell}` : ''}: ${bothLanguages(p.message)}`)
    .join('\n');

function stop(
  tell: (m: Bilingual) => void,
  template: string,
  stopped: ReportSummary['stopped'],
  problems: ReportProblem[],
): ReportSummary {
  if (stopped === 'template-problems' || stopped === 'data-problems') {
    const text = list(problems.filter((p) => p.severity === 'error'));
    tell({ th: TEXT.templateProblems.th, en: `${TEXT.templateProblems.en}\n${text}` });
  }
  return { ok: false, template, stopped, problems };
}

/** The template to use: the active tab when it is one, else one picked from the tagged templates. */
function chooseTemplate(
  ss: Spreadsheet,
  tell: (m: Bilingual) => void,
  heading: string,
): { template?: ReturnType<typeof readTemplateTab>; cancelled?: boolean } {
  const active = ss.getActiveSheet();
  const activeName = active.getName();
  const read = readTemplateTab(active, activeName);
  if (looksLikeTemplate(read.cells)) return { template: read };
  const tagged: { name: string; sheet: Sheet }[] = [];
  for (const meta of ss.createDeveloperMetadataFinder().withKey(TEMPLATE_TAG).find()) {
    const sheet = meta.getLocation().getSheet();
    if (sheet) tagged.push({ name: sheet.getName(), sheet });
  }
  if (!tagged.length) {
    tell(TEXT.noTemplates);
    return {};
  }
  const choices = tagged.map((t, i) => `${i + 1}. ${t.name}`).join('\n');
  const answer = promptText(
    heading,
    `เลือกแม่แบบ (พิมพ์หมายเลข) / Choose a template (type its number):\n${choices}`,
  );
  if (answer === undefined) return { cancelled: true };
  const n = Number(answer.trim().replace(/[๐-๙]/g, (d) => String('๐๑๒๓๔๕๖๗๘๙'.indexOf(d))));
  const chosen = Number.isInteger(n) ? tagged[n - 1] : tagged.find((t) => t.name === answer.trim());
  if (!chosen) {
    tell({
      th: `ไม่มีแม่แบบหมายเลข "${answer}" (มี 1–${tagged.length})`,
      en: `there is no template "${answer}" (choose 1–${tagged.length})`,
    });
    return { cancelled: true };
  }
  return { template: readTemplateTab(chosen.sheet, chosen.name) };
}

function generate(context: ActionContext): ReportSummary {
  const { spreadsheet, tell, progress } = context;
  const ss = spreadsheet();
  const heading = bothLanguages(TEXT.generateMenu);
  const { template, cancelled } = chooseTemplate(ss, tell, heading);
  if (!template)
    return { ok: false, template: '', stopped: cancelled ? 'cancelled' : 'no-template', problems: [] };
  // A per-record template ({{#record …}}) makes one tab per record: reportSets.ts.
  const record = readRecordTag(template.cells);
  if (record.tag) return generateSet(context, template, record.tag, heading, frameworks);
  if (record.problem) return recordTagProblem(template, tell)!;
  const tabs = lazyTabs(ss);
  let clock: SheetClock | undefined;
  const dayOf = (d: Date) => (clock ??= spreadsheetClock()).dayOf(d);
  const used = dataNamesUsed(template.cells);
  const needsFrameworks = used.ita;
  // The add-in's own tabs (results, findings, reports) are never read as the scores or the progress:
  // looked up only when the template uses them (a table by its tab name needs no such list).
  const generated = used.ita || used.progress ? findGeneratedTabs(ss) : undefined;
  const problems: ReportProblem[] = [];
  const read = templateData(used, tabs, {
    dayOf,
    frameworks: needsFrameworks
      ? frameworks(tabs, problems)
      : { forYear: frameworkFor, defaultYear: DEFAULT_YEAR },
    skip: [template.name, ...(generated ?? []).map((g) => g.name)],
  });
  problems.push(...read.problems.map((p) => ({ ...p })));
  if (problems.some((p) => p.severity === 'error'))
    return stop(tell, template.name, 'data-problems', problems);
  // Thai digits (the settings' option): numbers become text formatted by their template cell's number
  // format, read then only (one call).
  const rendered = renderTemplate(template.name, template.cells, read.data, {
    dayOf,
    thaiDigits: read.thaiDigits,
    numberFormats: read.thaiDigits ? templateNumberFormats(template) : undefined,
  });
  for (const p of rendered.problems)
    problems.push({
      severity: p.severity,
      sheet: template.name,
      cell: `${columnLetters(p.column)}${p.row + 1}`,
      message: p.message,
    });
  if (!rendered.ok) return stop(tell, template.name, 'template-problems', problems);

  const kind = `${REPORT_KIND_PREFIX}${template.name}`;
  const name = read.year ? `${template.name} ${read.year}` : `${template.name} (รายงาน)`;
  // The report this template made before under the same name (the same year) is replaced; one of
  // another year, or renamed by the user, is left as it is.
  const previous = generated
    ? generated.find((g) => g.kind === kind && g.name === name)
    : generatedTabNamed(ss, name, kind);
  if (
    previous &&
    !confirm(
      heading,
      bothLanguages({
        th: `แทนที่รายงาน "${previous.name}" ที่สร้างจากแม่แบบนี้ครั้งก่อนหรือไม่`,
        en: `Replace the report "${previous.name}" made from this template before?`,
      }),
    )
  )
    return { ok: false, template: template.name, stopped: 'cancelled', problems };
  const claimed = claimGeneratedTab(ss, previous ? [previous] : [], kind, name);
  const widths = writeReportTab(template, rendered.rows, claimed.sheet, claimed);
  const chart = chartReport(template, rendered.rows, read.data, read.thaiDigits, claimed, widths);
  progress({
    th: `สร้างรายงาน "${claimed.name}" แล้ว (${rendered.rows.length} แถว)`,
    en: `Report "${claimed.name}" written (${rendered.rows.length} rows)`,
  });
  return {
    ok: true,
    template: template.name,
    tab: claimed.name,
    rows: rendered.rows.length,
    replaced: Boolean(previous),
    ...(chart ? { chart } : {}),
    problems,
  };
}

/** Menu handler: fill a template tab with the workbook's data into a new report tab. */
export function generateReport(): ActionResult<ReportSummary> {
  return runAction(TEXT.generateMenu, generate);
}
