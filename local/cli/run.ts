// `ita-sheets run`: click menu items on a workbook, as a user would in Sheets.
import type { Command } from './command';
import { CliError } from './errors';
import {
  activateSheet,
  checkMenuHandlers,
  clickMenus,
  finishWorkbook,
  openWorkbookRuntime,
  sayOpened,
} from './workbook';

export const run: Command = {
  shape: {
    name: 'run',
    file: 'required',
    options: ['sheet', 'menu', 'answer', 'out', 'values', 'json', 'locale', 'code', 'debug'],
  },
  synopsis: ['run <in.xlsx> --menu HANDLER [--menu HANDLER …] [--sheet NAME] [--answer TEXT …] [--out FILE]'],
  summary: {
    th: 'กดรายการเมนูของ add-in บนสมุดงาน แล้วคำนวณสูตรใหม่',
    en: "click the add-in's menu items on a workbook, then recalculate",
  },
  notes: [
    {
      th: 'ชื่อ HANDLER ดูได้จาก ita-sheets menus; กดตามลำดับที่ระบุ',
      en: 'HANDLER names are listed by ita-sheets menus; they are clicked in the order given',
    },
  ],
  async run(args, output) {
    if (!args.menus.length) {
      throw new CliError(
        { th: 'คำสั่ง run ต้องมี --menu HANDLER อย่างน้อยหนึ่งรายการ', en: 'run needs at least one --menu HANDLER' },
        undefined,
        'run',
      );
    }
    const runtime = await openWorkbookRuntime(args, output);
    if (args.sheet) activateSheet(runtime, args.file!, args.sheet);
    checkMenuHandlers(runtime, args.menus);
    sayOpened(runtime, args.file, output);
    const actions = clickMenus(runtime, args.menus, args, output);
    return finishWorkbook(runtime, args, output, actions);
  },
};
