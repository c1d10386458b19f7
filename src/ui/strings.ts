import type { Bilingual } from '../core/bilingual';

/** Thai users (and unknown locales) see Thai first; others see English first. Both are always shown. */
export function label(text: Bilingual, locale: string): string {
  return /^en/i.test(locale) ? `${text.en} / ${text.th}` : `${text.th} / ${text.en}`;
}

/** Replaced by package.json's version when scripts/build.mjs bundles (tests that import src/ see "dev"). */
declare const __ITA_SHEETS_VERSION__: string;
export const VERSION = typeof __ITA_SHEETS_VERSION__ === 'string' ? __ITA_SHEETS_VERSION__ : 'dev';

export const TEXT = {
  about: { th: 'เกี่ยวกับ ITA Sheets', en: 'About ITA Sheets' },
  aboutBody: {
    th: `ITA Sheets ${VERSION} — ฟังก์ชันและเมนูสำหรับงานประเมินคุณธรรมและความโปร่งใส (ITA) ใช้ =ITA_GRADE(คะแนน) เพื่อหาระดับผลการประเมิน`,
    en: `ITA Sheets ${VERSION} — functions and menus for the Integrity and Transparency Assessment. Use =ITA_GRADE(score) for the grade of a score.`,
  },
  scoreMenu: { th: 'คำนวณคะแนน ITA', en: 'Score ITA sheet' },
  scoreGeneratedSheet: {
    th: 'ชีตนี้เป็นผลที่ ITA Sheets สร้างขึ้น เลือกชีตข้อมูล (ตารางคะแนนตัวชี้วัด แบบสอบถาม IIT/EIT หรือรายการ OIT) แล้วสั่งอีกครั้ง',
    en: 'This tab was made by ITA Sheets: select a data sheet (indicator scores, IIT/EIT answers or an OIT checklist) and run again.',
  },
  actionBusy: {
    th: 'มีคำสั่งอื่นของ ITA Sheets กำลังทำงานกับไฟล์นี้อยู่ รอสักครู่แล้วสั่งอีกครั้ง',
    en: 'Another ITA Sheets action is working on this file: wait a moment and run again.',
  },
  actionFailed: {
    th: 'ทำคำสั่งไม่สำเร็จ ไม่มีการเปลี่ยนแปลงข้อมูลของคุณ ลองอีกครั้ง หากยังเกิดขึ้นโปรดแจ้งผู้ดูแล',
    en: 'The action could not finish; your data was not changed. Try again, and tell your administrator if it happens again.',
  },
  scoreBigSheet: {
    th: 'กำลังคำนวณคะแนนจากตารางขนาดใหญ่…',
    en: 'Scoring a large table…',
  },
  scoreConfigBroken: {
    th: 'แท็บ ITA_CONFIG มีค่าที่ใช้ไม่ได้ แก้ไขแล้วสั่งอีกครั้ง:',
    en: 'The ITA_CONFIG tab has values that cannot be used; fix them and run again:',
  },
  validateTabMenu: { th: 'ตรวจสอบตาราง', en: 'Validate this tab' },
  validateAllMenu: { th: 'ตรวจสอบทุกแท็บ', en: 'Validate all tabs' },
  clearMarksMenu: { th: 'ล้างเครื่องหมาย', en: 'Clear marks' },
  validateGeneratedSheet: {
    th: 'แท็บนี้เป็นผลที่ ITA Sheets สร้างขึ้น เลือกแท็บตาราง (งบประมาณ มาตรการ รายงานผล หรือคะแนน) แล้วสั่งอีกครั้ง',
    en: 'This tab was made by ITA Sheets: select a table tab (budget, measures, progress or scores) and run again.',
  },
  noMarks: { th: 'ไม่มีเครื่องหมายที่ต้องล้าง', en: 'There are no marks to clear' },
  settingsMenu: { th: 'ตั้งค่ารายงาน', en: 'Report settings' },
  settingsCreated: {
    th: 'สร้างแท็บตั้งค่ารายงานแล้ว กรอกข้อมูลหน่วยงานในคอลัมน์ค่า',
    en: 'The report settings tab was made: fill in your agency in the value column',
  },
  settingsExists: {
    th: 'มีแท็บตั้งค่ารายงานอยู่แล้ว (ไม่ได้เปลี่ยนแปลง)',
    en: 'The report settings tab is already there (left as it is)',
  },
  templatesMenu: { th: 'เพิ่มแม่แบบรายงาน', en: 'Add report templates' },
  generateMenu: { th: 'สร้างรายงาน', en: 'Generate report' },
  noTemplates: {
    th: 'ไม่พบแม่แบบรายงาน เปิดแท็บแม่แบบ (ที่มี {{…}}) แล้วสั่งอีกครั้ง หรือใช้เมนู "เพิ่มแม่แบบรายงาน"',
    en: 'No report template found: open a template tab (one with {{…}}) and run again, or use "Add report templates"',
  },
  templateProblems: {
    th: 'แม่แบบหรือข้อมูลมีปัญหา จึงยังไม่ได้สร้างรายงาน แก้ไขแล้วสั่งอีกครั้ง:',
    en: 'The template or its data has problems, so no report was written; fix them and run again:',
  },
} satisfies Record<string, Bilingual>;
