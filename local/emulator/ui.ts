// Apps Script's Ui and Menu as the local runtime records them: menus added, alerts and prompts shown
// (answered from a list), sidebars and dialogs opened.
import { asService, unwrap } from './calls';
import type { Env } from './env';
import { exception } from './errors';
import type { Implements } from './implements';

/** One recorded UI event: a menu, an alert, a prompt, a toast, a sidebar or a dialog. */
export interface UiEvent {
  kind: 'menu' | 'alert' | 'prompt' | 'toast' | 'sidebar' | 'dialog' | 'log';
  title?: string;
  text: string;
  answer?: string;
}

export interface MenuItem {
  caption: string;
  handler: string;
}

export interface RecordedMenu {
  title: string;
  items: (MenuItem | { separator: true } | { submenu: RecordedMenu })[];
}

export interface ServiceOptions {
  locale: string;
  /** Answers for ui.alert/ui.prompt, taken in order (`--answer`); OK / the empty text when none left. */
  answers: string[];
  /** Where HtmlService.createHtmlOutputFromFile reads NAME.html (build/). */
  htmlDir: string;
  userEmail?: string;
}

export const BUTTON = { CLOSE: 'CLOSE', OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO' } as const;
export const BUTTON_SET = {
  OK: 'OK',
  OK_CANCEL: 'OK_CANCEL',
  YES_NO: 'YES_NO',
  YES_NO_CANCEL: 'YES_NO_CANCEL',
} as const;

export const BUTTONS_OF: Record<string, string[]> = {
  OK: ['OK', 'CLOSE'],
  OK_CANCEL: ['OK', 'CANCEL', 'CLOSE'],
  YES_NO: ['YES', 'NO', 'CLOSE'],
  YES_NO_CANCEL: ['YES', 'NO', 'CANCEL', 'CLOSE'],
};

/** Ui.alert/prompt overloads: (prompt), (prompt, buttons), (title, prompt, buttons); nothing else. */
export function dialogArgs(
  method: string,
  ...args: unknown[]
): { title?: string; text: string; buttons: keyof typeof BUTTON_SET } {
  const given = args.filter((x) => x !== undefined);
  const isSet = (x: unknown): x is keyof typeof BUTTON_SET => typeof x === 'string' && x in BUTTON_SET;
  const last = given[given.length - 1];
  if (given.length === 0 || given.length > 3 || (given.length > 1 && !isSet(last))) {
    const types = given.map((x) => (typeof x === 'string' ? 'String' : typeof x)).join(',');
    throw exception(
      'signature',
      `The parameters (${types}) don't match the method signature for Ui.${method}.`,
    );
  }
  if (given.length === 1) return { text: String(given[0]), buttons: 'OK' };
  if (given.length === 2) return { text: String(given[0]), buttons: last as keyof typeof BUTTON_SET };
  return { title: String(given[0]), text: String(given[1]), buttons: last as keyof typeof BUTTON_SET };
}

type MenuMethods = 'addItem' | 'addSeparator' | 'addSubMenu' | 'addToUi';

export class MenuImpl implements Implements<GoogleAppsScript.Base.Menu, MenuMethods> {
  readonly recorded: RecordedMenu;
  constructor(
    readonly env: Env,
    title: string,
    readonly onAdd: (menu: RecordedMenu) => void,
  ) {
    this.recorded = { title, items: [] };
  }
  _wrap(): MenuImpl {
    return asService('Menu', this, this.env.counter);
  }
  addItem(caption: string, functionName: string): MenuImpl {
    this.recorded.items.push({ caption, handler: functionName });
    return this._wrap();
  }
  addSeparator(): MenuImpl {
    this.recorded.items.push({ separator: true });
    return this._wrap();
  }
  addSubMenu(menu: GoogleAppsScript.Base.Menu): MenuImpl {
    this.recorded.items.push({ submenu: (unwrap(menu) as unknown as MenuImpl).recorded });
    return this._wrap();
  }
  addToUi(): void {
    this.onAdd(this.recorded);
  }
}

/** What the local runtime records from the UI: menus added, alerts shown and their answers. */
export interface UiRecord {
  menus: RecordedMenu[];
  events: UiEvent[];
}
