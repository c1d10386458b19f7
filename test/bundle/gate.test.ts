// The Apps Script syntax gate (scripts/apps-script-gate.cjs, run by scripts/build.mjs): Apps Script's
// parser is older than Node's V8, so a file that loads here can fail to load there (a BigInt literal
// gives "ParseError: Unexpected token ILLEGAL"; APPS-SCRIPT.md §A0). The gate refuses, naming line and
// column, anything newer than ES2019 syntax and the run-time built-ins listed in docs/apps-script-syntax.md.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as acorn from 'acorn';
import { CODE_PATH } from '../helpers/bundle';

const { appsScriptProblems } = require('../../scripts/apps-script-gate.cjs') as {
  appsScriptProblems: (code: string) => { line: number; column: number; message: string }[];
};
const root = join(__dirname, '..', '..');

describe('the Apps Script gate', () => {
  it('refuses a BigInt literal, naming its line and column', () => {
    // "var satang = " is 13 characters, so the "n" of 100n is at line 2, column 17 (1-based)
    expect(appsScriptProblems('var a = 1;\nvar satang = 100n * b;\n')).toEqual([
      expect.objectContaining({ line: 2, column: 17, message: expect.stringMatching(/not ES2019 syntax/) }),
    ]);
  });

  it('refuses optional chaining, nullish coalescing and class fields', () => {
    const cases: [string, number, number][] = [
      ['var x = a?.b;', 1, 11],
      ['var x = a ?? 1;', 1, 12],
      ['class Totals {\n  sum = 0;\n}', 2, 7],
    ];
    for (const [code, line, column] of cases) {
      const problems = appsScriptProblems(code);
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatchObject({ line, column });
    }
  });

  it('refuses run-time built-ins newer than ES2019 that a parser cannot see', () => {
    const code = [
      'var t = name.replaceAll(" ", "");', // ES2021
      'var last = rows.at(-1);', // ES2022
      'var ok = Object.hasOwn(o, "k");', // ES2022
      'var g = globalThis;', // ES2020
      'var f = new Intl.NumberFormat("th-TH");', // not documented for Apps Script
    ].join('\n');
    expect(appsScriptProblems(code).map((p) => [p.line, p.message.split(' ')[0]])).toEqual([
      [1, '.replaceAll()'],
      [2, '.at()'],
      [3, '.hasOwn()'],
      [4, 'globalThis'],
      [5, 'Intl'],
    ]);
  });

  it('accepts ES2019 code, BigInt as a function, and ES2018 regular expressions', () => {
    const code = [
      'const HUNDRED = BigInt(100);',
      'let { a, ...rest } = { a: 1, b: 2 };',
      'const rows = [[1], [2]].flatMap((r) => r);',
      'const m = /(?<year>\\d{4})(?<=\\d)/su.exec("2566");',
      'async function f() { for await (const x of []) yield1(x); }',
      'const o = { Intl: 1 }; o.Intl; class A { at() {} }',
    ].join('\n');
    expect(appsScriptProblems(code)).toEqual([]);
  });

  it('passes the built build/Code.js, which holds no BigInt literal', () => {
    const code = readFileSync(CODE_PATH, 'utf8');
    expect(appsScriptProblems(code)).toEqual([]);
    // An independent look with a newer parser: no token of the bundle is a BigInt literal.
    const bigints = [...acorn.tokenizer(code, { ecmaVersion: 'latest' })].filter(
      (t) => t.type === acorn.tokTypes.num && typeof (t as { value?: unknown }).value === 'bigint',
    );
    expect(bigints).toEqual([]);
    expect(code).toMatch(/BigInt\(100\)/);
  });

  it('makes `npm run build` fail on code Apps Script could not run, with the place', () => {
    const out = mkdtempSync(join(tmpdir(), 'ita-gate-'));
    const build = (fixture: string) => {
      try {
        execFileSync(
          process.execPath,
          [join(root, 'scripts', 'build.mjs'), '--main', join(__dirname, 'fixtures', fixture), '--out', out],
          { stdio: 'pipe' },
        );
        return { status: 0, stderr: '' };
      } catch (error) {
        const e = error as { status: number; stderr: Buffer };
        return { status: e.status, stderr: e.stderr.toString() };
      }
    };
    const runtime = build('uses-replace-all.js');
    expect(runtime.status).toBe(1);
    expect(runtime.stderr).toMatch(/would not load in Apps Script/);
    expect(runtime.stderr).toMatch(/Code\.js:\d+:\d+: \.replaceAll\(\) is ES2021/);

    expect(build('plain.js')).toEqual({ status: 0, stderr: '' });
    expect(readFileSync(join(out, 'Code.js'), 'utf8')).toMatch(/^function TIDY\(text\) \{/m);
  });

  it('never lets a BigInt literal of the source reach Code.js (esbuild lowers it for ES2019)', () => {
    // ESLint forbids the literal in src/; should one slip through, the ES2019 target rewrites 100n
    // as BigInt(100), and the gate would refuse any literal left.
    const out = mkdtempSync(join(tmpdir(), 'ita-gate-'));
    execFileSync(process.execPath, [
      join(root, 'scripts', 'build.mjs'),
      '--main',
      join(__dirname, 'fixtures', 'uses-bigint-literal.js'),
      '--out',
      out,
    ]);
    const code = readFileSync(join(out, 'Code.js'), 'utf8');
    expect(code).toMatch(/BigInt\(Math\.round\(\w+\)\)\*BigInt\(100\)/);
    expect(appsScriptProblems(code)).toEqual([]);
  });
});
