// The agency a title line names ("องค์การบริหารส่วนตำบลหนองบัว อำเภอเมืองขอนแก่น จังหวัดขอนแก่น" →
// องค์การบริหารส่วนตำบลหนองบัว), found by the words agency names open with. A line that names none
// (a source line "ข้อมูลจากระบบ ITAS", a heading "ผลการประเมิน ITA ย้อนหลัง ๓ ปี") names no agency:
// it is never taken for one. Pure.

/** The words Thai public agencies' names open with, longest first where one holds another. */
const OPENING = [
  'องค์การบริหารส่วนตำบล',
  'องค์การบริหารส่วนจังหวัด',
  'องค์การ',
  'อบต\\.?',
  'อบจ\\.?',
  'เทศบาลตำบล',
  'เทศบาลเมือง',
  'เทศบาลนคร',
  'เทศบาล',
  'เมืองพัทยา',
  'กรุงเทพมหานคร',
  'กระทรวง',
  'กรม',
  'สำนักงาน',
  'สำนัก',
  'สถาบัน',
  'มหาวิทยาลัย',
  'วิทยาลัย',
  'โรงพยาบาล',
  'โรงเรียน',
  'ศาล',
  'การไฟฟ้า',
  'การประปา',
  'การท่าเรือ',
  'การยาง',
  'การกีฬา',
  'การท่องเที่ยว',
  'ธนาคาร',
].join('|');

// At the start of the line, after a space or bracket, or after ของ ("ผลการประเมินของเทศบาลตำบล…"):
// never inside a word ("โปรแกรม" holds กรม).
const AGENCY = new RegExp(`(?:^|[\\s(“"]|ของ)((?:${OPENING})\\S.*)$`);

/** Where the name ends: the district, the province, the year or the assessment after it. */
const AFTER_NAME =
  /\s+(?:อำเภอ|อ\.|จังหวัด|จ\.|ประจำปี|ปีงบประมาณ|ปีการประเมิน|ปี\s*[0-9๐-๙]|พ\.\s?ศ\.|ITA\b|\(|–|-\s)/;

/** A line that says where figures come from, never whose they are. */
const SOURCE = /^(?:ข้อมูลจาก|ที่มา|แหล่งข้อมูล|อ้างอิง|source|data from)/i;

/** A line that says where the figures come from ("ข้อมูลจากระบบ ITAS"). */
export const isSourceLine = (line: string): boolean => SOURCE.test(line.trim());

/** The agency named in `line`, or undefined when it names none. */
export function agencyNameIn(line: string): string | undefined {
  const text = line.replace(/\s+/g, ' ').trim();
  if (SOURCE.test(text)) return undefined;
  const m = AGENCY.exec(text);
  if (!m) return undefined;
  const name = m[1].split(AFTER_NAME)[0].replace(/[\s:,;]+$/, '');
  return name || undefined;
}
