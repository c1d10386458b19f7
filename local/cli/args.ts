// Command-line options: one table of every option with its help, and a parser that takes only the
// options a command declares. A value is never taken from the next option (`--out --json` must not
// write a file named "--json"), and every refusal names the option and says what would be right.
import { resolve } from 'node:path';
import { DEFAULT_CODE_PATH } from '../runtime';
import { type Message, quoted, usageError } from './errors';

export type OptionName =
  'sheet' | 'template' | 'menu' | 'answer' | 'year' | 'out' | 'values' | 'json' | 'locale' | 'code' | 'debug';

interface OptionSpec {
  /** what the value is, for help; absent for a flag */
  value?: string;
  repeats?: boolean;
  help: Message;
}

export const OPTIONS: Record<OptionName, OptionSpec> = {
  sheet: {
    value: 'NAME',
    help: {
      th: 'ทำงานกับชีต NAME (ทำให้เป็นชีตที่เปิดอยู่ก่อนกดเมนู)',
      en: 'work on the sheet NAME (made the active sheet before clicking)',
    },
  },
  template: {
    value: 'NAME',
    help: {
      th: 'แท็บแม่แบบรายงานชื่อ NAME (แม่แบบในตัวจะถูกเพิ่มก่อนหากยังไม่มี)',
      en: 'the report template tab NAME (the built-in templates are added first when it is missing)',
    },
  },
  menu: {
    value: 'HANDLER',
    repeats: true,
    help: {
      th: 'กดรายการเมนูที่เรียก HANDLER (ดูชื่อได้จาก ita-sheets menus)',
      en: 'click the menu item that runs HANDLER (names: ita-sheets menus)',
    },
  },
  answer: {
    value: 'TEXT',
    repeats: true,
    help: {
      th: 'ตอบกล่องข้อความถัดไปด้วย TEXT (OK, CANCEL, YES, NO หรือข้อความ)',
      en: 'answer the next alert or prompt with TEXT (OK, CANCEL, YES, NO or prompt text)',
    },
  },
  year: {
    value: 'YEAR',
    help: {
      th: 'ปีการประเมิน (พ.ศ. เช่น 2566 หรือ ๒๕๖๖) สำหรับชีตที่ไม่มีคอลัมน์ปี',
      en: 'the assessment year (BE, e.g. 2566 or ๒๕๖๖) for sheets without a year column',
    },
  },
  out: {
    value: 'FILE',
    help: {
      th: 'บันทึกสมุดงานผลลัพธ์เป็น FILE (ไฟล์ต้นฉบับไม่ถูกแก้ เว้นแต่ FILE คือไฟล์นั้น)',
      en: 'save the resulting workbook as FILE (the input is unchanged unless FILE names it)',
    },
  },
  values: {
    help: {
      th: 'ใช้กับ --out: บันทึกทุกสูตรเป็นค่า สำหรับส่งให้ผู้ที่ไม่มี add-in',
      en: 'with --out: write every formula as its value, for someone without the add-in',
    },
  },
  json: {
    help: {
      th: 'พิมพ์ผล (หรือข้อผิดพลาด) เป็นเอกสาร JSON เดียวทาง stdout',
      en: 'print the result (or the error) as one JSON document on stdout',
    },
  },
  locale: {
    value: 'th|en',
    help: { th: 'ภาษาของผู้ใช้ (ค่าเริ่มต้น th)', en: "the user's language (default th)" },
  },
  code: {
    value: 'FILE',
    help: { th: 'bundle ที่จะรัน (ค่าเริ่มต้น build/Code.js)', en: 'the bundle to run (default build/Code.js)' },
  },
  debug: {
    help: {
      th: 'แสดงรายละเอียดทางเทคนิค (stack trace) เมื่อเกิดข้อผิดพลาด',
      en: 'show technical details (stack traces) of errors',
    },
  },
};

export const LOCALES = ['th', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export interface Args {
  command: string;
  file?: string;
  sheet?: string;
  template?: string;
  menus: string[];
  answers: string[];
  /** a four-digit year, Thai digits already read as Arabic ones */
  year?: string;
  out?: string;
  values: boolean;
  json: boolean;
  debug: boolean;
  locale: Locale;
  code: string;
  help: boolean;
}

/** What a command accepts; the parser refuses everything else. */
export interface CommandShape {
  name: string;
  /** the input workbook: required, or none at all */
  file: 'required' | 'none';
  options: OptionName[];
}

const THAI_DIGITS = '๐๑๒๓๔๕๖๗๘๙';
// Local copy of core's digit mapping: local/ never imports src/ (a shared contract/ may hold it later).
const arabicDigits = (text: string): string => text.replace(/[๐-๙]/g, (d) => String(THAI_DIGITS.indexOf(d)));

export const isHelpFlag = (arg: string): boolean => arg === '--help' || arg === '-h';

/** Levenshtein distance, to suggest the option a typo meant. */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++)
      next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length];
}

