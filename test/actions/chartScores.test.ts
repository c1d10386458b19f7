// "แผนภูมิคะแนนตัวชี้วัด / Chart indicator scores" through the built bundle in the emulator, on the
// demo workbook scored first: which cells it charts, the chart's options, its call budget, that a
// second run replaces the chart, its refusals, and the picture in the saved .xlsx.
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { type ChartSummary, HANDLERS } from '../../contract/actions';
import { TAB_NAMES } from '../../contract/metadata';
import { chartsOn } from '../../local/emulator/embedded-chart';
import { chartData } from '../../local/emulator/embedded-chart-image';
import { openRuntime, type Runtime } from '../../local/runtime';

const DEMO = join(__dirname, '..', '..', 'examples', 'demo.xlsx');

async function scoredDemo(): Promise<Runtime> {
  const rt = await openRuntime(DEMO, { answers: ['OK', 'OK', 'OK'] });
  rt.env.active = rt.env.workbook.getWorksheet('คะแนน ITA')!;
  rt.run(HANDLERS.scoreSheet);
  return rt;
}

const results = (rt: Runtime) => rt.env.workbook.getWorksheet(TAB_NAMES.itaScore)!;

describe('Chart indicator scores', () => {
  it('charts the ten indicators of the first agency/year section, read by its headers', async () => {
    const rt = await scoredDemo();
    const ws = results(rt);
    const summary = rt.run(HANDLERS.chartScores) as ChartSummary;
    expect(summary).toMatchObject({
      ok: true,
      tab: TAB_NAMES.itaScore,
      indicators: 10,
      replaced: 0,
      title: 'คะแนนรายตัวชี้วัด / Indicator scores — อบต.หนองบัว ปี 2565',
    });
    // The header row "ตัวชี้วัด / Indicator … คะแนน / Score" is row 41 of the tab: labels under it in A,
    // scores in D (the fourth column of that table), ten rows: 42–51.
    expect(summary.labels).toBe('A42:A51');
    expect(summary.values).toBe('D42:D51');
    expect(String(ws.getCell('A41').value)).toMatch(/^ตัวชี้วัด/);
    expect(String(ws.getCell('D41').value)).toMatch(/^คะแนน/);
    // Under the tab's last row, one row clear.
    const lastRow = ws.actualRowCount && ws.lastRow!.number;
    expect(summary.anchor).toBe(`A${lastRow + 2}`);

    const [chart] = chartsOn(rt.env, ws);
    expect(chart.type).toBe('BAR');
    expect(chart.ranges.map((r) => r.getA1Notation())).toEqual(['A42:A51', 'D42:D51']);
    expect(chart.numHeaders).toBe(0);
    expect(chart.axisRange).toEqual({ start: 0, end: 100 });
    expect(chart.options.get('hAxis.viewWindow.min')).toBe(0);
    expect(chart.options.get('hAxis.viewWindow.max')).toBe(100);
    expect(chart.options.get('legend.position')).toBe('none');
    // 110 px of frame + 34 px per bar × 10 = 450 px high, 600 wide.
    expect([chart.options.get('width'), chart.options.get('height')]).toEqual([600, 450]);
    expect(chart.position).toEqual({ row: lastRow + 2, column: 1, offsetX: 0, offsetY: 0 });

    // What the chart draws is what the tab shows: each label with the score beside it.
    const { labels, values } = chartData(chart);
    expect(labels).toHaveLength(10);
    for (let i = 0; i < 10; i++) {
      expect(labels[i]).toBe(ws.getCell(42 + i, 1).value);
      expect(values[i]).toBe(ws.getCell(42 + i, 4).value);
    }
    // Ranked: the demo's อบต.หนองบัว 2565 has 10 การป้องกันการทุจริต at 100 first.
    expect([labels[0], values[0]]).toEqual(['10 การป้องกันการทุจริต', 100]);
  });

  it('makes a small fixed number of calls', async () => {
    const rt = await scoredDemo();
    rt.env.counter.reset();
    rt.run(HANDLERS.chartScores);
    // Lock 3 (getDocumentLock, tryLock, releaseLock) + getActiveSpreadsheet 1 + finder 6
    // (createDeveloperMetadataFinder, withKey, find, getLocation, getSheet, getValue) + getName 1
    // + getDataRange, getValues 2 + chart 18 (getCharts, getRange ×2, getNumRows, newChart,
    // addRange ×2, setNumHeaders, setOption ×3, setPosition, asBarChart, setTitle,
    // setLegendPosition, setRange, build, insertChart) + toast 1 + flush 1 = 33.
    const calls = rt.env.counter.toJSON();
    const chartCalls = Object.entries(calls)
      .filter(([k]) => /Chart|getCharts|getNumRows|Sheet.getRange$/.test(k))
      .reduce((n, [, v]) => n + v, 0);
    expect(chartCalls).toBe(18);
    expect(rt.env.counter.total()).toBe(33);
  });

  it('a second run replaces the chart instead of stacking another', async () => {
    const rt = await scoredDemo();
    rt.run(HANDLERS.chartScores);
    rt.env.counter.reset();
    const again = rt.run(HANDLERS.chartScores) as ChartSummary;
    expect(again.replaced).toBe(1);
    expect(chartsOn(rt.env, results(rt))).toHaveLength(1);
    // The old chart costs getOptions + get (2) and removeChart (1): 33 + 3.
    expect(rt.env.counter.total()).toBe(36);
  });

  it('leaves a chart that is not the add-in’s', async () => {
    const rt = await scoredDemo();
    const ws = results(rt);
    rt.run(HANDLERS.chartScores);
    chartsOn(rt.env, ws).push({
      ...chartsOn(rt.env, ws)[0],
      id: 999,
      options: new Map([['title', 'ของฉัน']]),
    });
    const again = rt.run(HANDLERS.chartScores) as ChartSummary;
    expect(again.replaced).toBe(1);
    expect(chartsOn(rt.env, ws).map((c) => c.options.get('title'))).toEqual([
      'ของฉัน',
      'คะแนนรายตัวชี้วัด / Indicator scores — อบต.หนองบัว ปี 2565',
    ]);
  });

  it('refuses, saying what to do, when there is no results tab', async () => {
    const rt = await openRuntime(DEMO, { answers: ['OK'] });
    const summary = rt.run(HANDLERS.chartScores) as ChartSummary;
    expect(summary.ok).toBe(false);
    expect(summary.reason?.en).toMatch(/run "Score ITA sheet"/);
    expect(rt.ui.events.some((e) => e.kind === 'alert' && /คำนวณคะแนน ITA/.test(e.text))).toBe(true);
  });

  it('charts the five IIT indicators of a survey’s results (its table has the same headers)', async () => {
    const rt = await openRuntime(DEMO, { answers: ['OK', 'OK', 'OK'] });
    rt.env.active = rt.env.workbook.getWorksheet('แบบสอบถาม IIT')!;
    rt.run(HANDLERS.scoreSheet);
    const summary = rt.run(HANDLERS.chartScores) as ChartSummary;
    // The survey table: Indicator, Respondents, Score (column C), Questions; indicators 1–5.
    expect(summary).toMatchObject({ ok: true, indicators: 5, title: 'คะแนนรายตัวชี้วัด / Indicator scores' });
    expect(summary.values).toMatch(/^C\d+:C\d+$/);
    const { labels } = chartData(chartsOn(rt.env, results(rt))[0]);
    expect(labels.map((l) => l.split(' ')[0])).toEqual(['1', '2', '3', '4', '5']);
  });

  it('refuses an OIT checklist’s results (sub-indicators between the indicators), saying why', async () => {
    const rt = await openRuntime(DEMO, { answers: ['OK', 'OK', 'OK'] });
    rt.env.active = rt.env.workbook.getWorksheet('OIT')!;
    rt.run(HANDLERS.scoreSheet);
    const summary = rt.run(HANDLERS.chartScores) as ChartSummary;
    expect(summary).toMatchObject({ ok: false, tab: TAB_NAMES.itaScore });
    expect(summary.reason?.en).toMatch(/no table of indicator scores/);
    expect(chartsOn(rt.env, results(rt))).toHaveLength(0);
  });

  it('refuses to chart a score cell that is not a score, naming the cell', async () => {
    const rt = await scoredDemo();
    const ws = results(rt);
    ws.getCell('D45').value = 'ไม่ประเมิน';
    const summary = rt.run(HANDLERS.chartScores) as ChartSummary;
    expect(summary.ok).toBe(false);
    expect(summary.reason?.en).toMatch(/^Cell D45 is not a score/);
    expect(chartsOn(rt.env, ws)).toHaveLength(0);
  });

  it('the saved .xlsx shows the chart as a PNG at its anchor, starting a printed page', async () => {
    const rt = await scoredDemo();
    const summary = rt.run(HANDLERS.chartScores) as ChartSummary;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await rt.bytes()) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet(TAB_NAMES.itaScore)!;
    const [image] = ws.getImages();
    const anchorRow = Number(summary.anchor!.slice(1));
    expect(image.range.tl.nativeRow).toBe(anchorRow - 1);
    const png = Buffer.from(wb.getImage(Number(image.imageId)).buffer as unknown as ArrayBuffer);
    // 600 × 450 px drawn at twice the size: 1200 × 900.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 900]);
    // exceljs does not read page breaks back: the sheet's XML holds a manual break after the row above.
    const zip = await JSZip.loadAsync(await rt.bytes());
    const sheetXml = await Promise.all(
      Object.keys(zip.files)
        .filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f))
        .map((f) => zip.file(f)!.async('string')),
    );
    const breaks = sheetXml.flatMap((xml) =>
      [...xml.matchAll(/<brk id="(\d+)"[^>]*man="1"/g)].map((m) => Number(m[1])),
    );
    expect(breaks).toEqual([anchorRow - 1]);
  });
});
