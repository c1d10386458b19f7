// Help text, Thai first and English second, built from the commands' and options' own descriptions
// so that help cannot drift from what the parser accepts.
import { OPTIONS, type OptionName } from './args';
import type { Command } from './command';
import type { Message } from './errors';

const EXIT_CODES: [number, Message][] = [
  [0, { th: 'สำเร็จ', en: 'done' }],
  [1, { th: 'ทำงานจบแล้ว แต่พบข้อผิดพลาดในข้อมูลหรือในสูตร', en: 'done, with findings or formula errors' }],
  [2, { th: 'ใช้คำสั่งผิดหรืออ่านไฟล์ไม่ได้ (ไม่ได้ทำอะไร)', en: 'bad usage or unreadable input (nothing done)' }],
  [
    3,
    {
      th: 'ข้อผิดพลาดภายในของ ita-sheets เอง (ข้อความอยู่ใน stderr)',
      en: 'internal error of ita-sheets itself (the message is on stderr)',
    },
  ],
];

const pad = (text: string, width: number) => text + ' '.repeat(Math.max(1, width - text.length));

/** A term and its Thai and English lines, the English aligned under the Thai. */
function entry(term: string, message: Message, width: number): string[] {
  return [`  ${pad(term, width)}${message.th}`, `  ${' '.repeat(width)}${message.en}`];
}

function optionTerm(name: OptionName): string {
  const spec = OPTIONS[name];
  return `--${name}${spec.value ? ` ${spec.value}` : ''}`;
}

function exitCodes(): string[] {
  return ['exit codes / รหัสเมื่อจบ:', ...EXIT_CODES.map(([code, m]) => `  ${code}  ${m.th} / ${m.en}`)];
}

export function overview(commands: Command[]): string {
  const used = new Set<OptionName>(commands.flatMap((c) => c.shape.options));
  const names = (Object.keys(OPTIONS) as OptionName[]).filter((n) => used.has(n));
  const width = Math.max(...names.map((n) => optionTerm(n).length), 12) + 2;
  return [
    'ita-sheets: ใช้ add-in ITA Sheets (build/Code.js) กับสมุดงาน .xlsx บนเครื่อง',
    '            runs the ITA Sheets add-in (build/Code.js) on .xlsx workbooks',
    '',
    'usage / วิธีใช้:',
    ...commands.flatMap((c) => c.synopsis.map((s) => `  ita-sheets ${s} [--json]`)),
    '',
    'commands / คำสั่ง:',
    ...commands.flatMap((c) => entry(c.shape.name, c.summary, width)),
    '',
    'options / ตัวเลือก:',
    ...names.flatMap((n) => entry(optionTerm(n), OPTIONS[n].help, width)),
    ...entry('-h, --help', { th: 'แสดงวิธีใช้', en: 'show this help' }, width),
    '',
    ...exitCodes(),
    '',
    'ita-sheets <command> --help: วิธีใช้ของแต่ละคำสั่ง / help on one command',
  ].join('\n');
}

export function commandHelp(command: Command): string {
  const names = command.shape.options;
  const width = Math.max(...names.map((n) => optionTerm(n).length), 12) + 2;
  return [
    ...command.synopsis.map((s) => `usage / วิธีใช้: ita-sheets ${s}`),
    `  ${command.summary.th}`,
    `  ${command.summary.en}`,
    ...(command.notes ?? []).flatMap((n) => ['', `  ${n.th}`, `  ${n.en}`]),
    '',
    'options / ตัวเลือก:',
    ...names.flatMap((n) => entry(optionTerm(n), OPTIONS[n].help, width)),
    ...entry('-h, --help', { th: 'แสดงวิธีใช้นี้', en: 'show this help' }, width),
    '',
    ...exitCodes(),
  ].join('\n');
}
