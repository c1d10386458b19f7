// The emulator's embedded charts against Apps Script's documented behaviour. Sources: REF
// (developers.google.com/apps-script/reference/spreadsheet/) pages embedded-chart-builder,
// embedded-bar-chart-builder, embedded-chart, container-info and sheet (newChart, insertChart,
// getCharts, removeChart, updateChart); APPS-SCRIPT.md §D.
import ExcelJS from 'exceljs';
import { unwrap } from '../../local/emulator/calls';
import { chartsOn } from '../../local/emulator/embedded-chart';
import { chartData } from '../../local/emulator/embedded-chart-image';
import { openWorkbook, workbookBytes } from '../../local/emulator/index';
import type { SheetImpl } from '../../local/emulator/sheet';
import { emulate } from './emulator';

async function sheetWithScores() {
  const em = await emulate((wb) => {
    const ws = wb.addWorksheet('ผล');
    ws.addRows([
      ['ตัวชี้วัด', 'คะแนน'],
      ['1 การปฏิบัติหน้าที่', 50],
      ['2 การใช้งบประมาณ', 100],
    ]);
  });
  const sheet = em.ss.getSheetByName('ผล')!;
  const Charts = em.globals.Charts as GoogleAppsScript.Charts.Charts;
  return { ...em, sheet, Charts };
}

function barChart(sheet: GoogleAppsScript.Spreadsheet.Sheet, Charts: GoogleAppsScript.Charts.Charts) {
  return sheet
    .newChart()
    .addRange(sheet.getRange('A2:A3'))
    .addRange(sheet.getRange('B2:B3'))
    .setNumHeaders(0)
    .setOption('width', 400)
    .setOption('hAxis', { viewWindow: { min: 0, max: 100 } })
    .setPosition(5, 1, 0, 0)
    .asBarChart()
    .setTitle('คะแนน')
    .setLegendPosition(Charts.Position.NONE)
    .setRange(0, 100);
}

describe('EmbeddedChartBuilder and EmbeddedBarChartBuilder', () => {
  it('build() does not draw the chart: only insertChart puts it on the sheet (REF build)', async () => {
    const { sheet, Charts } = await sheetWithScores();
    const chart = barChart(sheet, Charts).build();
    expect(sheet.getCharts()).toHaveLength(0);
    // REF getChartId: null while the chart is not in a spreadsheet.
    expect(chart.getChartId()).toBeNull();
    sheet.insertChart(chart);
    const [inserted] = sheet.getCharts();
    expect(inserted.getChartId()).toEqual(expect.any(Number));
  });

  it('addRange does not add a range already added (REF addRange)', async () => {
    const { sheet } = await sheetWithScores();
    const builder = sheet.newChart().addRange(sheet.getRange('A2:B3')).addRange(sheet.getRange('A2:B3'));
    expect(builder.getRanges().map((r) => r.getA1Notation())).toEqual(['A2:B3']);
  });

  it('asBarChart sets the type BAR and keeps the ranges set before it', async () => {
    const { sheet } = await sheetWithScores();
    const bar = sheet.newChart().addRange(sheet.getRange('A2:B3')).asBarChart();
    expect(bar.getChartType()).toBe('BAR');
    expect(bar.getRanges().map((r) => r.getA1Notation())).toEqual(['A2:B3']);
  });

  it('a builder without a chart type cannot build', async () => {
    const { sheet } = await sheetWithScores();
    expect(() => sheet.newChart().addRange(sheet.getRange('A2:B3')).build()).toThrow();
  });

  it('options come back through getOptions().get, a dotted path or its object; unset is null', async () => {
    const { sheet, Charts } = await sheetWithScores();
    sheet.insertChart(barChart(sheet, Charts).build());
    const options = sheet.getCharts()[0].getOptions();
    expect(options.get('title')).toBe('คะแนน');
    expect(options.get('width')).toBe(400);
    expect(options.get('hAxis.viewWindow.max')).toBe(100);
    expect(options.get('hAxis')).toEqual({ viewWindow: { min: 0, max: 100 } });
    expect(options.get('legend.position')).toBe('none');
    expect(options.get('colors')).toBeNull();
  });

  it('getContainerInfo gives setPosition’s anchor (1-based) and offsets', async () => {
    const { sheet, Charts } = await sheetWithScores();
    sheet.insertChart(barChart(sheet, Charts).build());
    const info = sheet.getCharts()[0].getContainerInfo();
    expect([info.getAnchorRow(), info.getAnchorColumn(), info.getOffsetX(), info.getOffsetY()]).toEqual([
      5, 1, 0, 0,
    ]);
  });

  it('a method the emulator lacks says so (setColors is documented but not implemented here)', async () => {
    const { sheet } = await sheetWithScores();
    expect(() =>
      (sheet.newChart().asBarChart() as unknown as { setColors(c: string[]): void }).setColors(['red']),
    ).toThrow('not implemented: EmbeddedBarChartBuilder.setColors');
  });
});

