// Sentence segmentation quality on three public sets (../shared/data/sbd) and our own cases:
//  1. English Golden Rules (pySBD): exact sentence lists.
//  2. npm sbd's own test cases: sentence count and the sentences they check (whitespace-folded).
//  3. UD English-EWT test: each document's paragraphs joined by "\n" as one text, like pasted web
//     text; boundary = the end offset of a gold sentence (the text's final end excluded, it is
//     free); precision, recall and F1 of predicted boundaries.
//  4. Golden-rule style cases in 17 other languages, written for the project
//     (tests/data/sbd_languages.json), the language given: exact sentence lists per language.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { ROOT } from '../../tests/paths.js';
import { DATA, pct, runJsonl } from './cli.mjs';

const verbose = process.argv.includes('--verbose');
const fold = (s) => s.replace(/\s+/g, ' ').trim();
const segment = (texts) => runJsonl(['segment', '--jsonl'], texts.map((text, id) => ({ id, text })));

// 1. Golden rules
const golden = JSON.parse(readFileSync(join(DATA, 'sbd/pysbd_english_golden_rules.json'), 'utf8'));
let goldenPass = 0;
segment(golden.map((g) => g.input)).forEach((r, i) => {
  const ok = JSON.stringify(r.sentences.map(fold)) === JSON.stringify(golden[i].expected.map(fold));
  goldenPass += ok;
  if (!ok && verbose) console.log(`golden ${golden[i].id} FAIL`, r.sentences, '!=', golden[i].expected);
});

// 2. npm sbd cases
const sbd = JSON.parse(readFileSync(join(DATA, 'sbd/npm_sbd_test_cases.json'), 'utf8')).cases;
let sbdPass = 0;
segment(sbd.map((c) => c.input)).forEach((r, i) => {
  const c = sbd[i];
  let ok = c.expected_count === undefined || r.sentences.length === c.expected_count;
  for (const [k, v] of Object.entries(c.expected_sentence_at ?? {})) {
    ok = ok && fold(r.sentences[Number(k)] ?? '') === fold(v);
  }
  sbdPass += ok;
  if (!ok && verbose) console.log(`sbd "${c.case}" FAIL`, JSON.stringify(c.input), r.sentences);
});

// 3. UD English-EWT
const docs = readFileSync(join(DATA, 'sbd/ud_english_ewt_test.jsonl'), 'utf8').trim().split('\n')
  .map((l) => JSON.parse(l));
const texts = [];
const gold = [];
for (const d of docs) {
  let text = '';
  const ends = new Set();
  for (const p of d.paragraphs) {
    if (text) text += '\n';
    const base = Buffer.byteLength(text);
    for (const [, end] of p.sentence_char_spans) {
      ends.add(base + Buffer.byteLength(p.text.slice(0, end).trimEnd()));
    }
    text += p.text;
  }
  ends.delete(Buffer.byteLength(text.trimEnd()));
  texts.push(text);
  gold.push(ends);
}
let tp = 0;
let fp = 0;
let fn = 0;
segment(texts).forEach((r, i) => {
  const predicted = new Set(r.spans.map(([, end]) => end));
  predicted.delete(Buffer.byteLength(texts[i].trimEnd()));
  for (const e of predicted) (gold[i].has(e) ? tp++ : fp++);
  for (const e of gold[i]) if (!predicted.has(e)) fn++;
  if (verbose && (r.spans.some(([, e]) => e !== Buffer.byteLength(texts[i].trimEnd()) && !gold[i].has(e)))) {
    const buf = Buffer.from(texts[i]);
    for (const [, e] of r.spans) {
      if (!gold[i].has(e) && e !== buf.length) console.log('UD FP:', JSON.stringify(buf.subarray(Math.max(0, e - 50), e + 30).toString()));
    }
  }
});
const precision = tp / (tp + fp);
const recall = tp / (tp + fn);
const f1 = (2 * precision * recall) / (precision + recall);

// 4. Our cases in other languages
const own = JSON.parse(readFileSync(join(ROOT, 'tests/data/sbd_languages.json'), 'utf8'));
const ownCases = Object.entries(own).filter(([code]) => !code.startsWith('_'))
  .flatMap(([language, cases]) => cases.map((c) => ({ language, ...c })));
const perLanguage = new Map();
runJsonl(['segment', '--jsonl'], ownCases.map((c, id) => ({ id, text: c.input, language: c.language })))
  .forEach((r, i) => {
    const c = ownCases[i];
    const ok = JSON.stringify((r.sentences ?? []).map(fold)) === JSON.stringify(c.expected.map(fold));
    const s = perLanguage.get(c.language) ?? { pass: 0, n: 0 };
    s.pass += ok;
    s.n++;
    perLanguage.set(c.language, s);
    if (!ok && verbose) console.log(`${c.language} "${c.rule}" FAIL`, r.sentences, '!=', c.expected);
  });

console.log(`English Golden Rules      ${goldenPass}/${golden.length} exact`);
console.log(`npm sbd test cases        ${sbdPass}/${sbd.length}`);
console.log(`UD English-EWT test       boundary P ${pct(precision)}  R ${pct(recall)}  F1 ${pct(f1)}  ` +
            `(${tp + fn} boundaries in ${docs.length} documents)`);
// The same cases with the language left to the detector (short texts: it may guess wrong).
const detectedPass = runJsonl(['segment', '--jsonl'], ownCases.map((c, id) => ({ id, text: c.input })))
  .filter((r, i) => JSON.stringify(r.sentences.map(fold)) === JSON.stringify(ownCases[i].expected.map(fold)))
  .length;
const ownPass = [...perLanguage.values()].reduce((a, s) => a + s.pass, 0);
console.log(`Own cases, 17 languages   ${ownPass}/${ownCases.length} exact (language given): ` +
            [...perLanguage].map(([code, s]) => `${code} ${s.pass}/${s.n}`).join(', '));
console.log(`                          ${detectedPass}/${ownCases.length} with the language detected`);
