// Trains the `auto` ranker: two weight vectors over rank/features.h, one for summaries of two
// or more sentences and one for single sentences, in two steps, on the training split of each
// dev set (scripts/evaluation/data.mjs holds out one article in five by id hash):
//  1. a listwise softmax fit (only the order of sentences within an article matters) to the
//     sentences an oracle would pick, as a starting point;
//  2. coordinate ascent on what readers are measured by: mean ROUGE F1 (1 and 2) of the
//     summary the core would actually select (scripts/evaluation/replay.mjs replays ranking
//     and selection, dangling-opener rule included), so length is paid for: a long sentence
//     has to bring more of the reference than it costs in precision.
// Tasks and their weight in the objective:
//  - CNN/DailyMail (human-written highlights; ../data/summarization/cnndm_{val,train}.jsonl,
//    fetched outside the repo), 3 sentences and the highlights' word count;
//  - bbc_dev (machine-picked references; ../shared/data), the reference's sentence count and
//    word count, kept from regressing, and 3 sentences scored on the first sentence being kept
//    where the reference has it (the top of the inverted pyramid);
//  - xsum_dev (one human-written sentence), 1 sentence: the single-sentence vector.
// Writes core/src/rank/generated/auto_weights.inc. Deterministic: same data, same bytes.
//   node scripts/train-ranker.mjs [--fetched DIR]     (after a native build; then rebuild)
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { CLI, DATA, runJsonl } from './evaluation/cli.mjs';
import { loadSummarization, selectSplit } from './evaluation/data.mjs';
import { prepareArticle, prepareRouge, rougeOfChoice, scoresOf, select } from './evaluation/replay.mjs';
import { tokenize } from './evaluation/rouge.mjs';
import { ROOT } from '../tests/paths.js';

const args = process.argv.slice(2);
const arg = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
};
const FETCHED = arg('--fetched', process.env.PRECIS_FETCHED_DATA ?? join(ROOT, '..', 'data'));
const OUT = join(ROOT, 'core/src/rank/generated/auto_weights.inc');
const SOFTMAX_EPOCHS = 200;
const LEARNING_RATE = 0.05;
const L2 = 1e-4;
const ASCENT_ROUNDS = 6;

const words = (s) => s.split(/\s+/).filter(Boolean).length;

// Porter2 stems (the project's, via the CLI) for every long token of the given texts.
function stemmerFor(texts) {
  const vocabulary = [...new Set(texts.flatMap((t) => tokenize(t)).filter((w) => w.length > 3))];
  const stems = execFileSync(CLI, ['stem'], { input: vocabulary.join('\n') + '\n', encoding: 'utf8',
                                              maxBuffer: 1 << 28 }).split('\n');
  const map = new Map(vocabulary.map((w, i) => [w, stems[i]]));
  return (w) => map.get(w) ?? w;
}

/**
 * A task: articles of one set at one budget, prepared for the replay: sentence tokens and the
 * reference's, plus the CLI's feature rows. `budgetOf(item)` gives the options.
 */
function loadTask(name, file, split, budgetOf, weight, extra = {}) {
  const items = selectSplit(loadSummarization(file), split);
  const lines = runJsonl(['features'], items.map((i) => ({
    id: i.id, text: i.text, title: i.title || undefined, options: budgetOf(i) })));
  const texts = [];
  const bodies = items.map((i) => Buffer.from(i.text));
  lines.forEach((r, k) => {
    if (r.error) return;
    texts.push(items[k].reference);
    for (const s of r.sentences) texts.push(bodies[k].subarray(s.start, s.end).toString());
  });
  const stem = stemmerFor(texts);
  const articles = [];
  lines.forEach((r, k) => {
    if (r.error || r.sentences.length === 0) return;
    const a = prepareArticle(r);
    a.id = items[k].id;
    a.budget = budgetOf(items[k]);
    a.rouge = prepareRouge(
      r.sentences.map((s) => tokenize(bodies[k].subarray(s.start, s.end).toString(), stem)),
      tokenize(items[k].reference, stem));
    a.spans = items[k].spans && items[k].spans.map(([s, e]) => [
      Buffer.byteLength(items[k].text.slice(0, s)), Buffer.byteLength(items[k].text.slice(0, e))]);
    a.starts = r.sentences.map((s) => s.start);
    a.memo = new Map();
    articles.push(a);
  });
  return { name, articles, weight, names: lines.find((l) => l.names)?.names, ...extra };
}

