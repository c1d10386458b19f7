// Per-record templates in core: the {{#record}} tag, tab names made from records, and a projects
// table read by meaning into the project sheet's ten headings (exact money, "-" for what is missing).
import { dayOfDate } from '../../../src/core/thai/calendarDay';
import { cleanTabName, readRecordTag, setTabNames, withoutRecordTag } from '../../../src/core/report/records';
import { readProjectRecords } from '../../../src/core/report/projectRecords';

const cells = (rows: unknown[][]) => rows.map((r) => r.map((value) => ({ value: value as string })));
const dayOf = (d: Date) => dayOfDate(d, 420);

describe('the {{#record}} tag', () => {
  it('is read from the first row with content, alone there', () => {
    const t = cells([
      ['', ''],
      ['{{#record table.โครงการ as row named ชื่อโครงการ}}', ''],
      ['{{row.ชื่อโครงการ}}', ''],
    ]);
    expect(readRecordTag(t).tag).toMatchObject({
      path: ['table', 'โครงการ'],
      alias: 'row',
      named: 'ชื่อโครงการ',
      row: 1,
      column: 0,
    });
    expect(readRecordTag(cells([['{{#record projects as p}}']])).tag).toMatchObject({
      path: ['projects'],
      alias: 'p',
      named: undefined,
    });
    // The tag's cell is emptied for rendering; nothing else changes.
    const tag = readRecordTag(t).tag!;
    expect(withoutRecordTag(t, tag)[1][0].value).toBe('');
    expect(withoutRecordTag(t, tag)[2][0].value).toBe('{{row.ชื่อโครงการ}}');
  });

  it('is a problem, with its cell, when it is not alone on the first row, malformed, or twice', () => {
    expect(readRecordTag(cells([['หัวเรื่อง'], ['{{#record projects as row}}']])).problem).toMatchObject({
      row: 1,
      column: 0,
    });
    expect(readRecordTag(cells([['{{#record projects as row}}', 'x']])).problem).toBeDefined();
    expect(readRecordTag(cells([['{{#record projects}}']])).problem).toBeDefined();
    expect(
      readRecordTag(cells([['{{#record projects as row}}'], ['{{#record projects as row}}']])).problem,
    ).toMatchObject({ row: 1 });
    expect(readRecordTag(cells([['{{ชื่อ}}']]))).toEqual({});
  });
});

describe('tab names from records', () => {
  it('cuts to 31 characters and replaces what an .xlsx refuses', () => {
    expect(cleanTabName('  แผน: 2566/2567 [ร่าง]?  ')).toBe('แผน 2566 2567 ร่าง');
    expect(cleanTabName("'ชื่อ'")).toBe('ชื่อ');
    // 40 characters: 30 and "…" (a cut name never passes for the whole name).
    expect(cleanTabName('ก'.repeat(40))).toBe(`${'ก'.repeat(30)}…`);
  });

  it('cuts at a space that keeps most of the name, else never between a Thai letter and its marks', () => {
    // A space at 22 of the 30 kept characters (≥ 60%): the cut falls there.
    expect(cleanTabName('โครงการอบรมคุณธรรมจริยธรรม และความโปร่งใส')).toBe('โครงการอบรมคุณธรรมจริยธรรม…');
    // 29 ก, then กี: character 31 would be the vowel ี (U+0E35) of the 30th letter, so both go.
    expect(cleanTabName(`${'ก'.repeat(29)}กีขขขข`)).toBe(`${'ก'.repeat(29)}…`);
    // A tone mark (่ U+0E48) and ำ (U+0E33) stay with their letter the same way.
    expect(cleanTabName(`${'ก'.repeat(29)}ก่ขขขข`)).toBe(`${'ก'.repeat(29)}…`);
    expect(cleanTabName(`${'ก'.repeat(29)}คำขขขข`)).toBe(`${'ก'.repeat(29)}…`);
    // A leading vowel (เ U+0E40) is never left at the end: it belongs to the letter after it.
    expect(cleanTabName(`${'ก'.repeat(29)}เกขขขข`)).toBe(`${'ก'.repeat(29)}…`);
    for (const name of ['ก'.repeat(40), `${'ก'.repeat(29)}กีขขขข`]) {
      const cut = cleanTabName(name);
      expect(cut.length).toBeLessThanOrEqual(31);
      expect(cut.slice(0, -1)).toMatch(/[^\u0e40-\u0e44]$/);
    }
  });

  it('makes each unique against the tabs there, ignoring case, within 31 characters', () => {
    const long = 'ข'.repeat(35);
    // "Plan" is taken as "plan"; the long name twice: 30 ข + "…", then its second copy 26 ข + "…" + " (2)" = 31.
    expect(setTabNames(['Plan', long, long, '', '???'], ['plan'])).toEqual([
      'Plan (2)',
      `${'ข'.repeat(30)}…`,
      `${'ข'.repeat(26)}… (2)`,
      'รายการ 4',
      'รายการ 5',
    ]);
  });

  it("puts the record's number first, so names alike stay apart and (2) is left for a real duplicate", () => {
    const long = 'โครงการส่งเสริมคุณธรรมจริยธรรมและความโปร่งใส';
    // "๑๒ " + 27 characters + "…" = 31; the two long names differ only past the cut, their numbers tell them apart.
    expect(setTabNames([long, `${long} ระยะที่ ๒`], [], 1, ['๑๒', '๑๓'])).toEqual([
      '๑๒ โครงการส่งเสริมคุณธรรมจริยธ…',
      '๑๓ โครงการส่งเสริมคุณธรรมจริยธ…',
    ]);
    // The same number and name twice (a row typed twice) is a real duplicate: "(2)".
    expect(setTabNames(['อบรม', 'อบรม'], [], 1, ['๑', '๑'])).toEqual(['๑ อบรม', '๑ อบรม (2)']);
  });
});

