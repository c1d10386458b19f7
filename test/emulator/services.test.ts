// The services beside SpreadsheetApp: Ui (menus, alerts, prompts, dialogs), PropertiesService,
// Utilities.formatDate, HtmlService, Session, CacheService, LockService and Logger.
import vm from 'node:vm';
import ExcelJS from 'exceljs';
import { unwrap } from '../../local/emulator/calls';
import { asCustomFunction, openWorkbook, sheetsErrorLiteral, withContext } from '../../local/emulator/index';
import { createServices } from '../../local/emulator/services';
import { openRuntime } from '../../local/runtime';
import { emulate, expectException } from './emulator';

function errorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the call to throw');
}

describe('menus', () => {
  it('records add-on menus and menus, with separators and submenus', async () => {
    const { SpreadsheetApp, ui: record } = await emulate();
    const ui = SpreadsheetApp.getUi();
    ui.createAddonMenu()
      .addItem('ตรวจคะแนน ITA', 'scoreIta')
      .addSeparator()
      .addSubMenu(ui.createMenu('รายงาน').addItem('สร้างรายงาน', 'makeReport'))
      .addToUi();
    ui.createMenu('ITA').addItem('About', 'showAbout').addToUi();
    expect(record.menus).toEqual([
      {
        title: expect.any(String),
        items: [
          { caption: 'ตรวจคะแนน ITA', handler: 'scoreIta' },
          { separator: true },
          { submenu: { title: 'รายงาน', items: [{ caption: 'สร้างรายงาน', handler: 'makeReport' }] } },
        ],
      },
      { title: 'ITA', items: [{ caption: 'About', handler: 'showAbout' }] },
    ]);
  });

  it('a menu not added to the UI is not recorded', async () => {
    const { SpreadsheetApp, ui } = await emulate();
    SpreadsheetApp.getUi().createMenu('Draft').addItem('x', 'y');
    expect(ui.menus).toEqual([]);
  });
});

describe('alerts', () => {
  it('alert(prompt) shows OK and returns Button.OK when no answer is scripted', async () => {
    const { SpreadsheetApp, ui: record } = await emulate();
    const ui = SpreadsheetApp.getUi();
    expect(ui.alert('บันทึกแล้ว')).toBe(ui.Button.OK);
    expect(record.events).toEqual([{ kind: 'alert', text: 'บันทึกแล้ว', title: undefined, answer: 'OK' }]);
  });

  it('returns the scripted answers in order, as Button values', async () => {
    const { SpreadsheetApp, ui: record } = await emulate(undefined, ['no', 'YES']);
    const ui = SpreadsheetApp.getUi();
    expect(ui.alert('ลบแถว?', ui.ButtonSet.YES_NO)).toBe(ui.Button.NO);
    expect(ui.alert('ยืนยัน', 'ลบแถวจริงหรือ?', ui.ButtonSet.YES_NO_CANCEL)).toBe(ui.Button.YES);
    // With the answers used up, a YES/NO alert takes its positive button.
    expect(ui.alert('อีกครั้ง?', ui.ButtonSet.YES_NO)).toBe(ui.Button.YES);
    expect(record.events.map((e) => [e.kind, e.title, e.text, e.answer])).toEqual([
      ['alert', undefined, 'ลบแถว?', 'NO'],
      ['alert', 'ยืนยัน', 'ลบแถวจริงหรือ?', 'YES'],
      ['alert', undefined, 'อีกครั้ง?', 'YES'],
    ]);
  });

  it('accepts only the documented overloads', async () => {
    const { SpreadsheetApp } = await emulate();
    const ui = SpreadsheetApp.getUi() as any;
    // alert(title, prompt) without a ButtonSet is not an Apps Script overload.
    expectException(() => ui.alert('Title', 'Body'), 'signature');
    expectException(() => ui.prompt('Title', 'Body'), 'signature');
    expectException(() => ui.alert(), 'signature');
  });
});

