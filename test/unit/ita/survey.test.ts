import { type Rational, roundHalfUp } from '../../../src/core/decimal';
import { type Framework, withLevelScores } from '../../../src/core/ita/framework';
import { frameworkFor } from '../../../src/core/ita/presets';
import { a1 } from '../../../src/core/findings/a1';
import { findingsOf } from '../../../src/core/findings/gridProblems';
import {
  isNotAssessed,
  readCode,
  readItemAnswer,
  scoreChecklist,
  scoreSurvey,
  summaryLabel,
} from '../../../src/core/ita/survey';

const f = frameworkFor(2565)!;
const shown = (r: Rational | undefined) => (r ? roundHalfUp(r, 2).text : undefined);
const codes = (prefix: string, from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => `${prefix}${from + i}`);
const fill = (n: number, v: unknown) => new Array(n).fill(v);

describe('readCode', () => {
  const prefixes = new Set(['I', 'E']);
  it('reads the code a header starts with', () => {
    expect(readCode('I7', prefixes)).toBe('I7');
    expect(readCode(' i 7 ', prefixes)).toBe('I7');
    expect(readCode('E12. ท่านได้รับบริการ…', prefixes)).toBe('E12');
    expect(readCode('I๓๐', prefixes)).toBe('I30');
    expect(readCode('I10', prefixes)).toBe('I10');
  });
  it('ignores other columns', () => {
    for (const v of ['Timestamp', 'ประทับเวลา', 'E-mail', 'Q1', 'O1', 42, ''])
      expect(readCode(v, prefixes)).toBeUndefined();
  });
});

