import { HANDLERS } from '../../contract/actions';
import { addAddonMenu, alert, userLocale } from '../sheets/dialogs';
import { label, TEXT } from './strings';

/** Builds the add-on menu; handler names are globals defined in main.ts. */
export function buildMenu(): void {
  const locale = userLocale();
  addAddonMenu({
    title: 'ITA Sheets',
    items: [
      { caption: label(TEXT.scoreMenu, locale), handler: HANDLERS.scoreSheet },
      null,
      { caption: label(TEXT.validateTabMenu, locale), handler: HANDLERS.validateTab },
      { caption: label(TEXT.validateAllMenu, locale), handler: HANDLERS.validateAll },
      { caption: label(TEXT.clearMarksMenu, locale), handler: HANDLERS.clearMarks },
      { caption: label(TEXT.generateMenu, locale), handler: HANDLERS.generateReport },
      { caption: label(TEXT.templatesMenu, locale), handler: HANDLERS.addTemplates },
      { caption: label(TEXT.settingsMenu, locale), handler: HANDLERS.reportSettings },
      null,
      { caption: label(TEXT.about, locale), handler: HANDLERS.showAbout },
    ],
  });
}

/** Menu handler: what the add-in is and which version runs. */
export function showAbout(): void {
  const locale = userLocale();
  alert(label(TEXT.about, locale), label(TEXT.aboutBody, locale));
}
