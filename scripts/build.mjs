#!/usr/bin/env node
// Builds what clasp pushes (build/Code.js, appsscript.json, *.html) and the local CLI (dist/cli.js).
//
// Code.js has this shape, so that Apps Script sees real globals and evaluating the file does no work:
//
//   /** …JSDoc from src/main.ts… @customfunction */
//   function ITA_GRADE(score) { return ITA_SHEETS_().ITA_GRADE.apply(this, arguments); }
//   …
//   var ITA_SHEETS_LIB_;
//   function ITA_SHEETS_() { if (!ITA_SHEETS_LIB_) { …the esbuild bundle… } return ITA_SHEETS_LIB_; }
//
// The bundle inside ITA_SHEETS_ runs on first use, not at load: Sheets evaluates the whole file for
// every custom-function call, so load time must stay a few milliseconds.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { createRequire } from 'node:module';
import * as esbuild from 'esbuild';
import ts from 'typescript';

const { appsScriptProblems } = createRequire(import.meta.url)('./apps-script-gate.cjs');

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// `--main FILE --out DIR` builds another entry into another folder, Code.js only (the gate's tests
// use it to prove the build refuses what Apps Script could not load).
const option = (name) => {
  const i = process.argv.indexOf(name);
  return i === -1 ? undefined : process.argv[i + 1];
};
const buildDir = option('--out') ?? join(root, 'build');
const distDir = join(root, 'dist');
const mainFile = option('--main') ?? join(root, 'src', 'main.ts');
const codeOnly = option('--main') !== undefined;
const LIB = 'ITA_SHEETS_';
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

function die(message) {
  console.error(`build failed: ${message}`);
  process.exit(1);
}

/** Every exported function of src/main.ts: name, parameter names and the JSDoc text above it. */
export function readGlobals(source) {
  const file = ts.createSourceFile('main.ts', source, ts.ScriptTarget.ES2020, true);
  const globals = [];
  for (const statement of file.statements) {
    const exported = statement.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    if (!exported) continue;
    if (!ts.isFunctionDeclaration(statement) || !statement.name) {
      die(`src/main.ts may export only function declarations (found: ${statement.getText().slice(0, 60)})`);
    }
    const ranges = ts.getLeadingCommentRanges(source, statement.getFullStart()) ?? [];
    const docs = ranges.map((r) => source.slice(r.pos, r.end)).filter((c) => c.startsWith('/**'));
    globals.push({
      name: statement.name.text,
      params: statement.parameters.map((p) => p.name.getText()),
      jsdoc: docs.length ? docs[docs.length - 1] : '',
    });
  }
  return globals;
}

async function bundleLibrary() {
  const result = await esbuild
    .build({
      entryPoints: [mainFile],
      bundle: true,
      format: 'cjs',
      platform: 'neutral',
      mainFields: ['module', 'main'],
      // Apps Script's parser is older than its V8 (it rejects BigInt literals, an ES2020 form): emit
      // ES2019 syntax, which lowers `?.` and `??`; the gate below refuses anything newer.
      target: 'es2019',
      write: false,
      // zod keeps its registry on `globalThis` (ES2020, refused by the gate): inside the bundle it is
      // a plain object of the library's own (ZOD_GLOBAL_, declared below), which serves the one copy.
      define: { __ITA_SHEETS_VERSION__: JSON.stringify(version), globalThis: 'ZOD_GLOBAL_' },
      banner: { js: 'var ZOD_GLOBAL_ = {};' },
      // Identifiers inside the library are minified (the globals Sheets sees, and their JSDoc
      // parameter names, are generated outside it, so only private names change); lines are kept
      // short so that a line number in Google's log points at a few statements, not the whole library.
      lineLimit: 160,
      minifyWhitespace: true,
      minifySyntax: true,
      minifyIdentifiers: true,
      legalComments: 'none',
      charset: 'utf8',
      logLevel: 'silent',
    })
    .catch((error) =>
      die(
        (error.errors ?? []).map((e) => `${e.location?.file}:${e.location?.line}: ${e.text}`).join('\n') ||
          error.message,
      ),
    );
  return result.outputFiles[0].text;
}

/**
 * The JSDoc tokens filled from src/core/ita/presets.ts, so the years Sheets shows in a function's
 * help are the years the add-in knows: {{YEARS}} (e.g. "2563–2568"; a gap is listed as runs,
 * "2563–2565, 2567") and {{DEFAULT_YEAR}}. The module is bundled and evaluated, not parsed as text.
 */
async function presetTokens(presetsFile = join(root, 'src', 'core', 'ita', 'presets.ts')) {
  const result = await esbuild.build({
    entryPoints: [presetsFile],
    bundle: true,
    format: 'cjs',
    platform: 'neutral',
    target: 'es2020',
    write: false,
    logLevel: 'silent',
  });
  const module = { exports: {} };
  vm.runInNewContext(result.outputFiles[0].text, { module, exports: module.exports });
  const { KNOWN_YEARS, DEFAULT_YEAR } = module.exports;
  const years = [...KNOWN_YEARS].sort((a, b) => a - b);
  if (!years.length || !years.includes(DEFAULT_YEAR)) {
    die(`presets.ts: DEFAULT_YEAR ${DEFAULT_YEAR} is not one of KNOWN_YEARS ${years.join(', ')}`);
  }
  const runs = [];
  for (const year of years) {
    const last = runs[runs.length - 1];
    if (last && year === last[1] + 1) last[1] = year;
    else runs.push([year, year]);
  }
  const text = runs.map(([from, to]) => (from === to ? `${from}` : `${from}–${to}`)).join(', ');
  return { YEARS: text, DEFAULT_YEAR: String(DEFAULT_YEAR) };
}

