// Menu action "ล้างเครื่องหมาย / Clear marks": gives every cell validation marked its fill and note
// back, from the record kept in document properties, and deletes the record.
import type { ActionResult, ClearMarksSummary } from '../../contract/actions';
import { PROPERTY_KEYS } from '../../contract/metadata';
import { decodeMarks, withoutMarks } from '../core/validation/marks';
import { findSheet } from '../sheets/findSheet';
import { clearSheetMarks, documentStore } from '../sheets/marks';
import { TEXT } from '../ui/strings';
import { type ActionContext, runAction } from './runAction';

function clearMarks({ spreadsheet: open, progress }: ActionContext): ClearMarksSummary {
  const store = documentStore();
  const properties = store.values;
  const marked = decodeMarks(properties, PROPERTY_KEYS.marks);
  const rest = withoutMarks(properties, PROPERTY_KEYS.marks);
  let restored = 0;
  let changed = 0;
  const missingSheets: string[] = [];
  if (marked.length) {
    const spreadsheet = open();
    for (const m of marked) {
      // By id: a renamed tab is still the one marked; a new tab with its old name is not.
      const sheet = findSheet(spreadsheet, m);
      if (!sheet) {
        missingSheets.push(m.name);
        continue;
      }
      const done = clearSheetMarks(sheet, m.cells);
      restored += done.restored;
      changed += done.changed;
    }
  }
  if (Object.keys(rest).length !== Object.keys(properties).length) store.replace(rest);
  progress(
    marked.length
      ? {
          th: `ล้างเครื่องหมาย ${restored} เซลล์${changed ? ` (${changed} เซลล์ถูกแก้ไขหลังตรวจ จึงคงไว้ตามที่แก้)` : ''}`,
          en: `Cleared the marks of ${restored} cell(s)${changed ? ` (${changed} changed since were left as they are)` : ''}`,
        }
      : TEXT.noMarks,
  );
  return { ok: true, restored, changed, missingSheets };
}

/** Menu handler: clear the marks of the last validation. */
export function clearValidationMarks(): ActionResult<ClearMarksSummary> {
  return runAction(TEXT.clearMarksMenu, clearMarks);
}
