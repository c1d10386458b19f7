// The services beside SpreadsheetApp: Ui (menus, alerts, prompts, dialogs), PropertiesService,
// Utilities.formatDate, HtmlService, Session, CacheService, LockService and Logger.
import ExcelJS from 'exceljs';
import { openWorkbook } from '../../local/emulator/index';
import { createServices } from '../../local/emulator/services';
import { emulate } from './emulator';

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
    expect(errorOf(() => ui.alert('Title', 'Body'))).toMatch(
      /The parameters \(String,String\) don't match the method signature for Ui\.alert/,
    );
    expect(errorOf(() => ui.prompt('Title', 'Body'))).toMatch(
      /don't match the method signature for Ui\.prompt/,
    );
    expect(errorOf(() => ui.alert())).toMatch(/don't match the method signature/);
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
    expect(errorOf(() => Utilities.formatDate(instant, 'UTC', 'yyyy-MM-ddTHH'))).toMatch(
      /Illegal pattern character 'T'/,
    );
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
