// The hostile inputs of tests/core/hostile_inputs_test.cc, through the JS API (wasm), plus what
// only JS can send (lone surrogates) and a leak check over 1,000 calls.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';

import { FIXTURES } from '../paths.js';
import { loadPrecis } from './load.js';

let precis;
before(async () => {
  precis = await loadPrecis();
});

function consistent(text, r) {
  for (const s of r.sentences) assert.ok(s.start < s.end && s.end <= text.length);
  for (const i of r.summary) assert.equal(r.sentences[i].boilerplate, false);
  for (const e of r.entities) assert.ok(e.end <= text.length);
}

describe('hostile inputs (wasm)', () => {
  test('10 MB without punctuation', () => {
    const words = [];
    for (let i = 0; words.length < 1_700_000; ++i) words.push(`w${(i * 7919) % 4999}`);
    const text = words.join(' ');
    const r = precis.summarize(text);
    assert.equal(r.summary.length, 3);
    consistent(text, r);
  });

  test('10 MB of one token', () => {
    const text = 'a'.repeat(10_000_000);
    consistent(text, precis.summarize(text));
  });

  test('a million one-word sentences', () => {
    const text = 'Yes. No. '.repeat(500_000);
    const r = precis.summarize(text, { sentences: 3 });
    assert.ok(r.sentences.length >= 100_000);
    consistent(text, r);
  });

  test('NUL bytes, lone surrogates, RTL and mixed scripts, combining marks', () => {
    for (const text of [
      'The dam held.\u0000\u0000 Water fell.',
      'Broken \uD800 pair \uDC00 here. And \uDBFF\uDFFF there.',
      'The minister said שלום to the crowd. قال الوزير إن الخطة جاهزة. \u202EReversed\u202C text. 中文句子。',
      `Zalgo ${'\u0301'.repeat(200_000)} arrived. Then it left.`,
    ]) {
      const r = precis.summarize(text);
      assert.ok(r.sentences.length >= 1);
      consistent(text, r);
    }
  });

  test('deeply nested HTML and megabytes of inline script', () => {
    const nested = `${'<div><span>'.repeat(10_000)}<p>The council met. It agreed.</p>${'</span></div>'.repeat(10_000)}`;
    assert.deepEqual(precis.summarize(nested).sentences.map((s) => s.text), ['The council met.', 'It agreed.']);
    const script = `<html><script>${"var x = '<p>no</p>'; ".repeat(200_000)}</script><p>Only this is text.</p></html>`;
    assert.deepEqual(precis.summarize(script).sentences.map((s) => s.text), ['Only this is text.']);
  });

  test('over 50 MB is a clear error and the module keeps working', () => {
    assert.throws(() => precis.summarize('x'.repeat(50 * 1024 * 1024 + 1)), /the limit is 50 MB/);
    assert.equal(precis.summarize('Still here. Yes.').sentences.length, 2);
  });

  test('memory does not grow across 1,000 calls', () => {
    const article = readFileSync(join(FIXTURES, 'harbour-aggregator.txt'), 'utf8');
    // A new text every call (the module keeps only the last article), and new budgets for it.
    const texts = (i) => `${article}\n\nUpdate ${i}: the council meets again on day ${i}.`;
    for (let i = 0; i < 20; ++i) precis.summarize(texts(i));
    const before = precis.memoryBytes;
    for (let i = 0; i < 1000; ++i) precis.summarize(texts(i % 2 ? i : i - 1), { sentences: 1 + (i % 5) });
    assert.equal(precis.memoryBytes, before);
  });
});
