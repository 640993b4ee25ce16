// The in-browser peer on the same IOB file: compromise 14 (people → PER, organizations → ORG,
// places → LOC; it has no MISC), scored exactly like ours (scripts/evaluation/ner.mjs): exact
// token spans, micro-averaged over PER/ORG/LOC/MISC. Each document is given to compromise as its
// sentences, one per line, tokens joined by spaces; its character offsets are mapped back to
// the tokens they cover (punctuation and "'s" at the ends trimmed).
//   node scripts/evaluation/ner-peers.mjs [FILE.iob]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';

import { DATA } from './cli.mjs';

const file = process.argv[2] ?? join(DATA, 'ner', 'conll2003_dev.iob2.txt');

// Documents of sentences of [word, tag].
const docs = [[]];
let sentence = [];
for (const line of readFileSync(file, 'utf8').split('\n')) {
  const f = line.trim().split(/\s+/);
  if (!line.trim() || f[0] === '-DOCSTART-') {
    if (sentence.length) docs.at(-1).push(sentence);
    sentence = [];
    if (f[0] === '-DOCSTART-' && docs.at(-1).length) docs.push([]);
    continue;
  }
  sentence.push([f[0], f.at(-1)]);
}
if (sentence.length) docs.at(-1).push(sentence);

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
    let open = -1;
    let type = '';
    const close = (end) => {
      if (open >= 0) gold.add(`${open}:${end}:${type}`);
      open = -1;
    };
    s.forEach(([word, tag], i) => {
      if (i) text += ' ';
      starts.push(text.length);
      text += word;
      ends.push(text.length);
      if (tag === 'O') return close(index + i);
      if (tag[0] === 'B' || open < 0 || tag.slice(2) !== type) {
        close(index + i);
        open = index + i;
        type = tag.slice(2);
      }
    });
    close(index + s.length);
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

const row = (name, keep) => {
  const gs = [...gold].filter(keep);
  const ps = [...predicted].filter(keep);
  const correct = ps.filter((c) => gold.has(c)).length;
  const precision = ps.length ? (100 * correct) / ps.length : 0;
  const recall = gs.length ? (100 * correct) / gs.length : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  console.log(`${name.padEnd(6)} ${precision.toFixed(2).padStart(9)} ${recall.toFixed(2).padStart(9)}` +
    ` ${f1.toFixed(2).padStart(9)} ${String(gs.length).padStart(7)}`);
};
console.log(`${file}: compromise ${JSON.parse(readFileSync(new URL('../../node_modules/compromise/package.json', import.meta.url))).version}, ${seconds.toFixed(1)} s`);
console.log(`${'type'.padEnd(6)} ${'precision'.padStart(9)} ${'recall'.padStart(9)} ${'F1'.padStart(9)} ${'gold'.padStart(7)}`);
for (const t of ['PER', 'ORG', 'LOC', 'MISC']) row(t, (c) => c.endsWith(`:${t}`));
row('micro', () => true);
