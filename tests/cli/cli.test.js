import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';

import { CLI, FIXTURES } from '../paths.js';

const article = join(FIXTURES, 'harbour-aggregator.txt');
const run = (args, input) => spawnSync(CLI, args, { input, encoding: 'utf8' });

describe('precis extract', () => {
  const saved = join(FIXTURES, 'saved-news-page.html');

  test('text: the article body of a saved page, no title line, no clutter', () => {
    const r = run(['extract', saved]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^Councillors in Kestrel Bay voted on Tuesday/);
    assert.match(r.stdout, /\n\nWhy did the old wall fail\?\n\n/);
    for (const junk of ['Harbour town votes', 'cookies', 'Related stories', 'harbourlad', 'Privacy policy']) {
      assert.ok(!r.stdout.includes(junk), junk);
    }
  });

  test('json: title, byline, date, language and blocks with role and byte offsets', () => {
    const r = run(['extract', saved, '--format', 'json']);
    assert.equal(r.status, 0, r.stderr);
    const a = JSON.parse(r.stdout);
    assert.equal(a.title, 'Harbour town votes to rebuild its flooded sea wall');
    assert.equal(a.byline, 'Maria Lindqvist');
    assert.equal(a.date, '2024-03-14T09:30:00Z');
    assert.equal(a.language, 'en');
    assert.equal(a.languageSource, 'page');
    assert.equal(a.foundArticle, true);
    const bytes = readFileSync(saved);
    for (const b of a.blocks) {
      if (!/[&’“”£]/.test(b.text)) assert.equal(bytes.subarray(b.start, b.end).toString(), b.text);
    }
    assert.deepEqual([...new Set(a.blocks.map((b) => b.role))].sort(), ['body', 'heading', 'list-item', 'quote']);
  });

  test('json language: the page\'s lang unless the article is written in another language', () => {
    const article = '<p>Der Stadtrat hat am Montag beschlossen, die alte Brücke über den Fluss ' +
      'abzureißen und durch einen Neubau zu ersetzen.</p><p>Die Kosten liegen nach Angaben der ' +
      'Verwaltung bei rund zwölf Millionen Euro, von denen das Land den größten Teil übernimmt.</p>' +
      '<p>Die Arbeiten sollen im Frühjahr beginnen und zwei Jahre dauern.</p>';
    const page = (lang) => `<html lang="${lang}"><head><title>Brücke</title></head><body><article>` +
      `${article}</article></body></html>`;
    const read = (lang) => JSON.parse(run(['extract', '-', '--format', 'json'], page(lang)).stdout);
    assert.deepEqual([read('en-US').language, read('en-US').languageSource], ['de', 'detected']);
    assert.deepEqual([read('de').language, read('de').languageSource], ['de', 'page']);
  });

  test('usage and bad input', () => {
    assert.equal(run(['extract', saved, '--format', 'markdown']).status, 2);
    assert.equal(run(['extract', '/nonexistent.html']).status, 1);
    const blank = run(['extract', '-'], '<html><body>  </body></html>');
    assert.equal(blank.status, 1);
    assert.match(blank.stderr, /no text/);
  });

  test('summarize and batch read the same page through the reader', () => {
    const r = run(['summarize', saved, '--format', 'json']);
    assert.equal(r.status, 0, r.stderr);
    const result = JSON.parse(r.stdout);
    assert.equal(result.title, 'Harbour town votes to rebuild its flooded sea wall');
    const article = run(['extract', saved]).stdout;
    for (const i of result.summary) {
      assert.ok(article.includes(result.sentences[i].text), result.sentences[i].text);
      assert.ok(['body', 'quote'].includes(result.sentences[i].role));
    }
    const html = readFileSync(saved, 'utf8');
    const [line] = run(['batch'], `${JSON.stringify({ id: 1, text: html })}\n`).stdout.trim().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(line.summary, result.summary);
  });
});

