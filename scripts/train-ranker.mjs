// Trains the `auto` ranker: three weight vectors over rank/features.h (rank/rankers.cc): one for
// single sentences, and a "short" and a "long" one that rank/rankers.cc blends by the budget's
// share of the article (15% and below: short; 30% and above: long). Two steps, on the training
// split of each dev set (scripts/evaluation/data.mjs holds out one article in five by id hash):
//  1. a listwise softmax fit per vector (only the order of sentences within an article
//     matters), to the sentences an oracle would pick (human-written summaries) or to the
//     reference's own sentences (bbc_dev), as a starting point;
//  2. coordinate ascent on what summaries are measured by: mean ROUGE F1 (1 and 2) of the
//     summary the core would actually select (scripts/evaluation/replay.mjs replays features,
//     blend, order and selection, dangling-opener rule included), so length is paid for: a
//     long sentence has to bring more of the reference than it costs in precision.
// Tasks (weight in the objective):
//  - CNN/DailyMail (human-written highlights; ../data/summarization/cnndm_{val,train}.jsonl,
//    fetched outside the repo), 3 sentences and the highlights' word count;
//  - bbc_dev (machine-picked references; ../shared/data), the reference's sentence and word
//    count, kept from regressing, and 3 sentences scored on keeping the first sentence where
//    the reference has it (the top of the inverted pyramid), with a floor of 95%;
//  - xsum_dev (one human-written sentence), 1 sentence, ROUGE-1: the single-sentence vector.
// Writes core/src/rank/generated/auto_weights.inc. Deterministic: same data, same bytes.
//   node scripts/train-ranker.mjs [--fetched DIR] [--cache DIR] [--warm]   (after a native build; rebuild after)
// --cache DIR keeps the CLI's feature output per task (keyed by the CLI binary), for reruns.
// --warm starts the ascent from the committed weights instead of the softmax fit: after a change
// to selection or features, the ascent then only takes steps that raise the training objective
// from where the shipped ranker stands (a fresh softmax start can end lower).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { DATA } from './evaluation/cli.mjs';
import {
  ascend, loadTask, options, report, softmaxFit, words,
} from './evaluation/ranker-training.mjs';
import { ROOT } from '../tests/paths.js';

const args = process.argv.slice(2);
const arg = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
};
const FETCHED = arg('--fetched', process.env.PRECIS_FETCHED_DATA ?? join(ROOT, '..', 'data'));
const OUT = join(ROOT, 'core/src/rank/generated/auto_weights.inc');
options.cache = arg('--cache', '');

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
  return {
    short: [
      loadTask('cnndm_val 3 sentences', cnnVal, split, () => ({ sentences: 3 }), 1),
      loadTask('cnndm_train 3 sentences', cnnTrain, split, () => ({ sentences: 3 }), 0.5),
      loadTask('cnndm_val highlight words', cnnVal, split, (i) => ({ words: words(i.reference) }), 0.25),
      loadTask('bbc 3 first kept', bbcFile, split, () => ({ sentences: 3 }), 1, { firstKept: true, floor: 0.95 }),
    ],
    long: [
      loadTask('bbc reference sentences', bbcFile, split, (i) => ({ sentences: i.referenceSentences }), 1),
      loadTask('bbc reference words', bbcFile, split, (i) => ({ words: Math.max(1, words(i.reference)) }), 0.5),
    ],
    // The one-sentence vector is measured by ROUGE-1 alone: bigrams of a one-sentence abstract
    // rarely match any article sentence, and add only noise.
    single: [loadTask('xsum 1 sentence', xsumFile, split, () => ({ sentences: 1 }), 1, { rouge1Only: true })],
  };
}

const train = tasksFor('train');
const names = train.short[0].names;
const dims = names.length;
console.log(`features: ${dims}; training articles: ` +
            Object.values(train).flat().map((t) => `${t.name} ${t.articles.length}`).join(', '));
const vectors = {};
if (args.includes('--warm')) {
  // Lines {"kind:name", value}, as written below; a feature the file does not name starts at 0.
  for (const kind of ['short', 'long', 'single']) vectors[kind] = new Float64Array(dims);
  for (const [, kind, name, value] of readFileSync(OUT, 'utf8').matchAll(/\{"(\w+):(\w+)", (-?[\d.]+)\}/g)) {
    const j = names.indexOf(name);
    if (j >= 0 && vectors[kind]) vectors[kind][j] = Number(value);
  }
  console.log(`warm start from ${OUT}`);
} else {
  for (const kind of ['short', 'long', 'single']) {
    vectors[kind] = softmaxFit(train[kind], dims);
    console.log(`${kind}: softmax start`);
  }
}
const multi = [...train.short, ...train.long];
report('softmax', multi, vectors);
report('softmax', train.single, vectors);
console.log('short + long: coordinate ascent');
ascend(multi, vectors, ['short', 'long'], console.log);
report('trained', multi, vectors);
console.log('single: coordinate ascent');
ascend(train.single, vectors, ['single'], console.log);
report('trained', train.single, vectors);
const held = tasksFor('holdout');
console.log('held-out fifth (replayed; scripts/eval summarization --split holdout gives the real thing):');
report('holdout', [...held.short, ...held.long, ...held.single], vectors);

let out = '// Generated by scripts/train-ranker.mjs (softmax start, then coordinate ascent on ROUGE of\n' +
          '// the selected summary over the training split of CNN/DailyMail, bbc_dev and xsum_dev;\n' +
          '// see the script). Do not edit; rerun the script.\n';
for (const kind of ['single', 'short', 'long']) {
  names.forEach((name, j) => { out += `{"${kind}:${name}", ${vectors[kind][j].toFixed(6)}},\n`; });
}
writeFileSync(OUT, out);
console.log(`wrote ${OUT}`);
