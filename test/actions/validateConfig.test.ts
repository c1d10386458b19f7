// Validation checks score tables against the user's ITA_CONFIG tab, as the score menu scores with
// it: a total right by the user's weights raises nothing, the same total is wrong by the preset's,
// and a config that does not read is reported at its cell instead of quietly using the preset.
import ExcelJS from 'exceljs';
import { HANDLERS, type ValidateSummary } from '../../contract/actions';
import { CONFIG_TAB } from '../../contract/metadata';
import { openRuntime } from '../../local/runtime';

const SCORES = 'คะแนน';
const HEADER = [
  'หน่วยงาน',
  'ปี',
  ...Array.from({ length: 10 }, (_, i) => `ตัวชี้วัดที่ ${i + 1}`),
  'คะแนนรวม',
  'ระดับ',
];
// IIT = mean(90.12, 88.4, 93.75, 86.02, 91.1) = 89.878, EIT = mean(85.33, 79.5, 82.25) = 82.36,
// OIT = mean(90, 100) = 95. By the 2565 preset (30/30/40): 26.9634 + 24.708 + 38 = 89.6714 → 89.67.
// By the config below (40/20/40): 35.9512 + 16.472 + 38 = 90.4232 → 90.42. Grade A either way.
const WORKED = [90.12, 88.4, 93.75, 86.02, 91.1, 85.33, 79.5, 82.25, 90.0, 100.0];

async function book(config?: unknown[][]) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(SCORES);
  ws.addRow(HEADER);
  ws.addRow(['อบต. ก', 2565, ...WORKED, 90.42, 'A']);
  if (config) {
    const c = wb.addWorksheet(CONFIG_TAB);
    for (const row of config) c.addRow(row);
  }
  const rt = await openRuntime(wb);
  rt.env.active = rt.env.workbook.getWorksheet(SCORES)!;
  return rt;
}

const WEIGHTS = [
  ['year', 2565],
  ['weight.IIT', 40],
  ['weight.EIT', 20],
  ['weight.OIT', 40],
];

const loud = (s: ValidateSummary) =>
  s.findings.filter((f) => f.severity !== 'info').map((f) => `${f.code} ${f.sheet}!${f.cell}`);

describe('validation with an ITA_CONFIG tab', () => {
  it.each([HANDLERS.validateTab, HANDLERS.validateAll])(
    '%s: a total right by the config weights (90.42) raises nothing',
    async (handler) => {
      const rt = await book(WEIGHTS);
      expect(loud(rt.run(handler) as ValidateSummary)).toEqual([]);
    },
  );

  it('without the config the same 90.42 is wrong: the preset weights give 89.67', async () => {
    const rt = await book();
    const summary = rt.run(HANDLERS.validateTab) as ValidateSummary;
    const total = summary.findings.filter((f) => f.cell === 'M2' && f.severity === 'error');
    expect(total.map((f) => f.code)).toEqual(['ita.total-mismatch']);
    expect(total[0].message.en).toContain('89.67');
  });

  it.each([HANDLERS.validateTab, HANDLERS.validateAll])(
    '%s: weights that sum to 110 are reported at the config, and the scores are not checked by the preset',
    async (handler) => {
      const rt = await book([...WEIGHTS.slice(0, 3), ['weight.OIT', 50]]);
      const found = loud(rt.run(handler) as ValidateSummary);
      expect(found.some((f) => f.startsWith(`config.rule ${CONFIG_TAB}!B`))).toBe(true);
      expect(found.filter((f) => f.includes(`${SCORES}!`))).toEqual([]);
    },
  );
});

describe('a report from ITA scores with an ITA_CONFIG tab that does not read', () => {
  it('stops before writing, naming the config cell, instead of scoring by the preset', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet(SCORES);
    ws.addRow(['ปีงบประมาณ', 'หน่วยงาน', ...Array.from({ length: 10 }, (_, i) => `ตัวชี้วัดที่ ${i + 1}`)]);
    ws.addRow([2565, 'อบต.หนองบัว', ...WORKED]);
    const c = wb.addWorksheet(CONFIG_TAB);
    for (const row of [...WEIGHTS.slice(0, 3), ['weight.OIT', 50]]) c.addRow(row);
    const rt = await openRuntime(wb);
    rt.run(HANDLERS.addTemplates);
    rt.env.active = rt.env.workbook.getWorksheet('รายงานวิเคราะห์ผล ITA')!;
    const tabs = rt.env.workbook.worksheets.length;
    const summary = rt.run(HANDLERS.generateReport) as {
      ok: boolean;
      stopped?: string;
      problems: { sheet: string; cell: string }[];
    };
    expect(summary).toMatchObject({ ok: false, stopped: 'data-problems' });
    expect(summary.problems.some((p) => p.sheet === CONFIG_TAB && p.cell.startsWith('B'))).toBe(true);
    expect(rt.env.workbook.worksheets).toHaveLength(tabs);
  });
});