function unknownOption(flag: string, shape: CommandShape): never {
  const name = flag.replace(/^-+/, '');
  if (name in OPTIONS) {
    throw usageError(
      {
        th: `คำสั่ง ${shape.name} ไม่รับตัวเลือก ${flag}`,
        en: `the option ${flag} does not apply to ${shape.name}`,
      },
      shape.name,
    );
  }
  const near = shape.options.find((o) => distance(o, name) <= 2);
  throw usageError(
    {
      th: `ไม่รู้จักตัวเลือก ${flag}${near ? ` (หมายถึง --${near} หรือไม่)` : ''}`,
      en: `unknown option ${flag}${near ? ` (did you mean --${near}?)` : ''}`,
    },
    shape.name,
  );
}

/** Reads argv (after the command word) for one command. */
export function parseArgs(shape: CommandShape, argv: string[]): Args {
  const args: Args = {
    command: shape.name,
    menus: [],
    answers: [],
    values: false,
    json: false,
    debug: false,
    locale: 'th',
    code: DEFAULT_CODE_PATH,
    help: argv.some(isHelpFlag),
  };
  if (args.help) return args;
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('-') || arg === '-') {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const flag = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    const name = flag.slice(2) as OptionName;
    if (!flag.startsWith('--') || !shape.options.includes(name)) unknownOption(flag, shape);
    const spec = OPTIONS[name];
    let value: string | undefined;
    if (spec.value) {
      value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
      // An empty prompt answer is an answer; an empty file or sheet name is a slip.
      const empty = value === '' && name !== 'answer';
      if (value === undefined || empty || (value.startsWith('--') && eq < 0)) {
        const found = value
          ? { th: ` (พบตัวเลือก ${value} แทน)`, en: ` (found the option ${value} instead)` }
          : null;
        throw usageError(
          {
            th: `${flag} ต้องตามด้วยค่า ${spec.value}${found?.th ?? ''}`,
            en: `${flag} needs a value: ${flag} ${spec.value}${found?.en ?? ''}`,
          },
          shape.name,
        );
      }
    } else if (eq > 0) {
      throw usageError(
        { th: `${flag} ไม่รับค่า (พบ ${quoted(arg)})`, en: `${flag} takes no value (got ${quoted(arg)})` },
        shape.name,
      );
    }
    setOption(args, name, value as string, shape);
  }
  if (shape.file === 'none' && positional.length) {
    throw usageError(
      {
        th: `คำสั่ง ${shape.name} ไม่รับชื่อไฟล์ (พบ ${quoted(positional[0])})`,
        en: `${shape.name} takes no file (got ${quoted(positional[0])})`,
      },
      shape.name,
    );
  }
  if (positional.length > 1) {
    throw usageError(
      {
        th: `รับไฟล์ได้ไฟล์เดียว แต่พบ ${quoted(positional[1])} เพิ่ม`,
        en: `one input file only; unexpected argument ${quoted(positional[1])}`,
      },
      shape.name,
    );
  }
  args.file = positional[0];
  if (shape.file === 'required' && !args.file) {
    throw usageError(
      {
        th: `คำสั่ง ${shape.name} ต้องระบุไฟล์ .xlsx ที่จะเปิด`,
        en: `${shape.name} needs an input .xlsx file`,
      },
      shape.name,
    );
  }
  if (args.values && !args.out) {
    throw usageError(
      {
        th: '--values ใช้คู่กับ --out FILE (ระบุไฟล์ที่จะบันทึก)',
        en: '--values goes with --out FILE (the file to write)',
      },
      shape.name,
    );
  }
  return args;
}

function setOption(args: Args, name: OptionName, value: string, shape: CommandShape): void {
  switch (name) {
    case 'sheet':
      args.sheet = value;
      return;
    case 'template':
      args.template = value;
      return;
    case 'menu':
      args.menus.push(value);
      return;
    case 'answer':
      args.answers.push(value);
      return;
    case 'out':
      args.out = value;
      return;
    case 'code':
      args.code = resolve(value);
      return;
    case 'values':
    case 'json':
    case 'debug':
      args[name] = true;
      return;
    case 'locale': {
      const locale = value.toLowerCase();
      if (!(LOCALES as readonly string[]).includes(locale)) {
        throw usageError(
          {
            th: `ไม่รู้จักภาษา --locale ${quoted(value)} (ใช้ได้: ${LOCALES.join(', ')})`,
            en: `unknown --locale ${quoted(value)} (known: ${LOCALES.join(', ')})`,
          },
          shape.name,
        );
      }
      args.locale = locale as Locale;
      return;
    }
    case 'year': {
      const year = arabicDigits(value.trim());
      if (!/^\d{4}$/.test(year)) {
        throw usageError(
          {
            th: `--year ต้องเป็นปี พ.ศ. สี่หลัก เช่น 2566 หรือ ๒๕๖๖ แต่ได้ ${quoted(value)}`,
            en: `--year takes a BE year such as 2565, got ${quoted(value)}`,
          },
          shape.name,
        );
      }
      args.year = year;
      return;
    }
  }
}
