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
      { caption: label(TEXT.exportPdfMenu, locale), handler: HANDLERS.exportPdf },
      { caption: label(TEXT.exportXlsxMenu, locale), handler: HANDLERS.exportXlsx },
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
