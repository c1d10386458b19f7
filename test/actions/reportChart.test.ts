// The ITA analysis report (template (a)) inserts its bar chart of the ten indicator scores under its
// last row, through the bundle in the emulator: the bars are the report's own ranked scores; with
// Thai digits (scores printed as text) the chart draws from two hidden columns of numbers.
import ExcelJS from 'exceljs';
import { HANDLERS } from '../../contract/actions';
import { chartsOn } from '../../local/emulator/embedded-chart';
import { chartData } from '../../local/emulator/embedded-chart-image';
import { openRuntime, type Runtime } from '../../local/runtime';

const TEMPLATE = 'รายงานวิเคราะห์ผล ITA';
// Worked scores (DOMAIN.md §1): 89.67 (A) in 2565. Ranked high to low: indicator 10 (100) first,
// 3 (93.75), 5 (91.1), 1 (90.12), 9 (90), 2 (88.4), 4 (86.02), 6 (85.33), 8 (82.25), 7 (79.5) last.
const WORKED = [90.12, 88.4, 93.75, 86.02, 91.1, 85.33, 79.5, 82.25, 90.0, 100.0];
const RANKED = [100, 93.75, 91.1, 90.12, 90, 88.4, 86.02, 85.33, 82.25, 79.5];

async function generated(
  thaiDigits?: 'ใช่' | 'ไม่',
  answers: string[] = [],
): Promise<{ rt: Runtime; summary: any; calls: number }> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('คะแนน');
  ws.addRow(['ปีงบประมาณ', 'หน่วยงาน', ...Array.from({ length: 10 }, (_, i) => `ตัวชี้วัดที่ ${i + 1}`)]);
  ws.addRow([2565, 'อบต.หนองบัว', ...WORKED]);
  if (thaiDigits) {
    const s = wb.addWorksheet('ตั้งค่ารายงาน');
    s.addRow(['รายการ / Setting', 'ค่า / Value']);
    s.addRow(['ชื่อหน่วยงาน / Agency', 'อบต.หนองบัว']);
    s.addRow(['ใช้เลขไทย / Thai digits', thaiDigits]);
  }
  const rt = await openRuntime(wb, { answers });
  rt.run(HANDLERS.addTemplates);
  rt.env.active = rt.env.workbook.getWorksheet(TEMPLATE)!;
  rt.env.counter.reset();
  const summary = rt.run(HANDLERS.generateReport);
  return { rt, summary, calls: rt.env.counter.total() };
}

describe('the ITA analysis report inserts its chart', () => {
  it('under the last row, of the ranked scores in the report, axis 0–100', async () => {
    const { rt, summary } = await generated();
    const out = rt.env.workbook.getWorksheet(summary.tab)!;
    const [chart, ...more] = chartsOn(rt.env, out);
    expect(more).toEqual([]);
    // One row clear of the report's last row.
    expect(chart.position.row).toBe(summary.rows + 2);
    expect(summary.chart).toMatchObject({ anchor: `A${summary.rows + 2}`, indicators: 10 });
    expect(chart.options.get('title')).toBe('คะแนนรายตัวชี้วัด / Indicator scores — อบต.หนองบัว ปี 2565');
    expect(chart.axisRange).toEqual({ start: 0, end: 100 });
    // The report's own cells: labels in column B, scores in D, rows 10–19.
    expect(chart.ranges.map((r) => r.getA1Notation())).toEqual(['B9:B18', 'D9:D18']);
    const { labels, values } = chartData(chart);
    expect(values).toEqual(RANKED);
    expect(labels[0]).toBe('10. การป้องกันการทุจริต');
    expect(labels[9]).toBe('7. ประสิทธิภาพการสื่อสาร');
    // As wide as the report's seven columns (so it prints as wide as the table above it, not
    // Sheets' default 600 px): the template's 90 + 250 + 80 × 4 + 100 = 760 px, with the score column
    // widened for "100.00" at 16 pt (5 figures × 0.55 em + the point 0.28 em = 3.03 em × 21.33 px
    // = 64.6 px, + 2 × 6 padding + 8 = 85 px): 765 px, the sum of the tab's widths.
    const widths = [1, 2, 3, 4, 5, 6, 7].map((c) => Math.round(out.getColumn(c).width! * 7 + 5));
    expect(widths.reduce((a, b) => a + b, 0)).toBe(765);
    expect(chart.options.get('width')).toBe(765);
  });

  it('with Thai digits, from two hidden columns of numbers beside the report', async () => {
    const { rt, summary, calls } = await generated('ใช่');
    const out = rt.env.workbook.getWorksheet(summary.tab)!;
    // The report prints the scores as Thai-digit text.
    expect(out.getCell('D9').value).toBe('๑๐๐.๐๐');
    const [chart] = chartsOn(rt.env, out);
    expect(chart.hiddenStrategy).toBe('SHOW_BOTH');
    expect(chart.ranges.map((r) => r.getA1Notation())).toEqual(['H9:H18', 'I9:I18']);
    expect([out.getColumn(8).hidden, out.getColumn(9).hidden]).toEqual([true, true]);
    const { labels, values } = chartData(chart);
    expect(values).toEqual(RANKED);
    expect(labels[0]).toBe('๑๐. การป้องกันการทุจริต');
    expect(chart.options.get('title')).toBe('คะแนนรายตัวชี้วัด / Indicator scores — อบต.หนองบัว ปี ๒๕๖๕');
    // The whole action, chart included, stays a fixed number of calls.
    const off = await generated('ไม่');
    // Thai digits add the number formats read (1) and the hidden columns (getRange, setValues,
    // hideColumns, and setHiddenDimensionStrategy on the builder): 5; the figures being text, the
    // measuring of the figure columns reads no number formats of its own (1 fewer): 4.
    expect(calls).toBe(off.calls + 4);
  });

  it('regenerating shows the columns an earlier chart hid, and the chart is not doubled', async () => {
    const { rt, summary } = await generated('ใช่', ['YES']);
    const out = rt.env.workbook.getWorksheet(summary.tab)!;
    expect(out.getColumn(8).hidden).toBe(true);
    // The user turns Thai digits off and generates again (answering Yes to replacing the report).
    rt.env.workbook.getWorksheet('ตั้งค่ารายงาน')!.getCell('B3').value = 'ไม่';
    rt.env.active = rt.env.workbook.getWorksheet(TEMPLATE)!;
    const again = rt.run(HANDLERS.generateReport) as { tab: string; replaced: boolean };
    expect(again).toMatchObject({ tab: summary.tab, replaced: true });
    expect([out.getColumn(8).hidden, out.getColumn(9).hidden]).toEqual([false, false]);
    const charts = chartsOn(rt.env, out);
    expect(charts).toHaveLength(1);
    expect(charts[0].ranges.map((r) => r.getA1Notation())).toEqual(['B9:B18', 'D9:D18']);
  });
});
