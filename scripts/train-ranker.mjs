// Trains the `auto` ranker: a linear scorer over rank/features.h, fitted with a listwise
// softmax loss per article (so only the order of sentences within an article matters), on the
// training split of both dev sets (scripts/evaluation/data.mjs holds out one article in five):
//  - bbc_dev: a sentence is a target when at least half of it lies in a reference span
//    (summary_spans_in_body); three budgets: the reference's sentence count and its word count
//    (all targets weigh the same), and 3 sentences, where the targets' weights fall with their
//    order (1, 1/2, 1/3, ...): a short summary of news should start from the top of the
//    inverted pyramid;
//  - xsum_dev: the target is the sentence with the best ROUGE-1 F1 against the human
//    one-sentence summary, budget = 1 sentence.
// Two weight vectors come out: one trained on bbc_dev (budgets of two or more sentences),
// one on xsum_dev (single sentences), as the tasks differ. Writes core/src/rank/generated/auto_weights.inc.
//   node scripts/train-ranker.mjs        (after a native build; see scripts/eval summarization)
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { CLI, DATA, runJsonl } from './evaluation/cli.mjs';
import { loadSummarization, selectSplit } from './evaluation/data.mjs';
import { rougeN, tokenize } from './evaluation/rouge.mjs';

const EPOCHS = 1500;
const LEARNING_RATE = 0.05;
const L2 = 1e-4;

function featureRows(items, budgetOf) {
  return runJsonl(['features'], items.map((i) => ({
    id: i.id, text: i.text, title: i.title || undefined, options: budgetOf(i) })));
}

function stemmer(texts) {
  const vocabulary = [...new Set(texts.flatMap((t) => tokenize(t)).filter((w) => w.length > 3))];
  const stems = execFileSync(CLI, ['stem'], { input: vocabulary.join('\n') + '\n', encoding: 'utf8',
                                              maxBuffer: 1 << 28 }).split('\n');
  const map = new Map(vocabulary.map((w, i) => [w, stems[i]]));
  return (w) => map.get(w) ?? w;
}

// Articles as {rows: [features], targets: [distribution], weight}.
function bbcArticles(budgetOf, decay = false) {
  const items = selectSplit(loadSummarization(join(DATA, 'summarization/bbc_dev.jsonl')), 'train');
  const out = [];
  featureRows(items, budgetOf).forEach((r, k) => {
    if (r.error) return;
    const spans = items[k].spans.map(([s, e]) => [Buffer.byteLength(items[k].text.slice(0, s)),
                                                   Buffer.byteLength(items[k].text.slice(0, e))]);
    const rows = [];
    const labels = [];
    for (const s of r.sentences) {
      if (s.boilerplate) continue;
      let covered = 0;
      for (const [a, b] of spans) covered += Math.max(0, Math.min(b, s.end) - Math.max(a, s.start));
      rows.push(s.features);
      labels.push(covered * 2 >= s.end - s.start ? 1 : 0);
    }
    if (decay) {
      let order = 0;
      for (let i = 0; i < labels.length; ++i) if (labels[i]) labels[i] = 1 / (1 + order++);
    }
    if (labels.some((l) => l) && labels.length > 1) out.push({ rows, labels });
  });
  return out;
}

function xsumArticles() {
  const items = selectSplit(loadSummarization(join(DATA, 'summarization/xsum_dev.jsonl')), 'train');
  const results = featureRows(items, () => ({ sentences: 1 }));
  const texts = [];
  results.forEach((r, k) => {
    if (r.error) return;
    texts.push(items[k].reference);
    const body = Buffer.from(items[k].text);
    for (const s of r.sentences) texts.push(body.subarray(s.start, s.end).toString());
  });
  const stem = stemmer(texts);
  const out = [];
  results.forEach((r, k) => {
    if (r.error) return;
    const body = Buffer.from(items[k].text);
    const reference = tokenize(items[k].reference, stem);
    const rows = [];
    const scores = [];
    for (const s of r.sentences) {
      if (s.boilerplate) continue;
      rows.push(s.features);
      scores.push(rougeN(tokenize(body.subarray(s.start, s.end).toString(), stem), reference, 1));
    }
    const best = Math.max(...scores);
    if (rows.length > 1 && best > 0) out.push({ rows, labels: scores.map((s) => (s === best ? 1 : 0)) });
  });
  return out;
}

function train(sets, setWeights) {
  const dims = sets[0][0].rows[0].length;
  const w = new Float64Array(dims);
  const m = new Float64Array(dims);
  const v = new Float64Array(dims);
  const articles = [];
  sets.forEach((set, k) => {
    for (const a of set) articles.push({ ...a, weight: setWeights[k] / set.length });
  });
  for (let epoch = 1; epoch <= EPOCHS; ++epoch) {
    const grad = new Float64Array(dims);
    let loss = 0;
    for (const { rows, labels, weight } of articles) {
      const z = rows.map((x) => x.reduce((acc, xi, j) => acc + xi * w[j], 0));
      const max = Math.max(...z);
      const e = z.map((zi) => Math.exp(zi - max));
      const sum = e.reduce((a, b) => a + b, 0);
      const positives = labels.reduce((a, b) => a + b, 0);
      rows.forEach((x, i) => {
        const p = e[i] / sum;
        const t = labels[i] / positives;
        if (t > 0) loss -= weight * t * Math.log(p);
        for (let j = 0; j < dims; ++j) grad[j] += weight * (p - t) * x[j];
      });
    }
    // Adam step with L2.
    for (let j = 0; j < dims; ++j) {
      const g = grad[j] + L2 * w[j];
      m[j] = 0.9 * m[j] + 0.1 * g;
      v[j] = 0.999 * v[j] + 0.001 * g * g;
      const mh = m[j] / (1 - 0.9 ** epoch);
      const vh = v[j] / (1 - 0.999 ** epoch);
      w[j] -= LEARNING_RATE * mh / (Math.sqrt(vh) + 1e-8);
    }
    if (epoch % 100 === 0) console.log(`epoch ${epoch}  loss ${loss.toFixed(4)}`);
  }
  return w;
}

const words = (s) => s.split(/\s+/).filter(Boolean).length;
const bbcReference = bbcArticles((i) => ({ sentences: i.referenceSentences }));
const bbcThree = bbcArticles(() => ({ sentences: 3 }), true);
const bbcWords = bbcArticles((i) => ({ words: Math.max(1, words(i.reference)) }));
const xsum = xsumArticles();
console.log(`training articles: bbc ${bbcReference.length} (x3 budgets), xsum ${xsum.length}`);
const names = runJsonl(['features'], [{ id: 0, text: 'One sentence here. Another one.' }])[0].names;
// One model for budgets of two or more sentences (bbc_dev), one for single sentences (xsum_dev).
const multi = train([bbcReference, bbcThree, bbcWords], [1 / 3, 1 / 3, 1 / 3]);
const single = train([xsum], [1]);
let out = '// Generated by scripts/train-ranker.mjs (listwise softmax over the training split of\n' +
          '// bbc_dev and xsum_dev; see the script). Do not edit; rerun the script.\n';
names.forEach((name, j) => { out += `{"${name}", ${multi[j].toFixed(6)}},\n`; });
names.forEach((name, j) => { out += `{"single:${name}", ${single[j].toFixed(6)}},\n`; });
writeFileSync('core/src/rank/generated/auto_weights.inc', out);
console.log(out);
