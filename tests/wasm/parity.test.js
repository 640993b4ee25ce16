// The wasm build and the native CLI must give the same summary for the same input.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, test } from 'node:test';

import { SAMPLE_TEXT, SAMPLE_TITLE } from '../../web/sample.js';
import { CLI, FIXTURES } from '../paths.js';
import { loadPrecis } from './load.js';

let precis;
before(async () => {
  precis = await loadPrecis();
});

function native(text, options) {
  const line = JSON.stringify({ id: 1, text, options });
  return JSON.parse(execFileSync(CLI, ['batch'], { input: `${line}\n`, encoding: 'utf8' }));
}

const inputs = [
  ['aggregator fixture', readFileSync(join(FIXTURES, 'harbour-aggregator.txt'), 'utf8')],
  ['web sample', `${SAMPLE_TITLE}\n\n${SAMPLE_TEXT}`],
  ['non-ASCII', 'Zoë paid €30 at the café. The café in Köln closed. Zoë was sad. 东京 is far.'],
];

for (const [name, text] of inputs) {
  for (const options of [{ sentences: 2 }, { ratio: 0.5, algorithm: 'textrank' }, { words: 40 }]) {
    test(`same summary natively and in wasm: ${name} ${JSON.stringify(options)}`, () => {
      const n = native(text, options);
      const w = precis.summarize(text, options);
      assert.deepEqual(w.summary, n.summary);
      assert.deepEqual(w.sentences.map((s) => s.text), n.sentences.map((s) => s.text));
      assert.deepEqual(w.groups, n.groups);
      assert.deepEqual(w.keyphrases, n.keyphrases);
    });
  }
}
