// Keyphrase quality against human keyphrases: F1@5 and F1@10, exact match after stemming, the
// protocol of the keyphrase literature (pke, SIFRank): phrases lowercased, split on anything
// but letters and digits, each word stemmed (the project's Porter2), duplicates removed from
// the predictions; per document P@k = correct in the top k / number of predictions in it,
// R@k = correct / gold phrases (all of them, also those absent from the text), F1 averaged
// over documents. Also scores a TextRank run on the same files (Mihalcea & Tarau 2004 as pke
// implements it: nouns and adjectives from wink-nlp's part-of-speech tagger, co-occurrence
// window 2, PageRank, candidates = longest noun/adjective runs scored by the sum of their
// words) and FirstPhrases (the same candidates in order of first occurrence).
//   scripts/eval keyphrases [--data FILE] [--split all|train|holdout] [--limit N] [--json]
//                           [--examples N] [--no-peers]
// --split: the fifth of the documents whose id hashes to 0 mod 5 (holdout) or the rest (train,
// where the extractor's few constants were chosen); scripts/evaluation/data.mjs.
// Default data: ../data/keyphrases/duc2001.jsonl (DUC-2001, 307 news documents, fetched).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { ROOT } from '../../tests/paths.js';
import { CLI, runJsonl } from './cli.mjs';
import { selectSplit } from './data.mjs';

const args = process.argv.slice(2);
const arg = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
};
const FETCHED = process.env.PRECIS_FETCHED_DATA ?? join(ROOT, '..', 'data');
const file = arg('--data', join(FETCHED, 'keyphrases/duc2001.jsonl'));
const limit = Number(arg('--limit', '0'));
const split = arg('--split', 'all');
const examples = Number(arg('--examples', '0'));
const asJson = args.includes('--json');
const withPeers = !args.includes('--no-peers');

if (!existsSync(file)) {
  console.error(`missing ${file}`);
  process.exit(1);
}
let docs = readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l))
  .filter((d) => !d.title_only);
docs = selectSplit(docs, split);
if (limit > 0) docs = docs.slice(0, limit);

const words = (phrase) => phrase.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** Stems (Porter2, through the CLI) for every word of the given phrases. */
function stemmer(phrases) {
  const vocabulary = [...new Set(phrases.flatMap(words))];
  const stems = execFileSync(CLI, ['stem'], { input: vocabulary.join('\n') + '\n', encoding: 'utf8',
                                              maxBuffer: 1 << 28 }).split('\n');
  const map = new Map(vocabulary.map((w, i) => [w, stems[i]]));
  return (phrase) => words(phrase).map((w) => map.get(w) ?? w).join(' ');
}

function score(predictions, golds, stem) {
  const out = {};
  for (const k of [5, 10]) {
    let f = 0;
    let p = 0;
    let r = 0;
    predictions.forEach((pred, d) => {
      const gold = new Set(golds[d].map(stem).filter(Boolean));
      const top = [...new Set(pred.map(stem).filter(Boolean))].slice(0, k);
      const correct = top.filter((x) => gold.has(x)).length;
      const precision = top.length ? correct / top.length : 0;
      const recall = gold.size ? correct / gold.size : 0;
      p += precision;
      r += recall;
      f += precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
    });
    const n = predictions.length;
    out[k] = { p: (100 * p) / n, r: (100 * r) / n, f1: (100 * f) / n };
  }
  return out;
}

// TextRank and FirstPhrases over wink-nlp's tagging (pke's definitions).
async function peers() {
  const winkNLP = (await import('wink-nlp')).default;
  const model = (await import('wink-eng-lite-web-model')).default;
  const nlp = winkNLP(model);
  const its = nlp.its;
  const textrank = [];
  const first = [];
  for (const d of docs) {
    const doc = nlp.readDoc(d.text);
    const tokens = doc.tokens().out(its.value).map((t) => t.toLowerCase());
    const pos = doc.tokens().out(its.pos);
    const keep = pos.map((p) => p === 'NOUN' || p === 'PROPN' || p === 'ADJ');
    // Graph over kept words, window 2 over the token sequence (pke: only kept words count).
    const neighbours = new Map();
    const link = (a, b) => {
      if (a === b) return;
      if (!neighbours.has(a)) neighbours.set(a, new Set());
      if (!neighbours.has(b)) neighbours.set(b, new Set());
      neighbours.get(a).add(b);
      neighbours.get(b).add(a);
    };
    const kept = tokens.map((t, i) => (keep[i] && /\p{L}/u.test(t) ? t : null)).filter(Boolean);
    for (let i = 0; i + 1 < kept.length; ++i) link(kept[i], kept[i + 1]);
    const nodes = [...neighbours.keys()];
    let rank = new Map(nodes.map((v) => [v, 1]));
    for (let it = 0; it < 100; ++it) {
      const next = new Map();
      let delta = 0;
      for (const v of nodes) {
        let s = 0;
        for (const u of neighbours.get(v)) s += rank.get(u) / neighbours.get(u).size;
        const value = 0.15 + 0.85 * s;
        delta = Math.max(delta, Math.abs(value - rank.get(v)));
        next.set(v, value);
      }
      rank = next;
      if (delta < 1e-6) break;
    }
    // Candidates: longest runs of nouns and adjectives (punctuation breaks a run).
    const candidates = new Map();
    let run = [];
    const flush = (end) => {
      if (run.length) {
        const phrase = run.join(' ');
        if (!candidates.has(phrase)) candidates.set(phrase, end - run.length);
      }
      run = [];
    };
    tokens.forEach((t, i) => {
      if (keep[i] && /\p{L}/u.test(t)) run.push(t);
      else flush(i);
    });
    flush(tokens.length);
    const list = [...candidates.keys()];
    textrank.push(list.map((c) => [c, c.split(' ').reduce((a, w) => a + (rank.get(w) ?? 0), 0)])
      .sort((a, b) => b[1] - a[1]).map(([c]) => c).slice(0, 10));
    first.push(list.sort((a, b) => candidates.get(a) - candidates.get(b)).slice(0, 10));
  }
  return { textrank, first };
}

const ours = runJsonl(['keyphrases', '--count', '10'], docs.map((d) => ({ id: d.id, text: d.text })))
  .map((r) => (r.error ? [] : r.keyphrases.map((k) => k.text)));
const runs = { precis: ours };
if (withPeers) Object.assign(runs, await peers().then((p) => ({ 'TextRank (run here)': p.textrank,
                                                                'FirstPhrases (run here)': p.first })));
const golds = docs.map((d) => d.keyphrases);
const stem = stemmer([...golds.flat(), ...Object.values(runs).flat(2)]);
const report = {};
for (const [name, predictions] of Object.entries(runs)) report[name] = score(predictions, golds, stem);

if (asJson) {
  console.log(JSON.stringify({ data: file, documents: docs.length, report }));
} else {
  console.log(`${file.split('/').pop()}  ${docs.length} documents  split=${split}`);
  console.log('method                       P@5    R@5   F1@5    P@10   R@10  F1@10');
  for (const [name, r] of Object.entries(report)) {
    console.log(`${name.padEnd(26)} ${[r[5].p, r[5].r, r[5].f1, r[10].p, r[10].r, r[10].f1]
      .map((x) => x.toFixed(2).padStart(6)).join(' ')}`);
  }
  for (let d = 0; d < Math.min(examples, docs.length); ++d) {
    console.log(`\n${docs[d].id}\n  gold:   ${golds[d].join('; ')}\n  precis: ${ours[d].join('; ')}`);
  }
}