describe('a projects table read by meaning', () => {
  const grid = [
    ['แผนงานโครงการ ปี 2566', '', '', '', ''],
    ['ลำดับ', 'โครงการ', 'ผู้รับผิดชอบ', 'งบประมาณ', 'Objective'],
    [1, 'ถนน', 'กองช่าง', '1,250,000', 'สัญจรสะดวก'],
    [2, 'อบรม', 'สำนักปลัด', 'ไม่ใช้งบประมาณ', ''],
    ['', 'รวม', '', 1250000, ''],
  ];

  it('matches headers to headings, prints "-" for a heading with no column and for a blank cell', () => {
    const r = readProjectRecords(grid, 'แผน', dayOf);
    if (!r.ok) throw new Error(r.reason.en);
    // "โครงการ" is the name, "ผู้รับผิดชอบ" the responsible unit (not a project name), "Objective" the objective.
    expect(r.columns.find((c) => c.field === 'ชื่อโครงการ')).toMatchObject({ column: 1, label: 'โครงการ' });
    expect(r.columns.find((c) => c.field === 'ผู้รับผิดชอบโครงการ')).toMatchObject({ column: 2 });
    expect(r.columns.find((c) => c.field === 'วัตถุประสงค์')).toMatchObject({ column: 4 });
    expect(r.missing).toEqual([
      'หลักการและเหตุผล',
      'เป้าหมาย',
      'พื้นที่ดำเนินการ',
      'วิธีดำเนินการ',
      'ระยะเวลาดำเนินการ',
      'ผลผลิต/ผลลัพธ์',
    ]);
    // The "รวม" row is not a project.
    expect(r.records).toHaveLength(2);
    expect(r.rows).toEqual([2, 3]);
    // 1,250,000 → หนึ่งล้านสองแสนห้าหมื่นบาทถ้วน; "ไม่ใช้งบประมาณ" prints as written, no words.
    expect(r.records[0]).toMatchObject({
      ชื่อโครงการ: 'ถนน',
      งบประมาณ: '1,250,000.00',
      งบประมาณตัวอักษร: 'หนึ่งล้านสองแสนห้าหมื่นบาทถ้วน',
      เป้าหมาย: '-',
      ลำดับ: 1,
    });
    expect(r.records[1]).toMatchObject({ งบประมาณ: 'ไม่ใช้งบประมาณ', งบประมาณตัวอักษร: '-', วัตถุประสงค์: '-' });
  });

  it('refuses a budget it cannot read, naming the cell, and two budget columns', () => {
    const bad = grid.map((r) => [...r]);
    bad[3][3] = 'ประมาณห้าแสน';
    const r = readProjectRecords(bad, 'แผน', dayOf);
    expect(r).toMatchObject({ ok: false, cell: 'D4' });
    const two = grid.map((r) => [...r]);
    two[1][4] = 'งบประมาณ 2567';
    expect(readProjectRecords(two, 'แผน', dayOf)).toMatchObject({ ok: false, cell: 'D2' });
    // "งบประมาณ" merged over two year columns: the second header cell blank, amounts under both.
    const years = [
      ['ลำดับ', 'โครงการ', 'ผู้รับผิดชอบ', 'งบประมาณ', '', 'วัตถุประสงค์'],
      [1, 'ถนน', 'กองช่าง', 1250000, 1300000, 'สัญจรสะดวก'],
    ];
    expect(readProjectRecords(years, 'แผน', dayOf)).toMatchObject({ ok: false, cell: 'D1' });
  });
});
