// What kind of table a sheet holds, and why, so "validate all tabs" checks what it understands
// and skips the rest with a reason instead of guessing. Score tables are only recognised here;
// their checks live with the ITA engine.
import type { Bilingual } from '../bilingual';
import { cellText, squash } from '../cells/cellText';
import { type Grid, gridWidth, valueAt } from '../cells/grid';
import { HEADER_SEARCH_ROWS } from '../cells/tableHeader';
import { readPlanBudget } from '../budget/readPlanBudget';
import { readProjectDetail } from '../budget/readProjectDetail';
import { readMeasureTable } from '../measures/readMeasureTable';

export type SheetKind =
  | 'plan-budget'
  | 'project-detail'
  | 'measures'
  | 'progress'
  | 'score-indicators'
  | 'score-ranking'
  | 'score-weights'
  | 'none';

export interface SheetKindReading {
  kind: SheetKind;
  why: Bilingual;
  /** The header row the decision rests on (0-based), when there is one. */
  headerRow?: number;
}

const cell = (row: number) => `${row + 1}`;

function scoreHeader(grid: Grid): { kind: SheetKind; row: number } | undefined {
  const width = gridWidth(grid);
  for (let r = 0; r < Math.min(grid.length, HEADER_SEARCH_ROWS); r++) {
    const labels: string[] = [];
    for (let c = 0; c < width; c++) {
      const text = squash(cellText(valueAt(grid, r, c)));
      if (text) labels.push(text);
    }
    // A header is short labels, not a caption sentence that mentions scores.
    if (labels.length < 2) continue;
    const has = (re: RegExp) => labels.some((l) => re.test(l) && l.length <= 30);
    if (!has(/ตัวชี้วัด|แบบวัด|เครื่องมือ|^แบบ$/) || !has(/คะแนน|ร้อยละ/)) continue;
    if (has(/น้ำหนัก/)) return { kind: 'score-weights', row: r };
    if (has(/^อันดับ|^ลำดับที่?$/)) return { kind: 'score-ranking', row: r };
    return { kind: 'score-indicators', row: r };
  }
  return undefined;
}

/** Recognises the table a sheet's grid holds: plan budget, project detail, measures, progress, scores, or none. */
export function detectSheetKind(grid: Grid): SheetKindReading {
  const detail = readProjectDetail(grid, '');
  if (detail.ok && detail.value.quarterColumns.length >= 2) {
    const row = detail.value.header.top;
    return {
      kind: 'project-detail',
      headerRow: row,
      why: {
        th: `แถว ${cell(row)} มีคอลัมน์โครงการและไตรมาส: ตารางรายละเอียดโครงการ`,
        en: `row ${cell(row)} has a project column and quarter columns: a per-project detail table`,
      },
    };
  }
  const budget = readPlanBudget(grid, '');
  if (budget.ok) {
    const { yearColumns } = budget.value;
    // The years as read, in column order (a year typed twice shows twice), and how a two-digit
    // header was read ("ปี ๖๖" as 2566).
    const years = yearColumns.map((y) => y.year).join(', ');
    const short = yearColumns.filter((y) => !/\d{4}/.test(cellText(y.label)));
    const readAs = (word: string) =>
      short.length ? `; ${short.map((y) => `"${y.label.trim()}" ${word} ${y.year}`).join(', ')}` : '';
    const row = budget.value.header.top;
    return {
      kind: 'plan-budget',
      headerRow: row,
      why: {
        th: `แถว ${cell(row)} มีคอลัมน์โครงการและคอลัมน์ปีงบประมาณ ${years}${readAs('อ่านเป็น')}: ตารางสรุปงบประมาณตามแผน`,
        en: `row ${cell(row)} has a project column and fiscal-year columns ${years}${readAs('read as')}: a plan budget summary`,
      },
    };
  }
  if (detail.ok) {
    const row = detail.value.header.top;
    return {
      kind: 'project-detail',
      headerRow: row,
      why: {
        th: `แถว ${cell(row)} มีคอลัมน์โครงการ งบประมาณ และผู้รับผิดชอบ: ตารางรายละเอียดโครงการ`,
        en: `row ${cell(row)} has project, budget and responsible columns: a per-project detail table`,
      },
    };
  }
  const measures = readMeasureTable(grid, '');
  if (measures.ok) {
    const row = measures.value.header.top;
    return measures.value.kind === 'progress'
      ? {
          kind: 'progress',
          headerRow: row,
          why: {
            th: `แถว ${cell(row)} มีคอลัมน์มาตรการและสถานะการดำเนินการ: รายงานผลการดำเนินการ`,
            en: `row ${cell(row)} has a measure column and status columns: a progress report`,
          },
        }
      : {
          kind: 'measures',
          headerRow: row,
          why: {
            th: `แถว ${cell(row)} มีคอลัมน์มาตรการ ระยะเวลา หรือผู้รับผิดชอบ: ตารางมาตรการ`,
            en: `row ${cell(row)} has measure and period or responsible columns: a measures table`,
          },
        };
  }
  const score = scoreHeader(grid);
  if (score) {
    const what = {
      'score-weights': { th: 'ตารางน้ำหนักเครื่องมือ', en: 'a tool weight table' },
      'score-ranking': { th: 'ตารางจัดอันดับตัวชี้วัด', en: 'an indicator ranking' },
      'score-indicators': { th: 'ตารางคะแนนตัวชี้วัด', en: 'an indicator score table' },
    }[score.kind as 'score-weights' | 'score-ranking' | 'score-indicators'];
    return {
      kind: score.kind,
      headerRow: score.row,
      why: {
        th: `แถว ${cell(score.row)} มีคอลัมน์ตัวชี้วัดและคะแนน: ${what.th} (ตรวจด้วยเมนูคะแนน)`,
        en: `row ${cell(score.row)} has indicator and score columns: ${what.en} (checked by the score checks)`,
      },
    };
  }
  // A header that looked like measures at first sight: say why it is not one.
  if (!measures.ok && measures.near !== undefined)
    return { kind: 'none', headerRow: measures.near, why: measures.reason };
  return {
    kind: 'none',
    why: {
      th: `ไม่พบหัวตารางที่รู้จักใน ${HEADER_SEARCH_ROWS} แถวแรก (ตารางงบประมาณ รายละเอียดโครงการ มาตรการ รายงานผล หรือคะแนน)`,
      en: `no known header in the first ${HEADER_SEARCH_ROWS} rows (plan budget, project detail, measures, progress or scores)`,
    },
  };
}
