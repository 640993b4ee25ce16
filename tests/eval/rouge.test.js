// ROUGE checked on examples computed by hand.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { lcsLength, meanWithCi, rouge, rougeL, rougeN, tokenize } from '../../scripts/evaluation/rouge.mjs';

const close = (a, b) => assert.ok(Math.abs(a - b) < 1e-9, `${a} != ${b}`);

test('tokenize lowercases, keeps only a-z0-9 and stems tokens longer than 3 characters', () => {
  const stem = (t) => (t.endsWith('s') ? t.slice(0, -1) : t);
  assert.deepEqual(tokenize('The cats, $10.9bn.For dogs!', stem), ['the', 'cat', '10', '9bn', 'for', 'dog']);
  assert.deepEqual(tokenize('Café–au-lait'), ['caf', 'au', 'lait']);
});

test('ROUGE-1 and ROUGE-2 F1 by hand', () => {
  // pred: the cat sat on the mat (6), ref: the cat lay on the red mat (7)
  const pred = tokenize('the cat sat on the mat');
  const ref = tokenize('the cat lay on the red mat');
  // unigram overlap: the(2) cat on mat = 5 -> P 5/6, R 5/7, F = 2*(5/6)(5/7)/((5/6)+(5/7)) = 10/13
  close(rougeN(pred, ref, 1), 10 / 13);
  // bigrams pred: the-cat cat-sat sat-on on-the the-mat; ref: the-cat cat-lay lay-on on-the the-red red-mat
  // overlap 2 -> P 2/5, R 2/6, F = 2*(0.4)(1/3)/(0.4+1/3) = 4/11
  close(rougeN(pred, ref, 2), 4 / 11);
});

test('ROUGE-L uses the longest common subsequence', () => {
  const pred = tokenize('police killed the gunman');
  const ref = tokenize('police kill the gunman');
  assert.equal(lcsLength(pred, ref), 3);  // police, the, gunman (no stemming here)
  close(rougeL(pred, ref), 3 / 4);
});

test('counts clip repeated words and empty sides score 0', () => {
  close(rougeN(tokenize('a a a a'), tokenize('a b'), 1), 2 * (1 / 4) * (1 / 2) / (1 / 4 + 1 / 2));
  assert.deepEqual(rouge([], tokenize('x y')), { r1: 0, r2: 0, rL: 0 });
});

test('bootstrap interval brackets the mean and is deterministic', () => {
  const values = Array.from({ length: 200 }, (_, i) => (i % 10) / 10);
  const a = meanWithCi(values);
  assert.ok(a.low <= a.mean && a.mean <= a.high);
  assert.deepEqual(meanWithCi(values), a);
});
