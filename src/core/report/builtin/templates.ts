// The built-in report templates, as data: "เพิ่มแม่แบบรายงาน / Add report templates" inserts each as an
// ordinary tab the user may edit (docs/reports.md describes the language). Block tags stand alone on
// their rows in small grey text; placeholders name the data of ../sources/.
import { PLAN_BUDGET_SUMMARY } from './planBudget';
import { PROJECT_SHEET } from './projectSheet';
import { SPEC_BLANK, specLine, type SpecRow, specTag, type TabSpec } from './spec';

const tag = specTag;
const blank = SPEC_BLANK;
const line = specLine;

/** (a) The yearly ITA analysis: total and grade, indicators ranked, history, weak points, measures. */
export const ITA_ANALYSIS: TabSpec = {
  // Tab names stay within 31 characters, the most an .xlsx sheet name may have (a report adds " 2566").
  name: 'รายงานวิเคราะห์ผล ITA',
  // A4 portrait at fit-to-width: 760 px printed at about 720 px of text width. Column A holds section 4's
  // "เครื่องมือ" header (16 pt bold, ~80 px in Sarabun): at 70 px it touched both borders; G holds
  // "เทียบปีก่อน", as wide.
  columnWidths: [90, 250, 80, 80, 80, 80, 100],
  rows: [
    line('รายงานสรุปและวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)', 'title'),
    line('{{ita.agency}} ประจำปีงบประมาณ พ.ศ. {{ita.year}}', 'subtitle'),
    blank,
    line('๑. ผลการประเมินภาพรวม', 'heading'),
    line(
      'ผลการประเมิน ITA ประจำปี พ.ศ. {{ita.year}} ได้คะแนนรวม {{ita.total|number:2}} คะแนน ระดับ {{ita.grade}} ({{ita.pass}}เกณฑ์ {{ita.passMark}} คะแนน)',
    ),
    tag('{{#if ita.previousYear}}'),
    line(
      'เทียบกับปี พ.ศ. {{ita.previousYear}} ซึ่งได้ {{ita.previousTotal|number:2}} คะแนน เปลี่ยนแปลง {{ita.change|number:2}} คะแนน',
    ),
    tag('{{/if}}'),
    blank,
    line('๒. คะแนนรายตัวชี้วัด เรียงจากมากไปน้อย', 'heading'),
    {
      cells: [
        'อันดับ',
        'ตัวชี้วัด',
        'เครื่องมือ',
        'คะแนน',
        'ห่างจาก {{ita.passMark}}',
        'ห่างจาก {{ita.topMark}}',
        'เทียบปีก่อน',
      ],
      style: 'header',
    },
    tag('{{#each ita.indicators}}'),
    {
      cells: [
        '{{rank}}',
        '{{no}}. {{name}}',
        '{{tool}}',
        '{{score}}',
        '{{gapToPass}}',
        '{{gapToTop}}',
        '{{change|default:"-"}}',
      ],
      style: ['cellCenter', 'cell', 'cellCenter', 'cellNumber'],
    },
    tag('{{/each}}'),
    blank,
    line('๓. ผลการประเมินย้อนหลัง', 'heading'),
    { cells: ['ปี พ.ศ.', 'คะแนนรวม', 'ระดับ', 'ผล', 'เทียบปีก่อน'], style: 'header' },
    tag('{{#each ita.history}}'),
    {
      cells: ['{{year}}', '{{total}}', '{{grade}}', '{{pass}}', '{{change|default:"-"}}'],
      style: ['cellCenter', 'cellNumber', 'cellCenter', 'cellCenter', 'cellNumber'],
    },
    tag('{{/each}}'),
    blank,
    line('๔. คะแนนรายเครื่องมือและจุดที่ควรพัฒนา', 'heading'),
    { cells: ['เครื่องมือ', 'ตัวชี้วัดที่ได้คะแนนต่ำสุด', 'น้ำหนัก', 'คะแนน', 'ต่ำสุด'], style: 'header' },
    tag('{{#each ita.tools}}'),
    {
      cells: ['{{id}}', '{{weakestNo}}. {{weakestName}}', '{{weight}}%', '{{score}}', '{{weakestScore}}'],
      style: ['cellCenter', 'cell', 'cellCenter', 'cellNumber', 'cellNumber'],
    },
    tag('{{/each}}'),
    blank,
    line('๕. ตัวชี้วัดที่ได้ต่ำกว่า {{ita.passMark}} คะแนน และมาตรการที่เสนอ', 'heading'),
    tag('{{#if ita.suggestions}}'),
    tag('{{#each ita.suggestions}}'),
    line('ตัวชี้วัดที่ {{no}} {{name}} ({{score|number:2}} คะแนน)', 'label'),
    tag('{{#each measures}}'),
    line('• {{measure}}: {{method}} (ผู้รับผิดชอบ: {{responsible}}; {{period}})'),
    tag('{{/each}}'),
    tag('{{/each}}'),
    tag('{{else}}'),
    line('ทุกตัวชี้วัดได้ {{ita.passMark}} คะแนนขึ้นไป ให้รักษามาตรฐานการดำเนินงานและการเปิดเผยข้อมูลต่อไป'),
    tag('{{/if}}'),
  ],
};

