// Menu action "แผนภูมิคะแนนตัวชี้วัด / Chart indicator scores": a bar chart of the indicator scores of
// the first agency/year section of the "ผลคะแนน ITA" tab, under the tab's last row. The section is
// found by its header row ("ตัวชี้วัด / Indicator" … "คะแนน / Score"), not by a fixed position, and
// every score it would chart is checked first: a chart of a misread column would be a wrong number
// drawn large.
import type { ActionResult, ChartSummary } from '../../contract/actions';
import { GENERATED_KINDS } from '../../contract/metadata';
import type { Bilingual } from '../core/bilingual';
import { normalizeText } from '../core/cells/normalizeText';
import { a1, a1Block } from '../core/findings/a1';
import { insertIndicatorChart } from '../sheets/charts';
import { findGeneratedTabs } from '../sheets/generatedTabs';
import { TEXT } from '../ui/strings';
import { type ActionContext, runAction } from './runAction';

export type IndicatorSection =
  | { ok: true; labels: string; values: string; title: string; count: number }
  | { ok: false; reason: Bilingual };

const text = (v: unknown) => (typeof v === 'string' ? normalizeText(v) : '');
const isLabelHeader = (v: unknown) => /^ตัวชี้วัด\b|^ตัวชี้วัด /u.test(text(v)) && /Indicator/i.test(text(v));
const isScoreHeader = (v: unknown) => /^คะแนน Score$/i.test(text(v));
/** An indicator row's label: its number then its name ("1 การปฏิบัติหน้าที่"). */
const isIndicatorLabel = (v: unknown) => /^\d+ \S/u.test(text(v));
/** A sub-indicator's ("9.1 ข้อมูลพื้นฐาน", in an OIT checklist's table). */
const isSubIndicatorLabel = (v: unknown) => /^\d+\.\d+ \S/u.test(text(v));

/**
 * The first table of indicator scores in a results tab's values (0-based grid), read by its headers:
 * an agency's year (rows in rank order) or an IIT/EIT survey's indicators.
 */
export function findIndicatorSection(values: readonly (readonly unknown[])[]): IndicatorSection {
  for (let r = 0; r < values.length; r++) {
    const row = values[r];
    const labelColumn = row.findIndex(isLabelHeader);
    const scoreColumn = row.findIndex(isScoreHeader);
    if (labelColumn < 0 || scoreColumn < 0) continue;
    let n = 0;
    while (r + 1 + n < values.length && isIndicatorLabel(values[r + 1 + n][labelColumn])) {
      const score = values[r + 1 + n][scoreColumn];
      if (typeof score !== 'number' || !(score >= 0 && score <= 100)) {
        const cell = a1(r + 1 + n, scoreColumn);
        return {
          ok: false,
          reason: {
            th: `เซลล์ ${cell} ไม่ใช่คะแนน 0–100 (พบ "${String(score)}") จึงไม่วาดแผนภูมิ: สั่ง "คำนวณคะแนน ITA" ใหม่เพื่อเขียนแท็บผลคะแนนอีกครั้ง`,
            en: `Cell ${cell} is not a score from 0 to 100 (found "${String(score)}"), so no chart was drawn: run "Score ITA sheet" again to rewrite the results tab`,
          },
        };
      }
      n++;
    }
    // A table of indicators with their sub-indicators between them (an OIT checklist) is not one
    // series of indicator scores: charting part of it would mislead.
    if (!n || (r + 1 + n < values.length && isSubIndicatorLabel(values[r + 1 + n][labelColumn]))) continue;
    return {
      ok: true,
      labels: a1Block(r + 1, labelColumn, n, 1),
      values: a1Block(r + 1, scoreColumn, n, 1),
      title: sectionTitle(values, r),
      count: n,
    };
  }
  return { ok: false, reason: TEXT.chartNoSection };
}

/** The agency and year of the section above header row `r` ("อบต.ก ปี 2565"), from its heading. */
function sectionTitle(values: readonly (readonly unknown[])[], r: number): string {
  for (let above = r - 1; above >= 0 && above >= r - 3; above--) {
    const heading = /^(.*?ปี \d{4}):/u.exec(text(values[above][0]));
    if (heading) return heading[1];
  }
  return '';
}

function chartFirstSection({ spreadsheet: open, tell, progress }: ActionContext): ChartSummary {
  const spreadsheet = open();
  const tab = findGeneratedTabs(spreadsheet).find((t) => t.kind === GENERATED_KINDS.itaScore);
  if (!tab) {
    tell(TEXT.chartNoResultsTab);
    return { ok: false, reason: TEXT.chartNoResultsTab };
  }
  const values = tab.sheet.getDataRange().getValues();
  const section = findIndicatorSection(values);
  if (!section.ok) {
    tell(section.reason);
    return { ok: false, tab: tab.name, reason: section.reason };
  }
  // Under everything on the tab, one row clear of it: the chart covers no figure or finding.
  const anchor = { row: values.length + 2, column: 1 };
  const inserted = insertIndicatorChart(tab.sheet, { ...section, anchor });
  progress({
    th: `วาดแผนภูมิคะแนน ${section.count} ตัวชี้วัดในแท็บ "${tab.name}" แล้ว (แถว ${anchor.row})`,
    en: `Charted ${section.count} indicator scores on the "${tab.name}" tab (row ${anchor.row})`,
  });
  return {
    ok: true,
    tab: tab.name,
    labels: section.labels,
    values: section.values,
    title: inserted.title,
    indicators: section.count,
    replaced: inserted.replaced,
    anchor: a1(anchor.row - 1, anchor.column - 1),
  };
}

/** Menu handler: chart the indicator scores of the results tab, under the document lock. */
export function chartScores(): ActionResult<ChartSummary> {
  return runAction(TEXT.chartMenu, chartFirstSection);
}
