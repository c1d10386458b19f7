// `ita-sheets recalc`: recalculate every formula of a workbook, the add-in's custom functions included.
import type { Command } from './command';
import { finishWorkbook, openWorkbookRuntime, sayOpened } from './workbook';

export const recalc: Command = {
  shape: { name: 'recalc', file: 'required', options: ['out', 'values', 'json', 'locale', 'code', 'debug'] },
  synopsis: ['recalc <in.xlsx> [--out FILE] [--values]'],
  summary: {
    th: 'คำนวณทุกสูตรในสมุดงานใหม่ รวมถึงฟังก์ชันของ add-in',
    en: "recalculate every formula, the add-in's functions included",
  },
  notes: [
    {
      th: 'สูตรที่ผิดพลาดแสดงพร้อมชีต เซลล์ และข้อความ (exit 1)',
      en: 'formula errors are listed with their sheet, cell and message (exit 1)',
    },
  ],
  async run(args, output) {
    const runtime = await openWorkbookRuntime(args, output);
    sayOpened(runtime, args.file, output);
    return finishWorkbook(runtime, args, output, []);
  },
};
