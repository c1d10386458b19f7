// The measures library: wording for the O42 draft, suggested for the indicators below the pass mark.
import { MEASURES_LIBRARY, suggestMeasures } from '../../../src/core/report/measuresLibrary';

describe('the measures library', () => {
  it('has measures for each of the ten indicators, every field written', () => {
    expect(Object.keys(MEASURES_LIBRARY).sort((a, b) => Number(a) - Number(b))).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
      '10',
    ]);
    for (const measures of Object.values(MEASURES_LIBRARY)) {
      expect(measures.length).toBeGreaterThan(0);
      for (const m of measures)
        for (const text of [m.measure, m.method, m.responsible, m.period, m.followUp])
          expect(text).toMatch(/[\u0E00-\u0E7F]{3}/);
    }
  });

  it('suggests measures for indicators below 85 only, weakest first', () => {
    const suggested = suggestMeasures([
      { no: '1', name: 'การปฏิบัติหน้าที่', score: 92.1 },
      { no: '7', name: 'ประสิทธิภาพการสื่อสาร', score: 84.99 },
      { no: '9', name: 'การเปิดเผยข้อมูล', score: 61.5 },
      { no: '10', name: 'การป้องกันการทุจริต', score: 85 }, // exactly the mark: passes, nothing suggested
    ]);
    expect(suggested.map((s) => [s.no, s.score])).toEqual([
      ['9', 61.5],
      ['7', 84.99],
    ]);
    expect(suggested[0].measures).toBe(MEASURES_LIBRARY['9']);
  });
});
