// `ita-sheets report`: the "สร้างรายงาน / Generate report" menu action on a template tab, with the
// report tab's name, its rows and any problem printed. The built-in templates are added first (the
// "Add report templates" menu) when the workbook has no tab of the name asked for.
import {
  type ActionResult,
  type ExportSummary,
  HANDLERS,
  type ReportSetSummary,
  type ReportSummary,
} from '../../contract/actions';
import type { Command } from './command';
import { CliError, EXIT, quoted, usageError } from './errors';
import { exportMessage, renderedDriveFiles, requireExtension, writeExported } from './exported';
import type { Output } from './io';
import {
  activateSheet,
  checkMenuHandlers,
  clickMenus,
  finishWorkbook,
  openWorkbookRuntime,
  visibleSheets,
} from './workbook';

export const report: Command = {
  shape: {
    name: 'report',
    file: 'required',
    options: ['template', 'answer', 'out', 'pdf', 'values', 'json', 'locale', 'code', 'debug'],
  },
  synopsis: ['report <in.xlsx> --template NAME [--out FILE] [--pdf FILE] [--json]'],
  summary: {
    th: 'สร้างรายงานจากแท็บแม่แบบ (เมนู "สร้างรายงาน") เป็นแท็บใหม่',
    en: 'fill a template tab into a new report tab (the "Generate report" menu)',
  },
  notes: [
    {
      th: 'แท็บแม่แบบในตัว: "รายงานวิเคราะห์ผล ITA", "มาตรการส่งเสริมคุณธรรม O42", "รายงานผลตามมาตรการ O43" และ "แบบฟอร์มโครงการ" (หนึ่งแท็บต่อโครงการ) (เพิ่มให้เองเมื่อยังไม่มี)',
      en: 'built-in templates: "รายงานวิเคราะห์ผล ITA", "มาตรการส่งเสริมคุณธรรม O42", "รายงานผลตามมาตรการ O43" and "แบบฟอร์มโครงการ" (one tab per project) (added when missing)',
    },
    {
      th: '--pdf ส่งออกแท็บรายงานเป็น PDF ผ่านเมนู "ส่งออก PDF" ของ add-in (LibreOffice เปิดครั้งเดียว ต้องติดตั้ง libreoffice-calc และ fonts-thai-tlwg)',
      en: '--pdf exports the report tab as a PDF through the add-in\'s "Export PDF" menu (LibreOffice started once; libreoffice-calc and fonts-thai-tlwg must be installed)',
    },
    {
      th: 'สร้างซ้ำจะถามก่อนแทนที่รายงานเดิม: ตอบด้วย --answer YES',
      en: 'generating again asks before replacing the earlier report: answer with --answer YES',
    },
  ],
  async run(args, output) {
    if (!args.template)
      throw usageError(
        { th: 'ต้องระบุแม่แบบ: --template NAME', en: 'a template is needed: --template NAME' },
        'report',
      );
    if (args.pdf) requireExtension(args.pdf, 'pdf', 'report');
    const runtime = await openWorkbookRuntime(args, output);
    const handlers: string[] = [];
    const present = () => runtime.env.workbook.getWorksheet(args.template!) !== undefined;
    if (!present()) handlers.push(HANDLERS.addTemplates);
    checkMenuHandlers(runtime, [
      HANDLERS.addTemplates,
      HANDLERS.generateReport,
      ...(args.pdf ? [HANDLERS.exportPdf] : []),
    ]);
    const tabs = visibleSheets(runtime).join(', ');
    output.tell(`เปิด ${args.file} แล้ว: ${tabs}`, `opened ${args.file}: ${tabs}`);
    const actions = clickMenus(runtime, handlers, args, output);
    if (!present()) {
      throw new CliError({
        th: `${quoted(args.file!)} ไม่มีแท็บแม่แบบชื่อ ${quoted(args.template)} (มี: ${visibleSheets(runtime).join(', ')})`,
        en: `${quoted(args.file!)} has no template tab named ${quoted(args.template)} (it has: ${visibleSheets(runtime).join(', ')})`,
      });
    }
    activateSheet(runtime, args.file!, args.template);
    actions.push(
      ...clickMenus(runtime, [HANDLERS.generateReport], args, output, (result) =>
        printReport(output, result as ActionResult<ReportSummary>),
      ),
    );
    const last = actions[actions.length - 1];
    const made = last?.result as ReportSummary | undefined;
    let pdf: { path: string; bytes: number; ms: number } | null = null;
    if (args.pdf && made?.tab) {
      // The report tab through the "Export PDF" menu, as a clerk would export it in Sheets.
      activateSheet(runtime, args.file!, made.tab);
      const t0 = Date.now();
      const exported = clickMenus(runtime, [HANDLERS.exportPdf], args, output);
      actions.push(...exported);
      pdf = await writePdf(runtime, exported[0]?.result as ActionResult<ExportSummary>, args.pdf, output);
      if (pdf) pdf.ms = Date.now() - t0;
      if (pdf) output.tell(`ส่งออกรายงานแล้วใน ${pdf.ms} มิลลิวินาที`, `exported the report in ${pdf.ms} ms`);
      else output.tell('ไม่ได้ส่งออกรายงาน', 'the report was not exported');
    }
    const code = await finishWorkbook(runtime, args, output, actions, { report: made ?? null, pdf });
    return args.pdf && made?.tab && !pdf ? Math.max(code, EXIT.findings) : code;
  },
};