/** (c) O43: the progress of the year's measures, with the done / not-done counts. */
export const O43_PROGRESS: TabSpec = {
  name: 'รายงานผลตามมาตรการ O43',
  columnWidths: [50, 230, 170, 120, 80, 80, 80],
  rows: [
    line('รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', 'title'),
    line('{{settings.agency}} ประจำปีงบประมาณ พ.ศ. {{settings.fiscalYear}}', 'subtitle'),
    blank,
    {
      cells: [
        'ที่',
        'มาตรการ / แนวทาง',
        'ผลการดำเนินการ',
        'ผู้รับผิดชอบ',
        'ดำเนินการแล้ว',
        'อยู่ระหว่างดำเนินการ',
        'ยังไม่ได้ดำเนินการ',
      ],
      style: 'header',
    },
    tag('{{#each progress.items}}'),
    {
      cells: [
        '{{no}}',
        '{{measure}}',
        '{{result|default:"-"}}',
        '{{responsible|default:"-"}}',
        // A status column not ticked is blank: its normal value, not a gap to warn about.
        '{{done|default:""}}',
        '{{inProgress|default:""}}',
        '{{notDone|default:""}}',
      ],
      style: ['cellCenter', 'cell', 'cell', 'cell', 'cellCenter'],
    },
    tag('{{/each}}'),
    blank,
    line('สรุปผล', 'heading'),
    {
      cells: ['', 'ดำเนินการแล้ว', '{{progress.done}}', 'มาตรการ'],
      style: ['body', 'body', 'cellCenter', 'body'],
    },
    {
      cells: ['', 'อยู่ระหว่างดำเนินการ', '{{progress.inProgress}}', 'มาตรการ'],
      style: ['body', 'body', 'cellCenter', 'body'],
    },
    {
      cells: ['', 'ยังไม่ได้ดำเนินการ', '{{progress.notDone}}', 'มาตรการ'],
      style: ['body', 'body', 'cellCenter', 'body'],
    },
    blank,
    { cells: ['', '', '', '(ลงชื่อ) ......................................', '', '', ''], style: 'signature' },
    {
      cells: ['', '', '', '({{settings.preparer.name|default:"...................."}})'],
      style: 'signature',
    },
    { cells: ['', '', '', '{{settings.preparer.position|default:"ผู้รายงาน"}}'], style: 'signature' },
  ],
};

const signer = (role: 'preparer' | 'reviewer' | 'approver', fallback: string): SpecRow[] => [
  { cells: ['', '', '(ลงชื่อ) ......................................'], style: 'body' },
  {
    cells: ['', '', `({{settings.${role}.name|default:"......................................"}})`],
    style: 'body',
  },
  { cells: ['', '', `{{settings.${role}.position|default:"${fallback}"}}`], style: 'body' },
];

/** (b) O42: the memo (บันทึกข้อความ) proposing the year's measures, drafted from the weak indicators. */
export const O42_MEASURES: TabSpec = {
  name: 'มาตรการส่งเสริมคุณธรรม O42',
  columnWidths: [180, 200, 140, 110, 110],
  rows: [
    line('บันทึกข้อความ', 'title'),
    line(
      'ส่วนราชการ {{settings.department}} {{settings.agency}} อำเภอ{{settings.district}} จังหวัด{{settings.province}}',
    ),
    {
      cells: [
        'ที่ {{settings.documentNo|default:"...................."}}',
        '',
        'วันที่ {{settings.date|default:"...................."}}',
      ],
      style: 'body',
    },
    line('เรื่อง {{settings.subject|default:"มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน"}}'),
    line('เรียน {{settings.addressee|default:"...................."}}'),
    blank,
    line(
      'ตามที่{{settings.agency}}ได้รับการประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน (ITA) ประจำปี พ.ศ. {{ita.year}} ได้คะแนน {{ita.total|number:2}} คะแนน ระดับ {{ita.grade}} จึงได้วิเคราะห์ผลและกำหนดมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. {{settings.fiscalYear}} สำหรับตัวชี้วัดที่ได้ต่ำกว่า {{ita.passMark}} คะแนน ดังนี้',
    ),
    blank,
    {
      cells: ['มาตรการ / แนวทาง', 'วิธีการดำเนินการ', 'ผู้รับผิดชอบ', 'ระยะเวลาดำเนินการ', 'การติดตามผล'],
      style: 'header',
    },
    tag('{{#each ita.suggestions}}'),
    { cells: ['ตัวชี้วัดที่ {{no}} {{name}} ({{score|number:2}} คะแนน)'], style: 'label', span: true },
    tag('{{#each measures}}'),
    { cells: ['{{measure}}', '{{method}}', '{{responsible}}', '{{period}}', '{{followUp}}'], style: 'cell' },
    tag('{{/each}}'),
    tag('{{/each}}'),
    blank,
    line('จึงเรียนมาเพื่อโปรดพิจารณา'),
    blank,
    ...signer('preparer', 'ผู้จัดทำ'),
    blank,
    line('ความเห็นของผู้บังคับบัญชา ......................................................................'),
    ...signer('reviewer', 'ผู้ตรวจสอบ'),
    blank,
    line('ความเห็นของผู้บริหาร ......................................................................'),
    ...signer('approver', 'ผู้อนุมัติ'),
  ],
};

/** Every built-in template, in the order they are inserted. */
export const BUILTIN_TEMPLATES: readonly TabSpec[] = [
  ITA_ANALYSIS,
  O42_MEASURES,
  O43_PROGRESS,
  PLAN_BUDGET_SUMMARY,
  PROJECT_SHEET,
];
