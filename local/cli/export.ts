// `ita-sheets export`: the "Export PDF" / "Export xlsx" menu actions on one tab, through the bundle:
// the add-in fetches the export URL and uploads to Drive exactly as in Sheets; the emulated Drive's
// file (rendered by LibreOffice for a PDF, LibreOffice started once for the run) is written to the
// path given.
import { type ActionResult, type ExportSummary, HANDLERS } from '../../contract/actions';
import type { Command } from './command';
import { EXIT, usageError } from './errors';
import { exportMessage, renderedDriveFiles, requireExtension, writeExported } from './exported';
import { activateSheet, checkMenuHandlers, clickMenus, openWorkbookRuntime } from './workbook';

export const exportCommand: Command = {
  shape: {
    name: 'export',
    file: 'required',
    options: ['sheet', 'pdf', 'xlsx', 'json', 'locale', 'code', 'debug'],
  },
  synopsis: ['export <in.xlsx> [--sheet NAME] --pdf out.pdf | --xlsx out.xlsx'],
  summary: {
    th: 'ส่งออกแท็บเดียวเป็น PDF หรือ xlsx (เมนู "ส่งออก PDF" / "ส่งออก xlsx") ผ่าน add-in',
    en: 'export one tab as PDF or xlsx (the "Export PDF" / "Export xlsx" menus) through the add-in',
  },
  notes: [
    {
      th: 'ไม่ระบุ --sheet จะส่งออกชีตที่เปิดอยู่ของไฟล์; PDF สร้างด้วย LibreOffice (ต้องติดตั้ง libreoffice-calc และ fonts-thai-tlwg)',
      en: "without --sheet the workbook's active sheet is exported; PDFs are rendered by LibreOffice (libreoffice-calc and fonts-thai-tlwg must be installed)",
    },
  ],
  async run(args, output) {
    if (!args.pdf && !args.xlsx) {
      throw usageError(
        { th: 'ต้องระบุ --pdf FILE หรือ --xlsx FILE', en: 'export needs --pdf FILE or --xlsx FILE' },
        'export',
      );
    }
    if (args.pdf) requireExtension(args.pdf, 'pdf', 'export');
    if (args.xlsx) requireExtension(args.xlsx, 'xlsx', 'export');
    const runtime = await openWorkbookRuntime(args, output);
    if (args.sheet) activateSheet(runtime, args.file!, args.sheet);
    const wanted = [
      ...(args.pdf ? [{ handler: HANDLERS.exportPdf, path: args.pdf }] : []),
      ...(args.xlsx ? [{ handler: HANDLERS.exportXlsx, path: args.xlsx }] : []),
    ];
    checkMenuHandlers(
      runtime,
      wanted.map((w) => w.handler),
    );
    const tab = runtime.env.active?.name ?? runtime.env.workbook.worksheets[0]?.name;
    output.tell(`เปิด ${args.file} แล้ว; ส่งออกแท็บ "${tab}"`, `opened ${args.file}; exporting "${tab}"`);
    const t0 = Date.now();
    const actions = clickMenus(
      runtime,
      wanted.map((w) => w.handler),
      args,
      output,
    );
    const files = await renderedDriveFiles(runtime);
    const ms = Date.now() - t0;
    const written: { format: string; path: string; bytes: number }[] = [];
    for (const [i, w] of wanted.entries()) {
      const result = actions[i]?.result as ActionResult<ExportSummary> | undefined;
      if (!result || !('file' in result) || !result.file) {
        output.say(`${w.handler}: ${exportMessage(result) ?? actions[i]?.error ?? 'ไม่ได้ไฟล์ / no file'}`);
        continue;
      }
      const bytes = writeExported(files, result, w.path, output);
      if (bytes !== undefined) written.push({ format: result.format, path: w.path, bytes });
    }
    output.tell(`ส่งออกแล้วใน ${ms} มิลลิวินาที`, `exported in ${ms} ms`);
    const ok = actions.every((a) => a.ok) && written.length === wanted.length;
    if (output.json) output.emit({ ok, file: args.file, actions, written, ms, ui: runtime.ui.events });
    return ok ? EXIT.ok : EXIT.findings;
  },
};