describe('scoreSurvey', () => {
  // Two respondents. Indicator 1 by labels, 2–4 by levels 1–4, indicator 5 answered by one person.
  const header = ['ประทับเวลา', ...codes('I', 1, 30)];
  const row1 = ['2565-01-01', ...fill(6, 'มากที่สุด'), ...fill(24, 4)];
  const row2 = [
    '2565-01-02',
    ...fill(6, ' มาก '),
    ...fill(6, 3),
    ...fill(6, 2),
    ...fill(6, 1),
    ...fill(6, ''),
  ];

  it('scores IIT from labels and levels 1–4, blanks skipped', () => {
    const s = scoreSurvey(f, [header, row1, row2, fill(31, '')]);
    expect(s.problems).toEqual([]);
    expect(s.tool).toBe('IIT');
    expect(s.numbers).toBe('levels');
    // Levels score 0, 33.33, 66.67, 100 (the manual's figures, exactly).
    // 1: (100 + 66.67)/2 = 83.335 → 83.34; 2: same; 3: (100 + 33.33)/2 = 66.665 → 66.67;
    // 4: (100 + 0)/2 = 50; 5: 100
    expect(s.indicators.map((i) => shown(i.score))).toEqual(['83.34', '83.34', '66.67', '50.00', '100.00']);
    expect(s.indicators.map((i) => i.respondents)).toEqual([2, 2, 2, 2, 1]);
    expect(s.indicators.map((i) => `${i.questions}/${i.expected}`)).toEqual([
      '6/6',
      '6/6',
      '6/6',
      '6/6',
      '6/6',
    ]);
    // (83.335 + 83.335 + 66.665 + 50 + 100) / 5 = 383.335 / 5 = 76.667
    expect(shown(s.toolScore)).toBe('76.67');
    expect(s.respondents).toBe(2);
  });

  it('reads numbers that are not all levels as scores 0–100 (exactly: 66.665 → 66.67)', () => {
    const grid = [codes('E', 1, 15), fill(15, 100), fill(15, '33.33')];
    const s = scoreSurvey(f, grid);
    expect(s.tool).toBe('EIT');
    expect(s.numbers).toBe('scores');
    expect(s.indicators.map((i) => shown(i.score))).toEqual(['66.67', '66.67', '66.67']);
  });

  it('refuses a table that mixes levels 1–4 with scores 0–100', () => {
    const grid = [codes('E', 1, 15), fill(15, 4), [100, ...fill(14, 4)]];
    const s = scoreSurvey(f, grid);
    expect(s.problems.map((p) => [p.code, p.row, p.column])).toEqual([['ita.mixed-answer-numbers', 2, 0]]);
    expect(s.problems[0].message.en).toBe(
      'answers mix levels 1–4 (row 2, column 1) with scores 0–100; use one kind',
    );
  });

  it('reverse-codes the framework’s reverse questions', () => {
    const g: Framework = { ...f, scale: { ...f.scale, reverse: ['E1'] } };
    const grid = [codes('E', 1, 5), ['มากที่สุด', 4, 'มี', 4, 4]];
    const s = scoreSurvey(g, grid);
    // E1 reversed → 0; E2 100; E3 มี 100; E4, E5 100 → (0 + 400)/5 = 80
    expect(shown(s.indicators[0].score)).toBe('80.00');
    expect(s.indicators[1].score).toBeUndefined();
    expect(s.toolScore).toBeUndefined();
    expect(s.problems.filter((p) => p.severity === 'warning').map((p) => p.message.en)).toEqual([
      'indicator 7 has no column for E6, E7, E8, E9, E10',
      'indicator 8 has no column for E11, E12, E13, E14, E15',
    ]);
  });

  it('names unknown codes, bad answers and a tool mix', () => {
    const unknown = scoreSurvey(f, [
      ['I1', 'I31'],
      [4, 4],
    ]);
    expect(unknown.problems[0]).toMatchObject({ code: 'ita.unknown-question', row: 0, column: 1 });
    expect(unknown.problems[0].message.en).toBe('question I31 is not in the 2565 framework');

    const bad = scoreSurvey(f, [
      ['x', 'I1'],
      ['', 4],
      ['', 'ดี'],
    ]);
    expect(bad.problems[0]).toMatchObject({ code: 'ita.bad-answer', row: 2, column: 1 });
    expect(bad.problems[0].message.en).toBe(
      'answer "ดี" to I1 is not a level 1–4 or its label, yes/no or a score 0–100',
    );

    const mixed = scoreSurvey(f, [
      ['I1', 'E1'],
      [4, 4],
    ]);
    expect(mixed.problems[0].message.en).toBe('E1 is not an IIT question (give the tool to choose)');
    expect(
      scoreSurvey(
        f,
        [
          ['I1', 'E1'],
          [4, 4],
        ],
        'eit',
      ).problems[0].message.en,
    ).toBe('I1 is not an EIT question');

    const none = scoreSurvey(f, [['a', 'b']]);
    expect(none.problems[0].code).toBe('ita.survey-no-header');
  });

  it('reads levels typed as text, in Thai digits or with a decimal point', () => {
    const s = scoreSurvey(f, [codes('E', 1, 5), ['๔', '3.0', ' 2 ', 1, 'มากที่สุด']]);
    expect(s.numbers).toBe('levels');
    // 100 + 66.67 + 33.33 + 0 + 100 = 300 → 60
    expect(shown(s.indicators[0].score)).toBe('60.00');
  });

  it('scores levels as the manual does: 0, 33.33, 66.67, 100', () => {
    // Three respondents answer I1 น้อย, น้อย, มากที่สุด: (33.33 + 33.33 + 100) / 3 = 166.66 / 3
    // = 55.5533… → 55.55. (Exact thirds would give (100/3 + 100/3 + 100) / 3 = 500/9 = 55.555… → 55.56.)
    const grid = [['I1'], ['น้อย'], ['น้อย'], ['มากที่สุด']];
    const s = scoreSurvey(f, grid);
    expect(s.questions[0]).toMatchObject({ code: 'I1', answers: 3 });
    expect(s.questions[0].score).toEqual({ n: 16666n, d: 300n });
    expect(shown(s.indicators[0].score)).toBe('55.55');
    // The same answers as levels 2, 2, 4.
    expect(shown(scoreSurvey(f, [['I1'], [2], [2], [4]]).indicators[0].score)).toBe('55.55');
    // The scale is data: with thirds the same answers give 55.56.
    const thirds = withLevelScores(f, [0, '100/3', '200/3', 100]);
    expect(shown(scoreSurvey(thirds, grid).indicators[0].score)).toBe('55.56');
  });

  it('leaves "-", "n/a" and "ไม่ประเมิน" out of the means and counts them', () => {
    // E1: 4, "-", 2 → (100 + 33.33) / 2 = 66.665; E2: "n/a", 4, "ไม่ประเมิน" → 100;
    // E3: 1, 1, "N/A" → 0. Indicator 6 = (66.665 + 100 + 0) / 3 = 55.555 → 55.56 (half-up).
    // Scored as ไม่มี (0) they would give E1 44.44, E2 33.33 and a different indicator.
    const grid = [
      ['E1', 'E2', 'E3'],
      [4, 'n/a', 1],
      ['-', 4, 1],
      [2, 'ไม่ประเมิน', ' N/A '],
    ];
    const s = scoreSurvey(f, grid);
    expect(s.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(s.numbers).toBe('levels');
    expect(s.questions.map((q) => [q.code, shown(q.score), q.answers, q.notAssessed])).toEqual([
      ['E1', '66.67', 2, 1],
      ['E2', '100.00', 1, 2],
      ['E3', '0.00', 2, 1],
    ]);
    expect(shown(s.indicators[0].score)).toBe('55.56');
    expect(s.indicators[0].notAssessed).toBe(4);
    expect(s.notAssessed).toBe(4);
    expect(s.respondents).toBe(3);
    const info = s.problems.find((p) => p.code === 'ita.not-assessed')!;
    expect(info).toMatchObject({ severity: 'info', row: 1, column: 1 });
    expect(info.message.en).toBe(
      '4 answer(s) marked not assessed (-, n/a, "ไม่ประเมิน") are left out of the means',
    );
  });

  it('never takes a summary row under the answers for a respondent', () => {
    // Two respondents: I1 4 and 2 → (100 + 33.33) / 2 = 66.665 → 66.67. The rows below hold the
    // mean of the levels (3, a valid level) and their sum: as respondents they would make I1
    // (100 + 33.33 + 66.67) / 3 = 66.67 and then fail on 6 as a mixed score.
    const grid = [
      ['ผู้ตอบ', 'I1'],
      ['ก', 4],
      ['ข', 2],
      ['ค่าเฉลี่ย', 3],
      ['รวม', 6],
      ['SD', 1.41],
    ];
    const s = scoreSurvey(f, grid);
    expect(s.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(s.respondents).toBe(2);
    expect(s.questions[0]).toMatchObject({ answers: 2 });
    expect(shown(s.questions[0].score)).toBe('66.67');
    expect(s.questions[0].score).toEqual({ n: 13333n, d: 200n });
    expect(s.problems.filter((p) => p.severity === 'info').map((p) => [p.code, p.row, p.column])).toEqual([
      ['ita.summary-row', 3, 0],
      ['ita.summary-row', 4, 0],
      ['ita.summary-row', 5, 0],
    ]);
  });

  it('refuses a survey with no answers instead of a table of blanks', () => {
    const headerOnly = scoreSurvey(f, [['ประทับเวลา', ...codes('I', 1, 30)], fill(31, '')]);
    expect(headerOnly.problems.map((p) => [p.severity, p.code, p.row, p.column])).toEqual([
      ['error', 'ita.survey-empty', 0, 1],
    ]);
    expect(headerOnly.problems[0].message.en).toBe(
      'the IIT survey has no answers to score: a header of question codes in row 1, but no respondent below it',
    );
    expect(headerOnly.indicators).toEqual([]);
    const onlyNotAssessed = scoreSurvey(f, [
      ['E1', 'E2'],
      ['-', 'n/a'],
    ]);
    expect(onlyNotAssessed.problems[0].message.en).toMatch(/\(all 2 answers are marked not assessed\)$/);
  });

  it('finds the header below title rows', () => {
    const s = scoreSurvey(f, [['แบบสำรวจ IIT'], [], codes('I', 1, 6), fill(6, 'น้อยที่สุดหรือไม่มีเลย')]);
    expect(shown(s.indicators[0].score)).toBe('0.00');
  });
});

describe('scoreChecklist', () => {
  const rows = (answers: Record<string, unknown>) => [
    ['ข้อ', 'รายการ', 'ผล'],
    ['9.1 ข้อมูลพื้นฐาน', '', ''],
    ...codes('O', 1, 43).map((c) => [c, `item ${c}`, c in answers ? answers[c] : '✓']),
  ];

  it('rolls items up to sub-indicators, indicators and OIT', () => {
    const s = scoreChecklist(f, rows({ O9: 'ไม่มี', O43: '', O10: true, O11: 1, O12: 'มี', O13: 100 }));
    expect(s.problems).toEqual([]);
    const [nine, ten] = s.indicators;
    expect(nine.subs.map((x) => [x.no, shown(x.score), x.items])).toEqual([
      ['9.1', '88.89', 9],
      ['9.2', '100.00', 8],
      ['9.3', '100.00', 7],
      ['9.4', '100.00', 4],
      ['9.5', '100.00', 5],
    ]);
    // 9 = (800/9 + 400)/5 = 97.777…; 10.2 has O42 only → 100; OIT = (97.777… + 100)/2 = 98.888…
    expect(shown(nine.score)).toBe('97.78');
    expect(ten.subs[1]).toMatchObject({ no: '10.2', items: 1, expected: 2 });
    expect(shown(ten.score)).toBe('100.00');
    expect(shown(s.toolScore)).toBe('98.89');
  });

  it('leaves a sub-indicator with nothing assessed, and all above it, without a score', () => {
    const s = scoreChecklist(f, rows({ O42: '', O43: '' }));
    expect(s.indicators[1].subs[1].score).toBeUndefined();
    expect(s.indicators[1].score).toBeUndefined();
    expect(s.toolScore).toBeUndefined();
  });

  const items = (from: number, to: number) => codes('O', from, to);

  it('reads มี | ไม่มี tick columns: a mark in one of them', () => {
    // O1–O9 ticked มี except O9 ticked ไม่มี; O10–O43 ✓ under มี with "-" under ไม่มี (no mark there).
    // 9.1 = 8/9 มี = 88.888…; the rest 100. 9 = (800/9 + 400) / 5 = 97.777…; 10 = 100;
    // OIT = (97.777… + 100) / 2 = 98.888… → 98.89. (Read as the last column, every ✓ under มี
    // would be lost and "-" scored ไม่มี.)
    const grid = [
      ['ข้อ', 'รายการ', 'ผลการตรวจ', ''],
      ['', '', 'มี', 'ไม่มี'],
      ...items(1, 9).map((c) => (c === 'O9' ? [c, 'x', '', '✓'] : [c, 'x', '✓', ''])),
      ...items(10, 43).map((c) => [c, 'x', true, '-']),
    ];
    const s = scoreChecklist(f, grid);
    expect(s.problems).toEqual([]);
    expect(s.answers).toEqual({
      how: 'ticks',
      column: 2,
      noColumn: 3,
      header: 'ผลการตรวจ มี',
      noHeader: 'ไม่มี',
    });
    expect(shown(s.indicators[0].subs[0].score)).toBe('88.89');
    expect(shown(s.toolScore)).toBe('98.89');
  });

  it('reads tick columns headed with a note after the word: มี (✓) | ไม่มี (✓)', () => {
    // O1 ticked ไม่มี, O2 ticked มี → 9.1 = 1/2 = 50. Both columns hold only ✓, so without their
    // headers the reading would be refused as a guess.
    const s = scoreChecklist(f, [
      ['ข้อ', 'มี (✓)', 'ไม่มี (✓)'],
      ['O1', '', '✓'],
      ['O2', '✓', ''],
    ]);
    expect(s.answers).toMatchObject({ how: 'ticks', column: 1, noColumn: 2 });
    expect(shown(s.indicators[0].subs[0].score)).toBe('50.00');
  });

  it('refuses an item ticked both มี and ไม่มี, and a mark it cannot read', () => {
    const s = scoreChecklist(f, [
      ['ข้อ', 'มี', 'ไม่มี'],
      ['O1', '✓', '✓'],
      ['O2', 'บางส่วน', ''],
    ]);
    expect(s.problems.map((p) => [p.code, a1(p.row, p.column)])).toEqual([
      ['ita.both-ticked', 'C2'],
      ['ita.bad-item-answer', 'B3'],
    ]);
    expect(s.problems[0].message.en).toBe('O1 is marked both "มี" and "ไม่มี"');
  });

  it('never takes a URL, evidence or note column beside the answer for the answer', () => {
    // Answers in B (ผล); C holds the URL, D a note with "-" and "มี" in it. Today's "last column"
    // would read the note. 9.1: O1 ไม่มี, O2–O9 มี → 8/9 = 88.888… → 88.89.
    const grid = [
      ['ข้อ', 'ผล', 'URL', 'หมายเหตุ'],
      ...items(1, 43).map((c) => [
        c,
        c === 'O1' ? 'ไม่มี' : 'มี',
        `https://example.go.th/${c}`,
        c === 'O1' ? 'มี' : '-',
      ]),
    ];
    const s = scoreChecklist(f, grid);
    expect(s.problems).toEqual([]);
    expect(s.answers).toEqual({ how: 'header', column: 1, header: 'ผล' });
    expect(shown(s.indicators[0].subs[0].score)).toBe('88.89');
    // Without headers, the URL column is still not the answer, and the choice is said.
    const bare = scoreChecklist(
      f,
      items(1, 43).map((c) => [c, c === 'O1' ? 'ไม่มี' : 'มี', `https://example.go.th/${c}`]),
    );
    expect(bare.answers).toMatchObject({ how: 'content', column: 1 });
    expect(bare.problems.map((p) => [p.severity, p.code, a1(p.row, p.column)])).toEqual([
      ['info', 'ita.answer-column', 'B1'],
    ]);
    expect(shown(bare.indicators[0].subs[0].score)).toBe('88.89');
  });

  it('refuses when the answer column is not certain', () => {
    // Two headerless columns that both read as answers: which one is the assessor's is a guess.
    const two = scoreChecklist(f, [
      ['O1', 'มี', 'ไม่มี'],
      ['O2', 'มี', 'มี'],
    ]);
    expect(two.problems.map((p) => [p.severity, p.code])).toEqual([['error', 'ita.answer-column-unclear']]);
    expect(two.problems[0].message.en).toBe(
      'cannot tell which column holds the answers (the column holding "มี", the column holding "ไม่มี"); ' +
        'head the answer column "ผล", or use "มี | ไม่มี" tick columns',
    );
    expect(two.indicators).toEqual([]);
    const heads = scoreChecklist(f, [
      ['ข้อ', 'ผลการตรวจ', 'คำตอบ'],
      ['O1', 'มี', 'ไม่มี'],
    ]);
    expect(heads.problems[0].message.en).toBe(
      'more than one column is headed as the answer ("ผลการตรวจ", "คำตอบ"); keep one answer column, or use "มี | ไม่มี" tick columns',
    );
  });

  it('leaves "-", "n/a", "ไม่ประเมิน" items out, never as ไม่มี, and counts them', () => {
    // 9.1: O1 "-", O2 "n/a", O3 ไม่มี, O4–O9 มี → 6/7 = 85.714… → 85.71 (as ไม่มี: 6/9 = 66.67).
    const answers: Record<string, string> = { O1: '-', O2: 'n/a', O3: 'ไม่มี', O42: 'ไม่ประเมิน' };
    const s = scoreChecklist(f, [['ข้อ', 'ผล'], ...items(1, 43).map((c) => [c, answers[c] ?? 'มี'])]);
    expect(s.problems.map((p) => [p.severity, p.code, a1(p.row, p.column)])).toEqual([
      ['info', 'ita.not-assessed', 'B2'],
    ]);
    expect(s.problems[0].message.en).toBe(
      '3 item(s) marked not assessed (-, n/a, "ไม่ประเมิน") are left out of the means, not scored as "ไม่มี"',
    );
    const [nine, ten] = s.indicators;
    expect([nine.subs[0].items, nine.subs[0].notAssessed, shown(nine.subs[0].score)]).toEqual([
      7,
      2,
      '85.71',
    ]);
    expect([ten.subs[1].items, ten.subs[1].notAssessed, shown(ten.subs[1].score)]).toEqual([1, 1, '100.00']);
    expect([nine.notAssessed, ten.notAssessed, s.notAssessed]).toEqual([2, 1, 3]);
  });

  it('refuses a checklist with no answers, or with no item codes', () => {
    const blank = scoreChecklist(f, [['ข้อ', 'ผล'], ...items(1, 43).map((c) => [c, ''])]);
    expect(blank.problems.map((p) => [p.code, a1(p.row, p.column)])).toEqual([['ita.checklist-empty', 'B2']]);
    expect(blank.problems[0].message.en).toBe(
      'the OIT checklist has no answer to score: every item is blank',
    );
    expect(blank.indicators).toEqual([]);
    const dashes = scoreChecklist(f, [['ข้อ', 'ผล'], ...items(1, 43).map((c) => [c, '-'])]);
    expect(dashes.problems.find((p) => p.severity === 'error')!.message.en).toBe(
      'the OIT checklist has no answer to score: every item is blank or not assessed (43)',
    );
    const none = scoreChecklist(f, [
      ['ข้อ', 'ผล'],
      ['', ''],
    ]);
    expect(none.problems.map((p) => p.message.en)).toEqual(['no OIT item code (O1…) found in the checklist']);
  });

  it('never takes a summary row for an item', () => {
    // รวม / ร้อยละ rows under the items carry numbers in the answer column: not items, not answers.
    // 9.1 O1–O9 มี; nothing else answered → 9.1 = 100, 9.2 … blank.
    const s = scoreChecklist(f, [
      ['ข้อ', 'ผล'],
      ...items(1, 9).map((c) => [c, 'มี']),
      ['รวม', 9],
      ['ร้อยละ', 100],
    ]);
    expect(s.problems).toEqual([]);
    expect(s.indicators[0].subs[0]).toMatchObject({ items: 9, expected: 9 });
    expect(shown(s.indicators[0].subs[0].score)).toBe('100.00');
  });

  it('names bad answers, duplicates and unknown items', () => {
    const s = scoreChecklist(f, [
      ['O1', 'yes?'],
      ['O1', 'มี'],
      ['O44', 'มี'],
      ['I5', 'มี'],
    ]);
    expect(s.problems.map((p) => [p.code, a1(p.row, p.column)])).toEqual([
      // No header: column B is the only column beside the codes, and the reading says so.
      ['ita.answer-column', 'B1'],
      ['ita.bad-item-answer', 'B1'],
      ['ita.duplicate-item', 'A2'],
      ['ita.unknown-item', 'A3'],
      ['ita.unknown-item', 'A4'],
    ]);
    expect(findingsOf(s.problems, 'OIT', 4, 0)[0]).toMatchObject({ sheet: 'OIT', cell: 'B5' });
  });

  it('knows the words of "not assessed" and of summary rows', () => {
    for (const v of ['-', ' n/a ', 'N/A', 'ไม่ประเมิน', '—']) expect(isNotAssessed(v)).toBe(true);
    for (const v of ['', 'ไม่มี', 0, 'na na']) expect(isNotAssessed(v)).toBe(false);
    for (const v of [
      'ค่าเฉลี่ย',
      'รวม',
      'ร้อยละ',
      'เฉลี่ย',
      'สูงสุด',
      'ต่ำสุด',
      'SD',
      'S.D.',
      'รวม (คน)',
      'ค่าเฉลี่ย:',
      'Mean',
    ])
      expect(summaryLabel(v)).toBe(v);
    for (const v of ['รวมพล สุขดี', 'รวม ๆ แล้วดี', 'สมชาย', 'I1', 3, 'มาก'])
      expect(summaryLabel(v)).toBeUndefined();
  });

  it('reads the ways staff mark an item', () => {
    for (const v of ['มี', '✓', '✔', 1, 100, true, 'TRUE', ' ใช่ ']) expect(readItemAnswer(f, v)).toBe(true);
    for (const v of ['ไม่มี', '✗', 0, false, 'false']) expect(readItemAnswer(f, v)).toBe(false);
    // Blank and "not assessed" are no answer: never ไม่มี.
    for (const v of ['', null, ' ', '-', 'n/a', 'ไม่ประเมิน']) expect(readItemAnswer(f, v)).toBeNull();
    for (const v of ['maybe', 50, new Date(0)]) expect(readItemAnswer(f, v)).toBeUndefined();
  });
});

describe('a1', () => {
  it('names cells', () => {
    expect([a1(0, 0), a1(4, 27), a1(9, 25), a1(0, 26), a1(0, 701), a1(0, 702)]).toEqual([
      'A1',
      'AB5',
      'Z10',
      'AA1',
      'ZZ1',
      'AAA1',
    ]);
  });
});
