import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';

import { FIXTURES } from '../paths.js';
import { loadPrecis, nodeBuildWasm } from './load.js';

let precis;
before(async () => {
  precis = await loadPrecis();
});

const article = readFileSync(join(FIXTURES, 'harbour-aggregator.txt'), 'utf8');

describe('summarize', () => {
  test('returns the Result contract with UTF-16 offsets', () => {
    const r = precis.summarize(article, { sentences: 3 });
    assert.equal(r.version, 1);
    assert.equal(r.offsets, 'utf16');
    assert.equal(r.title, 'Harbour Town Votes To Rebuild Storm-Damaged Pier');
    assert.equal(r.summary.length, 3);
    for (const s of r.sentences) assert.equal(article.slice(s.start, s.end), s.text);
    for (const e of r.entities) assert.equal(article.slice(e.start, e.end), e.text);
    assert.ok(r.groups.some((g) => g.name === 'Ines Carvalho' && g.type === 'PERSON'));
    assert.match(precis.version, /^\d+\.\d+\.\d+$/);
  });

  test('offsets stay exact around accents, emoji and lone surrogates', () => {
    const text = 'Café owner Zoë Laurent opened in Paris. 😀 The queue \uD800 grew to 300 people. ' +
                 'Zoë Laurent smiled at the 日本 visitors.';
    const r = precis.summarize(text, { sentences: 2 });
    assert.equal(r.sentences.length, 3);
    for (const s of r.sentences) {
      // A lone surrogate reaches the core as U+FFFD; everything else is identical.
      assert.equal(text.slice(s.start, s.end).replace('\uD800', '\uFFFD'), s.text);
    }
    const names = r.entities.filter((e) => e.type === 'PERSON').map((e) => text.slice(e.start, e.end));
    assert.deepEqual(names, ['Zoë Laurent', 'Zoë Laurent']);
  });

  test('bad options and empty input throw one clear Error', () => {
    assert.throws(() => precis.summarize(article, { sentences: 0 }),
                  { message: 'precis: sentences must be a positive whole number' });
    assert.throws(() => precis.summarize(article, { algorithm: 'magic' }), /unknown algorithm 'magic'/);
    assert.throws(() => precis.summarize(article, { sentences: 2, words: 10 }), /only one of/);
    assert.throws(() => precis.summarize(''), { message: 'precis: the input is empty' });
    assert.throws(() => precis.summarize(' \n\t '), /no text to summarize/);
    assert.throws(() => precis.summarize(42), TypeError);
    assert.throws(() => precis.summarize(article, 'three'), TypeError);
    // Each says what kind it is (the npm package's types list the codes).
    assert.throws(() => precis.summarize(''), { code: 'PRECIS_INPUT' });
    assert.throws(() => precis.summarize(article, { words: 10, ratio: 0.5 }), { code: 'PRECIS_INPUT' });
    assert.throws(() => precis.summarize(42), { name: 'TypeError', code: 'PRECIS_ARGUMENT' });
    // The module is still usable after errors.
    assert.equal(precis.summarize(article).summary.length, 3);
  });

  test('every algorithm works and is deterministic', () => {
    for (const algorithm of ['auto', 'lead', 'centroid', 'textrank']) {
      const a = precis.summarize(article, { algorithm, sentences: 2 });
      const b = precis.summarize(article, { algorithm, sentences: 2 });
      assert.deepEqual(a, b);
      assert.equal(a.summary.length, 2);
    }
  });

  test('NUL bytes, control characters and 5 MB without punctuation give a sensible result', () => {
    const nul = precis.summarize('The dam\u0000 held firm. Water levels\u0007 fell overnight.');
    assert.equal(nul.sentences.length, 2);
    const words = [];
    for (let i = 0; i < 1_000_000; ++i) words.push(`w${(i * 7919) % 4999}`);
    const huge = words.join(' ');
    assert.ok(huge.length > 5_000_000);
    const started = Date.now();
    const r = precis.summarize(huge, { sentences: 3 });
    assert.ok(Date.now() - started < 60_000);
    assert.equal(r.summary.length, 3);
    assert.ok(r.warnings.some((w) => w.includes('no sentence punctuation')));
  });
});