describe('precis summarize', () => {
  test('text format prints title, numbered summary and entities', () => {
    const r = run(['summarize', article, '--sentences', '2']);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^Harbour Town Votes To Rebuild Storm-Damaged Pier\n/);
    assert.match(r.stdout, /Summary \(2 of \d+ sentences, auto\):\n {2}1\. .+\n {2}2\. .+\n/);
    assert.match(r.stdout, /PERSON: .*Ines Carvalho/);
  });

  test('json and markdown formats', () => {
    const json = JSON.parse(run(['summarize', article, '--format', 'json', '--words', '30']).stdout);
    assert.equal(json.offsets, 'utf8');
    assert.ok(json.stats.summaryWords <= 30 || json.summary.length === 1);
    const md = run(['summarize', '-', '--format', 'markdown', '--algorithm', 'lead'],
                   'Title line here\n\nFirst point stands. Second point follows. Third ends it.');
    assert.equal(md.status, 0, md.stderr);
    assert.match(md.stdout, /^# Title line here\n\n- First point stands\.\n/);
  });

  test('exit codes: 2 for usage, 1 for bad input', () => {
    assert.equal(run(['summarize', article, '--sentences', 'x']).status, 2);
    assert.equal(run(['summarize', article, '--sentences', '2', '--words', '5']).status, 2);
    assert.equal(run(['frobnicate']).status, 2);
    assert.equal(run([]).status, 2);
    const missing = run(['summarize', '/nonexistent/file.txt']);
    assert.equal(missing.status, 1);
    assert.match(missing.stderr, /cannot read/);
    const empty = run(['summarize', '-'], '');
    assert.equal(empty.status, 1);
    assert.match(empty.stderr, /the input is empty/);
    const blank = run(['summarize', '-'], '  \n\n\t ');
    assert.equal(blank.status, 1);
  });

  test('summarize, extract, render and segment name the file they cannot read', () => {
    for (const command of ['summarize', 'extract', 'render', 'segment']) {
      const r = run([command, '/nonexistent/dir/input.txt']);
      assert.equal(r.status, 1, command);
      assert.equal(r.stderr, 'precis: cannot read /nonexistent/dir/input.txt\n', command);
      assert.equal(r.stdout, '', command);
    }
  });

  test('--language sets the language (the Result says so); an unknown code lists the supported', () => {
    const text = 'Die Tabelle steht auf Seite 12. Dort finden Sie alle Werte. Sie sind neu.';
    const detected = JSON.parse(run(['summarize', '-', '--format', 'json'], text).stdout);
    assert.equal(detected.languageSource, 'detected');
    const given = JSON.parse(run(['summarize', '-', '--format', 'json', '--language', 'nl'], text).stdout);
    assert.equal(given.language, 'nl');
    assert.equal(given.languageSource, 'given');
    const bad = run(['summarize', '-', '--language', 'xx'], text);
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /unknown language 'xx' \(supported: auto, .*\bde\b.*\bzh\)/);
    const segmented = run(['segment', '-', '--language', 'de'], 'Am 3. Oktober war es. Seite 12. Dort.');
    assert.equal(segmented.stdout, 'Am 3. Oktober war es.\nSeite 12.\nDort.\n');
  });

  test('invalid UTF-8 is summarized with a warning', () => {
    const bytes = Buffer.concat([Buffer.from('The mill '), Buffer.from([0xff, 0xfe]),
                                 Buffer.from(' reopened. Workers returned.')]);
    const r = spawnSync(CLI, ['summarize', '-', '--format', 'json'], { input: bytes });
    assert.equal(r.status, 0);
    const json = JSON.parse(r.stdout.toString('utf8'));
    assert.equal(json.sentences.length, 2);
    assert.ok(json.sentences[0].text.includes('\uFFFD'));
    assert.match(json.warnings[0], /not valid UTF-8/);
  });
});

describe('precis batch', () => {
  test('a line\'s options.language wins over --language; a bad code is that line\'s error', () => {
    const text = 'Es regnet heute in Berlin. Wir bleiben zu Hause und lesen ein Buch.';
    const lines = [{ id: 1, text }, { id: 2, text, options: { language: 'fr' } },
                   { id: 3, text, options: { sentences: 1 } }, { id: 4, text, options: { language: 'xx' } }];
    const r = run(['batch', '--language', 'de'], `${lines.map((l) => JSON.stringify(l)).join('\n')}\n`);
    assert.equal(r.status, 0);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(out.slice(0, 3).map((o) => [o.language, o.languageSource]),
                     [['de', 'given'], ['fr', 'given'], ['de', 'given']]);
    assert.match(out[3].error, /unknown language 'xx'/);
  });

  test('one output line per input line, in order; bad lines become errors', () => {
    const lines = [
      JSON.stringify({ id: 'a', text: 'The pier reopened. Boats returned. Fish sold well.',
                       options: { sentences: 1 } }),
      'not json',
      JSON.stringify({ id: 7, text: '' }),
      JSON.stringify({ id: { nested: true }, text: 'One sentence only.', title: 'Given title' }),
      JSON.stringify({ id: 'bad-options', text: 'Fine text.', options: { sentences: -2 } }),
      JSON.stringify({ id: 'no-text' }),
      '',
      JSON.stringify({ id: 'last', text: 'Still running. Yes.' }),
    ];
    const r = run(['batch', '--sentences', '2'], `${lines.join('\n')}\n`);
    assert.equal(r.status, 0, r.stderr);
    const out = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    assert.equal(out.length, lines.length);
    assert.equal(out[0].id, 'a');
    assert.equal(out[0].summary.length, 1);
    assert.deepEqual(out[1], { id: null, error: 'line is not a JSON object' });
    assert.deepEqual(out[2], { id: 7, error: 'the input is empty' });
    assert.deepEqual(out[3].id, { nested: true });
    assert.equal(out[3].title, 'Given title');
    assert.match(out[4].error, /sentences must be a positive whole number/);
    assert.match(out[5].error, /missing string field "text"/);
    assert.equal(out[6].error, 'line is not a JSON object');
    assert.equal(out[7].id, 'last');
    assert.equal(out[7].summary.length, 2);  // the command line's --sentences applies
  });
});

