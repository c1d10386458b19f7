// `ita-sheets validate`: the "Validate all tabs" menu action (or "Validate this tab" with --sheet)
// on a workbook, its findings printed, the marked workbook with its findings tab saved with --out.
import { type ActionResult, HANDLERS, type ValidateSummary } from '../../contract/actions';
import type { Command } from './command';
import { CliError, EXIT } from './errors';
import type { Output } from './io';
import { activateSheet, checkMenuHandlers, openWorkbookRuntime, saveWorkbook, sayOpened } from './workbook';

type ValidateResult = ActionResult<ValidateSummary>;

export const validate: Command = {
  shape: {
    name: 'validate',
    file: 'required',
    options: ['sheet', 'out', 'json', 'locale', 'code', 'debug'],
  },
  synopsis: ['validate <in.xlsx> [--sheet NAME] [--json] [--out marked.xlsx]'],
  summary: {
    th: 'ตรวจตารางงบประมาณ มาตรการ รายงานผล และคะแนน (เมนู "ตรวจสอบทุกแท็บ") แล้วรายงานสิ่งที่พบ',
    en: 'check budget, measures, progress and score tables (the "Validate all tabs" menu) and list the findings',
  },
  notes: [
    {
      th: 'ไม่ระบุ --sheet จะตรวจทุกแท็บ; --out บันทึกไฟล์ที่ทำเครื่องหมายเซลล์แล้วพร้อมแท็บ "ผลการตรวจสอบ"',
      en: 'without --sheet every tab is checked; --out saves the workbook with marked cells and the "ผลการตรวจสอบ" tab',
    },
    {
      th: 'พบข้อผิดพลาด (ระดับ error) จบด้วย exit 1 ไม่พบจบด้วย 0 ใช้ผิดหรืออ่านไฟล์ไม่ได้จบด้วย 2',
      en: 'exit 1 when any error is found, 0 otherwise, 2 for bad usage or an unreadable file',
    },
  ],
  async run(args, output) {
    const runtime = await openWorkbookRuntime(args, output);
    if (args.sheet) activateSheet(runtime, args.file!, args.sheet);
    const handler = args.sheet ? HANDLERS.validateTab : HANDLERS.validateAll;
    checkMenuHandlers(runtime, [handler]);
    sayOpened(runtime, args.file, output);
    runtime.env.counter.reset();
    const result = runtime.run(handler) as ValidateResult;
    if ('aborted' in result) {
      throw new CliError({
        th: `ตรวจไม่สำเร็จ: ${result.message.th}`,
        en: `validation did not finish: ${result.message.en}`,
      });
    }
    if (!output.json) printFindings(output, result);
    if (args.out) {
      // The links of the findings tab are formulas: their values are computed before saving.
      runtime.recalc();
      await saveWorkbook(runtime, args.out, output);
    }
    if (output.json) {
      output.emit({
        findings: result.findings.map((f) => {
          const out: Record<string, unknown> = {
            severity: f.severity,
            code: f.code,
            sheet: f.sheet,
            cell: f.cell,
            message: f.message,
          };
          if (f.stated !== undefined) out.stated = f.stated;
          if (f.computed !== undefined) out.computed = f.computed;
          return out;
        }),
        counts: result.counts,
        sheets: result.sheets.map((s) => ({ name: s.name, kind: s.kind, why: s.why })),
      });
    }
    return result.counts.error > 0 ? EXIT.findings : EXIT.ok;
  },
};

function printFindings(output: Output, summary: ValidateSummary): void {
  for (const s of summary.sheets) output.say(`  ${s.name}: ${s.kind} (${s.why.th} / ${s.why.en})`);
  for (const f of summary.findings) {
    const values =
      f.stated !== undefined || f.computed !== undefined
        ? ` [stated ${f.stated ?? '-'}, computed ${f.computed ?? '-'}]`
        : '';
    output.print(`${f.severity} ${f.sheet}!${f.cell} ${f.code}: ${f.message.th} / ${f.message.en}${values}`);
  }
  const { error, warning, info } = summary.counts;
  output.tell(
    `ข้อผิดพลาด ${error}, คำเตือน ${warning}, ข้อมูล ${info}; ทำเครื่องหมาย ${summary.marked} เซลล์` +
      (summary.unmarked ? `, ไม่ได้ทำเครื่องหมาย ${summary.unmarked} เซลล์ (ที่เก็บค่าเดิมเต็ม)` : '') +
      `; ผลอยู่ในแท็บ "${summary.tab}"`,
    `${error} error(s), ${warning} warning(s), ${info} info; ${summary.marked} cell(s) marked` +
      (summary.unmarked ? `, ${summary.unmarked} not marked (the store of originals is full)` : '') +
      `; findings in the tab "${summary.tab}"`,
  );
}