describe('re-summarizing and plain text', () => {
  test('a new budget or method for the same text equals a fresh run', () => {
    const text = 'Harbour Council Approves Bridge\n\nThe council in Riverton voted on Tuesday to build a ' +
      'bridge. Mayor Elena Marsh said work starts in June. Tom Berger of the Northern Rivers Authority ' +
      'said the plan was studied for two years. Residents welcomed the vote. The bridge costs $48 million.';
    const options = [{ sentences: 2 }, { ratio: 0.5, algorithm: 'textrank' }, { sentences: 1, algorithm: 'lead' }];
    const reused = options.map((o) => precis.summarize(text, o)); // the 2nd and 3rd reuse the 1st's work
    const fresh = options.map((o) => {
      precis.forget();
      return precis.summarize(text, o);
    });
    assert.deepEqual(reused, fresh);
    // A different title means a different article, not a reused one; so does a different language.
    assert.equal(precis.summarize(text, { title: 'Other title', sentences: 2 }).title, 'Other title');
    const given = precis.summarize(text, { sentences: 2, language: 'de' });
    assert.deepEqual([given.language, given.languageSource], ['de', 'given']);
    const detected = precis.summarize(text, { sentences: 2 });
    assert.deepEqual([detected.language, detected.languageSource], ['en', 'detected']);
    assert.throws(() => precis.summarize(text, { language: 'xx' }), /unknown language 'xx' \(supported: auto, /);
  });

  test('toPlainText reduces an HTML page to its text and title, and leaves plain text alone', () => {
    const page = '<html><head><title>Harbour news</title><script>var x = 1;</script></head><body>' +
      '<nav>Home | World</nav><p>The harbour reopened on Monday after the storm.</p>' +
      '<p>Ships returned at noon with the first catch.</p></body></html>';
    const plain = precis.toPlainText(page);
    assert.equal(plain.title, 'Harbour news');
    // (A body under 60 characters is no article: the page's menus would be given too.)
    assert.equal(plain.text.trim().replace(/\s+/g, ' '),
                 'The harbour reopened on Monday after the storm. Ships returned at noon with the first catch.');
    assert.deepEqual(precis.toPlainText('Just text. Here.'), { title: '', text: 'Just text. Here.' });
    assert.throws(() => precis.toPlainText(42), /needs a string/);
  });
});

describe('the name model', () => {
  // The page's build has none inside and gets the file; the Node build has it built in.
  test('loadNameModel takes a model file, refuses a damaged one and keeps the current model', () => {
    const people = () => precis.summarize(article).entities.filter((e) => e.type === 'PERSON').length;
    assert.equal(precis.hasNames, true);
    const before = people();
    assert.ok(before > 0);
    assert.throws(() => precis.loadNameModel(new Uint8Array([1, 2, 3])), /^Error: precis: the name model is damaged/);
    assert.throws(() => precis.loadNameModel(new Uint8Array([1, 2, 3])), { code: 'PRECIS_NAME_MODEL' });
    assert.throws(() => precis.loadNameModel('model'), /needs a Uint8Array/);
    assert.equal(people(), before);
    const file = readFileSync(join(FIXTURES, '..', '..', 'core', 'models', 'ner_en.model'));
    precis.loadNameModel(new Uint8Array(file.buffer, file.byteOffset, file.byteLength));
    assert.equal(precis.hasNames, true);
    assert.equal(people(), before);
  });
});

describe('starting', () => {
  // The page's worker starts downloading and compiling the wasm before the glue is loaded.
  test('a module compiled ahead is used; a failed download or compile is the start-up error', async () => {
    const ahead = await loadPrecis({ wasmModule: WebAssembly.compile(nodeBuildWasm()) });
    assert.equal(ahead.summarize(article, { sentences: 2 }).summary.length, 2);
    assert.deepEqual(ahead.summarize(article, { sentences: 2 }).summary,
                     precis.summarize(article, { sentences: 2 }).summary);
    await assert.rejects(loadPrecis({ wasmModule: Promise.reject(new Error('precis_core.wasm: HTTP 404')) }),
                         /^Error: precis_core.wasm: HTTP 404$/);
    await assert.rejects(loadPrecis({ wasmModule: WebAssembly.compile(new Uint8Array([0, 97, 115, 109])) }),
                         /CompileError/);
  });
});
