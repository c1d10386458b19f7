// What the running context may call, as Apps Script decides it. A refused call throws the Exception
// Google throws, so code that works locally only by reaching past its context fails here too.
import type { Env } from './env';
import { exception } from './errors';

// The Spreadsheet service's classes: read-only inside a custom function.
const SPREADSHEET_CLASSES = new Set([
  'SpreadsheetApp',
  'Spreadsheet',
  'Sheet',
  'Range',
  'RangeList',
  'DeveloperMetadata',
  'DeveloperMetadataFinder',
  'DeveloperMetadataLocation',
]);

// Services a custom function may use (CF "Use Google Apps Script services": Cache, HTML, JDBC,
// Language, Lock, Maps, Properties, Spreadsheet read-only, URL Fetch, Utilities, XML), plus the logs.
const CUSTOM_FUNCTION_SERVICES = new Set([
  ...SPREADSHEET_CLASSES,
  'CacheService',
  'Cache',
  'HtmlService',
  'HtmlOutput',
  'LockService',
  'Lock',
  'PropertiesService',
  'Properties',
  'Utilities',
  'Logger',
]);

// A method that changes the spreadsheet or what the user sees, by the verbs Apps Script uses.
const CHANGES_SPREADSHEET =
  /^(set|insert|delete|clear|merge|breakApart|copyTo|moveTo|add|remove|activate|append|hide|show|sort|autoResize|flush|rename|toast|apply|check|uncheck|trimWhitespace|deleteSheet|duplicate|protect|open|create(?!DeveloperMetadataFinder))/;

/** Throws when `env.context` may not call `className.method`. */
export function checkPermission(env: Env, className: string, method: string): void {
  const { authMode, ui } = env.context;
  if (className === 'SpreadsheetApp' && method === 'getUi' && !ui) {
    // Common Apps Script error text (APPS-SCRIPT.md A1 row 7).
    throw exception('ui-context', 'Cannot call SpreadsheetApp.getUi() from this context.');
  }
  if (authMode === 'CUSTOM_FUNCTION') {
    const allowed =
      CUSTOM_FUNCTION_SERVICES.has(className) &&
      !(SPREADSHEET_CLASSES.has(className) && CHANGES_SPREADSHEET.test(method));
    if (!allowed) throw noPermission(className, method);
  }
  if (authMode === 'NONE') {
    // onOpen of an add-on not yet used in this file (ET; REF ScriptApp.AuthMode.NONE: "does not allow
    // access to any services that require authorization", whose example reads document properties
    // only outside NONE): it may build the menu and use what needs no authorization (the user's
    // locale, Utilities, logs), not the spreadsheet, properties or other services.
    const allowed =
      (className === 'SpreadsheetApp' && method === 'getUi') ||
      (className === 'Ui' && (method === 'createAddonMenu' || method === 'createMenu')) ||
      className === 'Menu' ||
      (className === 'Session' && (method === 'getActiveUserLocale' || method === 'getScriptTimeZone')) ||
      className === 'Utilities' ||
      className === 'Logger';
    if (!allowed) throw noPermission(className, method);
  }
}

function noPermission(className: string, method: string): Error {
  return exception('no-permission', `You do not have permission to call ${className}.${method}.`);
}
