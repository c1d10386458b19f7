// After "สร้างรายงาน / Generate report" writes a report whose template charts the indicator scores
// (the ITA analysis, template (a)): the bar chart under the report's last row.
import type { ReportSummary } from '../../contract/actions';
import { a1 } from '../core/findings/a1';
import { indicatorChartPlan } from '../core/report/reportChart';
import type { OutputRow } from '../core/report/template/render';
import type { TemplateData } from '../core/report/template/render';
import { toThaiDigits } from '../core/thai/digits';
import type { ClaimedTab } from '../sheets/generatedTabs';
import { insertReportChart } from '../sheets/reportChart';
import type { TemplateTab } from '../sheets/reportTab';

interface ItaIndicators {
  agency: string;
  year: number;
  indicators: { score: number }[];
}

/** Inserts the chart when the template asks for one and the data has the scores; what was inserted. */
export function chartReport(
  template: TemplateTab,
  rows: readonly OutputRow[],
  data: { [name: string]: TemplateData },
  thaiDigits: boolean,
  claimed: ClaimedTab,
  /** The report's column widths as written, when known: the chart spans them. */
  widths?: readonly number[],
): ReportSummary['chart'] {
  // A report written over its earlier tab: columns an earlier chart hid (its numbers beside the
  // report) are shown again, so that no column of this report is hidden from print (1 call).
  if (!claimed.fresh) claimed.sheet.showColumns(1, Math.max(claimed.size.columns, template.columns));
  const plan = indicatorChartPlan(template.cells, rows);
  const ita = data.ita as unknown as ItaIndicators | undefined;
  if (!plan || !ita || ita.indicators.length !== plan.count) return undefined;
  const labels = rows
    .slice(plan.firstRow, plan.firstRow + plan.count)
    .map((row) => String(row.cells[plan.labelColumn]?.value ?? ''));
  const year = thaiDigits ? toThaiDigits(String(ita.year)) : String(ita.year);
  const anchorRow = rows.length + 2;
  const inserted = insertReportChart(claimed.sheet, {
    plan,
    width: template.columns,
    grid: {
      rows: Math.max(claimed.size.rows, rows.length),
      columns: Math.max(claimed.size.columns, template.columns),
    },
    scores: ita.indicators.map((i) => i.score),
    labels,
    scoresAreText: thaiDigits,
    title: `${ita.agency} ปี ${year}`,
    anchorRow,
    ...(widths ? { widthPx: widths.reduce((a, b) => a + b, 0) } : {}),
  });
  return { anchor: a1(anchorRow - 1, 0), indicators: plan.count, title: inserted.title };
}
