// Name tagging quality, CoNLL standard: exact-span entity precision/recall/F1 per type and
// micro-averaged over PER/ORG/LOC/MISC. The tags come from `precis ner tag FILE` (gold and
// predicted IOB2 per token); the chunks are read and scored by ner-scoring.mjs, independently
// of the C++ scorer, with conlleval's rules (a chunk starts at B-X, or at I-X after O or another
// type).
//   scripts/eval ner [FILE.iob] [--case upper|lower]   (default: ../shared/data/ner/conll2003_dev.iob2.txt)
// --case recases the words (tags unchanged) to measure robustness to capitals or lowercase.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

import { CLI, DATA } from './cli.mjs';
import { chunks, printScores } from './ner-scoring.mjs';

const args = process.argv.slice(2);
const caseAt = args.indexOf('--case');
const recase = caseAt >= 0 ? ['--case', args[caseAt + 1]] : [];
const file = args.find((a, i) => !a.startsWith('--') && (caseAt < 0 || i !== caseAt + 1)) ??
  join(DATA, 'ner', 'conll2003_dev.iob2.txt');

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
console.log(`${file}${recase.length ? ` (${recase[1]}case)` : ''}: ${tokens} tokens, tagged in ${seconds.toFixed(2)} s by ${CLI} ner tag`);
printScores(g, p);
