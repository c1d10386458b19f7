// The chart as a person uses it locally: `ita-sheets run` clicks "Score ITA sheet" then "Chart
// indicator scores" on the demo and saves; running the chart again on the saved file replaces the
// chart, so the file still holds one picture of it.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { TAB_NAMES } from '../../contract/metadata';
import { cli, json } from './in-process';

const DEMO = join(__dirname, '..', '..', 'examples', 'demo.xlsx');

async function picturesOnResults(path: string): Promise<number> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb.getWorksheet(TAB_NAMES.itaScore)!.getImages().length;
}

describe('ita-sheets run --menu chartItaScores', () => {
  it('saves the chart as one picture, and a second run on the saved file replaces it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ita-chart-cli-'));
    const first = join(dir, 'first.xlsx');
    const second = join(dir, 'second.xlsx');
    const run = await cli(
      'run',
      DEMO,
      '--sheet',
      'คะแนน ITA',
      '--menu',
      'scoreItaSheet',
      '--menu',
      'chartItaScores',
      '--answer',
      'OK',
      '--out',
      first,
      '--json',
    );
    // Exit 1: the demo's planted total mismatch is a finding of the score action (by design).
    expect(run.status).toBe(1);
    const charted = json(run).actions[1];
    expect(charted).toMatchObject({ handler: 'chartItaScores', ok: true });
    expect(charted.result).toMatchObject({
      indicators: 10,
      replaced: 0,
      labels: 'A42:A51',
      values: 'D42:D51',
    });
    expect(await picturesOnResults(first)).toBe(1);

    const again = await cli('run', first, '--menu', 'chartItaScores', '--out', second, '--json');
    expect(again.status).toBe(0);
    // The chart saved in the first file came back as a chart, so it is replaced, not stacked.
    expect(json(again).actions[0].result).toMatchObject({ ok: true, replaced: 1 });
    expect(await picturesOnResults(second)).toBe(1);
  });
});