// The per-article measure a task is trained on, memoised by the chosen set.
function measure(task, a, chosen) {
  const key = chosen.join(',');
  let v = a.memo.get(key);
  if (v !== undefined) return v;
  if (task.firstKept) {
    // 1 if the article's first sentence is kept where the reference contains it, else 0;
    // articles whose reference lacks it do not count (NaN).
    const first = a.excluded.indexOf(false);
    const inReference = a.spans.some(([s]) => s === a.starts[first]);
    v = inReference ? (chosen.includes(first) ? 1 : 0) : NaN;
  } else {
    const r = rougeOfChoice(a.rouge, chosen);
    v = (r.r1 + r.r2) / 2;
  }
  a.memo.set(key, v);
  return v;
}

function taskScore(task, w) {
  let sum = 0;
  let count = 0;
  for (const a of task.articles) {
    const v = measure(task, a, select(a, scoresOf(a, w), a.budget));
    if (Number.isNaN(v)) continue;
    sum += v;
    count++;
  }
  return count ? sum / count : 0;
}

function objective(tasks, w) {
  let total = 0;
  for (const t of tasks) {
    const s = taskScore(t, w);
    total += t.floor !== undefined ? -t.weight * Math.max(0, t.floor - s) : t.weight * s;
  }
  return total;
}

// Oracle targets for the softmax start: greedily the sentences that raise the task measure
// most, weighted 1, 1/2, 1/3, … in the order found.
function oracleLabels(task, a) {
  const labels = new Float64Array(a.n);
  const max = a.budget.sentences ?? Math.max(1, Math.round((a.budget.words ?? 60) / 20));
  const chosen = [];
  let best = 0;
  for (let k = 0; k < max; ++k) {
    let pick = -1;
    for (let i = 0; i < a.n; ++i) {
      if (a.excluded[i] || chosen.includes(i)) continue;
      const r = rougeOfChoice(a.rouge, [...chosen, i].sort((x, y) => x - y));
      const v = (r.r1 + r.r2) / 2;
      if (v > best) {
        best = v;
        pick = i;
      }
    }
    if (pick < 0) break;
    labels[pick] = 1 / (1 + k);
    chosen.push(pick);
  }
  return labels;
}

function softmaxFit(tasks, dims) {
  const w = new Float64Array(dims);
  const m = new Float64Array(dims);
  const v = new Float64Array(dims);
  const data = [];
  for (const t of tasks) {
    if (t.firstKept) continue;
    const articles = t.articles.map((a) => ({ a, labels: oracleLabels(t, a) }))
      .filter(({ labels }) => labels.some((x) => x > 0));
    for (const d of articles) data.push({ ...d, weight: t.weight / articles.length });
  }
  for (let epoch = 1; epoch <= SOFTMAX_EPOCHS; ++epoch) {
    const grad = new Float64Array(dims);
    for (const { a, labels, weight } of data) {
      const z = scoresOf(a, w);
      let max = -Infinity;
      for (let i = 0; i < a.n; ++i) if (!a.excluded[i]) max = Math.max(max, z[i]);
      let sum = 0;
      let positives = 0;
      for (let i = 0; i < a.n; ++i) {
        if (a.excluded[i]) continue;
        sum += Math.exp(z[i] - max);
        positives += labels[i];
      }
      for (let i = 0; i < a.n; ++i) {
        if (a.excluded[i]) continue;
        const g = weight * (Math.exp(z[i] - max) / sum - labels[i] / positives);
        const x = a.rows[i];
        for (let j = 0; j < dims; ++j) grad[j] += g * x[j];
      }
    }
    for (let j = 0; j < dims; ++j) {  // Adam with L2
      const g = grad[j] + L2 * w[j];
      m[j] = 0.9 * m[j] + 0.1 * g;
      v[j] = 0.999 * v[j] + 0.001 * g * g;
      w[j] -= LEARNING_RATE * (m[j] / (1 - 0.9 ** epoch)) / (Math.sqrt(v[j] / (1 - 0.999 ** epoch)) + 1e-8);
    }
  }
  return w;
}

