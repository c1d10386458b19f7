// Apps Script's Ui and Menu as the local runtime records them: menus added, alerts and prompts shown
// (answered from a list), sidebars and dialogs opened.
import { asService, unwrap } from './calls';
import type { Env } from './env';
import type { HtmlOutputImpl } from './html-output';
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

type UiMethods =
  | 'createMenu'
  | 'createAddonMenu'
  | 'alert'
  | 'prompt'
  | 'showSidebar'
  | 'showModalDialog'
  | 'showModelessDialog';

/** SpreadsheetApp.getUi(): records menus and dialogs, answers alerts and prompts from `answers`. */
export class UiImpl implements Implements<GoogleAppsScript.Base.Ui, UiMethods> {
  readonly Button = BUTTON;
  readonly ButtonSet = BUTTON_SET;
  constructor(
    readonly env: Env,
    readonly record: UiRecord,
    readonly answers: string[],
    readonly log: (kind: UiEvent['kind'], text: string, title?: string, answer?: string) => void,
  ) {}
  _wrap(): UiImpl {
    return asService('Ui', this, this.env.counter, ['Button', 'ButtonSet']);
  }
  private nextAnswer(fallback: string): string {
    return this.answers.length ? String(this.answers.shift()) : fallback;
  }
  createMenu(caption: string): MenuImpl {
    return new MenuImpl(this.env, caption, (m) => this.record.menus.push(m))._wrap();
  }
  createAddonMenu(): MenuImpl {
    return new MenuImpl(this.env, 'Add-ons', (m) => this.record.menus.push(m))._wrap();
  }
  alert(a: unknown, b?: unknown, c?: unknown): string {
    const { title, text, buttons } = dialogArgs('alert', a, b, c);
    const fallback = buttons === 'YES_NO' || buttons === 'YES_NO_CANCEL' ? 'YES' : 'OK';
    const answer = this.nextAnswer(fallback).toUpperCase();
    this.log('alert', text, title, answer);
    return answer in BUTTON ? answer : fallback;
  }
  prompt(a: unknown, b?: unknown, c?: unknown): unknown {
    const { title, text, buttons } = dialogArgs('prompt', a, b, c);
    const positive = buttons === 'YES_NO' || buttons === 'YES_NO_CANCEL' ? 'YES' : 'OK';
    const answer = this.nextAnswer('');
    this.log('prompt', text, title, answer);
    // An answer naming another button of the set (CANCEL, NO, CLOSE) is a click on that button.
    const upper = answer.toUpperCase();
    const clicked = upper !== positive && BUTTONS_OF[buttons].includes(upper) ? upper : undefined;
    return asService(
      'PromptResponse',
      {
        getResponseText: () => (clicked ? '' : answer),
        getSelectedButton: () => clicked ?? positive,
      },
      this.env.counter,
    );
  }
  showSidebar(html: GoogleAppsScript.HTML.HtmlOutput): void {
    const page = unwrap(html) as unknown as HtmlOutputImpl;
    this.log('sidebar', page.content, page.title);
  }
  showModalDialog(html: GoogleAppsScript.HTML.HtmlOutput, title: string): void {
    this.log('dialog', (unwrap(html) as unknown as HtmlOutputImpl).content, title);
  }
  showModelessDialog(html: GoogleAppsScript.HTML.HtmlOutput, title: string): void {
    this.log('dialog', (unwrap(html) as unknown as HtmlOutputImpl).content, title);
  }
}
