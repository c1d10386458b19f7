// Raw answers (an IIT answer sheet, an OIT checklist) are scored by the score menu, not checked by
// validation: the findings tab says that, not that a score table "cannot be read".
import { join } from 'node:path';
import { cli, json } from './in-process';

const demo = join(__dirname, '..', '..', 'examples', 'demo.xlsx');

interface Finding {
  severity: string;
  code: string;
  sheet: string;
  message: { th: string; en: string };
}

it('the demo IIT answers and OIT checklist: one info each, saying they are raw answers for the score menu', async () => {
  const findings = (json(await cli('validate', demo, '--json')) as { findings: Finding[] }).findings;
  const about = (sheet: string) => findings.filter((f) => f.sheet === sheet);
  expect(about('แบบสอบถาม IIT').map((f) => [f.severity, f.code])).toEqual([['info', 'score.table-unread']]);
  expect(about('แบบสอบถาม IIT')[0].message.en).toContain('raw survey answers');
  expect(about('แบบสอบถาม IIT')[0].message.th).toContain('คำตอบดิบ');
  expect(about('OIT').map((f) => [f.severity, f.code])).toEqual([['info', 'score.table-unread']]);
  expect(about('OIT')[0].message.en).toContain('OIT checklist');
});
