// The files a command reads and writes, checked before any work: an input that is not an .xlsx
// workbook is named for what it is (a folder, a CSV, an old .xls, a cut-off download), and an --out
// that cannot be written fails at once instead of after the work, or hanging on a pipe.
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmdirSync, statSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import { CliError, type Message, quoted } from './errors';

const cannotRead = (file: string, reason: Message): CliError =>
  new CliError({
    th: `อ่านสมุดงาน ${quoted(file)} ไม่ได้: ${reason.th}`,
    en: `cannot read workbook ${quoted(file)}: ${reason.en}`,
  });

const REASONS = {
  missing: { th: 'ไม่มีไฟล์นี้', en: 'no such file' },
  folder: { th: 'เป็นโฟลเดอร์ ไม่ใช่ไฟล์', en: 'it is a folder, not a file' },
  special: { th: 'ไม่ใช่ไฟล์ธรรมดา', en: 'it is not a regular file' },
  denied: { th: 'ไม่มีสิทธิ์อ่านไฟล์นี้', en: 'permission denied' },
  empty: {
    th: 'ไฟล์ว่างเปล่า (0 ไบต์) อาจคัดลอกหรือดาวน์โหลดไม่สำเร็จ',
    en: 'the file is empty (0 bytes); the copy or download may have failed',
  },
  truncated: {
    th: 'ไฟล์ไม่สมบูรณ์หรือเสียหาย (อาจถูกตัดระหว่างคัดลอกหรือดาวน์โหลด) ให้คัดลอกไฟล์มาใหม่',
    en: 'the file is incomplete or damaged (cut off while copying or downloading?); copy it again',
  },
  zip: {
    th: 'เป็นไฟล์ zip ที่ไม่ใช่สมุดงาน Excel (.xlsx)',
    en: 'it is a zip archive, not an Excel workbook (.xlsx)',
  },
  ods: {
    th: 'เป็นไฟล์ OpenDocument (.ods) ให้เปิดแล้วบันทึกเป็น .xlsx ก่อน',
    en: 'it is an OpenDocument spreadsheet (.ods); open it and save it as .xlsx first',
  },
  word: { th: 'เป็นเอกสาร Word ไม่ใช่สมุดงาน', en: 'it is a Word document, not a workbook' },
  powerpoint: { th: 'เป็นไฟล์ PowerPoint ไม่ใช่สมุดงาน', en: 'it is a PowerPoint file, not a workbook' },
  ole: {
    th: 'เป็นไฟล์ Excel รุ่นเก่า (.xls) หรือสมุดงานที่ตั้งรหัสผ่าน ให้บันทึกเป็น .xlsx แบบไม่มีรหัสผ่าน',
    en: 'it is an old Excel file (.xls) or a password-protected workbook; save it as .xlsx without a password',
  },
  csv: {
    th: 'เป็นไฟล์ข้อความ CSV ไม่ใช่สมุดงาน ให้เปิดใน Google Sheets หรือ Excel แล้วบันทึกเป็น .xlsx',
    en: 'it is a CSV text file, not a workbook; open it in Google Sheets or Excel and save it as .xlsx',
  },
  html: {
    th: 'เป็นหน้าเว็บ (HTML/XML) ที่ตั้งชื่อเป็นสมุดงาน ให้เปิดใน Excel แล้วบันทึกเป็น .xlsx',
    en: 'it is a web page (HTML/XML) under a spreadsheet name; open it in Excel and save it as .xlsx',
  },
  text: { th: 'เป็นไฟล์ข้อความ ไม่ใช่สมุดงาน .xlsx', en: 'it is a text file, not an .xlsx workbook' },
  other: { th: 'ไม่ใช่สมุดงาน .xlsx', en: 'it is not an .xlsx workbook' },
  damaged: {
    th: 'เปิดเป็นสมุดงานไม่ได้ ไฟล์อาจเสียหาย',
    en: 'it does not open as a workbook; the file may be damaged',
  },
} satisfies Record<string, Message>;

/** The input workbook's bytes, once the file is known to be an .xlsx that looks whole. */
export function readWorkbookFile(file: string): Buffer {
  let bytes: Buffer;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) throw cannotRead(file, REASONS.folder);
    // A pipe or a device can block a read forever.
    if (!stat.isFile()) throw cannotRead(file, REASONS.special);
    bytes = readFileSync(file);
  } catch (error) {
    if (error instanceof CliError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw cannotRead(file, code === 'ENOENT' || code === 'ENOTDIR' ? REASONS.missing : REASONS.denied);
  }
  const reason = whatIsWrong(bytes, file);
  if (reason) throw cannotRead(file, reason);
  return bytes;
}

/** The error for a file that passed the checks above and still did not open. */
export const unreadableWorkbook = (file: string): CliError => cannotRead(file, REASONS.damaged);

