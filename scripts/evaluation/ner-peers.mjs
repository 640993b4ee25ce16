// The in-browser peer on the same IOB file: compromise 14 (people → PER, organizations → ORG,
// places → LOC; it has no MISC), scored exactly like ours (ner-scoring.mjs, as in
// scripts/evaluation/ner.mjs): exact token spans, micro-averaged over PER/ORG/LOC/MISC. Each
// document is given to compromise as its sentences, one per line, tokens joined by spaces; its
// character offsets are mapped back to the tokens they cover (punctuation and "'s" at the ends
// trimmed).
//   node scripts/evaluation/ner-peers.mjs [FILE.iob]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';

import { DATA } from './cli.mjs';
import { chunks, printScores, readIobDocuments } from './ner-scoring.mjs';

const file = process.argv[2] ?? join(DATA, 'ner', 'conll2003_dev.iob2.txt');

const docs = readIobDocuments(file);

const gold = new Set();
const predicted = new Set();
let base = 0; // global index of the document's first token
const started = process.hrtime.bigint();
for (const doc of docs) {
  // Gold chunks (IOB1 or IOB2, conlleval rules) and the text with each token's character span.
  const starts = [];
  const ends = [];
  let text = '';
  let index = base;
  for (const s of doc) {
    s.forEach(([word], i) => {
      if (i) text += ' ';
      starts.push(text.length);
      text += word;
      ends.push(text.length);
    });
    for (const c of chunks(s.map(([, tag]) => tag), index)) gold.add(c);
    index += s.length;
    text += '\n';
  }
  const parsed = nlp(text);
  for (const [method, type] of [['people', 'PER'], ['organizations', 'ORG'], ['places', 'LOC']]) {
    for (const match of parsed[method]().json({ offset: true })) {
      const { start, length } = match.offset;
      const covered = [];
      starts.forEach((s, k) => {
        if (s >= start && ends[k] <= start + length) covered.push(k);
      });
      // Fair to the peer: punctuation and a possessive "'s" at either end do not count.
      const words = doc.flat().map(([w]) => w);
      const junk = (k) => !/[A-Za-z0-9]/.test(words[k]) || words[k] === "'s";
      while (covered.length && junk(covered[0])) covered.shift();
      while (covered.length && junk(covered.at(-1))) covered.pop();
      if (covered.length) predicted.add(`${base + covered[0]}:${base + covered.at(-1) + 1}:${type}`);
    }
  }
  base = index;
}
const seconds = Number(process.hrtime.bigint() - started) / 1e9;

console.log(`${file}: compromise ${JSON.parse(readFileSync(new URL('../../node_modules/compromise/package.json', import.meta.url))).version}, ${seconds.toFixed(1)} s`);
printScores(gold, predicted);
