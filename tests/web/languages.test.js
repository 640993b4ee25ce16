// The page names languages from its own table (no Intl, see web/languages.js): every code the
// core can give must be in it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

import { LANGUAGE_CODES, STOPWORD_CODES, formatCount, languageFromTag, languageName, languageNote }
  from '../../web/languages.js';

const core = new URL('../../core/src/text/', import.meta.url);

test('every language code the core detects has an English name', () => {
  const profiles = readFileSync(new URL('generated/language_ngrams.inc', core), 'utf8');
  const byScript = readFileSync(new URL('language.cc', core), 'utf8');
  const codes = new Set([
    ...[...profiles.matchAll(/^\{"\w+", "([a-z]{2,3})"/gm)].map((m) => m[1]),
    ...[...byScript.matchAll(/"([a-z]{2})"/g)].map((m) => m[1]),
  ]);
  assert.ok(codes.size > 50, `found only ${codes.size} codes: did the core's files change shape?`);
  for (const code of codes) {
    assert.ok(LANGUAGE_CODES.includes(code), `no name for "${code}"`);
    assert.match(languageName(code), /^[A-Z]/);
  }
  assert.equal(languageName('und'), 'language undetermined');
  assert.equal(languageName('xx'), 'xx');
});

test('counts get thousands separators', () => {
  assert.equal(formatCount(0), '0');
  assert.equal(formatCount(999), '999');
  assert.equal(formatCount(1000), '1,000');
  assert.equal(formatCount(1234567), '1,234,567');
});

test('the languages with stopword lists are those the core has', () => {
  const lists = readFileSync(new URL('generated/stopword_lists.inc', core), 'utf8');
  const codes = new Set(['en', ...[...lists.matchAll(/^\{"([a-z]{2})"/gm)].map((m) => m[1])]);
  assert.deepEqual([...STOPWORD_CODES].sort(), [...codes].sort());
});

test('a page\'s lang attribute becomes a code the core takes, or nothing', () => {
  assert.equal(languageFromTag('de'), 'de');
  assert.equal(languageFromTag('de-CH'), 'de');
  assert.equal(languageFromTag(' PT_br '), 'pt');
  assert.equal(languageFromTag('no'), 'nb');
  assert.equal(languageFromTag('x-klingon'), '');
  assert.equal(languageFromTag(''), '');
  assert.equal(languageFromTag(undefined), '');
});

test('the language note says in words what works', () => {
  assert.equal(languageNote('en'), '');
  const german = languageNote('de', 'given');
  assert.match(german, /^German \(as chosen\): sentences, summary and keyphrases work\./);
  assert.match(german, /found only in English/);
  assert.match(languageNote('de', 'page'), /^German \(as the page says\)/);
  assert.match(languageNote('hy'), /keyphrases may include common Armenian words/);
  assert.match(languageNote('th'), /written without spaces/);
  assert.match(languageNote('und'), /not recognised/);
  for (const code of LANGUAGE_CODES) assert.ok(code === 'en' || languageNote(code).length > 50, code);
});
