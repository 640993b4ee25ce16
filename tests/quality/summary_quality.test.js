// Quality gate: on fixed samples of the dev sets (the first 300 articles of each), the default
// `auto` ranker must stay above floors set from measurement (docs/MEASUREMENTS.md) minus about
// one confidence-interval half-width, so a regression fails CI. Skipped without ../shared/data.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

import { DATA } from '../../scripts/evaluation/cli.mjs';
import { ROOT } from '../paths.js';

const script = join(ROOT, 'scripts/evaluation/summarization.mjs');
const have = existsSync(join(DATA, 'summarization/bbc_dev.jsonl'));

function evaluate(...args) {
  return JSON.parse(execFileSync('node', [script, '--json', '--limit', '300', ...args],
                                 { encoding: 'utf8', maxBuffer: 1 << 26 })).report;
}

test('bbc_dev sample, reference budget: auto ROUGE-1 >= 82.5 and far ahead of LEAD', { skip: !have }, () => {
  const r = evaluate('--algorithm', 'auto');
  assert.ok(r.auto.r1.mean >= 82.5, `auto ROUGE-1 ${r.auto.r1.mean}`);
  assert.ok(r.auto.r1.mean - r.LEAD.r1.mean >= 10, 'auto must beat LEAD by 10 points');
});

test('bbc_dev sample, 3 sentences: the first sentence is kept where the reference has it', { skip: !have }, () => {
  const r = evaluate('--algorithm', 'auto', '--budget', '3');
  assert.ok(r.auto.firstSentenceKept >= 90, `kept ${r.auto.firstSentenceKept}%`);
});

test('xsum_dev sample, 1 sentence: auto ROUGE-1 >= 18.5 and ahead of LEAD', { skip: !have }, () => {
  const r = evaluate('--algorithm', 'auto', '--data', join(DATA, 'summarization/xsum_dev.jsonl'));
  assert.ok(r.auto.r1.mean >= 18.5, `auto ROUGE-1 ${r.auto.r1.mean}`);
  assert.ok(r.auto.r1.mean > r.LEAD.r1.mean);
});
