// The trainer climbs ROUGE on a JS replay of ranking and selection (scripts/evaluation/replay.mjs);
// this checks that the replay, with the committed weights, picks exactly the sentences the CLI
// picks, over budgets of every kind: texts of our own, and dev-set articles when present.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

import { DATA, runJsonl } from '../../scripts/evaluation/cli.mjs';
import { loadSummarization } from '../../scripts/evaluation/data.mjs';
import { prepareArticle, scoresOf, select, weightsFor } from '../../scripts/evaluation/replay.mjs';
import { FIXTURES, ROOT } from '../paths.js';

function committedWeights() {
  const vectors = { single: [], short: [], long: [] };
  const file = readFileSync(join(ROOT, 'core/src/rank/generated/auto_weights.inc'), 'utf8');
  for (const [, kind, , value] of file.matchAll(/\{"(\w+):(\w+)", (-?[\d.]+)\}/g)) {
    vectors[kind].push(Number(value));
  }
  return vectors;
}

const OWN_TEXTS = [
  readFileSync(join(FIXTURES, 'harbour-aggregator.txt'), 'utf8'),
  'The council approved the flood barrier on Monday. It will cost twelve million pounds. ' +
  'Residents had asked for it since the storms of 2019. But the work cannot start before ' +
  'spring. Engineers said the river would be diverted for six months. This worried the ' +
  'fishing club. Its members fear for the trout. The mayor promised a meeting next week.',
];
const BUDGETS = [{ sentences: 1 }, { sentences: 2 }, { sentences: 3 }, { sentences: 5 },
                 { ratio: 0.25 }, { ratio: 0.5 }, { words: 40 }, { words: 120 }];

function check(texts) {
  const vectors = committedWeights();
  assert.ok(vectors.short.length > 0 && vectors.short.length === vectors.long.length);
  let compared = 0;
  for (const options of BUDGETS) {
    const lines = texts.map((text, id) => ({ id, text, options }));
    const features = runJsonl(['features'], lines);
    const results = runJsonl(['batch'], lines);
    features.forEach((f, k) => {
      if (f.error) return;
      assert.equal(f.names.length, vectors.short.length, 'weights and features disagree');
      const a = prepareArticle(f);
      const replayed = select(a, scoresOf(a, weightsFor(a, vectors)), options);
      assert.deepEqual(replayed, results[k].summary, `text ${k}, ${JSON.stringify(options)}`);
      compared++;
    });
  }
  return compared;
}

test('the replay picks what the CLI picks, on texts of our own', () => {
  assert.equal(check(OWN_TEXTS), OWN_TEXTS.length * BUDGETS.length);
});

const bbc = join(DATA, 'summarization/bbc_dev.jsonl');
test('the replay picks what the CLI picks, on 60 dev-set articles', { skip: !existsSync(bbc) }, () => {
  const texts = [...loadSummarization(bbc).slice(0, 30),
                 ...loadSummarization(join(DATA, 'summarization/xsum_dev.jsonl')).slice(0, 30)]
    .map((i) => i.text);
  assert.ok(check(texts) >= 400);
});
