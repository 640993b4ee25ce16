// CoNLL name scoring shared by the name evaluations (ner.mjs: the tagger on the file's own tokens;
// ner-batch.mjs: raw text through `precis batch`; ner-peers.mjs: compromise), so that all three
// count the same way: chunks by conlleval's rules (a chunk starts at B-X, or at I-X after O or
// another type), exact token spans, precision/recall/F1 per type and micro over PER/ORG/LOC/MISC.
// Written here, independently of the C++ scorer of `precis ner eval`.
import { readFileSync } from 'node:fs';

const TYPES = ['PER', 'ORG', 'LOC', 'MISC'];

/**
 * Chunks of one tag column (IOB1 or IOB2; null or 'O' closes a chunk) as "start:end:type" strings,
 * token indices counted from `offset`.
 */
export function chunks(tags, offset = 0) {
  const out = new Set();
  let open = -1;
  let type = '';
  const close = (end) => {
    if (open >= 0) out.add(`${open}:${end}:${type}`);
    open = -1;
  };
  tags.forEach((tag, i) => {
    if (tag === 'O' || tag === null) return close(offset + i);
    const [prefix, t] = [tag[0], tag.slice(2)];
    if (prefix === 'B' || open < 0 || t !== type) {
      close(offset + i);
      open = offset + i;
      type = t;
    }
  });
  close(offset + tags.length);
  return out;
}

/** An IOB file (word first, tag last on each line) as documents of sentences of [word, tag]. */
export function readIobDocuments(file) {
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
  return docs;
}

/** Precision, recall and F1 (percent) of the chunks that `keep` selects, and the gold count. */
export function score(gold, predicted, keep = () => true) {
  const gs = [...gold].filter(keep);
  const ps = [...predicted].filter(keep);
  const correct = ps.filter((c) => gold.has(c)).length;
  const precision = ps.length ? (100 * correct) / ps.length : 0;
  const recall = gs.length ? (100 * correct) / gs.length : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, gold: gs.length };
}

/** Prints the table: a header, one row per type, then micro over all chunks. */
export function printScores(gold, predicted) {
  const row = (name, keep) => {
    const { precision, recall, f1, gold: count } = score(gold, predicted, keep);
    console.log(`${name.padEnd(6)} ${precision.toFixed(2).padStart(9)} ${recall.toFixed(2).padStart(9)}` +
      ` ${f1.toFixed(2).padStart(9)} ${String(count).padStart(7)}`);
  };
  console.log(`${'type'.padEnd(6)} ${'precision'.padStart(9)} ${'recall'.padStart(9)} ${'F1'.padStart(9)} ${'gold'.padStart(7)}`);
  for (const t of TYPES) row(t, (c) => c.endsWith(`:${t}`));
  row('micro', () => true);
}
