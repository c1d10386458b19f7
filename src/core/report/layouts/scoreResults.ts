// The "ผลคะแนน ITA" tab as a Layout: what "Score ITA sheet" shows for each shape of sheet.

import { roundHalfUp } from '../../decimal';
import type { Finding } from '../../findings';
import type { YearAnalysis } from '../../ita/analysis';
import type { ReadAs } from '../../ita/readIndicatorTable';
import type { AgencyScores, SheetScoring } from '../../ita/sheet';
import { type CellRole, type Layout, LayoutBuilder, type LayoutValue } from '../layout';
import { REPORT_THEME } from '../theme';

const WIDTH = 10;
// Sheets' default width (100 px) between the wide first and last columns: the writer sets only the
// two that differ, so the tab costs two width calls however its columns are used.
const COLUMN_WIDTHS = [230, 100, 100, 100, 100, 100, 100, 100, 100, 280];
/** Agencies with a detailed section; beyond this the tab keeps to the summary table. */
const DETAIL_LIMIT = 10;

const shown = (v: Parameters<typeof roundHalfUp>[0] | undefined): LayoutValue =>
  v === undefined ? '' : roundHalfUp(v, 2).value;
const signed = (n: number | undefined): LayoutValue => (n === undefined ? '' : n);

/** Lays out the results of scoring sheet `source`. */
export function scoreResultsLayout(result: SheetScoring, source: string): Layout {
  const b = new LayoutBuilder(WIDTH, { columnWidths: COLUMN_WIDTHS, theme: REPORT_THEME });
  b.banner('ผลคะแนน ITA / ITA results', 'title');
  b.banner(`จากชีต / from sheet: ${source}`, 'subtitle');
  if (result.kind === 'indicators') indicatorSections(b, result.agencies, result.readAs);
  else if (result.kind === 'survey') surveySection(b, result);
  else if (result.kind === 'checklist') checklistSection(b, result);
  findingsSection(b, result.findings);
  b.blank();
  b.banner(
    'คำนวณแบบแม่นยำ ปัดครึ่งขึ้นเป็นทศนิยมสองตำแหน่งเมื่อแสดงผลเท่านั้น / computed exactly, rounded half-up to two decimals only for display — ITA Sheets',
    'note',
  );
  return b.build(COLUMN_WIDTHS, 0);
}

function frameworkNote(b: LayoutBuilder, year: YearAnalysis): void {
  if (!year.verified) {
    b.banner(
      `⚠ เกณฑ์ปี ${year.frameworkYear} ยังไม่ได้ตรวจสอบกับประกาศ ป.ป.ช. — ตรวจน้ำหนักและระดับในแท็บ ITA_CONFIG / the ${year.frameworkYear} framework is not verified against the NACC's notice: check weights and bands (ITA_CONFIG tab)`,
      'note',
    );
  }
}

function indicatorSections(
  b: LayoutBuilder,
  agencies: readonly AgencyScores[],
  readAs: readonly ReadAs[],
): void {
  b.blank();
  b.banner('สรุปผล / Summary', 'label');
  b.row(
    [
      'หน่วยงาน\nAgency',
      'ปี\nYear',
      'IIT',
      'EIT',
      'OIT',
      'คะแนนรวม\nTotal',
      'ระดับ\nGrade',
      'ผลการประเมิน\nResult',
      'เทียบปีก่อน\nChange',
      'ตัวชี้วัดที่ต่ำที่สุด\nLowest indicator',
    ],
    'header',
  );
  for (const { agency, analysis } of agencies) {
    for (const y of analysis.years) {
      const verdict: CellRole = y.passed ? 'good' : 'bad';
      const low = y.weakest[0];
      b.row(
        [
          agency,
          y.year,
          ...y.tools.map((t) => t.scoreShown),
          y.totalShown,
          y.grade,
          y.passLabel,
          signed(y.change),
          low ? `${low.no} ${low.th} (${low.scoreText})` : '',
        ],
        ['text', 'number', 'score', 'score', 'score', 'score', verdict, verdict, 'change', 'text'],
      );
    }
  }
  // Right under the figures, so that whoever checks them sees first what they were read from.
  readAsSection(b, readAs);
  const detailed = agencies.slice(0, DETAIL_LIMIT);
  for (const { agency, analysis } of detailed) yearDetail(b, agency, analysis.latest);
  if (agencies.length > DETAIL_LIMIT) {
    b.blank();
    b.banner(
      `แสดงรายละเอียด ${DETAIL_LIMIT} หน่วยงานแรกจาก ${agencies.length} / details for the first ${DETAIL_LIMIT} of ${agencies.length} agencies`,
      'note',
    );
  }
}