describe('prompts', () => {
  it('return the scripted text with Button.OK', async () => {
    const { SpreadsheetApp, ui: record } = await emulate(undefined, ['2566']);
    const ui = SpreadsheetApp.getUi();
    const response = ui.prompt('ปีงบประมาณ', 'พิมพ์ปี พ.ศ.', ui.ButtonSet.OK_CANCEL);
    expect(response.getResponseText()).toBe('2566');
    expect(response.getSelectedButton()).toBe(ui.Button.OK);
    expect(record.events).toEqual([
      { kind: 'prompt', title: 'ปีงบประมาณ', text: 'พิมพ์ปี พ.ศ.', answer: '2566' },
    ]);
  });

  it('an answer naming another button of the set is a click on it', async () => {
    const { SpreadsheetApp } = await emulate(undefined, ['CANCEL', 'no']);
    const ui = SpreadsheetApp.getUi();
    expect(ui.prompt('ชื่อ?', ui.ButtonSet.OK_CANCEL).getSelectedButton()).toBe(ui.Button.CANCEL);
    expect(ui.prompt('ต่อไหม?', ui.ButtonSet.YES_NO).getSelectedButton()).toBe(ui.Button.NO);
  });

  it('with no answer left gives "" and the positive button of its set', async () => {
    const { SpreadsheetApp } = await emulate();
    const ui = SpreadsheetApp.getUi();
    const plain = ui.prompt('ชื่อ?');
    expect(plain.getResponseText()).toBe('');
    expect(plain.getSelectedButton()).toBe(ui.Button.OK);
    expect(ui.prompt('ต่อไหม?', ui.ButtonSet.YES_NO).getSelectedButton()).toBe(ui.Button.YES);
  });
});

describe('dialogs, sidebars and toasts', () => {
  it('records HtmlService output shown in a sidebar or a dialog, and toasts', async () => {
    const { SpreadsheetApp, HtmlService, ui: record, ss } = await emulate();
    const ui = SpreadsheetApp.getUi();
    const html = HtmlService.createHtmlOutput('<p>ผลการตรวจ</p>').setTitle('ITA Sheets').setWidth(400);
    expect(html.getTitle()).toBe('ITA Sheets');
    expect(html.append('<p>2</p>').getContent()).toBe('<p>ผลการตรวจ</p><p>2</p>');
    ui.showSidebar(html);
    ui.showModalDialog(HtmlService.createHtmlOutput('<b>x</b>'), 'หัวเรื่อง');
    ss.toast('เสร็จแล้ว', 'ITA');
    expect(record.events).toEqual([
      { kind: 'sidebar', title: 'ITA Sheets', text: '<p>ผลการตรวจ</p><p>2</p>', answer: undefined },
      { kind: 'dialog', title: 'หัวเรื่อง', text: '<b>x</b>', answer: undefined },
      { kind: 'toast', text: 'ITA: เสร็จแล้ว' },
    ]);
  });
});

describe('PropertiesService', () => {
  it('stores strings; a missing key is null; setProperties can replace all', async () => {
    const { PropertiesService } = await emulate();
    const props = PropertiesService.getDocumentProperties();
    expect(props.getProperty('missing')).toBeNull();
    props.setProperty('year', 2566 as unknown as string).setProperty('locale', 'th');
    expect(props.getProperty('year')).toBe('2566');
    expect(props.getKeys().sort()).toEqual(['locale', 'year']);
    props.deleteProperty('locale');
    expect(props.getProperties()).toEqual({ year: '2566' });
    props.setProperties({ a: '1' }, true);
    expect(props.getProperties()).toEqual({ a: '1' });
    props.deleteAllProperties();
    expect(props.getKeys()).toEqual([]);
  });

  it('keeps document, user and script properties apart', async () => {
    const { PropertiesService } = await emulate();
    PropertiesService.getUserProperties().setProperty('k', 'user');
    PropertiesService.getScriptProperties().setProperty('k', 'script');
    expect(PropertiesService.getDocumentProperties().getProperty('k')).toBeNull();
    expect(PropertiesService.getUserProperties().getProperty('k')).toBe('user');
    expect(PropertiesService.getScriptProperties().getProperty('k')).toBe('script');
  });
});

