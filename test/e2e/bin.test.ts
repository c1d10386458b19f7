// The real bin (dist/cli.js) in its own process: the only tests that spawn, for what only a process
// shows — the exit code it leaves and the streams it writes. Everything else calls main in process.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BIN = join(__dirname, '..', '..', 'dist', 'cli.js');
const bin = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });

describe('dist/cli.js', () => {
  it('--help prints the help on stdout and exits 0', () => {
    const run = bin('--help');
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('ita-sheets score <in.xlsx>');
  });

  it('an unreadable input exits 2, with --json the error as the one document on stdout', () => {
    const missing = join(mkdtempSync(join(tmpdir(), 'ita-bin-')), 'nope.xlsx');
    const run = bin('recalc', missing, '--json');
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual({
      ok: false,
      error: {
        th: `อ่านสมุดงาน ${JSON.stringify(missing)} ไม่ได้: ไม่มีไฟล์นี้`,
        en: `cannot read workbook ${JSON.stringify(missing)}: no such file`,
      },
    });
  });

  it('an error that escapes main (thrown later, in a callback) exits 3, not the 1 of findings', () => {
    // Node ends a process with 1 on an uncaught exception: the code `npm run demo` reads as findings.
    const script = `process.argv = [process.argv[0], ${JSON.stringify(BIN)}, '--help'];
      require(${JSON.stringify(BIN)});
      setImmediate(() => { throw new Error('late crash'); });`;
    const run = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    expect(run.status).toBe(3);
    expect(run.stderr).toContain('ita-sheets: เกิดข้อผิดพลาดภายใน / internal error: Error: late crash');
  });

  it('a module of the CLI that fails as it loads exits 3 too', () => {
    // exceljs made to fail as it loads (a broken install): the guard is the bin's first import.
    const script = `const Module = require('node:module');
      const load = Module._load;
      Module._load = function (request, ...rest) {
        if (request === 'exceljs') throw new Error('exceljs is broken');
        return load.call(this, request, ...rest);
      };
      process.argv = [process.argv[0], ${JSON.stringify(BIN)}, '--help'];
      require(${JSON.stringify(BIN)});`;
    const run = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    expect(run.status).toBe(3);
    expect(run.stderr).toMatch(
      /^ita-sheets: เกิดข้อผิดพลาดภายใน \/ internal error: [\s\S]*Error: exceljs is broken/,
    );
  });
});