function yearDetail(b: LayoutBuilder, agency: string, y: YearAnalysis): void {
  b.blank();
  b.banner(
    `${agency ? `${agency} ` : ''}ปี ${y.year}: คะแนนรวม ${y.totalText} ระดับ ${y.grade} (${y.passLabel}) / ${agency ? `${agency} ` : ''}${y.year}: total ${y.totalText}, grade ${y.grade}`,
    'label',
  );
  frameworkNote(b, y);
  b.row(
    [
      'ตัวชี้วัด\nIndicator',
      'อันดับ\nRank',
      'เครื่องมือ\nTool',
      'คะแนน\nScore',
      'เทียบปีก่อน\nChange',
      `ห่างจาก ${y.passMark}\nTo ${y.passMark}`,
      `ห่างจาก ${y.topMark}\nTo ${y.topMark}`,
      'สถานะ\nStatus',
    ],
    'header',
  );
  for (const ind of y.ranked) {
    b.row(
      [
        `${ind.no} ${ind.th}`,
        ind.rank,
        ind.tool,
        ind.scoreShown,
        signed(ind.change),
        ind.gapToPass,
        ind.gapToTop,
        ind.belowPass ? 'ต่ำกว่าเกณฑ์ / below' : 'ผ่านเกณฑ์ / pass',
      ],
      ['text', 'number', 'text', ind.belowPass ? 'bad' : 'score', 'change', 'score', 'score', 'text'],
    );
  }
  b.row(
    ['เครื่องมือ\nTool', 'น้ำหนัก (%)\nWeight', 'คะแนน\nScore', 'ถ่วงน้ำหนัก\nWeighted', 'ตัวชี้วัดต่ำสุด\nWeakest'],
    'header',
  );
  for (const t of y.tools) {
    b.row(
      [
        t.id,
        t.weight,
        t.scoreShown,
        t.weightedShown,
        `${t.weakest.no} ${t.weakest.th} (${t.weakest.scoreText})`,
      ],
      ['label', 'number', 'score', 'score', 'text'],
    );
  }
  b.row(['รวม / Total', 100, '', y.totalShown], ['label', 'number', 'text', y.passed ? 'good' : 'bad']);
  const weak = y.belowPass.length ? y.belowPass : y.weakest;
  const list = (lang: 'th' | 'en') =>
    weak.map((i) => `${i.no} ${lang === 'th' ? i.th : i.en} ${i.scoreText}`).join(', ');
  const heading = y.belowPass.length
    ? { th: `ตัวชี้วัดต่ำกว่า ${y.passMark}`, en: `indicators below ${y.passMark}` }
    : { th: 'ตัวชี้วัดที่ควรพัฒนาต่อ', en: 'indicators to improve next' };
  b.banner(`${heading.th}: ${list('th')} / ${heading.en}: ${list('en')}`, 'note');
  const totalGap =
    y.gapToPass > 0
      ? {
          th: `คะแนนรวมยังขาดอีก ${y.gapToPass.toFixed(2)} คะแนนจึงจะผ่านเกณฑ์ ${y.passMark}`,
          en: `the total is ${y.gapToPass.toFixed(2)} short of the pass mark ${y.passMark}`,
        }
      : y.gapToTop > 0
        ? {
            th: `คะแนนรวมผ่านเกณฑ์แล้ว ขาดอีก ${y.gapToTop.toFixed(2)} คะแนนจึงจะได้ระดับ ${y.topLabel}`,
            en: `the total passes; ${y.gapToTop.toFixed(2)} more for ${y.topLabel}`,
          }
        : { th: `คะแนนรวมอยู่ในระดับ ${y.topLabel}`, en: `the total is in band ${y.topLabel}` };
  b.banner(`${totalGap.th} / ${totalGap.en}`, 'note');
}