describe('Utilities.formatDate', () => {
  // 2022-10-01 13:05:09 in Bangkok (UTC+7), a Saturday.
  const instant = new Date('2022-10-01T06:05:09.042Z');

  it('formats SimpleDateFormat patterns in the given time zone', async () => {
    const { Utilities } = await emulate();
    const f = (pattern: string, tz = 'Asia/Bangkok') => Utilities.formatDate(instant, tz, pattern);
    expect(f('yyyy-MM-dd HH:mm')).toBe('2022-10-01 13:05');
    expect(f('yyyy-MM-dd HH:mm', 'UTC')).toBe('2022-10-01 06:05');
    expect(f('dd/MM/yyyy')).toBe('01/10/2022');
    expect(f('d/M/yy')).toBe('1/10/22');
    expect(f("yyyy-MM-dd'T'HH:mm:ss.SSS")).toBe('2022-10-01T13:05:09.042');
    expect(f('EEE d MMM yyyy')).toBe('Sat 1 Oct 2022');
    expect(f('EEEE d MMMM yyyy')).toBe('Saturday 1 October 2022');
    expect(f('h:mm a')).toBe('1:05 PM');
    expect(f('hh:mm a', 'UTC')).toBe('06:05 AM');
    expect(f('Z')).toBe('+0700');
    expect(f("'at' HH 'o''clock'")).toBe("at 13 o'clock");
  });

  it('midnight in Bangkok is the previous day in UTC', async () => {
    const { Utilities } = await emulate();
    const midnight = new Date('2022-09-30T17:00:00Z');
    expect(Utilities.formatDate(midnight, 'Asia/Bangkok', 'yyyy-MM-dd HH:mm')).toBe('2022-10-01 00:00');
    expect(Utilities.formatDate(midnight, 'UTC', 'yyyy-MM-dd HH:mm')).toBe('2022-09-30 17:00');
  });

  it('gives the zone offset Z west and east of UTC, with daylight saving; a year 2565 as is', async () => {
    const { Utilities } = await emulate();
    // Java's Z is the offset at that instant: Honolulu −10:00, Kiritimati +14:00, Sydney +10:00 on
    // 1 Oct 2022 (daylight saving begins 2 Oct) and +11:00 on 1 Jan 2023.
    const oct1 = new Date('2022-10-01T00:00:00Z');
    expect(Utilities.formatDate(oct1, 'Pacific/Honolulu', 'Z')).toBe('-1000');
    expect(Utilities.formatDate(oct1, 'Pacific/Kiritimati', 'Z')).toBe('+1400');
    expect(Utilities.formatDate(oct1, 'Australia/Sydney', 'Z')).toBe('+1000');
    expect(Utilities.formatDate(new Date('2023-01-01T00:00:00Z'), 'Australia/Sydney', 'Z')).toBe('+1100');
    // A BE year typed into a date cell is a CE year 2565 to the formatter.
    const be = new Date(Date.UTC(2565, 9, 1) - 7 * 3600 * 1000);
    expect(Utilities.formatDate(be, 'Asia/Bangkok', 'yyyy-MM-dd')).toBe('2565-10-01');
  });

  it('refuses pattern letters it does not know instead of printing them', async () => {
    const { Utilities } = await emulate();
    expectException(() => Utilities.formatDate(instant, 'UTC', 'yyyy-MM-ddTHH'), 'illegal-pattern');
    expect(errorOf(() => Utilities.formatDate(instant, 'UTC', 'D'))).toBe(
      'not implemented: Utilities.formatDate pattern letter D',
    );
  });
});

describe('Spreadsheet.getSpreadsheetTimeZone', () => {
  it('is the zone the workbook was opened with', async () => {
    const env = await openWorkbook(new ExcelJS.Workbook(), { timeZone: 'Pacific/Honolulu' });
    const { globals } = createServices(env, { locale: 'th', answers: [], htmlDir: 'build' });
    const app = globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    expect(app.getActiveSpreadsheet().getSpreadsheetTimeZone()).toBe('Pacific/Honolulu');
  });
});