/** The JSDoc with its {{TOKEN}}s filled; a token the build does not know stops it. */
function fillTokens(jsdoc, tokens) {
  return jsdoc.replace(/\{\{(\w+)\}\}/g, (whole, name) => {
    if (!Object.prototype.hasOwnProperty.call(tokens, name)) die(`unknown JSDoc token ${whole}`);
    return tokens[name];
  });
}

function assembleCode(globals, library) {
  const header =
    '// ITA Sheets — generated by scripts/build.mjs from src/. Do not edit; edit src/ and run `npm run build`.\n';
  const declarations = globals
    .map(({ name, params, jsdoc }) => {
      const doc = jsdoc ? `${jsdoc}\n` : '';
      return `${doc}function ${name}(${params.join(', ')}) {\n  return ${LIB}().${name}.apply(this, arguments);\n}\n`;
    })
    .join('\n');
  const lib =
    `var ${LIB}LIB_;\n` +
    `/** Loads the add-in's code on first use (Sheets evaluates this file for every call). */\n` +
    `function ${LIB}() {\n  if (!${LIB}LIB_) {\n    var module = { exports: {} };\n    var exports = module.exports;\n` +
    `${library}\n    ${LIB}LIB_ = module.exports;\n  }\n  return ${LIB}LIB_;\n}\n`;
  return `${header}\n${declarations}\n${lib}`;
}

/** The checks that keep Code.js loadable by Apps Script; each failure stops the build. */
function checkCode(code, globals) {
  const problems = appsScriptProblems(code);
  if (problems.length) {
    die(
      `Code.js would not load in Apps Script (docs/apps-script-syntax.md):\n` +
        problems.map((p) => `  Code.js:${p.line}:${p.column}: ${p.message}`).join('\n'),
    );
  }
  try {
    new vm.Script(code, { filename: 'Code.js' });
  } catch (error) {
    die(`Code.js is not a plain script (an import/export or syntax error remains): ${error.message}`);
  }
  const context = vm.createContext({});
  vm.runInContext(code, context);
  const leftover = Object.keys(context).filter(
    (k) => !globals.some((g) => g.name === k) && k !== LIB && k !== `${LIB}LIB_`,
  );
  if (leftover.length) die(`Code.js defines unexpected globals at load: ${leftover.join(', ')}`);
  for (const { name, jsdoc } of globals) {
    if (typeof context[name] !== 'function') die(`global ${name} is missing from Code.js`);
    if (!new RegExp(`^function ${name}\\(`, 'm').test(code)) die(`${name} is not a top-level declaration`);
    if (/@customfunction/.test(jsdoc) && !/^[A-Z][A-Z0-9_]*$/.test(name)) {
      die(`custom function ${name} must be named in capitals (ITA_*, THAI_*, FISCAL_*)`);
    }
  }
  if (context[`${LIB}LIB_`] !== undefined) die('Code.js ran the bundle at load time');
}

async function main() {
  const source = readFileSync(mainFile, 'utf8');
  const tokens = await presetTokens();
  const globals = readGlobals(source).map((g) => ({ ...g, jsdoc: fillTokens(g.jsdoc, tokens) }));
  if (!globals.length) die('src/main.ts exports no functions');
  const code = assembleCode(globals, await bundleLibrary());
  checkCode(code, globals);

  mkdirSync(buildDir, { recursive: true });
  writeFileSync(join(buildDir, 'Code.js'), code);
  copyFileSync(join(root, 'appsscript.json'), join(buildDir, 'appsscript.json'));
  const uiDir = join(root, 'src', 'ui');
  for (const f of readdirSync(uiDir))
    if (f.endsWith('.html')) copyFileSync(join(uiDir, f), join(buildDir, f));
  if (codeOnly) return;

  mkdirSync(distDir, { recursive: true });
  // The CLI, and the runtime as a library for bench/ and scripts/ (plain Node, no TypeScript loader).
  const node = {
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    packages: 'external',
    logLevel: 'silent',
  };
  await esbuild.build({
    ...node,
    entryPoints: [join(root, 'local', 'cli.ts')],
    outfile: join(distDir, 'cli.js'),
    banner: { js: '#!/usr/bin/env node' },
  });
  await esbuild.build({
    ...node,
    entryPoints: [join(root, 'local', 'runtime.ts')],
    outfile: join(distDir, 'runtime.js'),
  });
  const customCount = globals.filter((g) => /@customfunction/.test(g.jsdoc)).length;
  if (!process.argv.includes('--quiet')) {
    console.log(
      `build: build/Code.js ${Buffer.byteLength(code)} bytes, ${globals.length} globals (${customCount} custom functions); dist/cli.js`,
    );
  }
}

if (!existsSync(mainFile)) die(`${mainFile} not found`);
await main();
