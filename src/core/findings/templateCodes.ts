// The codes of what can be wrong in a report template, and their messages in Thai and English: part
// of the one finding catalog (./codes.ts). Placeholders are quoted as the template writes them.
import type { Bilingual } from '../bilingual';

export type TemplateCode =
  | 'template.unclosed-block'
  | 'template.stray-close'
  | 'template.block-tag-not-alone'
  | 'template.unclosed-brace'
  | 'template.empty-placeholder'
  | 'template.bad-filter'
  | 'template.unknown-filter'
  | 'template.filter-failed'
  | 'template.unknown-name'
  | 'template.not-a-list'
  | 'template.not-a-value'
  | 'template.empty-value'
  | 'template.placeholder-in-formula'
  | 'template.reference-lost';

/** What a template message may name: the placeholder or tag as written, a name, a filter's reason. */
export type TemplateMessageParams = {
  source?: string;
  name?: string;
  detail?: Bilingual;
  tag?: string;
  /** How many report cells a blank placeholder left blank, and the first of them (A1). */
  count?: number;
  cells?: string;
};

/** The parameters of each template code's message (all take the same optional bag). */
export type TemplateParams = { [C in TemplateCode]: TemplateMessageParams };

export const TEMPLATE_CATALOG: { [C in TemplateCode]: (p: TemplateMessageParams) => Bilingual } = {
  'template.unclosed-block': (p) => ({
    th: `${p.source} ไม่มีแถวปิด ({{/${p.tag}}}) ในแม่แบบ`,
    en: `${p.source} is never closed: add a row with {{/${p.tag}}} after the rows to repeat`,
  }),
  'template.stray-close': (p) => ({
    th: `${p.source} ไม่มีแถวเปิดที่คู่กัน`,
    en: `${p.source} closes a block that was never opened`,
  }),
  'template.block-tag-not-alone': (p) => ({
    th: `${p.source} ต้องอยู่ในแถวของตัวเองโดยไม่มีข้อความอื่นในแถวนั้น`,
    en: `${p.source} must stand alone on its row (the row is removed from the report)`,
  }),
  'template.unclosed-brace': (p) => ({
    th: `วงเล็บปีกกาไม่ครบคู่ใกล้ "${p.source}": ใช้ {{ชื่อ}}`,
    en: `unmatched braces near "${p.source}": write {{name}}`,
  }),
  'template.empty-placeholder': (p) => ({
    th: `${p.source} ไม่มีชื่อข้อมูล`,
    en: `${p.source} names no data`,
  }),
  'template.bad-filter': (p) => ({
    th: `เขียนตัวกรองใน ${p.source} ไม่ถูกต้อง: ใช้ เช่น {{คะแนน|number:2}} หรือ {{ค่า|default:"-"}}`,
    en: `a filter in ${p.source} is malformed: write e.g. {{score|number:2}} or {{value|default:"-"}}`,
  }),
  'template.unknown-filter': (p) => ({
    th: `ไม่รู้จักตัวกรอง "${p.name}" ใน ${p.source}`,
    en: `unknown filter "${p.name}" in ${p.source}`,
  }),
  'template.filter-failed': (p) => ({
    th: `${p.source}: ${p.detail?.th}`,
    en: `${p.source}: ${p.detail?.en}`,
  }),
  'template.unknown-name': (p) => ({
    th: `ไม่มีข้อมูลชื่อ "${p.name}" (ใน ${p.source}): ตรวจการสะกดชื่อ หรือดูรายชื่อข้อมูลที่ใช้ได้ในคู่มือ`,
    en: `no data named "${p.name}" (in ${p.source}): check the spelling, or see the guide for the names a template can use`,
  }),
  'template.not-a-list': (p) => ({
    th: `${p.source}: "${p.name}" ไม่ใช่รายการ จึงวนซ้ำไม่ได้`,
    en: `${p.source}: "${p.name}" is not a list, so it cannot be repeated`,
  }),
  'template.not-a-value': (p) => ({
    th: `${p.source}: "${p.name}" เป็นรายการหรือกลุ่มข้อมูล ใช้ {{#each ${p.name}}} หรือระบุชื่อย่อยแทน`,
    en: `${p.source}: "${p.name}" is a list or a group: use {{#each ${p.name}}} or name a field of it`,
  }),
  'template.empty-value': (p) =>
    p.count && p.count > 1
      ? {
          th: `${p.source} ไม่มีค่าใน ${p.count} แถวของรายงาน (${p.cells}) จึงเว้นว่างไว้: เพิ่ม |default:"-" ถ้าต้องการให้แสดงข้อความแทน หรือ |default:"" ถ้าเว้นว่างได้`,
          en: `${p.source} has no value in ${p.count} rows of the report (${p.cells}), left blank: add |default:"-" to show a text instead, or |default:"" if blank is right`,
        }
      : {
          th: `${p.source} ไม่มีค่า จึงเว้นว่างไว้: เพิ่ม |default:"-" ถ้าต้องการให้แสดงข้อความแทน หรือ |default:"" ถ้าเว้นว่างได้`,
          en: `${p.source} has no value and was left blank: add |default:"-" to show a text instead, or |default:"" if blank is right`,
        },
  'template.placeholder-in-formula': (p) => ({
    th: `สูตรมี ${p.source}: แม่แบบไม่เติมข้อมูลในสูตร ให้ใส่ข้อมูลในเซลล์หนึ่งแล้วอ้างถึงเซลล์นั้น`,
    en: `a formula holds ${p.source}: placeholders are not filled inside formulas; put the data in a cell and refer to it`,
  }),
  'template.reference-lost': () => ({
    th: 'สูตรอ้างถึงแถวที่ไม่มีในรายงาน (ชุดข้อมูลที่วนซ้ำไม่มีรายการ) จึงกลายเป็น #REF!',
    en: 'the formula refers to a row that is not in the report (a repeated block with no items): it became #REF!',
  }),
};