describe('Session, CacheService, LockService, Logger', () => {
  it('answer as Apps Script does', async () => {
    const { Session, globals, ui } = await emulate();
    expect(Session.getScriptTimeZone()).toBe('Asia/Bangkok');
    expect(Session.getActiveUserLocale()).toBe('th');
    const cache = (globals.CacheService as GoogleAppsScript.Cache.CacheService).getDocumentCache()!;
    expect(cache.get('k')).toBeNull();
    cache.put('k', 'v', 60);
    expect(cache.get('k')).toBe('v');
    cache.remove('k');
    expect(cache.get('k')).toBeNull();
    const lock = (globals.LockService as GoogleAppsScript.Lock.LockService).getDocumentLock();
    expect(lock.tryLock(1000)).toBe(true);
    expect(lock.hasLock()).toBe(true);
    lock.releaseLock();
    expect(lock.hasLock()).toBe(false);
    expect(ui.events).toEqual([]);
  });

  it('Logger.log records a log event', async () => {
    const { globals, ui } = await emulate();
    (globals.Logger as GoogleAppsScript.Base.Logger).log('ตรวจ %s แถว', 12);
    expect(ui.events.map((e) => e.kind)).toEqual(['log']);
  });
});

// QU "Properties value size 9 KB / val, Properties total storage 500 KB / property store";
// APPS-SCRIPT.md A1 row 17 and C "Settings storage".
describe('Properties limits', () => {
  it('takes a value of 9 KB and refuses one byte more, leaving the store as it was', async () => {
    const { PropertiesService } = await emulate();
    const props = PropertiesService.getDocumentProperties();
    props.setProperty('fits', 'x'.repeat(9 * 1024));
    expect(props.getProperty('fits')!.length).toBe(9216);
    expectException(() => props.setProperty('big', 'x'.repeat(9 * 1024 + 1)), 'argument-too-large');
    // Thai letters are 3 bytes in UTF-8: 3073 × 3 = 9219 bytes > 9216.
    expectException(() => props.setProperty('thai', 'ก'.repeat(3073)), 'argument-too-large');
    expect(props.getKeys()).toEqual(['fits']);
  });

  it('refuses a store past 500 KB, setProperties included, and keeps what it had', async () => {
    const { PropertiesService } = await emulate();
    const props = PropertiesService.getScriptProperties();
    // 500 KB = 512000 bytes. 56 values of 9000 bytes = 504000, keys k0..k9 (10 × 2) and k10..k55
    // (46 × 3) = 158: 504158 fits. One more key "more" (4) and 9000 bytes makes 513162: refused.
    const batch: Record<string, string> = {};
    for (let i = 0; i < 56; i++) batch[`k${i}`] = 'x'.repeat(9000);
    props.setProperties(batch);
    expectException(() => props.setProperties({ more: 'x'.repeat(9000) }), 'quota');
    expect(props.getKeys()).toHaveLength(56);
  });
});

// CacheService reference: keys of at most 250 characters, values of at most 100 KB, expiration
// between 1 s and 21600 s (6 hours), default 600 s; QU; APPS-SCRIPT.md A1 row 17.
describe('Cache limits and expiry', () => {
  afterEach(() => jest.useRealTimers());

  it('refuses a key over 250 characters and a value over 100 KB', async () => {
    const { globals } = await emulate();
    const cache = (globals.CacheService as GoogleAppsScript.Cache.CacheService).getScriptCache();
    cache.put('k'.repeat(250), 'v');
    expect(cache.get('k'.repeat(250))).toBe('v');
    expectException(() => cache.put('k'.repeat(251), 'v'), 'argument-too-large');
    cache.put('big', 'x'.repeat(100 * 1024));
    expectException(() => cache.put('bigger', 'x'.repeat(100 * 1024 + 1)), 'argument-too-large');
  });

  it('forgets an entry after its time, 600 s by default, never later than 6 hours', async () => {
    jest.useFakeTimers({ now: Date.UTC(2026, 0, 1) });
    const { globals } = await emulate();
    const cache = (globals.CacheService as GoogleAppsScript.Cache.CacheService).getUserCache();
    cache.put('default', 'd');
    cache.put('week', 'w', 7 * 24 * 3600);
    jest.setSystemTime(Date.UTC(2026, 0, 1) + 599_000);
    expect(cache.get('default')).toBe('d');
    jest.setSystemTime(Date.UTC(2026, 0, 1) + 600_000);
    expect(cache.get('default')).toBeNull();
    // 21600 s = 6 h: asked for a week, the entry is gone after 6 hours.
    jest.setSystemTime(Date.UTC(2026, 0, 1) + 21_600_000);
    expect(cache.get('week')).toBeNull();
  });
});