// Coordinate ascent on the objective, steps halving each round; weights rounded as written.
function ascend(tasks, start, log) {
  const round6 = (x) => Math.round(x * 1e6) / 1e6;
  const w = Float64Array.from(start, round6);
  let best = objective(tasks, w);
  let step = 1;
  for (let r = 0; r < ASCENT_ROUNDS; ++r, step /= 2) {
    for (let j = 0; j < w.length; ++j) {
      for (const direction of [1, -1]) {
        for (;;) {
          const old = w[j];
          w[j] = round6(old + direction * step);
          const value = objective(tasks, w);
          if (value > best + 1e-9) {
            best = value;
          } else {
            w[j] = old;
            break;
          }
        }
      }
    }
    log(`  round ${r + 1} (step ${step}): objective ${best.toFixed(5)}`);
  }
  return w;
}

function report(label, tasks, w) {
  for (const t of tasks) console.log(`  ${label} ${t.name.padEnd(24)} ${(100 * taskScore(t, w)).toFixed(2)}`);
}

const bbcFile = join(DATA, 'summarization/bbc_dev.jsonl');
const xsumFile = join(DATA, 'summarization/xsum_dev.jsonl');
const cnnVal = join(FETCHED, 'summarization/cnndm_val.jsonl');
const cnnTrain = join(FETCHED, 'summarization/cnndm_train.jsonl');
for (const f of [bbcFile, xsumFile, cnnVal, cnnTrain]) {
  if (!existsSync(f)) {
    console.error(`missing ${f} (shared data in ../shared/data, fetched data in ${FETCHED} or --fetched DIR)`);
    process.exit(1);
  }
}

function tasksFor(split) {
  const multi = [
    loadTask('cnndm_val 3 sentences', cnnVal, split, () => ({ sentences: 3 }), 1),
    loadTask('cnndm_train 3 sentences', cnnTrain, split, () => ({ sentences: 3 }), 0.25),
    loadTask('cnndm_val highlight words', cnnVal, split, (i) => ({ words: words(i.reference) }), 0.25),
    loadTask('bbc reference sentences', bbcFile, split, (i) => ({ sentences: i.referenceSentences }), 0.5),
    loadTask('bbc reference words', bbcFile, split, (i) => ({ words: Math.max(1, words(i.reference)) }), 0.25),
    loadTask('bbc 3 first kept', bbcFile, split, () => ({ sentences: 3 }), 1, { firstKept: true, floor: 0.95 }),
  ];
  const single = [loadTask('xsum 1 sentence', xsumFile, split, () => ({ sentences: 1 }), 1)];
  return { multi, single };
}

const train = tasksFor('train');
const names = train.multi[0].names;
const dims = names.length;
console.log(`features: ${dims}; training articles: ` +
            [...train.multi, ...train.single].map((t) => `${t.name} ${t.articles.length}`).join(', '));
const vectors = {};
for (const kind of ['multi', 'single']) {
  console.log(`${kind}: softmax start`);
  const start = softmaxFit(train[kind], dims);
  report('softmax', train[kind], start);
  console.log(`${kind}: coordinate ascent`);
  vectors[kind] = ascend(train[kind], start, console.log);
  report('trained', train[kind], vectors[kind]);
}
const held = tasksFor('holdout');
console.log('held-out fifth (replayed; scripts/eval summarization --split holdout gives the real thing):');
report('holdout', held.multi, vectors.multi);
report('holdout', held.single, vectors.single);

let out = '// Generated by scripts/train-ranker.mjs (softmax start, then coordinate ascent on ROUGE of\n' +
          '// the selected summary over the training split of CNN/DailyMail, bbc_dev and xsum_dev;\n' +
          '// see the script). Do not edit; rerun the script.\n';
names.forEach((name, j) => { out += `{"${name}", ${vectors.multi[j].toFixed(6)}},\n`; });
names.forEach((name, j) => { out += `{"single:${name}", ${vectors.single[j].toFixed(6)}},\n`; });
writeFileSync(OUT, out);
console.log(`wrote ${OUT}`);
