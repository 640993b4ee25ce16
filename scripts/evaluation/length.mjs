// Which summary length reads well: ROUGE-1 F1 of `auto` against human-written highlights
// (CNN/DailyMail) at several budgets, by article length (short news to long features), with
// the words and reading seconds a reader gets; and, on real web articles without references,
// the words and the share of the article each budget gives.
//   scripts/eval length [--data FILE] [--split all|train|holdout] [--dirs DIR,DIR]
// Default data: ../data/summarization/cnndm_val.jsonl (holdout fifth) and the gold texts of
// ../data/extraction/{dragnet,l3s_gn1,cleanportaleval}.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

import { ROOT } from '../../tests/paths.js';
import { CLI, runJsonl } from './cli.mjs';
import { loadTexts } from './coherence.mjs';
import { loadSummarization, selectSplit } from './data.mjs';
import { rouge, tokenize } from './rouge.mjs';

const args = process.argv.slice(2);
const arg = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
};
const FETCHED = process.env.PRECIS_FETCHED_DATA ?? join(ROOT, '..', 'data');
const file = arg('--data', join(FETCHED, 'summarization/cnndm_val.jsonl'));
const split = arg('--split', 'holdout');
const WORDS_PER_MINUTE = 230;  // core/src/summarize.cc kWordsPerMinute

const BUDGETS = [
  ['2 sentences', { sentences: 2 }], ['3 sentences', { sentences: 3 }],
  ['4 sentences', { sentences: 4 }], ['5 sentences', { sentences: 5 }],
  ['60 words', { words: 60 }], ['80 words', { words: 80 }], ['100 words', { words: 100 }],
  ['120 words', { words: 120 }], ['150 words', { words: 150 }],
  ['10%', { ratio: 0.1 }], ['20%', { ratio: 0.2 }],
];
const BUCKETS = [['under 500 words', 0, 500], ['500-900 words', 500, 900], ['over 900 words', 900, Infinity]];
const count = (s) => s.split(/\s+/).filter(Boolean).length;

function run(items, options) {
  return runJsonl(['batch'], items.map((i) => ({ id: i.id, text: i.text, options })))
    .map((r) => (r.error ? { text: '', words: 0 } :
      { text: r.summary.map((k) => r.sentences[k].text).join(' '), words: r.stats.summaryWords,
        articleWords: r.stats.words }));
}

if (existsSync(file)) {
  const items = selectSplit(loadSummarization(file), split);
  const outputs = BUDGETS.map(([, o]) => run(items, o));
  const texts = [...items.map((i) => i.reference), ...outputs.flat().map((o) => o.text)];
  const vocabulary = [...new Set(texts.flatMap((t) => tokenize(t)).filter((w) => w.length > 3))];
  const stems = execFileSync(CLI, ['stem'], { input: vocabulary.join('\n') + '\n', encoding: 'utf8',
                                              maxBuffer: 1 << 28 }).split('\n');
  const stemOf = new Map(vocabulary.map((w, i) => [w, stems[i]]));
  const stem = (w) => stemOf.get(w) ?? w;
  const refs = items.map((i) => tokenize(i.reference, stem));
  console.log(`${file.split('/').pop()} (${split}, ${items.length} articles, human highlights of ` +
              `${(items.reduce((a, i) => a + count(i.reference), 0) / items.length).toFixed(0)} words on average): ROUGE-1 F1 of auto / summary words`);
  console.log(`${'budget'.padEnd(12)}${BUCKETS.map(([b]) => b.padStart(20)).join('')}${'all'.padStart(20)}`);
  BUDGETS.forEach(([name], b) => {
    const cells = [...BUCKETS, ['all', 0, Infinity]].map(([, lo, hi]) => {
      let r1 = 0;
      let w = 0;
      let n = 0;
      items.forEach((item, k) => {
        const words = outputs[0][k].articleWords ?? 0;
        if (words < lo || words >= hi) return;
        r1 += 100 * rouge(tokenize(outputs[b][k].text, stem), refs[k]).r1;
        w += outputs[b][k].words;
        n++;
      });
      return n ? `${(r1 / n).toFixed(1)} / ${(w / n).toFixed(0)} (${n})` : '-';
    });
    console.log(`${name.padEnd(12)}${cells.map((c) => c.padStart(20)).join('')}`);
  });
}

const texts = loadTexts();
if (texts.length) {
  console.log(`\nreal web articles (${texts.length}): summary words, reading seconds and share of the article`);
  const lengths = runJsonl(['batch'], texts.map((t) => ({ id: t.id, text: t.text, options: { sentences: 1 } })))
    .map((r) => (r.error ? 0 : r.stats.words));
  const groups = [['under 600 words', 0, 600], ['600-1,500 words', 600, 1500], ['over 1,500 words', 1500, Infinity]];
  console.log(`${'budget'.padEnd(12)}${groups.map(([g]) => g.padStart(26)).join('')}`);
  for (const [name, o] of BUDGETS) {
    const out = run(texts, o);
    const cells = groups.map(([, lo, hi]) => {
      let w = 0;
      let share = 0;
      let n = 0;
      out.forEach((s, k) => {
        if (lengths[k] < lo || lengths[k] >= hi || !lengths[k]) return;
        w += s.words;
        share += s.words / lengths[k];
        n++;
      });
      return n ? `${(w / n).toFixed(0)} w, ${(60 * w / n / WORDS_PER_MINUTE).toFixed(0)} s, ${(100 * share / n).toFixed(0)}% (${n})` : '-';
    });
    console.log(`${name.padEnd(12)}${cells.map((c) => c.padStart(26)).join('')}`);
  }
}
