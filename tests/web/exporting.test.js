// Exports and the sentence facts the views share (web/exporting.js, web/sentences.js): what a
// reader pastes elsewhere carries the title, the source and the date; file names are safe.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { fileNameStem, isoDate, summaryAsMarkdown, summaryAsText } from '../../web/exporting.js';
import { datelineGap, readable, shortArticleNote, summarizableCount } from '../../web/sentences.js';

const sentence = (text, role = 'body', boilerplate = false) => ({ text, role, boilerplate });
const result = {
  title: 'Harbour [wall] reopens',
  sentences: [sentence('(CNN)The harbour reopened on Monday.'), sentence('About us', 'heading'),
              sentence('Crews worked *all* night.'), sentence('Share this', 'body', true)],
  summary: [0, 2],
};

test('text export: title, source, date, then the sentences (datelines spaced)', () => {
  assert.equal(summaryAsText(result, { source: 'https://news.example/harbour?id=1', date: '2026-11-30' }),
    'Harbour [wall] reopens\nSource: https://news.example/harbour?id=1\nSummarized with Précis on 2026-11-30\n\n' +
    '(CNN) The harbour reopened on Monday.\nCrews worked *all* night.\n');
  assert.equal(summaryAsText({ ...result, title: '' }, { date: '2026-01-02' }),
    'Summarized with Précis on 2026-01-02\n\n(CNN) The harbour reopened on Monday.\nCrews worked *all* night.\n');
});

test('Markdown export: an address as an autolink, a file name as escaped text', () => {
  const md = summaryAsMarkdown(result, { source: 'https://news.example/a b<c>', date: '2026-11-30' });
  assert.equal(md, '# Harbour \\[wall\\] reopens\n\nSource: <https://news.example/a%20b%3Cc%3E>\\\n' +
    'Summarized with Précis on 2026-11-30\n\n- (CNN) The harbour reopened on Monday.\n- Crews worked \\*all\\* night.\n');
  assert.match(summaryAsMarkdown(result, { source: 'my_notes.md', date: '2026-11-30' }), /\nSource: my\\_notes.md\\\n/);
  assert.match(isoDate(new Date(2026, 0, 5)), /^2026-01-05$/);
});

test('file names from titles: any script kept, separators and reserved characters gone', () => {
  assert.equal(fileNameStem('Riverton approves flood barrier'), 'riverton-approves-flood-barrier');
  assert.equal(fileNameStem('Stadtrat beschließt neue Brücke'), 'stadtrat-beschließt-neue-brücke');
  assert.equal(fileNameStem('Дума: "итоги" года / 2026?'), 'дума-итоги-года-2026');
  assert.equal(fileNameStem('..\\..\\etc/passwd <x>|*'), 'etc-passwd-x');
  assert.equal(fileNameStem('  '), '');
  assert.equal([...fileNameStem('word '.repeat(40))].length <= 60, true);
  assert.ok(!fileNameStem('word '.repeat(40)).endsWith('-'));
});

test('a dateline glued to the first word gets its space; other parentheses are left alone', () => {
  assert.equal(readable('(CNN)President Obama spoke.'), '(CNN) President Obama spoke.');
  assert.equal(readable('LONDON (Reuters)The pound fell.'), 'LONDON (Reuters) The pound fell.');
  assert.equal(readable('(CNN) President Obama spoke.'), '(CNN) President Obama spoke.');
  assert.equal(datelineGap('The plan (approved)was late.'), -1); // not a capital after it
  assert.equal(datelineGap('He said (see above) that. (NOTE)This'), -1); // not at the start
});

test('a summary of every summarizable sentence says the article is already short', () => {
  assert.equal(summarizableCount(result), 2); // a heading and boilerplate are never summarized
  assert.equal(shortArticleNote(result, { sentences: 3 }), 'the article is already short: all 2 sentences shown');
  assert.equal(shortArticleNote(result, { ratio: 1 }), ''); // the reader asked for all of it
  assert.equal(shortArticleNote({ ...result, summary: [0] }, { sentences: 1 }), '');
});
