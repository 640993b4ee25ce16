// The shared name scorer (scripts/evaluation/ner-scoring.mjs) on examples worked out by hand.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

import { chunks, readIobDocuments, score } from '../../scripts/evaluation/ner-scoring.mjs';

test('chunks follow conlleval: B- or a change of type opens a chunk, O and null close it', () => {
  // IOB1: I-LOC after O opens a chunk; B-LOC after it opens another; I-ORG after LOC too.
  assert.deepEqual([...chunks(['B-PER', 'I-PER', 'O', 'I-LOC', 'B-LOC', 'I-ORG'], 10)],
                   ['10:12:PER', '13:14:LOC', '14:15:LOC', '15:16:ORG']);
  assert.deepEqual([...chunks(['B-PER', null, 'I-PER'])], ['0:1:PER', '2:3:PER']);
  assert.deepEqual([...chunks(['I-MISC', 'I-MISC'])], ['0:2:MISC']);
  assert.deepEqual([...chunks([])], []);
});

test('an IOB file becomes documents of sentences of [word, tag]', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ner-scoring-'));
  try {
    const file = join(dir, 'x.iob');
    writeFileSync(file, '-DOCSTART- -X- -X- O\n\nAnna NNP B-NP B-PER\nsang VBD B-VP O\n\n' +
      'Oslo NNP B-NP B-LOC\n\n-DOCSTART- -X- -X- O\n\nIBM NNP B-NP B-ORG\n');
    assert.deepEqual(readIobDocuments(file), [
      [[['Anna', 'B-PER'], ['sang', 'O']], [['Oslo', 'B-LOC']]],
      [[['IBM', 'B-ORG']]],
    ]);
  } finally {
    rmSync(dir, { recursive: true });
  }
});

test('precision, recall and F1 count exact spans only', () => {
  const gold = new Set(['0:2:PER', '3:4:LOC']);
  const predicted = new Set(['0:2:PER', '3:5:LOC', '6:7:ORG']);
  const micro = score(gold, predicted);
  assert.equal(micro.gold, 2);
  assert.ok(Math.abs(micro.precision - 100 / 3) < 1e-9);
  assert.equal(micro.recall, 50);
  assert.ok(Math.abs(micro.f1 - 40) < 1e-9); // 2 * (1/3) * (1/2) / (1/3 + 1/2) = 0.4
  assert.deepEqual(score(gold, predicted, (c) => c.endsWith(':PER')),
                   { precision: 100, recall: 100, f1: 100, gold: 1 });
  assert.deepEqual(score(gold, predicted, (c) => c.endsWith(':LOC')),
                   { precision: 0, recall: 0, f1: 0, gold: 1 });
  assert.deepEqual(score(new Set(), new Set()), { precision: 0, recall: 0, f1: 0, gold: 0 });
});