function surveySection(b: LayoutBuilder, result: Extract<SheetScoring, { kind: 'survey' }>): void {
  const s = result.survey;
  b.blank();
  b.banner(
    `แบบสอบถาม ${s.tool}: ผู้ตอบ ${s.respondents} คน / ${s.tool} survey: ${s.respondents} respondents`,
    'label',
  );
  b.row(['ตัวชี้วัด\nIndicator', 'ผู้ตอบ\nRespondents', 'คะแนน\nScore', 'ข้อที่มีคำตอบ\nQuestions'], 'header');
  for (const ind of s.indicators) {
    b.row(
      [`${ind.no} ${ind.th}`, ind.respondents, shown(ind.score), `${ind.questions}/${ind.expected}`],
      ['text', 'number', 'score', 'text'],
    );
  }
  b.row([`คะแนน ${s.tool} / ${s.tool} score`, '', shown(s.toolScore)], ['label', 'text', 'good']);
  b.blank();
  b.row(['ข้อ\nQuestion', 'จำนวนคำตอบ\nAnswers', 'คะแนนเฉลี่ย\nMean'], 'header');
  for (const q of s.questions) b.row([q.code, q.answers, shown(q.score)], ['text', 'number', 'score']);
}

function checklistSection(b: LayoutBuilder, result: Extract<SheetScoring, { kind: 'checklist' }>): void {
  const c = result.checklist;
  b.blank();
  b.banner(`แบบตรวจ ${c.tool} / ${c.tool} checklist`, 'label');
  b.row(['ตัวชี้วัด\nIndicator', 'ข้อที่ประเมิน\nItems', 'คะแนน\nScore'], 'header');
  for (const ind of c.indicators) {
    b.row(
      [`${ind.no} ${ind.th}`, `${ind.items}/${ind.expected}`, shown(ind.score)],
      ['label', 'label', 'score'],
    );
    for (const sub of ind.subs) {
      b.row(
        [`   ${sub.no} ${sub.th}`, `${sub.items}/${sub.expected}`, shown(sub.score)],
        ['text', 'text', 'score'],
      );
    }
  }
  b.row([`คะแนน ${c.tool} / ${c.tool} score`, '', shown(c.toolScore)], ['label', 'text', 'good']);
}

/** Which column was read as what, so a person can see at a glance that the reading is right. */
function readAsSection(b: LayoutBuilder, lines: readonly ReadAs[]): void {
  if (!lines.length) return;
  b.blank();
  b.banner('อ่านตารางอย่างไร / Read as', 'label');
  b.row(['หัวตาราง\nHeader', 'อ่านเป็น\nRead as'], 'header');
  for (const line of lines) {
    const where = line.cell ? `${line.cell}${line.header ? ` ${line.header}` : ''}` : '—';
    b.row([where, `${line.text.th} / ${line.text.en}`], ['text', 'text']);
  }
}

function findingsSection(b: LayoutBuilder, findings: readonly Finding[]): void {
  if (!findings.length) return;
  b.blank();
  b.banner(`สิ่งที่พบ ${findings.length} รายการ / ${findings.length} finding(s)`, 'label');
  b.row(['เซลล์\nCell', 'ระดับ\nSeverity', 'รายละเอียด\nDetail'], 'header');
  for (const f of findings) {
    // Thai over English in the 100 px column, wrapped like the headers: on one line it was cut off
    // at the message beside it ("ดพลาด / erro").
    const severity =
      f.severity === 'error' ? 'ผิดพลาด\nerror' : f.severity === 'warning' ? 'ควรตรวจ\nwarning' : 'ข้อมูล\ninfo';
    b.row(
      [`${f.sheet}!${f.cell}`, severity, `${f.message.th} / ${f.message.en}`],
      ['text', f.severity === 'error' ? 'bad' : 'text', 'text'],
      [1],
    );
  }
}
