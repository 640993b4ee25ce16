// What kind of sentences end up in summaries of real article texts: the share of 3-sentence
// summary sentences that are not sentences a reader wants there — under 6 words, or without a
// sentence end (headings, captions, list fragments, bylines, table rows) — with examples.
//
//   node scripts/evaluation/summary-sentences.mjs [--texts DIR...] [--sentences 3] [--show N]
//
// DIR holds plain-text articles (*.txt, as pasted: paragraphs separated by blank lines); the
// default is the gold article texts of the extraction sets (../data/extraction/*/gold), which are
// real pages' articles as people copied them, headlines, bylines and captions included.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

import { ROOT } from '../../tests/paths.js';
import { runJsonl } from './cli.mjs';

const { values: args } = parseArgs({
  options: {
    texts: { type: 'string', multiple: true },
    sentences: { type: 'string', default: '3' },
    show: { type: 'string', default: '20' },
    limit: { type: 'string', default: '0' },
  },
});

const base = process.env.PRECIS_EXTRACTION_DATA ?? join(ROOT, '..', 'data', 'extraction');
const dirs = args.texts ?? (existsSync(base)
  ? readdirSync(base).filter((s) => s !== 'cleaneval' && existsSync(join(base, s, 'gold')))
    .map((s) => join(base, s, 'gold'))
  : []);
if (dirs.length === 0) {
  console.error('no article texts: pass --texts DIR (see docs/MEASUREMENTS.md)');
  process.exit(2);
}
const items = [];
for (const dir of dirs) {
  let files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  if (Number(args.limit) > 0) files = files.slice(0, Number(args.limit));
  for (const f of files) {
    const text = readFileSync(join(dir, f), 'utf8');
    if (text.split(/\s+/).length < 80) continue;  // a few lines are not an article
    items.push({ id: `${dir.split('/').at(-2)}/${f}`, text, options: { sentences: Number(args.sentences) } });
  }
}

// White-space separated words with a letter or digit; unspaced scripts (Chinese, Japanese) count
// one word per two characters.
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const words = (s) => s.replace(CJK, ' ').split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length +
  Math.floor((s.match(CJK) ?? []).length / 2);
// A sentence end before any closing quotes and brackets.
const endsSentence = (s) => /[.!?…。！？।؟۔։။።]$/u.test(s.trim().replace(/["'”’»)\]*\s]+$/u, ''));

let total = 0;
const flagged = { short: [], unpunctuated: [], role: [] };
for (const r of runJsonl(['batch'], items)) {
  if (r.error) continue;
  for (const i of r.summary) {
    const s = r.sentences[i];
    ++total;
    if (!['body', 'quote'].includes(s.role)) flagged.role.push([r.id, s.text]);
    if (words(s.text) < 6) flagged.short.push([r.id, s.text]);
    else if (!endsSentence(s.text)) flagged.unpunctuated.push([r.id, s.text]);
  }
}
console.log(`${items.length} article texts, ${total} summary sentences at ${args.sentences} sentences`);
for (const [kind, list] of Object.entries(flagged)) {
  console.log(`${kind.padEnd(13)} ${list.length}  (${(100 * list.length / total).toFixed(2)}%)`);
  for (const [id, text] of list.slice(0, Number(args.show))) {
    console.log(`    ${id}: ${JSON.stringify(text.length > 160 ? `${text.slice(0, 80)} … ${text.slice(-70)}` : text)}`);
  }
}
const bad = flagged.short.length + flagged.unpunctuated.length + flagged.role.length;
console.log(`not a sentence a reader wants: ${bad} of ${total} (${(100 * bad / total).toFixed(2)}%)`);
