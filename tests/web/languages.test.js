// The page names languages from its own table (no Intl, see web/languages.js): every code the
// core supports (and so can give or take) must be in it, and nothing else.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

import { LANGUAGE_CODES, STOPWORD_CODES, formatCount, languageFromTag, languageName, languageNote }
  from '../../web/languages.js';
import { CLI } from '../paths.js';

const core = new URL('../../core/src/text/', import.meta.url);

test('the page names exactly the languages the core supports', () => {
  // The core lists them in its error for an unknown code (SupportedLanguages()).
  const r = spawnSync(CLI, ['segment', '-', '--language', 'xx'], { input: 'x', encoding: 'utf8' });
  const supported = r.stderr.match(/supported: auto, ([a-z, ]+)\)/)?.[1].split(', ');
  assert.ok(supported?.length > 50, r.stderr);
  assert.deepEqual([...LANGUAGE_CODES].sort(), supported);
  for (const code of supported) assert.match(languageName(code), /^[A-Z]/);
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
