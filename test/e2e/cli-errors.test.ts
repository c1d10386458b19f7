// Issue 8 §6: the CLI never leaves a user guessing. Each bad input is built by hand in a temp dir;
// every refusal is one line in Thai and English naming the file, sheet or option, exit 2, no stack
// trace; with --json the same refusal is the one JSON document on stdout.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import ExcelJS from 'exceljs';
import { main } from '../../local/cli/main';
import { type CliRun, cli, json } from './in-process';

const dir = mkdtempSync(join(tmpdir(), 'ita-cli-errors-'));
const at = (name: string) => join(dir, name);
const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
const THAI = /[\u0E00-\u0E7F]/;

/** A zip of stored (uncompressed) entries, the way an .xlsx is packed, written byte by byte. */
function zip(entries: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(entries)) {
    const nameBytes = Buffer.from(name);
    const data = Buffer.from(text);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc32(data), 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc32(data), 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(entries).length, 8);
  end.writeUInt16LE(Object.keys(entries).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

// DOMAIN.md §1's worked example: IIT 89.88 × 0.3 + EIT 82.36… × 0.3 + OIT 95 × 0.4 = 89.6714 → 89.67 A.
const WORKED = [90.12, 88.4, 93.75, 86.02, 91.1, 85.33, 79.5, 82.25, 90.0, 100.0];

async function scoreTable(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('คะแนน');
  ws.addRow(['หน่วยงาน', ...WORKED.map((_, i) => `ตัวชี้วัดที่ ${i + 1}`)]);
  ws.addRow(['อบต. ก', ...WORKED]);
  await wb.xlsx.writeFile(path);
}

const good = at('good.xlsx');
beforeAll(() => scoreTable(good));

/** A refusal as a user sees it: exit 2, one line on stderr with Thai and English, nothing on stdout. */
function expectRefusal(run: CliRun, ...named: string[]): string {
  expect(run.status).toBe(2);
  expect(run.stdout).toBe('');
  const lines = run.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  const [line] = lines;
  expect(line).toMatch(/^ita-sheets: /);
  const [th, en] = line.split(' / ');
  expect(th).toMatch(THAI);
  expect(en).toMatch(/[a-z]{3}/);
  for (const name of named) {
    expect(th).toContain(name);
    expect(en).toContain(name);
  }
  return en;
}

describe('help', () => {
  it.each([['--help'], ['-h'], ['help']])(
    'ita-sheets %s prints every command and the exit codes, exit 0',
    async (flag) => {
      const run = await cli(flag);
      expect(run.status).toBe(0);
      expect(run.stderr).toBe('');
      for (const command of ['score', 'recalc', 'run', 'menus', 'functions'])
        expect(run.stdout).toContain(`ita-sheets ${command}`);
      expect(run.stdout).toMatch(/exit codes/);
      expect(run.stdout).toMatch(/ 2 {2}ใช้คำสั่งผิดหรืออ่านไฟล์ไม่ได้/);
      expect(run.stdout).toMatch(
        / 3 {2}ข้อผิดพลาดภายในของ ita-sheets เอง .* \/ internal error of ita-sheets itself/,
      );
    },
  );

  it.each([['score'], ['recalc'], ['run'], ['menus'], ['functions']])(
    'ita-sheets %s --help prints that command’s options, exit 0',
    async (command) => {
      for (const flag of ['--help', '-h']) {
        const run = await cli(command, flag);
        expect(run.status).toBe(0);
        expect(run.stderr).toBe('');
        expect(run.stdout).toMatch(new RegExp(`^usage / วิธีใช้: ita-sheets ${command}\\b`));
        expect(run.stdout).toContain('--json');
      }
      expect((await cli('help', command)).stdout).toBe((await cli(command, '--help')).stdout);
    },
  );

  it('shows only the options a command takes', async () => {
    const menus = (await cli('menus', '--help')).stdout;
    expect(menus).not.toContain('--out');
    const score = (await cli('score', '--help')).stdout;
    expect(score).toContain('--year YEAR');
    expect(score).not.toContain('--menu');
  });

  it('--help wins over the rest of the line, even a missing file', async () => {
    const run = await cli('score', at('missing.xlsx'), '--bogus', '--help');
    expect(run.status).toBe(0);
  });
});

describe('unreadable input: exit 2, one line naming the file and what it is', () => {
  it('a missing file', async () => {
    const en = expectRefusal(await cli('recalc', at('nope.xlsx')), at('nope.xlsx'));
    expect(en).toContain('no such file');
  });

  it('a folder', async () => {
    mkdirSync(at('folder.xlsx'));
    expect(expectRefusal(await cli('score', at('folder.xlsx')), at('folder.xlsx'))).toContain('folder');
  });

  it('a 0-byte file', async () => {
    writeFileSync(at('empty.xlsx'), '');
    expect(expectRefusal(await cli('recalc', at('empty.xlsx')), at('empty.xlsx'))).toContain(
      'empty (0 bytes)',
    );
  });

  it('a truncated workbook (a download cut off half way)', async () => {
    const whole = readFileSync(good);
    writeFileSync(at('cut.xlsx'), whole.subarray(0, Math.floor(whole.length / 2)));
    expect(expectRefusal(await cli('score', at('cut.xlsx')), at('cut.xlsx'))).toContain(
      'incomplete or damaged',
    );
  });

  it('a zip that is not a workbook', async () => {
    writeFileSync(at('photos.xlsx'), zip({ 'photo-1.txt': 'not a picture' }));
    expect(expectRefusal(await cli('recalc', at('photos.xlsx')), at('photos.xlsx'))).toContain(
      'a zip archive, not an Excel workbook',
    );
  });

  it('a Word document and an OpenDocument spreadsheet under a workbook name', async () => {
    writeFileSync(at('letter.xlsx'), zip({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w/>' }));
    expect(expectRefusal(await cli('recalc', at('letter.xlsx')))).toContain('a Word document');
    writeFileSync(
      at('calc.xlsx'),
      zip({ mimetype: 'application/vnd.oasis.opendocument.spreadsheet', 'content.xml': '<c/>' }),
    );
    expect(expectRefusal(await cli('recalc', at('calc.xlsx')))).toContain('OpenDocument spreadsheet (.ods)');
  });

  it('a CSV, whether it is named .csv or .xlsx', async () => {
    const csv = 'หน่วยงาน,คะแนน\nอบต. ก,89.67\n';
    writeFileSync(at('scores.csv'), csv);
    writeFileSync(at('renamed.xlsx'), csv);
    for (const name of ['scores.csv', 'renamed.xlsx'])
      expect(expectRefusal(await cli('score', at(name)), at(name))).toContain('CSV text file');
  });

  it('an old .xls (or a password-protected workbook, stored the same way)', async () => {
    writeFileSync(
      at('old.xls'),
      Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]),
    );
    expect(expectRefusal(await cli('recalc', at('old.xls')))).toContain('old Excel file (.xls)');
  });

  it('a web page saved as .xls, as report systems export them', async () => {
    writeFileSync(at('export.xls'), '<html><body><table><tr><td>หน่วยงาน</td></tr></table></body></html>');
    expect(expectRefusal(await cli('recalc', at('export.xls')))).toContain('a web page (HTML/XML)');
  });

  it('a named pipe as input (reading it would wait forever)', async () => {
    execFileSync('mkfifo', [at('in-pipe.xlsx')]);
    expect(expectRefusal(await cli('recalc', at('in-pipe.xlsx')), at('in-pipe.xlsx'))).toContain(
      'not a regular file',
    );
  }, 10_000);

  it('a workbook whose parts are not XML: no library message, the stack only with --debug', async () => {
    writeFileSync(
      at('garbage.xlsx'),
      zip({ '[Content_Types].xml': '<Types/>', 'xl/workbook.xml': 'not xml' }),
    );
    const run = await cli('recalc', at('garbage.xlsx'));
    const en = expectRefusal(run, at('garbage.xlsx'));
    expect(en).toContain('may be damaged');
    // The XML parser's own words ("text data outside of root node") are not a user's business.
    expect(run.stderr).not.toMatch(/root node|sax/i);
    const debug = await cli('recalc', at('garbage.xlsx'), '--debug');
    expect(debug.status).toBe(2);
    expect(debug.stderr).toMatch(/\n\s+at /);
  });
});

describe('bad usage: exit 2, one line naming the option', () => {
  it('an unknown command, and an option before the command', async () => {
    expect(expectRefusal(await cli('frobnicate'), '"frobnicate"')).toContain('unknown command');
    expect(expectRefusal(await cli('--json-please'))).toContain('the command comes first');
    expect(expectRefusal(await cli())).toContain('a command is needed');
  });

  it('an unknown option, with the option it probably meant', async () => {
    expect(expectRefusal(await cli('recalc', good, '--bogus'), '--bogus')).toContain('unknown option');
    expect(expectRefusal(await cli('score', good, '--yaer', '2566'), '--yaer')).toContain(
      'did you mean --year?',
    );
  });

  it('an option of another command', async () => {
    expect(expectRefusal(await cli('menus', '--year', '2566'), '--year')).toContain(
      'does not apply to menus',
    );
  });

  it('a file where a command takes none, and a second file', async () => {
    expect(expectRefusal(await cli('functions', good))).toContain('functions takes no file');
    expect(expectRefusal(await cli('recalc', good, good))).toContain('unexpected argument');
  });

  it('a command without its input file', async () => {
    expect(expectRefusal(await cli('score'))).toContain('score needs an input .xlsx file');
  });

  it('an option without its value: `--out --json` writes no file named "--json"', async () => {
    const before = readdirSync(process.cwd());
    const run = await cli('recalc', good, '--out', '--json');
    expect(run.status).toBe(2);
    // --json was read as the option it is, so the refusal comes as JSON.
    expect(json(run).error.en).toBe('--out needs a value: --out FILE (found the option --json instead)');
    expect(existsSync(join(process.cwd(), '--json'))).toBe(false);
    expect(readdirSync(process.cwd())).toEqual(before);
    expect(expectRefusal(await cli('score', good, '--sheet'), '--sheet')).toContain('--sheet needs a value');
    expect(expectRefusal(await cli('score', good, '--year='), '--year')).toContain('needs a value');
  });

  it('an unknown --locale', async () => {
    expect(expectRefusal(await cli('menus', '--locale', 'fr'), '"fr"')).toContain('known: th, en');
  });

  it('a --year that is not a year', async () => {
    expect(expectRefusal(await cli('score', good, '--year', '66'), '"66"')).toContain(
      '--year takes a BE year',
    );
  });

  it('--values without --out', async () => {
    expect(expectRefusal(await cli('recalc', good, '--values'), '--values')).toContain(
      '--values goes with --out',
    );
  });

  it('an unknown sheet, naming the sheets there are', async () => {
    const en = expectRefusal(await cli('score', good, '--sheet', 'ชีตที่ไม่มี'), '"ชีตที่ไม่มี"');
    expect(en).toContain('(it has: คะแนน)');
  });

  it('a menu handler the menu does not have', async () => {
    const en = expectRefusal(await cli('run', good, '--menu', 'noSuchHandler'), 'noSuchHandler');
    expect(en).toMatch(/the menu has: .*showAbout/);
  });
});

describe('an --out that cannot be written fails before any work, never hangs', () => {
  const refused = async (out: string, ...named: string[]) => {
    const before = sha(good);
    const run = await cli('score', good, '--out', out);
    const en = expectRefusal(run, ...named);
    // Refused before the work: the workbook was never opened, so no progress was printed.
    expect(run.stderr).not.toContain('opened');
    expect(sha(good)).toBe(before);
    return en;
  };

  it('a folder', async () => {
    mkdirSync(at('out-folder.xlsx'));
    expect(await refused(at('out-folder.xlsx'), at('out-folder.xlsx'))).toContain('it is a folder');
  });

  it('a path under a file', async () => {
    writeFileSync(at('plain.txt'), 'x');
    expect(await refused(join(at('plain.txt'), 'out.xlsx'), 'plain.txt')).toContain(
      'is a file, not a folder',
    );
  });

  it('a named pipe (opening it to write would wait forever for a reader)', async () => {
    execFileSync('mkfifo', [at('pipe.xlsx')]);
    expect(await refused(at('pipe.xlsx'), at('pipe.xlsx'))).toContain('not a regular file');
  }, 10_000);

  it('a name that is not .xlsx', async () => {
    expect(await refused(at('result.csv'), 'result.csv')).toContain('must end in .xlsx');
    expect(existsSync(at('result.csv'))).toBe(false);
  });

  if (existsSync('/proc/self')) {
    it('a folder nobody may write to (/proc)', async () => {
      expect(await refused('/proc/ita-out.xlsx', '/proc')).toContain('permission denied');
    });
  }
});

describe('--json errors are JSON on stdout', () => {
  it.each([
    ['a missing file', ['recalc', at('nope.xlsx')], 'no such file'],
    ['an unknown option', ['score', at('nope.xlsx'), '--bogus'], 'unknown option --bogus'],
    ['an unknown command', ['frobnicate'], 'unknown command'],
    ['an unknown sheet', ['score', at('good.xlsx'), '--sheet', 'ไม่มี'], 'has no sheet named "ไม่มี"'],
  ])('%s', async (_, args, english) => {
    const run = await cli(...args, '--json');
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('');
    const doc = json(run);
    expect(Object.keys(doc)).toEqual(['ok', 'error']);
    expect(doc.ok).toBe(false);
    expect(Object.keys(doc.error)).toEqual(['th', 'en']);
    expect(doc.error.th).toMatch(THAI);
    expect(doc.error.en).toContain(english);
  });
});

describe('accepted input', () => {
  it('--year in Thai digits: ๒๕๖๖ is the year 2566', async () => {
    // The sheet has no year column, so every row is scored for --year: 89.6714 → 89.67 A in 2566.
    const run = await cli('score', good, '--year', '๒๕๖๖', '--json');
    expect(run.status).toBe(0);
    expect(json(run).score.agencies).toEqual([
      { agency: 'อบต. ก', years: [{ year: 2566, total: 89.67, grade: 'A', passed: true }] },
    ]);
  });

  it('--option=value and --locale EN in capitals', async () => {
    const run = await cli('score', good, '--sheet=คะแนน', '--year=2566', '--locale=EN', '--json');
    expect(run.status).toBe(0);
    expect(json(run).score.sheet).toBe('คะแนน');
  });

  it('--values with --out writes the workbook', async () => {
    const out = at('values/out.xlsx');
    const run = await cli('recalc', good, '--out', out, '--values');
    expect(run.status).toBe(0);
    expect(existsSync(out)).toBe(true);
  });
});

describe('the bundle run by --code', () => {
  // A stand-in for build/Code.js: a menu with one handler that throws, as a bug in an action would.
  const code = at('Code.js');
  beforeAll(() =>
    writeFileSync(
      code,
      `function onOpen() { SpreadsheetApp.getUi().createMenu('T').addItem('Boom', 'boom').addToUi(); }
function boom() { throw new Error('the handler broke'); }`,
    ),
  );

  it('a handler that throws: exit 1, its message, no stack trace without --debug', async () => {
    const run = await cli('run', good, '--menu', 'boom', '--code', code);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('boom failed: the handler broke');
    expect(run.stderr).not.toMatch(/\n\s+at /);
    const doc = json(await cli('run', good, '--menu', 'boom', '--code', code, '--json'));
    expect(doc.ok).toBe(false);
    expect(doc.actions).toEqual([
      expect.objectContaining({ handler: 'boom', ok: false, error: 'the handler broke' }),
    ]);
    expect((await cli('run', good, '--menu', 'boom', '--code', code, '--debug')).stderr).toMatch(
      /\n\s+at boom /,
    );
  });

  it('a bundle that does not parse is named as the bundle, not as a damaged workbook', async () => {
    writeFileSync(at('Broken.js'), 'function onOpen( {');
    const en = expectRefusal(await cli('recalc', good, '--code', at('Broken.js')), at('Broken.js'));
    expect(en).toContain('does not load');
    expect(en).not.toContain('good.xlsx');
  });

  it('a bundle that is not there', async () => {
    const en = expectRefusal(await cli('menus', '--code', at('Nowhere.js')), at('Nowhere.js'));
    expect(en).toContain('npm run build');
  });
});

describe('an internal error: exit 3, never 1 (findings) nor 2 (usage)', () => {
  // A crash inside ita-sheets, forced by an output stream that fails as the command writes to it (as
  // stdout does when the pipe it writes into is closed).
  async function withBrokenStdout(...args: string[]): Promise<CliRun> {
    let stderr = '';
    const status = await main(args, {
      stdout: {
        write: () => {
          throw new Error('EPIPE: broken pipe, write');
        },
      },
      stderr: { write: (text: string) => (stderr += text) },
    });
    return { status, stdout: '', stderr };
  }

  it('a command that crashes exits 3 with one line on stderr', async () => {
    const run = await withBrokenStdout('functions');
    expect(run.status).toBe(3);
    expect(run.stderr).toBe(
      'ita-sheets: เกิดข้อผิดพลาดภายในของ ita-sheets: EPIPE: broken pipe, write / internal error of ita-sheets: EPIPE: broken pipe, write (--debug: รายละเอียด / details)\n',
    );
  });

  it('with --json, the error that cannot go to stdout goes to stderr, still exit 3', async () => {
    const run = await withBrokenStdout('functions', '--json');
    expect(run.status).toBe(3);
    expect(run.stderr).toContain('internal error of ita-sheets: EPIPE: broken pipe, write');
  });
});