function whatIsWrong(bytes: Buffer, file: string): Message | undefined {
  if (bytes.length === 0) return REASONS.empty;
  if (bytes.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))) return REASONS.ole;
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
    const names = zipEntryNames(bytes);
    if (names === 'damaged') return REASONS.truncated;
    if (names === 'unlisted' || names.includes('xl/workbook.xml')) return undefined;
    if (names.includes('mimetype') && /opendocument/.test(bytes.toString('latin1', 0, 200)))
      return REASONS.ods;
    if (names.some((n) => n.startsWith('word/'))) return REASONS.word;
    if (names.some((n) => n.startsWith('ppt/'))) return REASONS.powerpoint;
    return REASONS.zip;
  }
  const head = bytes.subarray(0, 4096);
  if (head.includes(0)) return REASONS.other;
  const text = head.toString('utf8').replace(/^\uFEFF/, '');
  if (/^\s*</.test(text)) return REASONS.html;
  const firstLine = text.split(/\r?\n/)[0];
  if (/^\.(csv|tsv|txt)$/i.test(extname(file)) || /[,\t;]/.test(firstLine)) return REASONS.csv;
  return REASONS.text;
}

/**
 * The names in a zip's central directory, 'damaged' when the directory is missing or runs past the
 * end (a cut-off file loses its end first), 'unlisted' for a ZIP64 archive (exceljs judges those).
 */
function zipEntryNames(bytes: Buffer): string[] | 'damaged' | 'unlisted' {
  const END = 0x06054b50;
  let end = -1;
  for (let p = bytes.length - 22; p >= Math.max(0, bytes.length - 22 - 0xffff); p--) {
    if (bytes.readUInt32LE(p) === END) {
      end = p;
      break;
    }
  }
  if (end < 0) return 'damaged';
  const count = bytes.readUInt16LE(end + 10);
  const size = bytes.readUInt32LE(end + 12);
  const offset = bytes.readUInt32LE(end + 16);
  if (offset === 0xffffffff || count === 0xffff) return 'unlisted';
  if (offset + size > end) return 'damaged';
  const names: string[] = [];
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > end || bytes.readUInt32LE(p) !== 0x02014b50) return 'damaged';
    const nameLength = bytes.readUInt16LE(p + 28);
    const extra = bytes.readUInt16LE(p + 30) + bytes.readUInt16LE(p + 32);
    names.push(bytes.toString('utf8', p + 46, p + 46 + nameLength));
    p += 46 + nameLength + extra;
  }
  return names;
}

const cannotWrite = (out: string, reason: Message): CliError =>
  new CliError({
    th: `บันทึก --out ${quoted(out)} ไม่ได้: ${reason.th}`,
    en: `cannot write --out ${quoted(out)}: ${reason.en}`,
  });

/** Refuses an --out that cannot be written, before the work: the check costs a stat and a probe. */
export function checkOutPath(out: string): void {
  if (!/\.xlsx$/i.test(out)) {
    throw cannotWrite(out, {
      th: 'ชื่อไฟล์ต้องลงท้ายด้วย .xlsx (ผลลัพธ์เป็นสมุดงาน Excel)',
      en: 'the name must end in .xlsx (the result is an Excel workbook)',
    });
  }
  const path = resolve(out);
  if (existsSync(path)) {
    const stat = statSync(path);
    if (stat.isDirectory()) throw cannotWrite(out, { th: 'เป็นโฟลเดอร์', en: 'it is a folder' });
    // Opening a pipe for writing waits for a reader: that is the hang a user would see.
    if (!stat.isFile()) throw cannotWrite(out, REASONS.special);
    try {
      closeSync(openSync(path, 'r+'));
    } catch (error) {
      throw cannotWrite(out, writeReason(error));
    }
    return;
  }
  let folder = dirname(path);
  while (!existsSync(folder)) folder = dirname(folder);
  if (!statSync(folder).isDirectory()) {
    throw cannotWrite(out, {
      th: `${quoted(folder)} เป็นไฟล์ ไม่ใช่โฟลเดอร์`,
      en: `${quoted(folder)} is a file, not a folder`,
    });
  }
  try {
    rmdirSync(mkdtempSync(join(folder, '.ita-sheets-')));
  } catch (error) {
    throw cannotWrite(out, writeReason(error, folder));
  }
}

/** The error for a save that failed after the checks (the disk filled, the folder went away). */
export const saveFailed = (out: string, error: unknown): CliError => cannotWrite(out, writeReason(error));

function writeReason(error: unknown, folder?: string): Message {
  const code = (error as NodeJS.ErrnoException).code;
  const where = folder
    ? { th: ` ในโฟลเดอร์ ${quoted(folder)}`, en: ` in the folder ${quoted(folder)}` }
    : null;
  if (code === 'EROFS')
    return { th: `พื้นที่เก็บเป็นแบบอ่านอย่างเดียว${where?.th ?? ''}`, en: `read-only file system${where?.en ?? ''}` };
  if (code === 'ENOSPC') return { th: 'พื้นที่ดิสก์เต็ม', en: 'no space left on the disk' };
  return { th: `ไม่มีสิทธิ์เขียน${where?.th ?? ''}`, en: `permission denied${where?.en ?? ''}` };
}
