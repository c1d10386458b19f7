// The score action's findings carry their position (0-based row and column on a named sheet) with
// the A1 text derived from it, so marks and a findings tab need no A1 parsing.
import ExcelJS from 'exceljs';
import type { ScoreSummary } from '../../contract/actions';
import { HANDLERS } from '../../contract/actions';
import { openRuntime } from '../../local/runtime';

it('a bad score cell is a finding at its row and column, A1 derived', async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('คะแนน');
  ws.addRow(['หน่วยงาน', 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  ws.addRow(['อบต. ก', 90.12, 88.4, 93.75, 86.02, 91.1, 85.33, 79.5, 82.25, 90.0, 100.0]);
  // Indicator 4 of the second agency is text: column E (0-based 4) of row 3 (0-based 2).
  ws.addRow(['อบต. ข', 70, 70, 70, 'ไม่มีข้อมูล', 70, 80, 80, 80, 60, 70]);
  const rt = await openRuntime(wb);
  rt.env.active = rt.env.workbook.getWorksheet('คะแนน')!;
  const summary = rt.run(HANDLERS.scoreSheet) as ScoreSummary;
  expect(summary.findings).toEqual([
    expect.objectContaining({
      severity: 'error',
      code: 'ita.bad-score',
      sheet: 'คะแนน',
      row: 2,
      column: 4,
      cell: 'E3',
    }),
  ]);
});