describe('Sheet: getCharts, removeChart, updateChart', () => {
  it('removeChart takes the chart off; getCharts lists what is left', async () => {
    const { sheet, Charts } = await sheetWithScores();
    sheet.insertChart(barChart(sheet, Charts).build());
    sheet.insertChart(barChart(sheet, Charts).setTitle('อื่น').build());
    const [first] = sheet.getCharts();
    sheet.removeChart(first);
    expect(sheet.getCharts().map((c) => c.getOptions().get('title'))).toEqual(['อื่น']);
    // Removing it again: not documented; the emulator refuses loudly rather than pass it silently.
    expect(() => sheet.removeChart(first)).toThrow();
  });

  it('modify() + updateChart changes the chart in place, same id (REF modify: "updateChart saves it")', async () => {
    const { sheet, Charts } = await sheetWithScores();
    sheet.insertChart(barChart(sheet, Charts).build());
    const [chart] = sheet.getCharts();
    const changed = chart.modify().setPosition(9, 2, 0, 0).build();
    expect(sheet.getCharts()[0].getContainerInfo().getAnchorRow()).toBe(5);
    sheet.updateChart(changed);
    const [after] = sheet.getCharts();
    expect(after.getChartId()).toBe(chart.getChartId());
    expect(after.getContainerInfo().getAnchorRow()).toBe(9);
    expect(sheet.getCharts()).toHaveLength(1);
  });

  it('every chart call is counted', async () => {
    const { sheet, Charts, env } = await sheetWithScores();
    env.counter.reset();
    sheet.insertChart(barChart(sheet, Charts).build());
    // getRange ×2, newChart, addRange ×2, setNumHeaders, setOption ×2, setPosition, asBarChart,
    // setTitle, setLegendPosition, setRange, build, insertChart = 15.
    expect(env.counter.total()).toBe(15);
  });
});

