// Boilerplate marks and sentence roles: (1) precision and recall on the project's labelled
// fixture (tests/data/boilerplate.tsv), each line summarized on its own; (2) role accuracy on
// tests/data/roles.tsv, each line as a paragraph between two paragraphs of prose; (3) sentences
// marked as boilerplate, and sentences given a role other than body or quote (never summarized),
// in the news bodies of bbc_dev.jsonl and xsum_dev.jsonl, which are article text (a mark there is
// almost always a false positive): the counts, the shares, and the marked lines so a person can
// judge them.
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
  // Not article content: boilerplate, or a role never summarized (byline, caption, dateline…).
  const predicted = !r.error && r.sentences.every((s) => s.role !== 'body' && s.role !== 'quote');
  const expected = rows[i][0] === 'B';
  if (predicted && expected) tp++;
  else if (predicted) fp++;
  else if (expected) fn++;
  if (predicted !== expected && verbose) console.log(`fixture ${expected ? 'missed' : 'false'}:`, rows[i][1]);
});
console.log(`fixture (${rows.length} lines)         precision ${pct(tp / (tp + fp))}  recall ${pct(tp / (tp + fn))}`);

const PROSE = 'The council met on Tuesday evening and heard from residents about the plan.';
const roleRows = readFileSync(join(ROOT, 'tests/data/roles.tsv'), 'utf8').split('\n')
  .filter((l) => l && !l.startsWith('#')).map((l) => [l.slice(0, l.indexOf('\t')), l.slice(l.indexOf('\t') + 1)]);
const roleResults = runJsonl(['batch'], roleRows.map(([, line], id) => ({ id, text: `${PROSE}\n\n${line}\n\n${PROSE}` })));
const byRole = {};
roleResults.forEach((r, i) => {
  const expected = roleRows[i][0];
  const got = r.error ? 'error' : [...new Set(r.sentences.filter((s) => s.text !== PROSE).map((s) => s.role))].join('+');
  const e = (byRole[expected] ??= { right: 0, total: 0 });
  e.total++;
  if (got === expected) e.right++;
  else if (verbose) console.log(`roles: expected ${expected}, got ${got}:`, roleRows[i][1]);
});
console.log(`roles fixture (${roleRows.length} lines): ` +
  Object.entries(byRole).map(([role, e]) => `${role} ${e.right}/${e.total}`).join(', '));

for (const [file, field] of [['summarization/bbc_dev.jsonl', 'body'], ['summarization/xsum_dev.jsonl', 'article']]) {
  const items = readFileSync(join(DATA, file), 'utf8').trim().split('\n')
    .map((l, id) => ({ id, text: JSON.parse(l)[field] }));
  const results = runJsonl(['batch'], items);
  let sentences = 0;
  const marked = [];
  const roles = {};
  for (const r of results) {
    for (const s of r.sentences ?? []) {
      sentences++;
      if (s.boilerplate) marked.push(s.text);
      else if (s.role !== 'body' && s.role !== 'quote') (roles[s.role] ??= []).push(s.text);
    }
  }
  console.log(`${file.padEnd(30)} ${marked.length} of ${sentences} sentences marked (${pct(marked.length / sentences)}%)`);
  for (const m of marked) console.log(`   ${m.slice(0, 140)}`);
  for (const [role, list] of Object.entries(roles)) {
    console.log(`${file.padEnd(30)} ${list.length} of ${sentences} sentences with role ${role} (${pct(list.length / sentences)}%)`);
    for (const m of list.slice(0, verbose ? list.length : 12)) console.log(`   ${m.slice(0, 140)}`);
  }
}
