// runAction, the one way menu actions run, through the built bundle in the emulator: the document
// lock, the error boundary, and the flush before the lock is let go.
import ExcelJS from 'exceljs';
import { HANDLERS } from '../../contract/actions';
import { TAB_NAMES } from '../../contract/metadata';
import { unwrap } from '../../local/emulator/calls';
import { openRuntime, type Runtime } from '../../local/runtime';

const DATA = 'คะแนน';
const THAI = /[\u0E00-\u0E7F]/;

async function open(): Promise<Runtime> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(DATA);
  ws.addRow(['หน่วยงาน', 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  // IIT 89.878 × 0.3 + EIT 82.36 × 0.3 + OIT 95 × 0.4 = 89.6714 → 89.67 (DOMAIN.md §1)
  ws.addRow(['อบต. ก', 90.12, 88.4, 93.75, 86.02, 91.1, 85.33, 79.5, 82.25, 90.0, 100.0]);
  const rt = await openRuntime(wb);
  rt.env.active = rt.env.workbook.getWorksheet(DATA)!;
  return rt;
}

const alerts = (rt: Runtime) => rt.ui.events.filter((e) => e.kind === 'alert');
const tabs = (rt: Runtime) => rt.env.workbook.worksheets.map((w) => w.name).filter((n) => !n.startsWith('_'));
const documentLock = (rt: Runtime) =>
  (rt.context.LockService as GoogleAppsScript.Lock.LockService).getDocumentLock();
/** Another execution (a second user's menu action) takes or lets go of the document lock. */
const heldElsewhere = (rt: Runtime, held: boolean) => {
  (unwrap(documentLock(rt)) as unknown as { _heldElsewhere: boolean })._heldElsewhere = held;
};

describe('runAction', () => {
  it('when another action holds the document lock: says so in Thai and English, writes nothing', async () => {
    const rt = await open();
    heldElsewhere(rt, true);
    rt.env.counter.reset();
    const result = rt.run(HANDLERS.scoreSheet) as { ok: boolean; aborted?: string };
    expect(result).toMatchObject({ ok: false, aborted: 'busy' });
    const [alert] = alerts(rt);
    expect(alert.text).toContain('มีคำสั่งอื่นของ ITA Sheets กำลังทำงานกับไฟล์นี้อยู่');
    expect(alert.text).toContain('Another ITA Sheets action is working on this file');
    expect(tabs(rt)).toEqual([DATA]);
    // Nothing but the lock and the alert: the sheet was not even read.
    expect(rt.env.counter.total('Range')).toBe(0);
    expect(rt.env.counter.total('Spreadsheet.')).toBe(0);
    // Once the other action is done, the same click works.
    heldElsewhere(rt, false);
    expect(rt.run(HANDLERS.scoreSheet)).toMatchObject({ ok: true, tab: TAB_NAMES.itaScore });
  });

  it('an unexpected error: a bilingual alert without a stack, the stack in the log, the lock let go', async () => {
    const rt = await open();
    // A service failing mid-action, as Apps Script's do ("Service Spreadsheets failed…").
    const app = rt.context.SpreadsheetApp as Record<string, unknown>;
    rt.context.SpreadsheetApp = new Proxy(app, {
      get: (target, prop) =>
        prop === 'getActiveSpreadsheet'
          ? () => {
              throw new Error('Service Spreadsheets failed while accessing document');
            }
          : Reflect.get(target, prop),
    });
    const result = rt.run(HANDLERS.scoreSheet) as { ok: boolean; aborted?: string };
    expect(result).toMatchObject({ ok: false, aborted: 'failed' });
    const [alert] = alerts(rt);
    expect(alert.text).toMatch(THAI);
    expect(alert.text).toContain('The action could not finish');
    expect(alert.text).toContain('Service Spreadsheets failed while accessing document');
    expect(alert.text).not.toMatch(/\n\s+at /);
    // The emulator's console is Apps Script's execution log.
    const logged = rt.ui.events.filter((e) => e.kind === 'log').map((e) => e.text ?? '');
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatch(/^Score ITA sheet: Error: Service Spreadsheets failed/);
    expect(logged[0]).toMatch(/\n\s+at /);
    expect(documentLock(rt).hasLock()).toBe(false);
    expect(tabs(rt)).toEqual([DATA]);
  });

  it('flushes before letting the lock go, last of all', async () => {
    const rt = await open();
    const order: string[] = [];
    const spy = <T extends object>(target: T, name: string, wrap?: (value: unknown) => unknown) =>
      new Proxy(target, {
        get(obj, prop) {
          const value = Reflect.get(obj, prop);
          if (typeof value !== 'function') return value;
          return (...args: unknown[]) => {
            order.push(`${name}.${String(prop)}`);
            const result = (value as (...a: unknown[]) => unknown).apply(obj, args);
            return wrap ? wrap(result) : result;
          };
        },
      });
    rt.context.SpreadsheetApp = spy(rt.context.SpreadsheetApp as object, 'SpreadsheetApp');
    rt.context.LockService = spy(rt.context.LockService as object, 'LockService', (lock) =>
      spy(lock as object, 'Lock'),
    );
    rt.run(HANDLERS.scoreSheet);
    expect(order.slice(0, 2)).toEqual(['LockService.getDocumentLock', 'Lock.tryLock']);
    expect(order.slice(-2)).toEqual(['SpreadsheetApp.flush', 'Lock.releaseLock']);
    expect(documentLock(rt).hasLock()).toBe(false);
  });

  it('the handler names of contract/ are the bundle’s globals and the menu’s items', async () => {
    const rt = await open();
    rt.run('onOpen', { authMode: 'FULL' });
    for (const name of Object.values(HANDLERS)) {
      expect(typeof rt.context[name]).toBe('function');
      expect(rt.menuHandlers()).toContain(name);
    }
  });
});
