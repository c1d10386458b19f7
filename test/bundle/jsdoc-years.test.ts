// The years a custom function's help names come from the presets (scripts/build.mjs fills the
// {{YEARS}} and {{DEFAULT_YEAR}} tokens of src/main.ts's JSDoc), so Sheets never advertises a year
// the add-in has no framework for, or a default it does not use.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { customFunctionDocs } from '../../local/runtime';
import { DEFAULT_YEAR, KNOWN_YEARS } from '../../src/core/ita/presets';
import { CODE_PATH } from '../helpers/bundle';

const root = join(__dirname, '..', '..');
const code = readFileSync(CODE_PATH, 'utf8');
const mainSource = readFileSync(join(root, 'src', 'main.ts'), 'utf8');

describe('JSDoc year ranges', () => {
  it('names the preset years and default in every year parameter of Code.js', () => {
    // presets.ts ships 2563, 2564, 2565, 2566, 2567, 2568 (one run) with 2565 as the default, so
    // the help reads "Year BE (2563–2568), default 2565".
    expect([...KNOWN_YEARS]).toEqual([2563, 2564, 2565, 2566, 2567, 2568]);
    expect(DEFAULT_YEAR).toBe(2565);
    const withYear = customFunctionDocs(code).filter((d) => d.params.includes('year'));
    expect(withYear.length).toBeGreaterThanOrEqual(7);
    for (const doc of withYear) {
      expect(doc.jsdoc).toContain('@param {number} year [optional] Year BE (2563–2568), default 2565.');
    }
    // No token is left in any global's help (the library itself may hold template text such as {{name}}).
    const help = code.slice(0, code.indexOf('var ITA_SHEETS_LIB_'));
    expect(help).toMatch(/@customfunction/);
    expect(help).not.toMatch(/\{\{\w+\}\}/);
  });

  it('keeps no year range written by hand in src/main.ts', () => {
    // The source says {{YEARS}}; a literal "25xx–25xx" would go stale when a preset is added.
    expect(mainSource).toMatch(/Year BE \(\{\{YEARS\}\}\), default \{\{DEFAULT_YEAR\}\}/);
    expect(mainSource).not.toMatch(/25\d\d–25\d\d/);
  });

  it('stops the build on a JSDoc token it does not know', () => {
    const out = mkdtempSync(join(tmpdir(), 'ita-tokens-'));
    let status = 0;
    let stderr = '';
    try {
      execFileSync(
        process.execPath,
        [
          join(root, 'scripts', 'build.mjs'),
          '--main',
          join(__dirname, 'fixtures', 'unknown-token.js'),
          '--out',
          out,
        ],
        { stdio: 'pipe' },
      );
    } catch (error) {
      const e = error as { status: number; stderr: Buffer };
      status = e.status;
      stderr = e.stderr.toString();
    }
    expect(status).toBe(1);
    expect(stderr).toMatch(/unknown JSDoc token \{\{YEAR\}\}/);
  });
});
