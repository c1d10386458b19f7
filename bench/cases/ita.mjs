// ITA scoring figures through the built bundle, each one call as Sheets makes it: ITA_SCORE and
// ITA_BREAKDOWN over every agency of a year (8,400 × 10 indicator scores), ITA_SURVEY over 5,000
// respondents × 30 IIT questions. Beside them, HyperFormula evaluating
// the same 8,400 totals as native formulas (AVERAGE of each tool's indicators × weight), built and
// computed from scratch, as a recalculating spreadsheet would.
import { HyperFormula } from 'hyperformula';

export default async ({ median, loadBundle }) => {
  const ctx = loadBundle();
  const rows = [];

  const AGENCIES = 8400;
  // Two-decimal scores as published, deterministic; every 50th agency is one whose exact total
  // ends in 5 at the third decimal (88.575), where binary floats round the wrong way.
  const trap = [80.14, 80.14, 80.14, 80.14, 80.14, 90, 90, 85.33, 95, 95];
  const indicators = Array.from({ length: AGENCIES }, (_, a) =>
    a % 50 === 0
      ? [...trap]
      : Array.from({ length: 10 }, (_, i) => Math.round(5000 + ((a * 7919 + i * 104729) % 5001)) / 100),
  );

  const score = await median(() => ctx.ITA_SCORE(indicators));
  const breakdown = await median(() => ctx.ITA_BREAKDOWN(indicators));
  const grid = indicators.map((row, r) => {
    const n = r + 1;
    return [...row, `=ROUND(AVERAGE(A${n}:E${n})*0.3+AVERAGE(F${n}:H${n})*0.3+AVERAGE(I${n}:J${n})*0.4,2)`];
  });
  const native = await median(() => HyperFormula.buildFromArray(grid, { licenseKey: 'gpl-v3' }).destroy(), {
    runs: 5,
    warmup: 1,
  });

  // The two must agree except where floats round the wrong way (exact .xx5 totals).
  const hf = HyperFormula.buildFromArray(grid, { licenseKey: 'gpl-v3' });
  const ours = ctx.ITA_SCORE(indicators);
  let differ = 0;
  for (let r = 0; r < AGENCIES; r++)
    if (hf.getCellValue({ sheet: 0, row: r, col: 10 }) !== ours[r][0]) differ++;
  hf.destroy();

  rows.push({
    name: `ITA_SCORE, ${AGENCIES.toLocaleString('en')} agencies × 10 (one call)`,
    value: score,
    unit: 'ms',
    budget: 50,
    note: `HyperFormula native AVERAGE×weight, same rows: ${native.toFixed(1)} ms (ratio ${(native / score).toFixed(1)}×); float ROUND gives another total on ${differ} rows (the 88.575 ones)`,
  });
  rows.push({
    name: `ITA_BREAKDOWN, ${AGENCIES.toLocaleString('en')} agencies × 10 (one call)`,
    value: breakdown,
    unit: 'ms',
    budget: 50,
    note: `IIT, EIT, OIT, total, grade, pass per row; HyperFormula ratio ${(native / breakdown).toFixed(1)}×`,
  });

  const RESPONDENTS = 5000;
  const labels = ['น้อยที่สุดหรือไม่มีเลย', 'น้อย', 'มาก', 'มากที่สุด'];
  const header = ['ประทับเวลา', ...Array.from({ length: 30 }, (_, i) => `I${i + 1}`)];
  const responses = [
    header,
    ...Array.from({ length: RESPONDENTS }, (_, r) => [
      `2565-06-${(r % 28) + 1}`,
      ...Array.from({ length: 30 }, (_, q) => {
        const k = (r * 31 + q * 17) % 9;
        // Mostly labels, some levels typed as numbers, a few blanks.
        return k === 8 ? '' : k < 4 ? labels[k] : (k % 4) + 1;
      }),
    ]),
  ];
  const survey = await median(() => ctx.ITA_SURVEY(responses), { runs: 9 });
  rows.push({
    name: `ITA_SURVEY, ${RESPONDENTS.toLocaleString('en')} respondents × 30 questions`,
    value: survey,
    unit: 'ms',
    budget: 200,
  });

  // ITA_GRADE over 10,000 rows is measured in platform.mjs, beside HyperFormula's IF-chain.
  return rows;
};
