// What the tryout scripts (tryout/make.mjs, tryout/reports/make.mjs) share: Thai digits, amounts as
// agencies type them, exact sums in satang, and writing a workbook of plain rows.
import ExcelJS from 'exceljs';
import { join } from 'node:path';

const TH = '๐๑๒๓๔๕๖๗๘๙';
/** Thai digits of a number or text. */
export const th = (v) => String(v).replace(/\d/g, (d) => TH[Number(d)]);
/** 20000 → "20,000" (and "12,500.50" when there are satang). */
export const comma = (baht) => {
  const satang = Math.round(baht * 100);
  const whole = Math.trunc(satang / 100).toLocaleString('en-US');
  return satang % 100 ? `${whole}.${String(satang % 100).padStart(2, '0')}` : whole;
};
export const thComma = (baht) => th(comma(baht));
/** The ten indicators of the 2564–2566 framework, in order (DOMAIN.md §1), as agencies write them. */
export const NAMES = [
  'การปฏิบัติหน้าที่',
  'การใช้งบประมาณ',
  'การใช้อำนาจ',
  'การใช้ทรัพย์สินของราชการ',
  'การแก้ไขปัญหาการทุจริต',
  'คุณภาพการดำเนินงาน',
  'ประสิทธิภาพการสื่อสาร',
  'การปรับปรุงการทำงาน',
  'การเปิดเผยข้อมูล',
  'การป้องกันการทุจริต',
];

/** Sum of amounts in satang; '-' and 'ไม่ใช้งบประมาณ' are 0. */
export const sum = (xs) =>
  xs.reduce((s, x) => s + (typeof x === 'number' ? Math.round(x * 100) : 0), 0) / 100;

/** Writes `file` in `dir`: sheets = [{ name, rows, merges?, widths? }], blank cells left empty. */
export async function writeBook(dir, file, sheets) {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    s.rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === '' || v === null || v === undefined) return;
        ws.getCell(r + 1, c + 1).value = v;
      }),
    );
    for (const m of s.merges ?? []) ws.mergeCells(m);
    (s.widths ?? []).forEach((w, i) => (ws.getColumn(i + 1).width = w));
  }
  await wb.xlsx.writeFile(join(dir, file));
}
