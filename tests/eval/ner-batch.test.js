// scripts/evaluation/ner-batch.mjs scores the file it is given, with or without --layout (it once
// skipped the first argument when --layout was absent and scored CoNLL dev instead).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';

import { FIXTURES, ROOT } from '../paths.js';

const tiny = join(FIXTURES, 'ner_tiny.iob');
const run = (...args) => execFileSync('node', [join(ROOT, 'scripts/evaluation/ner-batch.mjs'), ...args],
                                      { encoding: 'utf8' });

test('the given file is scored, before or after --layout, and the gold count is its own', () => {
  for (const args of [[tiny], [tiny, '--layout', 'running'], ['--layout', 'paragraphs', tiny]]) {
    const out = run(...args);
    assert.match(out.split('\n')[0], new RegExp(`^${tiny.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} \\(layout `));
    const micro = out.split('\n').find((l) => l.startsWith('micro'));
    assert.equal(Number(micro.trim().split(/\s+/)[4]), 10, out);  // ner_tiny.iob: 10 gold names
  }
});
