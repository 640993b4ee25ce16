// Name tagging quality, CoNLL standard: exact-span entity precision/recall/F1 per type and
// micro-averaged over PER/ORG/LOC/MISC. The tags come from `precis ner tag FILE` (gold and
// predicted IOB2 per token); the chunks are read and scored here, independently of the C++
// scorer, with conlleval's rules (a chunk starts at B-X, or at I-X after O or another type).
//   scripts/eval ner [FILE.iob] [--case upper|lower]   (default: ../shared/data/ner/conll2003_dev.iob2.txt)
// --case recases the words (tags unchanged) to measure robustness to capitals or lowercase.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

import { CLI, DATA } from './cli.mjs';

const args = process.argv.slice(2);
const caseAt = args.indexOf('--case');
const recase = caseAt >= 0 ? ['--case', args[caseAt + 1]] : [];
const file = args.find((a, i) => !a.startsWith('--') && (caseAt < 0 || i !== caseAt + 1)) ??
  join(DATA, 'ner', 'conll2003_dev.iob2.txt');
const TYPES = ['PER', 'ORG', 'LOC', 'MISC'];

/** Chunks of one tag column as "start:end:type" strings (token indices over the whole file). */
function chunks(tags) {
  const out = new Set();
  let open = -1;
  let type = '';
  const close = (end) => {
    if (open >= 0) out.add(`${open}:${end}:${type}`);
    open = -1;
  };
  tags.forEach((tag, i) => {
    if (tag === 'O' || tag === null) return close(i);
    const [prefix, t] = [tag[0], tag.slice(2)];
    if (prefix === 'B' || open < 0 || t !== type) {
      close(i);
      open = i;
      type = t;
    }
  });
  close(tags.length);
  return out;
}

const started = process.hrtime.bigint();
const tagged = execFileSync(CLI, ['ner', 'tag', file, ...recase], { maxBuffer: 1 << 30, encoding: 'utf8' });
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
const gold = [];
const predicted = [];
let tokens = 0;
for (const line of tagged.split('\n')) {
  const f = line.split(' ');
  if (f.length < 3 || f[0] === '-DOCSTART-') {
    gold.push(null); // sentence break: closes chunks
    predicted.push(null);
    continue;
  }
  gold.push(f[f.length - 2]);
  predicted.push(f[f.length - 1]);
  tokens++;
}
const g = chunks(gold);
const p = chunks(predicted);
const row = (name, keep) => {
  const gs = [...g].filter(keep);
  const ps = [...p].filter(keep);
  const correct = ps.filter((c) => g.has(c)).length;
  const precision = ps.length ? (100 * correct) / ps.length : 0;
  const recall = gs.length ? (100 * correct) / gs.length : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  console.log(`${name.padEnd(6)} ${precision.toFixed(2).padStart(9)} ${recall.toFixed(2).padStart(9)}` +
    ` ${f1.toFixed(2).padStart(9)} ${String(gs.length).padStart(7)}`);
};
console.log(`${file}${recase.length ? ` (${recase[1]}case)` : ''}: ${tokens} tokens, tagged in ${seconds.toFixed(2)} s by ${CLI} ner tag`);
console.log(`${'type'.padEnd(6)} ${'precision'.padStart(9)} ${'recall'.padStart(9)} ${'F1'.padStart(9)} ${'gold'.padStart(7)}`);
for (const t of TYPES) row(t, (c) => c.endsWith(`:${t}`));
row('micro', () => true);
