// Typical measures for each ITA indicator, in the words agencies use in their O42 documents, kept as
// data: the analysis report suggests them for the agency's weak indicators, so staff start the
// measures document from a draft instead of a blank page. A user edits them in a tab like any table;
// nothing here is a score or a rule, only wording.

export interface SuggestedMeasure {
  /** มาตรการ / แนวทาง */
  measure: string;
  /** วิธีการดำเนินการ */
  method: string;
  /** ผู้รับผิดชอบ (a usual unit of an อบต. / เทศบาล) */
  responsible: string;
  /** ระยะเวลาดำเนินการ */
  period: string;
  /** การติดตามผล */
  followUp: string;
}

const YEAR_ROUND = 'ตลอดปีงบประมาณ';
const REPORT_BACK = 'รายงานผลต่อผู้บริหารทุกไตรมาส';

/** Indicator number ("1" … "10", as the frameworks number them) → suggested measures. */
export const MEASURES_LIBRARY: Readonly<Record<string, readonly SuggestedMeasure[]>> = {
  '1': [
    {
      measure: 'จัดทำคู่มือหรือมาตรฐานการปฏิบัติงานและเผยแพร่ต่อสาธารณะ',
      method: 'ทบทวนคู่มือการให้บริการทุกงาน กำหนดขั้นตอนและระยะเวลาให้ชัดเจน เผยแพร่บนเว็บไซต์และ ณ จุดบริการ',
      responsible: 'สำนักปลัด',
      period: YEAR_ROUND,
      followUp: 'สุ่มตรวจการให้บริการตามคู่มือ และรายงานผลต่อผู้บริหาร',
    },
    {
      measure: 'ให้บริการอย่างเท่าเทียมตามลำดับก่อนหลัง ไม่เลือกปฏิบัติ',
      method: 'จัดระบบบัตรคิว ประกาศช่องทางร้องเรียนการเลือกปฏิบัติ และชี้แจงบุคลากรในการประชุมประจำเดือน',
      responsible: 'ทุกส่วนราชการ',
      period: YEAR_ROUND,
      followUp: REPORT_BACK,
    },
  ],
  '2': [
    {
      measure: 'เผยแพร่แผนการใช้จ่ายงบประมาณประจำปีและรายงานผลการใช้จ่ายให้ประชาชนตรวจสอบได้',
      method: 'ประกาศแผนการจัดซื้อจัดจ้าง รายงานผลการใช้จ่ายรายไตรมาสบนเว็บไซต์ และเปิดโอกาสให้ประชาชนมีส่วนร่วมตรวจสอบ',
      responsible: 'กองคลัง',
      period: YEAR_ROUND,
      followUp: 'รายงานผลการใช้จ่ายงบประมาณรายไตรมาส',
    },
    {
      measure: 'ใช้จ่ายงบประมาณอย่างคุ้มค่า ตรงตามวัตถุประสงค์ ไม่เอื้อประโยชน์แก่ผู้ใด',
      method: 'ตรวจสอบการเบิกจ่ายตามระเบียบ จัดอบรมบุคลากรเรื่องการจัดซื้อจัดจ้างและผลประโยชน์ทับซ้อน',
      responsible: 'กองคลัง / หน่วยตรวจสอบภายใน',
      period: YEAR_ROUND,
      followUp: 'หน่วยตรวจสอบภายในรายงานผลการตรวจสอบ',
    },
  ],
  '3': [
    {
      measure: 'กำหนดหลักเกณฑ์การมอบหมายงาน การประเมินผล และการพิจารณาความดีความชอบที่เป็นธรรมและเปิดเผย',
      method: 'ประกาศหลักเกณฑ์การประเมินผลการปฏิบัติงาน แจ้งบุคลากรทุกคน และเปิดช่องทางอุทธรณ์',
      responsible: 'สำนักปลัด (งานการเจ้าหน้าที่)',
      period: YEAR_ROUND,
      followUp: 'สำรวจความคิดเห็นของบุคลากรปีละครั้ง',
    },
    {
      measure: 'ป้องกันการสั่งการให้กระทำในสิ่งที่ไม่ถูกต้อง',
      method: 'จัดทำช่องทางแจ้งเรื่องร้องเรียนภายในที่ปกปิดชื่อผู้แจ้ง และประกาศแนวทางคุ้มครองผู้แจ้ง',
      responsible: 'สำนักปลัด',
      period: YEAR_ROUND,
      followUp: REPORT_BACK,
    },
  ],
  '4': [
    {
      measure: 'จัดทำแนวปฏิบัติการยืมและการใช้ทรัพย์สินของราชการ',
      method: 'ประกาศขั้นตอนการขออนุญาตยืมทรัพย์สิน จัดทำทะเบียนคุมการยืม และชี้แจงบุคลากร',
      responsible: 'กองคลัง (งานพัสดุ)',
      period: YEAR_ROUND,
      followUp: 'ตรวจสอบทะเบียนการยืมทรัพย์สินทุกไตรมาส',
    },
    {
      measure: 'สร้างความตระหนักเรื่องการไม่นำทรัพย์สินของราชการไปใช้ประโยชน์ส่วนตัว',
      method: 'เผยแพร่ตัวอย่างกรณีศึกษา และกำกับดูแลการใช้รถยนต์ส่วนกลางและวัสดุสำนักงาน',
      responsible: 'สำนักปลัด',
      period: YEAR_ROUND,
      followUp: REPORT_BACK,
    },
  ],
  '5': [
    {
      measure: 'ประกาศเจตจำนงสุจริตของผู้บริหารและจัดทำแผนปฏิบัติการป้องกันการทุจริต',
      method: 'ผู้บริหารประกาศเจตจำนงสุจริตต่อสาธารณะ จัดทำและเผยแพร่แผนปฏิบัติการป้องกันการทุจริตประจำปี',
      responsible: 'สำนักปลัด',
      period: 'ไตรมาส 1',
      followUp: 'รายงานผลการดำเนินงานตามแผนรอบ ๖ เดือน และ ๑๒ เดือน',
    },
    {
      measure: 'เปิดช่องทางรับเรื่องร้องเรียนการทุจริตและจัดการเรื่องร้องเรียนอย่างเป็นระบบ',
      method: 'เปิดช่องทางร้องเรียนหลายช่องทาง กำหนดขั้นตอนและระยะเวลาจัดการ และแจ้งผลให้ผู้ร้องทราบ',
      responsible: 'สำนักปลัด',
      period: YEAR_ROUND,
      followUp: 'สรุปสถิติเรื่องร้องเรียนทุกไตรมาส',
    },
  ],
  '6': [
    {
      measure: 'ยกระดับคุณภาพการให้บริการประชาชน',
      method: 'ลดขั้นตอนและระยะเวลาการให้บริการ ติดป้ายแสดงขั้นตอน และสำรวจความพึงพอใจผู้รับบริการ',
      responsible: 'ทุกส่วนราชการ',
      period: YEAR_ROUND,
      followUp: 'สรุปผลการสำรวจความพึงพอใจปีละครั้ง',
    },
  ],
  '7': [
    {
      measure: 'เพิ่มช่องทางการสื่อสารและเผยแพร่ข้อมูลที่เข้าถึงง่าย',
      method: 'ปรับปรุงเว็บไซต์และเพจของหน่วยงานให้เป็นปัจจุบัน เผยแพร่ผลงานและข้อมูลสำคัญอย่างสม่ำเสมอ',
      responsible: 'สำนักปลัด (งานประชาสัมพันธ์)',
      period: YEAR_ROUND,
      followUp: 'ตรวจสอบความเป็นปัจจุบันของข้อมูลบนเว็บไซต์ทุกเดือน',
    },
    {
      measure: 'ตอบข้อสงสัยและชี้แจงข้อร้องเรียนอย่างรวดเร็ว',
      method: 'กำหนดผู้รับผิดชอบตอบคำถามทางออนไลน์ภายในระยะเวลาที่กำหนด และเผยแพร่ผลการดำเนินการ',
      responsible: 'สำนักปลัด',
      period: YEAR_ROUND,
      followUp: REPORT_BACK,
    },
  ],
  '8': [
    {
      measure: 'ปรับปรุงวิธีการทำงานโดยเปิดโอกาสให้ประชาชนมีส่วนร่วม',
      method: 'จัดเวทีรับฟังความคิดเห็น นำข้อเสนอแนะมาปรับปรุงการทำงาน และแจ้งผลการปรับปรุงให้ประชาชนทราบ',
      responsible: 'ทุกส่วนราชการ',
      period: YEAR_ROUND,
      followUp: 'สรุปข้อเสนอแนะและการปรับปรุงปีละครั้ง',
    },
    {
      measure: 'นำเทคโนโลยีมาใช้ในการให้บริการ',
      method: 'เปิดบริการออนไลน์ (e-Service) สำหรับงานที่ทำได้ และประชาสัมพันธ์ให้ประชาชนทราบ',
      responsible: 'สำนักปลัด',
      period: YEAR_ROUND,
      followUp: REPORT_BACK,
    },
  ],
  '9': [
    {
      measure: 'เปิดเผยข้อมูลสาธารณะบนเว็บไซต์ของหน่วยงานให้ครบถ้วนและเป็นปัจจุบัน',
      method: 'แต่งตั้งผู้รับผิดชอบข้อมูลแต่ละข้อ (O1–O33) ตรวจความครบถ้วนตามคู่มือการประเมินก่อนกำหนดส่ง',
      responsible: 'สำนักปลัด / ทุกส่วนราชการ',
      period: YEAR_ROUND,
      followUp: 'ตรวจรายการข้อมูลตามแบบ OIT ทุกไตรมาส',
    },
  ],
  '10': [
    {
      measure: 'จัดทำมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงานจากผลการประเมินปีที่ผ่านมา',
      method: 'วิเคราะห์ผลการประเมิน ITA ปีที่ผ่านมา กำหนดมาตรการแก้ไขจุดอ่อน และรายงานผลการดำเนินการ',
      responsible: 'สำนักปลัด',
      period: YEAR_ROUND,
      followUp: 'รายงานผลการดำเนินการตามมาตรการ (O43)',
    },
    {
      measure: 'ส่งเสริมวัฒนธรรมองค์กรที่ไม่ทนต่อการทุจริต',
      method: 'จัดกิจกรรมเสริมสร้างคุณธรรม อบรมเรื่องผลประโยชน์ทับซ้อน และประกาศนโยบายไม่รับของขวัญ (No Gift Policy)',
      responsible: 'สำนักปลัด',
      period: YEAR_ROUND,
      followUp: REPORT_BACK,
    },
  ],
};

/** The measures suggested for indicators whose score is below `mark`, weakest first. */
export function suggestMeasures(
  indicators: readonly { no: string; name: string; score: number }[],
  mark = 85,
): { no: string; name: string; score: number; measures: readonly SuggestedMeasure[] }[] {
  return indicators
    .filter((i) => i.score < mark && MEASURES_LIBRARY[i.no])
    .sort((a, b) => a.score - b.score || Number(a.no) - Number(b.no))
    .map((i) => ({ ...i, measures: MEASURES_LIBRARY[i.no] }));
}
