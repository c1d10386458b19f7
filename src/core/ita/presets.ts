// The frameworks shipped with the add-in, one per assessment year (BE). 2565 is checked against
// published agency reports and also holds for 2563–2564; 2566–2568 repeat it and say so in the
// data (`verified: false`) — users correct them in an ITA_CONFIG tab (see config.ts). Callers must
// not change a preset object (the config reader works on a copy).
import type { Framework } from './framework';

const r = (prefix: string, from: number, to: number) => ({ prefix, from, to });
const survey = (
  no: string,
  tool: string,
  th: string,
  en: string,
  prefix: string,
  from: number,
  to: number,
) => ({
  no,
  th,
  en,
  tool,
  codes: [r(prefix, from, to)],
});
const sub = (no: string, th: string, en: string, from: number, to: number) => ({
  no,
  th,
  en,
  codes: [r('O', from, to)],
});

const ITA_2565: Framework = {
  year: 2565,
  verified: true,
  note: 'EIT question codes E1–E15 (five per indicator) are inferred, not taken from the manual.',
  tools: [
    {
      id: 'IIT',
      th: 'แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน',
      en: 'Internal stakeholder survey',
      weight: 30,
      kind: 'survey',
    },
    {
      id: 'EIT',
      th: 'แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก',
      en: 'External stakeholder survey',
      weight: 30,
      kind: 'survey',
      note: 'question codes inferred',
    },
    {
      id: 'OIT',
      th: 'แบบตรวจการเปิดเผยข้อมูลสาธารณะ',
      en: 'Open data checklist',
      weight: 40,
      kind: 'checklist',
    },
  ],
  indicators: [
    survey('1', 'IIT', 'การปฏิบัติหน้าที่', 'Performance of duties', 'I', 1, 6),
    survey('2', 'IIT', 'การใช้งบประมาณ', 'Use of budget', 'I', 7, 12),
    survey('3', 'IIT', 'การใช้อำนาจ', 'Use of authority', 'I', 13, 18),
    survey('4', 'IIT', 'การใช้ทรัพย์สินของราชการ', 'Use of government property', 'I', 19, 24),
    survey('5', 'IIT', 'การแก้ไขปัญหาการทุจริต', 'Tackling corruption', 'I', 25, 30),
    survey('6', 'EIT', 'คุณภาพการดำเนินงาน', 'Quality of operations', 'E', 1, 5),
    survey('7', 'EIT', 'ประสิทธิภาพการสื่อสาร', 'Effective communication', 'E', 6, 10),
    survey('8', 'EIT', 'การปรับปรุงการทำงาน', 'Improving work', 'E', 11, 15),
    {
      no: '9',
      th: 'การเปิดเผยข้อมูล',
      en: 'Information disclosure',
      tool: 'OIT',
      subs: [
        sub('9.1', 'ข้อมูลพื้นฐาน', 'Basic information', 1, 9),
        sub('9.2', 'การบริหารงาน', 'Administration', 10, 17),
        sub('9.3', 'การบริหารเงินงบประมาณ', 'Budget management', 18, 24),
        sub('9.4', 'การบริหารและพัฒนาทรัพยากรบุคคล', 'Human resources', 25, 28),
        sub('9.5', 'การส่งเสริมความโปร่งใส', 'Promoting transparency', 29, 33),
      ],
    },
    {
      no: '10',
      th: 'การป้องกันการทุจริต',
      en: 'Corruption prevention',
      tool: 'OIT',
      subs: [
        sub('10.1', 'การดำเนินการเพื่อป้องกันการทุจริต', 'Anti-corruption actions', 34, 41),
        sub('10.2', 'มาตรการภายในเพื่อป้องกันการทุจริต', 'Internal anti-corruption measures', 42, 43),
      ],
    },
  ],
  scale: {
    levels: [
      { label: 'น้อยที่สุดหรือไม่มีเลย', score: 0 },
      { label: 'น้อย', score: '33.33' },
      { label: 'มาก', score: '66.67' },
      { label: 'มากที่สุด', score: 100 },
    ],
    yes: ['มี', 'ใช่'],
    no: ['ไม่มี', 'ไม่ใช่'],
    reverse: [],
  },
  bands: [
    { label: 'AA', min: 95 },
    { label: 'A', min: 85 },
    { label: 'B', min: 75 },
    { label: 'C', min: 65 },
    { label: 'D', min: 55 },
    { label: 'E', min: 50 },
    { label: 'F', min: 0 },
  ],
  pass: { mark: 85, pass: 'ผ่าน', fail: 'ไม่ผ่าน' },
};

const unverified = (year: number): Framework => ({
  ...ITA_2565,
  year,
  verified: false,
  note:
    `Not verified for ${year}: weights, indicators and question codes are those of 2565. ` +
    'Results are published as ผ่าน/ไม่ผ่าน at 85; the letter bands are kept because agencies still quote them.',
});

const PRESETS: Record<number, Framework> = {
  2563: { ...ITA_2565, year: 2563 },
  2564: { ...ITA_2565, year: 2564 },
  2565: ITA_2565,
  2566: unverified(2566),
  2567: unverified(2567),
  2568: unverified(2568),
};

/** The assessment years (BE) with a shipped framework. */
export const KNOWN_YEARS: readonly number[] = Object.keys(PRESETS).map(Number);

/** The year used when a function is given none: the latest verified framework. */
export const DEFAULT_YEAR = 2565;

/**
 * The shipped framework of an assessment year (BE); undefined for a year without one. Presets are
 * checked against the schema and the rules by the tests, not at run time.
 */
export function frameworkFor(year: number): Framework | undefined {
  return PRESETS[year];
}
