// The ranker trainer's machinery (scripts/train-ranker.mjs is the command): tasks of dev-set
// articles prepared for the replay (scripts/evaluation/replay.mjs), the per-task measures, the
// softmax start and the coordinate ascent on ROUGE of the selected summary.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { CLI, runJsonl } from './cli.mjs';
import { loadSummarization, selectSplit } from './data.mjs';
import {
  LONG_RATIO, prepareArticle, prepareRouge, rougeOfChoice, scoresOf, select, SHORT_RATIO, weightsFor,
} from './replay.mjs';
import { tokenize } from './rouge.mjs';

const SOFTMAX_EPOCHS = 1000;
const LEARNING_RATE = 0.05;
const L2 = 1e-4;
const ASCENT_ROUNDS = 4;
const ASCENT_STEP = 0.25;
// Overridable by experiments that import this module.
export const settings = { epochs: SOFTMAX_EPOCHS, step: ASCENT_STEP, rounds: ASCENT_ROUNDS };
export const options = { cache: '', cacheKey: '' };

export const words = (s) => s.split(/\s+/).filter(Boolean).length;

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
export function loadTask(name, file, split, budgetOf, weight, extra = {}) {
  const items = selectSplit(loadSummarization(file), split);
  const request = items.map((i) => ({ id: i.id, text: i.text, title: i.title || undefined,
                                       options: budgetOf(i) }));
  let lines;
  const binary = statSync(CLI);
  const key = options.cacheKey || `${binary.size}-${binary.mtimeMs}`;
  const cached = options.cache && join(options.cache, `${name.replace(/\W+/g, '_')}-${split}-${key}.json`);
  if (cached && existsSync(cached)) {
    lines = JSON.parse(readFileSync(cached, 'utf8'));
  } else {
    lines = runJsonl(['features'], request);
    if (cached) {
      mkdirSync(options.cache, { recursive: true });
      writeFileSync(cached, JSON.stringify(lines));
    }
  }
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
    a.ends = r.sentences.map((s) => s.end);
    a.memo = new Map();
    articles.push(a);
  });
  return { name, articles, weight, names: lines.find((l) => l.names)?.names, ...extra };
}

// The per-article measure a task is trained on, memoised by the chosen set: mean ROUGE-1/2 F1
// (ROUGE-1 alone for tasks marked rouge1Only), or the first-sentence rule.
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
    v = task.rouge1Only ? r.r1 : (r.r1 + r.r2) / 2;
  }
  a.memo.set(key, v);
  return v;
}

export function taskScore(task, vectors) {
  let sum = 0;
  let count = 0;
  for (const a of task.articles) {
    const v = measure(task, a, select(a, scoresOf(a, weightsFor(a, vectors)), a.budget));
    if (Number.isNaN(v)) continue;
    sum += v;
    count++;
  }
  return count ? sum / count : 0;
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
      const v = task.rouge1Only ? r.r1 : (r.r1 + r.r2) / 2;
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

// The reference's own sentences (bbc_dev): at least half of the sentence lies in its spans.
function spanLabels(a) {
  const labels = new Float64Array(a.n);
  for (let i = 0; i < a.n; ++i) {
    if (a.excluded[i]) continue;
    let covered = 0;
    for (const [s, e] of a.spans) covered += Math.max(0, Math.min(e, a.ends[i]) - Math.max(s, a.starts[i]));
    labels[i] = covered * 2 >= a.ends[i] - a.starts[i] ? 1 : 0;
  }
  return labels;
}

export function softmaxFit(tasks, dims) {
  const w = new Float64Array(dims);
  const m = new Float64Array(dims);
  const v = new Float64Array(dims);
  const data = [];
  for (const t of tasks) {
    if (t.firstKept) continue;
    const articles = t.articles.map((a) => ({ a, labels: a.spans ? spanLabels(a) : oracleLabels(t, a) }))
      .filter(({ labels }) => labels.some((x) => x > 0));
    for (const d of articles) data.push({ ...d, weight: t.weight / articles.length });
  }
  for (let epoch = 1; epoch <= settings.epochs; ++epoch) {
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

// How much a vector's weight counts in an article's blended weights (rank/rankers.cc).
function coefficient(a, name) {
  const single = a.budgetSentences < 1.5;
  if (name === 'single') return single ? 1 : 0;
  if (single) return 0;
  const share = Math.min(1, Math.max(0, (a.budgetRatio - SHORT_RATIO) / (LONG_RATIO - SHORT_RATIO)));
  return name === 'long' ? share : 1 - share;
}

// The objective from per-article measures; `valueOf(task, article)` gives each.
function objectiveOf(tasks, valueOf) {
  let total = 0;
  for (const t of tasks) {
    let sum = 0;
    let count = 0;
    for (const a of t.articles) {
      const v = valueOf(t, a);
      if (Number.isNaN(v)) continue;
      sum += v;
      count++;
    }
    const s = count ? sum / count : 0;
    total += t.floor !== undefined ? -t.weight * Math.max(0, t.floor - s) : t.weight * s;
  }
  return total;
}

// Coordinate ascent on the objective over the named vectors, steps halving each round;
// weights rounded as they are written. Each probe moves one weight, so each article's scores
// move along one feature column: z' = z + coefficient * delta * x_j.
export function ascend(tasks, vectors, names, log) {
  const round6 = (x) => Math.round(x * 1e6) / 1e6;
  for (const name of names) vectors[name] = Float64Array.from(vectors[name], round6);
  for (const t of tasks) {
    for (const a of t.articles) {
      a.z = scoresOf(a, weightsFor(a, vectors));
      a.value = measure(t, a, select(a, a.z, a.budget));
    }
  }
  let best = objectiveOf(tasks, (t, a) => a.value);
  let step = settings.step;
  for (let r = 0; r < settings.rounds; ++r, step /= 2) {
    for (const name of names) {
      const w = vectors[name];
      for (let j = 0; j < w.length; ++j) {
        for (const direction of [1, -1]) {
          for (;;) {
            const old = w[j];
            const next = round6(old + direction * step);
            const delta = next - old;
            const moved = new Map();
            const value = objectiveOf(tasks, (t, a) => {
              const c = coefficient(a, name);
              if (c === 0) return a.value;
              const z = Float64Array.from(a.z);
              for (let i = 0; i < a.n; ++i) if (!a.excluded[i]) z[i] += c * delta * a.rows[i][j];
              const v = measure(t, a, select(a, z, a.budget));
              moved.set(a, { z, v });
              return v;
            });
            if (value > best + 1e-9) {
              best = value;
              w[j] = next;
              for (const [a, { z, v }] of moved) {
                a.z = z;
                a.value = v;
              }
            } else {
              break;
            }
          }
        }
      }
    }
    log(`  round ${r + 1} (step ${step}): objective ${best.toFixed(5)}`);
  }
  return vectors;
}

export function report(label, tasks, vectors) {
  for (const t of tasks) console.log(`  ${label} ${t.name.padEnd(28)} ${(100 * taskScore(t, vectors)).toFixed(2)}`);
}

