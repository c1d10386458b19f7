// The marks' record: what marking takes away, clearing gives back exactly, and the record survives
// the trip through document properties in chunks under the 9 KB a value holds.
import fc from 'fast-check';
import {
  applyMarks,
  CHUNK_BYTES,
  decodeMarks,
  encodeMarks,
  MARK_COLORS,
  type MarkedSheet,
  NOTE_PREFIX,
  planMarks,
  restoreMarks,
  restoreThenMark,
  utf8Bytes,
  withoutMarks,
} from '../../../src/core/validation/marks';

const KEY = 'ita-sheets.marks';
const color = fc.constantFrom('#ffffff', '#ff0000', '#00ff00', '#dde7f3');
const note = fc.oneof(fc.constant(''), fc.string(), fc.constant('ตรวจแล้ว 😀 ๑๒๓'));

describe('marks', () => {
  it('clearing after marking gives back every fill and note (white as no fill)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 1, max: 6 }),
        fc.array(
          fc.tuple(
            fc.nat(5),
            fc.nat(5),
            fc.constantFrom('error', 'warning') as fc.Arbitrary<'error' | 'warning'>,
          ),
        ),
        fc.array(fc.array(fc.tuple(color, note), { minLength: 6, maxLength: 6 }), {
          minLength: 6,
          maxLength: 6,
        }),
        (height, width, spots, cells) => {
          const backgrounds = cells.slice(0, height).map((r) => r.slice(0, width).map(([c]) => c));
          const notes = cells.slice(0, height).map((r) => r.slice(0, width).map(([, n]) => n));
          const findings = spots.map(([row, column, severity]) => ({
            severity,
            sheet: 'S',
            row,
            column,
            message: { th: 'ผิด', en: 'wrong' },
          }));
          const planned = planMarks(findings, 'S', false, height, width);
          const marked = applyMarks(backgrounds, notes, planned, 1e9);
          expect(marked.cells).toHaveLength(planned.size);
          for (const [r, c, , , kind] of marked.cells) {
            expect(marked.backgrounds[r][c]).toBe(MARK_COLORS[kind === 'e' ? 'error' : 'warning']);
            expect(marked.notes[r][c].startsWith(NOTE_PREFIX)).toBe(true);
          }
          // What Sheets reports back: null as white.
          const shown = marked.backgrounds.map((r) => r.map((c) => c ?? '#ffffff'));
          const restored = restoreMarks(shown, marked.notes, 0, 0, marked.cells);
          expect(restored.restored).toBe(planned.size);
          expect(restored.backgrounds).toEqual(
            backgrounds.map((r) => r.map((c) => (c === '#ffffff' ? null : c))),
          );
          expect(restored.notes).toEqual(notes);
        },
      ),
    );
  });

  it('re-marking in one pass: the record of a cell marked again holds its original, not the last mark', () => {
    // A 1 × 3 block: A had a green fill and a note "ของเดิม"; the last run marked A and B (errors).
    // This run marks A again and C: A must be recorded as green / "ของเดิม" (what clearing gives
    // back), B gets its no-fill and empty note back, C is marked with its own original.
    const finding = (column: number) => ({
      severity: 'error' as const,
      sheet: 'S',
      row: 0,
      column,
      message: { th: 'ผิด', en: 'wrong' },
    });
    const first = applyMarks(
      [['#00ff00', '#ffffff', '#ffffff']],
      [['ของเดิม', '', 'ของ C']],
      planMarks([finding(0), finding(1)], 'S', false, 1, 3),
      1e9,
    );
    const shown = first.backgrounds.map((r) => r.map((c) => c ?? '#ffffff'));
    const again = restoreThenMark(
      shown,
      first.notes,
      first.cells,
      planMarks([finding(0), finding(2)], 'S', false, 1, 3),
      1e9,
    );
    expect(again).toMatchObject({ restored: 2, changed: 0 });
    expect(again.cells).toEqual([
      [0, 0, '#00ff00', 'ของเดิม', 'e'],
      [0, 2, null, 'ของ C', 'e'],
    ]);
    expect(again.backgrounds).toEqual([[MARK_COLORS.error, null, MARK_COLORS.error]]);
    expect(again.notes[0][1]).toBe('');
    expect(again.notes[0][0]).toMatch(/^ITA Sheets: .*\n\nของเดิม$/s);
  });

  it('the record comes back whole from chunks that each fit 9 KB', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            name: fc.string(),
            id: fc.nat(),
            cells: fc.array(
              fc.tuple(
                fc.nat(5000),
                fc.nat(50),
                fc.option(color, { nil: null }),
                note,
                fc.constantFrom('e', 'w'),
              ),
              { maxLength: 300 },
            ),
          }),
          { maxLength: 4 },
        ),
        (sheets) => {
          const values = encodeMarks(sheets as MarkedSheet[], KEY);
          for (const [k, v] of Object.entries(values))
            expect(utf8Bytes(k) + utf8Bytes(v)).toBeLessThan(9 * 1024);
          for (const [k, v] of Object.entries(values))
            if (k !== KEY) expect(utf8Bytes(v)).toBeLessThanOrEqual(CHUNK_BYTES);
          const all = { other: 'kept', ...values };
          expect(decodeMarks(all, KEY)).toEqual(sheets);
          expect(withoutMarks(all, KEY)).toEqual({ other: 'kept' });
        },
      ),
    );
  });

  // Each cell's record is [row, column, null, "", "e"] = 16 bytes with its comma: a budget of 40
  // bytes holds two; errors are marked before warnings.
  it('cells past the store budget are left unmarked and counted, errors first', () => {
    const findings = [
      { severity: 'warning' as const, sheet: 'S', row: 0, column: 0, message: { th: 'ก', en: 'a' } },
      { severity: 'error' as const, sheet: 'S', row: 1, column: 0, message: { th: 'ข', en: 'b' } },
      { severity: 'error' as const, sheet: 'S', row: 2, column: 0, message: { th: 'ค', en: 'c' } },
    ];
    const grid = [['#ffffff'], ['#ffffff'], ['#ffffff']];
    const marked = applyMarks(grid, [[''], [''], ['']], planMarks(findings, 'S', false, 3, 1), 40);
    expect(marked.cells.map(([r]) => r)).toEqual([1, 2]);
    expect(marked.unmarked).toBe(1);
    expect(marked.backgrounds).toEqual([[null], [MARK_COLORS.error], [MARK_COLORS.error]]);
  });

  it('a broken record reads as none, not as an exception', () => {
    expect(decodeMarks({ [KEY]: '2', [`${KEY}.0`]: '[{' }, KEY)).toEqual([]);
    expect(decodeMarks({ [KEY]: 'x' }, KEY)).toEqual([]);
    expect(decodeMarks({}, KEY)).toEqual([]);
  });
});
