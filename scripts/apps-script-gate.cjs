// The gate that keeps build/Code.js loadable by Google Apps Script (docs/apps-script-syntax.md).
//
// Apps Script checks a pushed file with its own parser, which is older than the V8 that then runs it:
// a BigInt literal such as `100n` is "ParseError: Unexpected token ILLEGAL" there although Node (and
// every local test) accepts it, and a file that does not parse means no menu and no custom function
// for anyone. We cannot reach Google's parser from here, so we are conservative:
//  1. syntax: the file must parse as ES2019 (acorn, ecmaVersion 2019); acorn also checks regular
//     expression literals against ES2019 (named groups and lookbehind pass; the `d` and `v` flags fail);
//  2. run time: built-ins newer than ES2019 that Apps Script's V8 runtime guide does not list are
//     refused by name, found in the syntax tree (a parser cannot see that `x.replaceAll` will be
//     missing at run time). The list of what the bundle relies on is in the doc.
// Used by scripts/build.mjs (the build fails) and by test/bundle/gate.test.ts.
'use strict';

const acorn = require('acorn');

/** Built-in methods (as `x.name(…)`) newer than ES2019, each with the edition that added it. */
const NEWER_METHODS = {
  matchAll: 'ES2020',
  allSettled: 'ES2020',
  replaceAll: 'ES2021',
  any: 'ES2021 (Promise.any)',
  at: 'ES2022',
  hasOwn: 'ES2022',
  findLast: 'ES2023',
  findLastIndex: 'ES2023',
  toSorted: 'ES2023',
  toReversed: 'ES2023',
  toSpliced: 'ES2023',
  groupBy: 'ES2024',
  withResolvers: 'ES2024',
};

/** Global names newer than ES2019 or outside the documented runtime. */
const NEWER_GLOBALS = {
  globalThis: 'ES2020',
  WeakRef: 'ES2021',
  FinalizationRegistry: 'ES2021',
  AggregateError: 'ES2021',
  structuredClone: 'not in Apps Script (a web/Node API)',
  queueMicrotask: 'not in Apps Script (a web/Node API)',
  setTimeout: 'not in Apps Script (use Utilities.sleep)',
  Intl: 'not documented for Apps Script: format dates with Utilities.formatDate in the spreadsheet time zone',
};

/** Line and column (1-based) of a character offset. */
function positionOf(code, offset) {
  let line = 1;
  let last = -1;
  for (let i = code.indexOf('\n'); i !== -1 && i < offset; i = code.indexOf('\n', i + 1)) {
    line++;
    last = i;
  }
  return { line, column: offset - last };
}

/** Visits every node of an ESTree tree with its parent. */
function walk(node, visit, parent) {
  if (!node || typeof node.type !== 'string') return;
  visit(node, parent);
  for (const key of Object.keys(node)) {
    const child = node[key];
    if (Array.isArray(child)) for (const c of child) walk(c, visit, node);
    else if (child && typeof child.type === 'string') walk(child, visit, node);
  }
}

/** True when an Identifier names a property (`x.name`, `{ name: … }`), not a variable. */
function isPropertyName(node, parent) {
  if (!parent) return false;
  if (parent.type === 'MemberExpression') return parent.property === node && !parent.computed;
  if (parent.type === 'Property' || parent.type === 'MethodDefinition')
    return parent.key === node && !parent.computed;
  return false;
}

/**
 * Problems that would stop Apps Script from loading or running the file:
 * `[{ line, column, message }]`, empty when the code passes.
 */
function appsScriptProblems(code) {
  let tree;
  try {
    tree = acorn.parse(code, { ecmaVersion: 2019, sourceType: 'script', locations: true });
  } catch (error) {
    const { line, column } = error.loc ?? positionOf(code, error.pos ?? 0);
    const near = code.slice(error.pos ?? 0, (error.pos ?? 0) + 20).split('\n')[0];
    return [
      {
        line,
        column: column + 1,
        message: `not ES2019 syntax (${error.message.replace(/ \(\d+:\d+\)$/, '')}) near "${near}"`,
      },
    ];
  }
  const problems = [];
  const declared = new Set();
  walk(tree, (node) => {
    if (node.type === 'FunctionDeclaration' || node.type === 'VariableDeclarator') {
      if (node.id && node.id.type === 'Identifier') declared.add(node.id.name);
    }
  });
  walk(tree, (node, parent) => {
    if (node.type === 'CallExpression' && node.callee.type === 'MemberExpression') {
      const { property, computed } = node.callee;
      const name = computed ? property.type === 'Literal' && property.value : property.name;
      if (typeof name === 'string' && Object.prototype.hasOwnProperty.call(NEWER_METHODS, name)) {
        problems.push({
          line: property.loc.start.line,
          column: property.loc.start.column + 1,
          message: `.${name}() is ${NEWER_METHODS[name]}, newer than the ES2019 run time this bundle keeps to`,
        });
      }
    }
    if (
      node.type === 'Identifier' &&
      Object.prototype.hasOwnProperty.call(NEWER_GLOBALS, node.name) &&
      !declared.has(node.name) &&
      !isPropertyName(node, parent)
    ) {
      const { line, column } = node.loc.start;
      problems.push({ line, column: column + 1, message: `${node.name} is ${NEWER_GLOBALS[node.name]}` });
    }
  });
  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}

module.exports = { appsScriptProblems, NEWER_METHODS, NEWER_GLOBALS };
