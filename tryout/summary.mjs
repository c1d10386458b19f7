// Prints the findings of tryout/out/<name>.validate.json compactly: `node tryout/summary.mjs w02`.
// (tryout/run.sh writes those files.)
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = join(dirname(fileURLToPath(import.meta.url)), 'out');
const pick = process.argv[2] ?? '';
for (const f of readdirSync(dir).filter((x) => x.endsWith('.validate.json') && x.includes(pick))) {
  const j = JSON.parse(readFileSync(join(dir, f), 'utf8'));
  console.log(`== ${f}`, JSON.stringify(j.counts));
  for (const s of j.sheets ?? []) console.log(`  [${s.name}] ${s.kind}: ${s.why?.th}`);
  for (const x of j.findings ?? [])
    console.log(
      `  ${x.severity} ${x.code} ${x.sheet}!${x.cell} | ${x.message.th} | ${x.message.en} | stated=${x.stated ?? ''} computed=${x.computed ?? ''}`,
    );
}
