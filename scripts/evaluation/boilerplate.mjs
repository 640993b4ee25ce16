// Boilerplate marks: (1) precision and recall on the project's labelled fixture
// (tests/data/boilerplate.tsv), each line summarized on its own; (2) sentences marked as
// boilerplate in the news bodies of bbc_dev.jsonl and xsum_dev.jsonl, which are article text
// (a mark there is almost always a false positive): the count, the share, and every marked line
// so a person can judge them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { DATA, pct, runJsonl } from './cli.mjs';
import { ROOT } from '../../tests/paths.js';

const verbose = process.argv.includes('--verbose');
const rows = readFileSync(join(ROOT, 'tests/data/boilerplate.tsv'), 'utf8').split('\n')
  .filter((l) => l && !l.startsWith('#')).map((l) => l.split('\t'));
const fixture = runJsonl(['batch'], rows.map(([, text], id) => ({ id, text })));
let tp = 0;
let fp = 0;
let fn = 0;
fixture.forEach((r, i) => {
  const predicted = !r.error && r.sentences.every((s) => s.boilerplate);
  const expected = rows[i][0] === 'B';
  if (predicted && expected) tp++;
  else if (predicted) fp++;
  else if (expected) fn++;
  if (predicted !== expected && verbose) console.log(`fixture ${expected ? 'missed' : 'false'}:`, rows[i][1]);
});
console.log(`fixture (${rows.length} lines)         precision ${pct(tp / (tp + fp))}  recall ${pct(tp / (tp + fn))}`);

for (const [file, field] of [['summarization/bbc_dev.jsonl', 'body'], ['summarization/xsum_dev.jsonl', 'article']]) {
  const items = readFileSync(join(DATA, file), 'utf8').trim().split('\n')
    .map((l, id) => ({ id, text: JSON.parse(l)[field] }));
  const results = runJsonl(['batch'], items);
  let sentences = 0;
  const marked = [];
  for (const r of results) {
    for (const s of r.sentences ?? []) {
      sentences++;
      if (s.boilerplate) marked.push(s.text);
    }
  }
  console.log(`${file.padEnd(30)} ${marked.length} of ${sentences} sentences marked (${pct(marked.length / sentences)}%)`);
  for (const m of marked) console.log(`   ${m.slice(0, 140)}`);
}
