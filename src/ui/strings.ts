import type { Bilingual } from '../core/bilingual';

/** Thai users (and unknown locales) see Thai first; others see English first. Both are always shown. */
export function label(text: Bilingual, locale: string): string {
  return /^en/i.test(locale) ? `${text.en} / ${text.th}` : `${text.th} / ${text.en}`;
}

export const VERSION = '0.1.0';

export const TEXT = {
  about: { th: 'เกี่ยวกับ ITA Sheets', en: 'About ITA Sheets' },
  aboutBody: {
    th: `ITA Sheets ${VERSION} — ฟังก์ชันและเมนูสำหรับงานประเมินคุณธรรมและความโปร่งใส (ITA) ใช้ =ITA_GRADE(คะแนน) เพื่อหาระดับผลการประเมิน`,
    en: `ITA Sheets ${VERSION} — functions and menus for the Integrity and Transparency Assessment. Use =ITA_GRADE(score) for the grade of a score.`,
  },
} satisfies Record<string, Bilingual>;
