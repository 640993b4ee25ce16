// JavaScript side of scripts/bench: the Précis JS API (wasm build, through the same wrapper the
// page uses) and two npm peers on the same input files, in one process:
//  - wink-nlp 2.4 with wink-eng-lite-web-model: readDoc + sentence-wise importance, i.e. its
//    extractive summarization (the peer for summaries);
//  - compromise 14: people, places and organizations (the in-browser peer for entities).
// Prints one JSON line per file: median milliseconds of RUNS runs for each system.
//   node scripts/evaluation/bench-js.mjs RUNS FILE... [--peers-max-bytes N]
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

import nlp from 'compromise';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

import { loadPrecis } from '../../tests/wasm/load.js';

const args = process.argv.slice(2);
const runs = Number(args[0]);
const limitAt = args.indexOf('--peers-max-bytes');
const peersMax = limitAt >= 0 ? Number(args[limitAt + 1]) : 2_000_000;
const files = args.slice(1).filter((a, i, all) => a !== '--peers-max-bytes' &&
                                                    all[i - 1] !== '--peers-max-bytes');

const median = (fn) => {
  const times = [];
  for (let i = 0; i < runs; ++i) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
};

const precis = await loadPrecis();
const wink = winkNLP(model);
const its = wink.its;

for (const file of files) {
  const text = readFileSync(file, 'utf8');
  const bytes = Buffer.byteLength(text);
  const row = { file, bytes };
  // forget(): the module keeps the last article for re-summarizing; each timed call starts fresh.
  row.precis_ms = median(() => {
    precis.forget();
    precis.summarize(text, { sentences: 5 });
  });
  if (bytes <= peersMax) {
    row.wink_summary_ms = median(() => wink.readDoc(text).out(its.sentenceWiseImportance));
    // wink's summarization stage alone, on a document it has already read.
    const doc = wink.readDoc(text);
    row.wink_importance_stage_ms = median(() => doc.out(its.sentenceWiseImportance));
    row.compromise_entities_ms = median(() => {
      const doc = nlp(text);
      doc.people().out('array');
      doc.places().out('array');
      doc.organizations().out('array');
    });
  }
  console.log(JSON.stringify(row));
}