/** Writes the PDF the export action saved to the emulated Drive (rendered by LibreOffice) to `path`. */
async function writePdf(
  runtime: Awaited<ReturnType<typeof openWorkbookRuntime>>,
  result: ActionResult<ExportSummary> | undefined,
  path: string,
  output: Output,
): Promise<{ path: string; bytes: number; ms: number } | null> {
  if (!result || !('file' in result) || !result.file) {
    const why = exportMessage(result);
    if (why) output.say(`  ${why}`);
    return null;
  }
  const bytes = writeExported(await renderedDriveFiles(runtime), result, path, output);
  return bytes === undefined ? null : { path, bytes, ms: 0 };
}

function printReport(output: Output, result: ActionResult<ReportSummary>): void {
  if ('aborted' in result) {
    output.say(`  ${result.aborted}: ${result.message.th} / ${result.message.en}`);
    return;
  }
  if (result.set) printSet(output, result.template, result.set);
  else if (result.tab)
    output.tell(
      `เติม "${result.template}" ลงแท็บ "${result.tab}" แล้ว (${result.rows} แถว${result.replaced ? ', แทนที่รายงานเดิม' : ''})`,
      `filled "${result.template}" into the tab "${result.tab}" (${result.rows} rows${result.replaced ? ', replacing the earlier report' : ''})`,
    );
  else
    output.tell(
      `ไม่ได้เขียนอะไรจาก "${result.template}" (${result.stopped})`,
      `nothing written from "${result.template}" (${result.stopped})`,
    );
  for (const p of result.problems)
    output.say(`  ${p.severity} ${p.sheet}${p.cell ? `!${p.cell}` : ''}: ${p.message.th} / ${p.message.en}`);
}

/** A per-record template: the tabs written, the columns read as the headings, and where a stopped run resumes. */
function printSet(output: Output, template: string, set: ReportSetSummary): void {
  output.tell(
    `เติม "${template}" ลง ${set.tabs.length} แท็บ แท็บละหนึ่งรายการของ "${set.source}" (${set.records} รายการ${set.deleted ? `, แทนที่ ${set.deleted} แท็บของชุดเดิม` : ''}${set.kept ? `, เก็บ ${set.kept} แท็บที่สร้างไว้ก่อน` : ''})`,
    `filled "${template}" into ${set.tabs.length} tabs, one per record of "${set.source}" (${set.records} records${set.deleted ? `, replacing the ${set.deleted} tabs of the earlier set` : ''}${set.kept ? `, ${set.kept} made before kept` : ''})`,
  );
  for (const c of set.columns)
    output.say(`  ${c.field} ← ${c.column || '(ไม่มีคอลัมน์: พิมพ์ "-" / no column: printed "-")'}`);
  if (set.budgetFindings)
    output.tell(
      `  การเทียบงบประมาณสรุป ↔ รายละเอียดพบ ${set.budgetFindings} จุดที่ไม่ตรงกัน`,
      `the summary ↔ detail budget check found ${set.budgetFindings} disagreement(s)`,
    );
  if (set.next !== undefined)
    output.tell(
      `  หยุดเมื่อครบเวลาที่กำหนด: เรียกอีกครั้งเพื่อทำต่อจากรายการที่ ${set.next + 1}`,
      `stopped at the time budget: run again to continue from record ${set.next + 1}`,
    );
}