// LockService reference: tryLock "returns false if the lock could not be acquired"; waitLock "throws
// an exception if the lock could not be acquired" (APPS-SCRIPT.md C "LockService").
describe('a lock another execution holds', () => {
  it('tryLock answers false and waitLock throws', async () => {
    const { globals } = await emulate();
    const lock = (globals.LockService as GoogleAppsScript.Lock.LockService).getDocumentLock();
    (unwrap(lock) as unknown as { _heldElsewhere: boolean })._heldElsewhere = true;
    expect(lock.tryLock(1000)).toBe(false);
    expect(lock.hasLock()).toBe(false);
    expectException(() => lock.waitLock(1000), 'lock-timeout');
  });
});

// CF "Use Google Apps Script services" (APPS-SCRIPT.md A1 row 5): a custom function may use Cache,
// HTML, Lock, Properties, Utilities and the Spreadsheet service read-only ("most get*() but not
// set*()"); other services throw "You do not have permission to call …". getUi() is not available
// outside a UI context (A1 row 7).
describe('inside a custom function', () => {
  it('reads the spreadsheet but cannot change it', async () => {
    const em = await emulate((wb) => {
      wb.addWorksheet('Sheet1').getCell('A1').value = 42;
    });
    const sheet = em.ss.getSheets()[0];
    asCustomFunction(em.env, () => {
      expect(sheet.getRange('A1').getValue()).toBe(42);
      expect(em.ss.getSheetByName('Sheet1')!.getName()).toBe('Sheet1');
      expect(em.ss.createDeveloperMetadataFinder().find()).toEqual([]);
      expectException(() => sheet.getRange('A1').setValue(1), 'no-permission');
      expectException(() => sheet.getRange('A1').setBackground('#ff0000'), 'no-permission');
      expectException(() => em.ss.insertSheet('New'), 'no-permission');
      expectException(() => sheet.addDeveloperMetadata('k', 'v'), 'no-permission');
      expectException(() => em.SpreadsheetApp.flush(), 'no-permission');
    });
    // Outside the custom function the same calls work again.
    sheet.getRange('A1').setValue(1);
    expect(sheet.getRange('A1').getValue()).toBe(1);
  });

  it('may use Properties, Cache, Lock and Utilities, not Session, the UI or ScriptApp methods', async () => {
    const em = await emulate();
    const g = em.globals as Record<string, any>;
    asCustomFunction(em.env, () => {
      expect(em.PropertiesService.getDocumentProperties().getProperty('k')).toBeNull();
      g.CacheService.getScriptCache().put('k', 'v');
      expect(g.LockService.getScriptLock().tryLock(10)).toBe(true);
      expect(em.Utilities.formatDate(new Date(0), 'UTC', 'yyyy')).toBe('1970');
      expectException(() => em.Session.getActiveUserLocale(), 'no-permission');
      expectException(() => em.SpreadsheetApp.getUi(), 'ui-context');
      expect(g.ScriptApp.AuthMode.CUSTOM_FUNCTION).toBe('CUSTOM_FUNCTION');
    });
  });

  it('a Sheets error arrives as Sheets’ literal, not HyperFormula’s name', () => {
    // Sheets' error literals (APPS-SCRIPT.md A1 row 15): #DIV/0!, #N/A, #VALUE!, #REF!, #NAME?, #NUM!.
    expect(
      ['DIV_BY_ZERO', 'NA', 'VALUE', 'REF', 'NAME', 'NUM', 'ERROR'].map((t) => sheetsErrorLiteral(t)),
    ).toEqual(['#DIV/0!', '#N/A', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#ERROR!']);
  });
});

// REF ScriptApp.AuthMode and the editor add-on authorization guide (ET; APPS-SCRIPT.md A1 row 6, C
// "Auth modes"): onOpen runs in NONE when the add-on is installed but not used in the file (menu
// only), LIMITED as a simple trigger in a file that uses it, FULL from a menu item. getUi() throws
// where there is no UI, as in a time-driven trigger (A1 row 7).
describe('authorization modes', () => {
  it('ScriptApp.AuthMode names the four modes', async () => {
    const { globals } = await emulate();
    const AuthMode = (globals.ScriptApp as { AuthMode: Record<string, string> }).AuthMode;
    expect(Object.keys(AuthMode).sort()).toEqual(['CUSTOM_FUNCTION', 'FULL', 'LIMITED', 'NONE']);
  });

  it('NONE builds a menu and nothing else', async () => {
    const em = await emulate();
    withContext(em.env, { authMode: 'NONE', ui: true }, () => {
      em.SpreadsheetApp.getUi().createAddonMenu().addItem('Score', 'scoreItaSheet').addToUi();
      expect(em.Session.getActiveUserLocale()).toBe('th');
      expectException(() => em.SpreadsheetApp.getActiveSpreadsheet(), 'no-permission');
      expectException(() => em.PropertiesService.getDocumentProperties(), 'no-permission');
      expectException(() => em.SpreadsheetApp.getUi().alert('hi'), 'no-permission');
    });
    expect(em.ui.menus.map((m) => m.items)).toEqual([[{ caption: 'Score', handler: 'scoreItaSheet' }]]);
  });

  it('LIMITED reads and writes the file', async () => {
    const em = await emulate();
    withContext(em.env, { authMode: 'LIMITED', ui: true }, () => {
      em.ss.getSheets()[0].getRange('A1').setValue('x');
      expect(em.PropertiesService.getDocumentProperties().getProperty('k')).toBeNull();
    });
    expect(em.ss.getSheets()[0].getRange('A1').getValue()).toBe('x');
  });

  it('without a UI (a time-driven trigger) getUi throws', async () => {
    const em = await emulate();
    withContext(em.env, { authMode: 'FULL', ui: false }, () => {
      expectException(() => em.SpreadsheetApp.getUi(), 'ui-context');
      em.ss.getSheets()[0].getRange('A1').setValue(1);
    });
  });

  it('the bundle’s onOpen works in NONE: it builds the menu and touches nothing else', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1');
    const rt = await openRuntime(wb);
    // The runtime runs onOpen as Sheets does: withContext NONE, with e.authMode ScriptApp.AuthMode.NONE.
    rt.open('NONE');
    expect(rt.menuHandlers()).toEqual(expect.arrayContaining(['scoreItaSheet', 'showAbout']));
  });

  it('the bundle’s custom functions run in the custom-function context', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1');
    const rt = await openRuntime(wb);
    // 89.67 is in the A band (85–100) of the ITA grade scale.
    expect(asCustomFunction(rt.env, () => rt.callFunction('ITA_GRADE', [89.67]))).toBe('A');
  });
});

describe('console', () => {
  it('exists as in the V8 runtime and writes to the log (APPS-SCRIPT.md A1 row 20)', async () => {
    const { globals, ui } = await emulate();
    (globals.console as Console).error('failed');
    expect(ui.events).toEqual([expect.objectContaining({ kind: 'log', text: 'failed' })]);
  });
});

// APPS-SCRIPT.md A1 row 3: a service error has name "Exception" and a message without the prefix;
// the log shows "Exception: …" because it prints name and message. Inside the script it is an Error.
describe('errors as the bundle sees them', () => {
  it('are Errors of the script’s own realm, named Exception', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1');
    const rt = await openRuntime(wb);
    const seen = vm.runInContext(
      `(() => {
        try { SpreadsheetApp.getActiveSheet().getRange(1001, 1); }
        catch (e) { return [e instanceof Error, e.name, String(e).indexOf('Exception: ') === 0]; }
      })()`,
      rt.context,
    );
    expect(Array.from(seen as unknown[])).toEqual([true, 'Exception', true]);
  });
});