describe('saving: a chart becomes a picture at its anchor (exceljs cannot write charts)', () => {
  it('the saved .xlsx holds one PNG at the anchor, and the workbook in memory none', async () => {
    const { sheet, Charts, env } = await sheetWithScores();
    sheet.insertChart(barChart(sheet, Charts).build());
    const bytes = await workbookBytes(env);
    expect(env.workbook.getWorksheet('ผล')!.getImages()).toHaveLength(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const images = wb.getWorksheet('ผล')!.getImages();
    expect(images).toHaveLength(1);
    // setPosition(5, 1): row 5, column A → 0-based (4, 0) in the drawing.
    expect(images[0].range.tl.nativeRow).toBe(4);
    expect(images[0].range.tl.nativeCol).toBe(0);
    const media = wb.getImage(Number(images[0].imageId));
    expect(media.extension).toBe('png');
    // 400 px wide at twice the size: 800 px in the PNG (IHDR width).
    expect(Buffer.from(media.buffer as unknown as ArrayBuffer).readUInt32BE(16)).toBe(800);
    // Saving twice does not stack pictures.
    const again = new ExcelJS.Workbook();
    await again.xlsx.load((await workbookBytes(env)) as unknown as ArrayBuffer);
    expect(again.getWorksheet('ผล')!.getImages()).toHaveLength(1);
  });

  it('a saved chart is a chart again when the file is opened: its picture goes, no second one is added', async () => {
    const { sheet, Charts, env } = await sheetWithScores();
    sheet.insertChart(barChart(sheet, Charts).build());
    const reopened = await openWorkbook(await workbookBytes(env));
    const ws = reopened.workbook.getWorksheet('ผล')!;
    expect(ws.getImages()).toHaveLength(0);
    const [chart] = chartsOn(reopened, ws);
    expect(chart.options.get('title')).toBe('คะแนน');
    expect(chart.ranges.map((r) => r.getA1Notation())).toEqual(['A2:A3', 'B2:B3']);
    expect(chart.position).toEqual({ row: 5, column: 1, offsetX: 0, offsetY: 0 });
    const resaved = new ExcelJS.Workbook();
    await resaved.xlsx.load((await workbookBytes(reopened)) as unknown as ArrayBuffer);
    expect(resaved.getWorksheet('ผล')!.getImages()).toHaveLength(1);
  });

  it('a picture deleted in another program leaves no chart behind', async () => {
    const { sheet, Charts, env } = await sheetWithScores();
    sheet.insertChart(barChart(sheet, Charts).build());
    const edited = new ExcelJS.Workbook();
    await edited.xlsx.load((await workbookBytes(env)) as unknown as ArrayBuffer);
    (edited.getWorksheet('ผล') as unknown as { _media: unknown[] })._media = [];
    const reopened = await openWorkbook(Buffer.from(await edited.xlsx.writeBuffer()));
    expect(chartsOn(reopened, reopened.workbook.getWorksheet('ผล')!)).toHaveLength(0);
  });
});

describe('hidden columns and ChartHiddenDimensionStrategy (REF Sheet.hideColumns, Charts.ChartHiddenDimensionStrategy)', () => {
  it('a chart skips hidden columns by default (IGNORE_BOTH) and draws them with SHOW_BOTH', async () => {
    const { sheet, Charts, env } = await sheetWithScores();
    sheet.hideColumns(2);
    const hidden = env.workbook.getWorksheet('ผล')!;
    expect(hidden.getColumn(2).hidden).toBe(true);
    // REF isColumnHiddenByUser: B hidden, A not.
    expect([sheet.isColumnHiddenByUser(1), sheet.isColumnHiddenByUser(2)]).toEqual([false, true]);
    expect(() => sheet.hideColumns(0, 1)).toThrow('out of bounds');
    sheet.insertChart(barChart(sheet, Charts).build());
    // IGNORE_BOTH: the score column is hidden, so one column is left, which is no bar chart.
    expect(() => chartData(chartsOn(env, hidden)[0])).toThrow('1 column(s)');
    const shown = (barChart(sheet, Charts) as GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder)
      .setHiddenDimensionStrategy(Charts.ChartHiddenDimensionStrategy.SHOW_BOTH)
      .build();
    sheet.insertChart(shown);
    expect(chartData(chartsOn(env, hidden)[1]).values).toEqual([50, 100]);
    // REF showColumns: shown again, the default chart draws the column.
    sheet.showColumns(1, 2);
    expect(hidden.getColumn(2).hidden).toBe(false);
    expect(sheet.isColumnHiddenByUser(2)).toBe(false);
    expect(chartData(chartsOn(env, hidden)[0]).values).toEqual([50, 100]);
  });
});

// REF Sheet.copyTo: "Copies the sheet to a given spreadsheet, which can be the same spreadsheet as
// the source. The copied sheet is named "Copy of [original name]"." The page says nothing of charts
// or hidden columns; Sheets' "Copy to" and "Duplicate" carry both (APPS-SCRIPT.md §A4, §D: M).
describe('Sheet.copyTo carries the charts and the hidden columns', () => {
  /** A spreadsheet the app makes through the Drive API, as the add-in's export does. */
  function createdSpreadsheet(globals: Record<string, unknown>): GoogleAppsScript.Spreadsheet.Spreadsheet {
    const token = (globals.ScriptApp as GoogleAppsScript.Script.ScriptApp).getOAuthToken();
    const made = (globals.UrlFetchApp as GoogleAppsScript.URL_Fetch.UrlFetchApp).fetch(
      'https://www.googleapis.com/drive/v3/files?fields=id',
      {
        method: 'post',
        contentType: 'application/json',
        payload: JSON.stringify({ name: 'temp', mimeType: 'application/vnd.google-apps.spreadsheet' }),
        headers: { Authorization: `Bearer ${token}` },
      },
    );
    const { id } = JSON.parse(made.getContentText()) as { id: string };
    return (globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).openById(id);
  }

  it('into another spreadsheet: the chart reads the copy’s cells, with a new id; the original is untouched', async () => {
    const { sheet, Charts, globals, env } = await sheetWithScores();
    sheet.hideColumns(2);
    sheet.insertChart(
      (barChart(sheet, Charts) as GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder)
        .setHiddenDimensionStrategy(Charts.ChartHiddenDimensionStrategy.SHOW_BOTH)
        .build(),
    );
    const temp = createdSpreadsheet(globals);
    const copy = sheet.copyTo(temp);
    const [original] = sheet.getCharts();
    const [copied, ...more] = copy.getCharts();
    expect(more).toEqual([]);
    expect(copied.getChartId()).not.toBe(original.getChartId());
    // Same cells, on the copy: A2:A3 and B2:B3 of "Copy of ผล" in the other file.
    const ranges = copied.getRanges();
    expect(ranges.map((r) => r.getA1Notation())).toEqual(['A2:A3', 'B2:B3']);
    expect(ranges.map((r) => r.getSheet().getName())).toEqual(['Copy of ผล', 'Copy of ผล']);
    expect(copied.getOptions().get('title')).toBe('คะแนน');
    expect(copied.getContainerInfo().getAnchorRow()).toBe(5);
    // Column B stays hidden in the copy, and the chart still draws it (SHOW_BOTH): 50 and 100.
    const raw = unwrap(copy) as unknown as SheetImpl;
    expect(raw.ws.getColumn(2).hidden).toBe(true);
    const [state] = chartsOn(raw.env, raw.ws);
    expect(chartData(state).values).toEqual([50, 100]);
    // What the copy's cells hold is what the chart draws: a value written into the copy changes the
    // copy's chart, never the original's (25, then the original's 50).
    copy.getRange('B2').setValue(25);
    expect(chartData(state).values).toEqual([25, 100]);
    expect(chartData(chartsOn(env, env.workbook.getWorksheet('ผล')!)[0]).values).toEqual([50, 100]);
    // Removing the copy's chart leaves the original's.
    copy.removeChart(copied);
    expect(sheet.getCharts()).toHaveLength(1);
  });

  it('within the spreadsheet: a range on another tab stays there; into another file that is a loud gap', async () => {
    const { sheet, globals, ss } = await sheetWithScores();
    const other = ss.insertSheet('คะแนนอื่น');
    other.getRange('A1:A2').setValues([[70], [80]]);
    sheet.insertChart(
      sheet
        .newChart()
        .addRange(sheet.getRange('A2:A3'))
        .addRange(other.getRange('A1:A2'))
        .setNumHeaders(0)
        .asBarChart()
        .build(),
    );
    const copy = sheet.copyTo(ss);
    expect(
      copy
        .getCharts()[0]
        .getRanges()
        .map((r) => `${r.getSheet().getName()}!${r.getA1Notation()}`),
    ).toEqual(['Copy of ผล!A2:A3', 'คะแนนอื่น!A1:A2']);
    expect(() => sheet.copyTo(createdSpreadsheet(globals))).toThrow(
      'not implemented: Sheet.copyTo of a chart whose range คะแนนอื่น!A1:A2 lies on another tab',
    );
  });

  it('costs one call, charts or not', async () => {
    const { sheet, Charts, ss, env } = await sheetWithScores();
    sheet.insertChart(barChart(sheet, Charts).build());
    env.counter.reset();
    sheet.copyTo(ss);
    expect(env.counter.toJSON()).toEqual({ 'Sheet.copyTo': 1 });
  });
});
