// The CLI's status lines speak as the add-in does: Thai first, English second, on one line
// ("เขียน … แล้ว / wrote …"); --json prints the one document and no status line at all.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { cli, json } from './in-process';

const dir = mkdtempSync(join(tmpdir(), 'ita-status-'));
const THAI = /[\u0e01-\u0e5b]/;

async function scoresBook(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('คะแนน');
  ws.addRow(['ปีงบประมาณ', 'หน่วยงาน', ...Array.from({ length: 10 }, (_, i) => `ตัวชี้วัดที่ ${i + 1}`)]);
  ws.addRow([2565, 'อบต.หนองบัว', 90.12, 88.4, 93.75, 86.02, 91.1, 85.33, 79.5, 82.25, 90, 100]);
  await wb.xlsx.writeFile(path);
}

/** The line of `stderr` that holds `english`, split at " / " into what comes before and after. */
function lineWith(stderr: string, english: string): { th: string; en: string } {
  // Indented lines are the add-in's own toasts and details, already bilingual.
  const line = stderr.split('\n').find((l) => !l.startsWith(' ') && l.includes(english));
  expect(line).toBeDefined();
  const at = line!.indexOf(' / ');
  return { th: line!.slice(0, at), en: line!.slice(at + 3) };
}

describe('status lines, Thai first', () => {
  const input = join(dir, 'scores.xlsx');
  beforeAll(() => scoresBook(input));

  it('score: opened, clicking, scored, nothing saved', async () => {
    const run = await cli('score', input);
    expect(run.status).toBe(0);
    for (const english of ['opened ', 'clicking scoreItaSheet', 'scored "คะแนน"', 'nothing saved']) {
      const { th, en } = lineWith(run.stderr, english);
      expect(th).toMatch(THAI);
      expect(en).toContain(english);
    }
    expect(lineWith(run.stderr, 'nothing saved').th).toBe('(ไม่ได้บันทึก: เพิ่ม --out FILE เพื่อเก็บผล');
    expect(lineWith(run.stderr, 'scored "คะแนน"').th).toMatch(/^คิดคะแนน "คะแนน" \(.+\) แล้ว ลงแท็บ "/);
  });

  it('validate: the counts line and wrote', async () => {
    const out = join(dir, 'validated.xlsx');
    const run = await cli('validate', input, '--out', out);
    const counts = lineWith(run.stderr, 'error(s)');
    expect(counts.th).toMatch(
      /^ข้อผิดพลาด \d+, คำเตือน \d+, ข้อมูล \d+; ทำเครื่องหมาย \d+ เซลล์; ผลอยู่ในแท็บ "ผลการตรวจสอบ"$/,
    );
    expect(lineWith(run.stderr, `wrote ${out}`).th).toBe(`เขียน ${out} แล้ว`);
  });

  it('--json: the document on stdout, unchanged in shape, and no status line', async () => {
    const run = await cli('score', input, '--json');
    expect(run.stderr).toBe('');
    const doc = json(run);
    expect(doc.ok).toBe(true);
    // DOMAIN.md §1 worked example: 26.9634 + 24.708 + 38 = 89.6714, shown 89.67, as the human run prints.
    expect(doc.actions[0].result.agencies[0].years[0].total).toBe(89.67);
  });
});
