// `ita-sheets menus`: the menu onOpen builds, with the handler name each item runs.
import type { Runtime } from '../runtime';
import type { Command } from './command';
import { EXIT } from './errors';
import type { Output } from './io';
import { openWorkbookRuntime } from './workbook';

// Taken from the runtime's type, so the emulator's files can move without this one following.
type RecordedMenu = Runtime['ui']['menus'][number];

export const menus: Command = {
  shape: { name: 'menus', file: 'none', options: ['json', 'locale', 'code', 'debug'] },
  synopsis: ['menus [--locale th|en]'],
  summary: {
    th: 'แสดงเมนูของ add-in และชื่อ HANDLER ที่ใช้กับ run --menu',
    en: "list the add-in's menu and the HANDLER names for run --menu",
  },
  async run(args, output) {
    const runtime = await openWorkbookRuntime(args, output);
    // Sheets runs an add-on's onOpen in AuthMode.NONE in a workbook where it is not yet in use.
    runtime.open('NONE');
    if (output.json) output.emit({ ok: true, menus: runtime.ui.menus, calls: runtime.env.counter.toJSON() });
    else for (const menu of runtime.ui.menus) printMenu(output, menu, '');
    return EXIT.ok;
  },
};

function printMenu(output: Output, menu: RecordedMenu, indent: string): void {
  output.print(`${indent}${menu.title}`);
  for (const item of menu.items) {
    if ('handler' in item) output.print(`${indent}  ${item.caption}  → --menu ${item.handler}`);
    else if ('separator' in item) output.print(`${indent}  ────`);
    else printMenu(output, item.submenu, `${indent}  `);
  }
}
