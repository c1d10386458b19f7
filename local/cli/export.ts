// `ita-sheets export`: the "Export PDF" / "Export xlsx" menu actions on one tab, through the bundle:
// the add-in fetches the export URL and uploads to Drive exactly as in Sheets; the emulated Drive's
// file (rendered by LibreOffice for a PDF, LibreOffice started once for the run) is written to the
// path given.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { type ActionResult, type ExportSummary, HANDLERS } from '../../contract/actions';
import type { Command } from './command';
import { CliError, EXIT, quoted, usageError } from './errors';
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
    if (args.pdf && !/\.pdf$/i.test(args.pdf))
      throw usageError(
        {
          th: `${quoted(args.pdf)}: ชื่อไฟล์ต้องลงท้ายด้วย .pdf`,
          en: `${quoted(args.pdf)}: the name must end in .pdf`,
        },
        'export',
      );
    if (args.xlsx && !/\.xlsx$/i.test(args.xlsx))
      throw usageError(
        {
          th: `${quoted(args.xlsx)}: ชื่อไฟล์ต้องลงท้ายด้วย .xlsx`,
          en: `${quoted(args.xlsx)}: the name must end in .xlsx`,
        },
        'export',
      );
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
    let files;
    try {
      files = await runtime.driveFiles();
    } catch (error) {
      if ((error as Error).name === 'LibreOfficeMissing')
        throw Object.assign(new CliError(splitMessage((error as Error).message)), { cause: error });
      throw error;
    }
    const ms = Date.now() - t0;
    const written: { format: string; path: string; bytes: number }[] = [];
    for (const [i, w] of wanted.entries()) {
      const result = actions[i]?.result as ActionResult<ExportSummary> | undefined;
      if (!result || !('file' in result) || !result.file) {
        const why = result && 'message' in result && result.message ? result.message : undefined;
        output.say(
          `${w.handler}: ${why ? `${why.th} / ${why.en}` : (actions[i]?.error ?? 'ไม่ได้ไฟล์ / no file')}`,
        );
        continue;
      }
      const file = files.find((f) => f.id === result.file!.id);
      if (!file?.bytes) continue;
      mkdirSync(dirname(resolve(w.path)), { recursive: true });
      writeFileSync(w.path, file.bytes);
      written.push({ format: result.format, path: w.path, bytes: file.bytes.length });
      output.tell(
        `เขียน ${w.path} แล้ว (${file.bytes.length} ไบต์; ลิงก์ Drive ${result.file.link})`,
        `wrote ${w.path} (${file.bytes.length} bytes; Drive link ${result.file.link})`,
      );
    }
    output.tell(`ส่งออกแล้วใน ${ms} มิลลิวินาที`, `exported in ${ms} ms`);
    const ok = actions.every((a) => a.ok) && written.length === wanted.length;
    if (output.json) output.emit({ ok, file: args.file, actions, written, ms, ui: runtime.ui.events });
    return ok ? EXIT.ok : EXIT.findings;
  },
};

function splitMessage(message: string): { th: string; en: string } {
  const [th, en] = message.split(' / ');
  return { th, en: en ?? th };
}
