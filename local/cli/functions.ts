// `ita-sheets functions`: each custom function of the bundle with the help Sheets shows for it.
import type { Command } from './command';
import { EXIT } from './errors';
import { openWorkbookRuntime } from './workbook';

export const functions: Command = {
  shape: { name: 'functions', file: 'none', options: ['json', 'code', 'debug'] },
  synopsis: ['functions'],
  summary: {
    th: 'แสดงฟังก์ชันของ add-in (ITA_*, THAI_*, FISCAL_*) พร้อมคำอธิบาย',
    en: "list the add-in's custom functions (ITA_*, THAI_*, FISCAL_*) with their help",
  },
  async run(args, output) {
    const runtime = await openWorkbookRuntime(args, output);
    if (output.json) output.emit({ ok: true, functions: runtime.functions });
    else
      for (const f of runtime.functions)
        output.print(`${f.name}(${f.params.join(', ')})\n${f.description.replace(/^/gm, '    ')}\n`);
    return EXIT.ok;
  },
};
