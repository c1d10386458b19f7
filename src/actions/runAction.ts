// The one way a menu action runs: under the document lock, inside one error boundary, with pending
// writes flushed before the lock is let go. Sheets ignores what a handler returns; the local runtime
// and the CLI print it.
import type { ActionResult } from '../../contract/actions';
import { type Bilingual, bothLanguages } from '../core/bilingual';
import { alert, logError, toast } from '../sheets/dialogs';
import { tryDocumentLock } from '../sheets/lock';
import { activeSpreadsheet } from '../sheets/read';
import { TEXT } from '../ui/strings';

/** What an action gets from runAction: the open spreadsheet, and ways to talk to the user. */
export interface ActionContext {
  /** The spreadsheet the user has open (looked up once per action). */
  spreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet;
  /** An alert titled with the action's name: for what the user must read (a refusal, a problem). */
  tell(message: Bilingual): void;
  /** A toast: for work that takes a while, and for "done" (the result is on screen already). */
  progress(message: Bilingual): void;
}

/** Runs `work` as the menu action `title`; returns its summary, or why it stopped. */
export function runAction<S>(title: Bilingual, work: (context: ActionContext) => S): ActionResult<S> {
  // Thai first, English second (the house rule): no locale look-up, which would cost a call per action.
  const heading = bothLanguages(title);
  let open: GoogleAppsScript.Spreadsheet.Spreadsheet | undefined;
  const spreadsheet = () => (open ??= activeSpreadsheet());
  const context: ActionContext = {
    spreadsheet,
    tell: (message) => alert(heading, bothLanguages(message)),
    progress: (message) => toast(spreadsheet(), heading, bothLanguages(message)),
  };
  const failed = (error: unknown) => {
    // The stack goes to the execution log for us; the user gets what happened, without it. (Read by
    // shape, not instanceof: an Error made in another realm is one too.)
    const { message: detail = String(error), stack } = (error ?? {}) as { message?: string; stack?: string };
    logError(`${title.en}: ${stack ?? detail}`);
    const message = { th: `${TEXT.actionFailed.th} (${detail})`, en: `${TEXT.actionFailed.en} (${detail})` };
    try {
      context.tell(message);
    } catch (alertError) {
      logError(`${title.en}: the alert failed too: ${String(alertError)}`);
    }
    return { ok: false as const, aborted: 'failed' as const, message };
  };
  let lock;
  try {
    lock = tryDocumentLock();
  } catch (error) {
    return failed(error);
  }
  if (!lock) {
    context.tell(TEXT.actionBusy);
    return { ok: false, aborted: 'busy', message: TEXT.actionBusy };
  }
  try {
    return work(context);
  } catch (error) {
    return failed(error);
  } finally {
    try {
      lock.release();
    } catch (error) {
      logError(`${title.en}: releasing the lock: ${String(error)}`);
    }
  }
}
