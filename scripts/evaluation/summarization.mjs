// Summary quality: ROUGE-1/2/L F1 (rouge.mjs) with 95% bootstrap intervals for each algorithm of
// the native CLI, plus LEAD and RANDOM baselines, over `precis batch`. Data: bbc_dev (default),
// xsum_dev, or CNN/DailyMail ({id, article, highlights}; scripts/evaluation/data.mjs).
//   scripts/eval summarization --data FILE [--algorithm A|all] [--budget reference|N|words]
//                              [--split all|train|holdout] [--limit N] [--json]
// budget reference = the reference's sentence count; N = N sentences; words = as many words as
// the reference has (removes the advantage of picking long sentences).
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

import { CLI, DATA, runJsonl } from './cli.mjs';
import { loadSummarization, selectSplit } from './data.mjs';
import { meanWithCi, rouge, tokenize } from './rouge.mjs';

const args = process.argv.slice(2);
const arg = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
};
const file = arg('--data', join(DATA, 'summarization/bbc_dev.jsonl'));
const algorithmArg = arg('--algorithm', 'all');
const budget = arg('--budget', 'reference');
const split = arg('--split', 'all');
const limit = Number(arg('--limit', '0'));
const asJson = args.includes('--json');

let items = selectSplit(loadSummarization(file), split);
if (limit > 0) items = items.slice(0, limit);
const words = (s) => s.split(/\s+/).filter(Boolean).length;

function optionsFor(item) {
  if (budget === 'reference') return { sentences: item.referenceSentences };
  if (budget === 'words') return { words: Math.max(1, words(item.reference)) };
  return { sentences: Number(budget) };
}

function summaries(algorithm) {
  const out = runJsonl(['batch'], items.map((item) => ({
    id: item.id, text: item.text, title: item.title || undefined,
    options: { ...optionsFor(item), algorithm } })));
  return out.map((r) => (r.error ? { text: '', result: null } :
    { text: r.summary.map((i) => r.sentences[i].text).join(' '), result: r }));
}

// RANDOM: the budget filled with sentences in a seeded random order, shown in document order.
function randomSummaries(results) {
  let state = 42;
  const random = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
  return results.map(({ result }, k) => {
    if (!result) return { text: '' };
    // The sentences the core may summarize: roles body and quote (else all but boilerplate).
    const summarizable = (s) => s.role === 'body' || s.role === 'quote';
    const anyBody = result.sentences.some(summarizable);
    const eligible = result.sentences.map((s, i) => i)
      .filter((i) => (anyBody ? summarizable(result.sentences[i]) : !result.sentences[i].boilerplate));
    for (let i = eligible.length - 1; i > 0; --i) {
      const j = Math.floor(random() * (i + 1));
      [eligible[i], eligible[j]] = [eligible[j], eligible[i]];
    }
    const o = optionsFor(items[k]);
    const chosen = [];
    let count = 0;
    for (const i of eligible) {
      const w = words(result.sentences[i].text);
      if (o.sentences && chosen.length >= o.sentences) break;
      if (o.words && chosen.length && count + w > o.words) continue;
      chosen.push(i);
      count += w;
    }
    chosen.sort((a, b) => a - b);
    return { text: chosen.map((i) => result.sentences[i].text).join(' ') };
  });
}

const runs = new Map();
const algorithms = algorithmArg === 'all' ? ['auto', 'textrank', 'lexrank', 'centroid', 'lead'] : [algorithmArg];
for (const a of algorithms) runs.set(a.toUpperCase() === 'LEAD' ? 'LEAD' : a, summaries(a));
if (!runs.has('LEAD')) runs.set('LEAD', summaries('lead'));
runs.set('RANDOM', randomSummaries(runs.get('LEAD')));

// Stem every long token once, through the project's Porter2.
const vocabulary = new Set();
const raw = [];
for (const item of items) raw.push(item.reference);
for (const summariesOf of runs.values()) for (const s of summariesOf) raw.push(s.text);
for (const t of raw) for (const w of tokenize(t)) if (w.length > 3) vocabulary.add(w);
const list = [...vocabulary];
const stems = execFileSync(CLI, ['stem'], { input: list.join('\n') + '\n', encoding: 'utf8',
                                            maxBuffer: 1 << 28 }).split('\n');
const stemOf = new Map(list.map((w, i) => [w, stems[i]]));
const stem = (w) => stemOf.get(w) ?? w;
const references = items.map((i) => tokenize(i.reference, stem));

const report = {};
for (const [name, summariesOf] of runs) {
  const scores = summariesOf.map((s, k) => rouge(tokenize(s.text, stem), references[k]));
  const summary = {};
  for (const key of ['r1', 'r2', 'rL']) {
    const ci = meanWithCi(scores.map((s) => 100 * s[key]));
    summary[key] = ci;
  }
  summary.words = summariesOf.reduce((a, s) => a + words(s.text), 0) / summariesOf.length;
  report[name] = summary;
}
// Kept first sentence (bbc only): at this budget, in how many articles whose reference contains
// the article's first sentence does the summary keep it?
if (items[0]?.spans) {
  for (const [name, summariesOf] of runs) {
    let eligible = 0;
    let kept = 0;
    summariesOf.forEach((s, k) => {
      const item = items[k];
      if (!s.result || !item.spans.some(([start]) => start === 0)) return;
      eligible++;
      if (s.result.summary.includes(0)) kept++;
    });
    if (eligible) report[name].firstSentenceKept = (100 * kept) / eligible;
  }
}

if (asJson) {
  console.log(JSON.stringify({ data: file, budget, split, articles: items.length, report }));
} else {
  const f = (ci) => `${ci.mean.toFixed(1)} [${ci.low.toFixed(1)}, ${ci.high.toFixed(1)}]`;
  console.log(`${file.split('/').pop()}  ${items.length} articles  budget=${budget}  split=${split}`);
  console.log('algorithm   ROUGE-1 [95% CI]     ROUGE-2 [95% CI]     ROUGE-L [95% CI]     words  first-kept');
  for (const [name, r] of Object.entries(report)) {
    console.log(`${name.padEnd(10)}  ${f(r.r1).padEnd(19)}  ${f(r.r2).padEnd(19)}  ${f(r.rL).padEnd(19)}  ` +
                `${r.words.toFixed(0).padStart(5)}  ${r.firstSentenceKept?.toFixed(1) ?? '-'}`);
  }
}
