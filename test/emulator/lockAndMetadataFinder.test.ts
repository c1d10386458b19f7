// The emulator's LockService and DeveloperMetadataFinder against Apps Script's documented behaviour.
import { emulate } from '../sheets/emulator';

describe('LockService (developers.google.com/apps-script/reference/lock/lock)', () => {
  it('tryLock gets a free lock; hasLock says so until releaseLock', async () => {
    const { globals } = await emulate();
    const lock = (globals.LockService as GoogleAppsScript.Lock.LockService).getDocumentLock();
    expect(lock.tryLock(1000)).toBe(true);
    expect(lock.hasLock()).toBe(true);
    lock.releaseLock();
    expect(lock.hasLock()).toBe(false);
  });

  it('held by another execution: tryLock returns false, waitLock throws on timeout', async () => {
    const { env, globals } = await emulate();
    env.locksHeldElsewhere = new Set(['document']);
    const service = globals.LockService as GoogleAppsScript.Lock.LockService;
    expect(service.getDocumentLock().tryLock(1000)).toBe(false);
    expect(() => service.getDocumentLock().waitLock(1000)).toThrow(/Lock timeout/);
    // Other scopes are other locks.
    expect(service.getUserLock().tryLock(1000)).toBe(true);
  });
});

describe('DeveloperMetadataFinder (reference/spreadsheet/developer-metadata-finder)', () => {
  it('finds sheet metadata by key and value in one find(), each with its sheet', async () => {
    const { ss } = await emulate((wb) => {
      wb.addWorksheet('A');
      wb.addWorksheet('B');
      wb.addWorksheet('C');
    });
    ss.getSheetByName('A')!.addDeveloperMetadata('tag', 'one');
    ss.getSheetByName('C')!.addDeveloperMetadata('tag', 'two');
    ss.getSheetByName('C')!.addDeveloperMetadata('other', 'x');
    const found = ss.createDeveloperMetadataFinder().withKey('tag').find();
    expect(found.map((m) => [m.getValue(), m.getLocation().getSheet()!.getName()])).toEqual([
      ['one', 'A'],
      ['two', 'C'],
    ]);
    const two = ss.createDeveloperMetadataFinder().withKey('tag').withValue('two').find();
    expect(two.map((m) => m.getLocation().getSheet()!.getName())).toEqual(['C']);
    expect(ss.createDeveloperMetadataFinder().withKey('none').find()).toEqual([]);
  });

  it('a deleted sheet takes its metadata with it', async () => {
    const { ss } = await emulate((wb) => {
      wb.addWorksheet('A');
      wb.addWorksheet('B');
    });
    ss.getSheetByName('B')!.addDeveloperMetadata('tag', 'one');
    ss.deleteSheet(ss.getSheetByName('B')!);
    ss.insertSheet('B');
    expect(ss.createDeveloperMetadataFinder().withKey('tag').find()).toEqual([]);
  });
});