describe('precis features and keyphrases (evaluation and training tools)', () => {
  const text = readFileSync(article, 'utf8');
  const lines = (items) => `${items.map((i) => (typeof i === 'string' ? i : JSON.stringify(i))).join('\n')}\n`;

  test('features: one line per sentence; the line\'s title feeds the "title" feature', () => {
    // No headline in the text, so the only title is the one the line gives.
    const prose = 'The council approved the flood barrier on Monday. It will cost twelve million ' +
      'pounds. Residents had asked for it since the storms of 2019. But the work cannot start ' +
      'before spring. Engineers said the river would be diverted for six months.';
    const r = run(['features'], lines([{ id: 'plain', text: prose },
                                       { id: 'titled', text: prose, title: 'Flood barrier approved' },
                                       { id: 'empty', text: '' }, { id: 'no-text' }, 'not json']));
    assert.equal(r.status, 0, r.stderr);
    const [plain, titled, empty, noText, notJson] = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    assert.equal(plain.id, 'plain');
    assert.equal(plain.sentences.length, 5);
    for (const s of plain.sentences) {
      assert.equal(s.features.length, plain.names.length);
      assert.ok(s.start < s.end && s.end <= prose.length);
    }
    const title = plain.names.indexOf('title');
    assert.ok(title >= 0);
    assert.ok(plain.sentences.every((s) => s.features[title] === 0), 'no title, no title overlap');
    assert.equal(titled.sentences.length, plain.sentences.length);
    assert.ok(titled.sentences.some((s) => s.features[title] > 0), 'the given title is used');
    assert.deepEqual(empty, { id: 'empty', error: 'the input is empty' });
    assert.deepEqual(noText, { id: 'no-text', error: 'missing "text"' });
    assert.deepEqual(notJson, { id: null, error: 'missing "text"' });
  });

  test('keyphrases: at most --count phrases per line; lines without text are errors', () => {
    const r = run(['keyphrases', '--count', '3'],
                  lines([{ id: 1, text, title: 'Harbour pier' }, { id: 2 }, 'not json', { id: 3, text }]));
    assert.equal(r.status, 0, r.stderr);
    const out = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(out.map((o) => o.id), [1, 2, null, 3]);
    for (const o of [out[0], out[3]]) {
      assert.ok(o.keyphrases.length >= 1 && o.keyphrases.length <= 3);
      for (const k of o.keyphrases) assert.ok(text.toLowerCase().includes(k.text.toLowerCase()), k.text);
    }
    assert.deepEqual(out[1], { id: 2, error: 'missing "text"' });
    assert.deepEqual(out[2], { id: null, error: 'missing "text"' });
  });
});

describe('precis ner', () => {
  const tiny = join(FIXTURES, 'ner_tiny.iob');

  test('tag appends a predicted IOB2 tag to each token line', () => {
    const r = run(['ner', 'tag', tiny]);
    assert.equal(r.status, 0, r.stderr);
    const lines = r.stdout.split('\n').filter((l) => l && !l.startsWith('-DOCSTART-'));
    assert.equal(lines.length, 32);
    for (const l of lines) assert.match(l, /^\S+ (O|[BI]-(PER|ORG|LOC|MISC)) (O|[BI]-(PER|ORG|LOC|MISC))$/);
    // The fixture counts the title into the name; the tagger leaves "Mayor" out (CoNLL).
    assert.ok(lines.includes('Mayor B-PER O'), 'the title is not part of the name');
    assert.ok(lines.includes('Elena I-PER B-PER'), 'the built-in model finds the mayor');
  });

  test('eval prints per-type scores; --json is machine-readable', () => {
    const r = run(['ner', 'eval', tiny, '--json']);
    assert.equal(r.status, 0, r.stderr);
    const score = JSON.parse(r.stdout);
    assert.deepEqual(Object.keys(score), ['PER', 'ORG', 'LOC', 'MISC', 'micro']);
    assert.equal(score.micro.gold, 10);
  });

  test('bad files and flags give a clear message and exit code', () => {
    const missing = run(['ner', 'eval', '/no/such/file.iob']);
    assert.equal(missing.status, 1);
    assert.match(missing.stderr, /cannot read \/no\/such\/file\.iob/);
    const badTag = run(['ner', 'eval', '-'], 'Peter B-PER\nsaid X-Y\n');
    assert.equal(badTag.status, 1);
    assert.match(badTag.stderr, /line 2: unknown tag "X-Y"/);
    const badModel = run(['ner', 'eval', tiny, '--model', tiny]);
    assert.equal(badModel.status, 1);
    assert.match(badModel.stderr, /name model is damaged/);
    assert.equal(run(['ner', 'frobnicate']).status, 2);
    assert.equal(run(['ner', 'train', '--train', tiny]).status, 2);
  });
});
