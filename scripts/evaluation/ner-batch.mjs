// Names from raw text through the whole pipeline, as an outside measurement sees them: every
// document of an IOB file becomes a plain text (its tokens joined by spaces), goes through
// `precis batch`, and each PERSON/ORG/LOCATION/MISC entity is mapped back to the tokens it covers.
// Scored like scripts/evaluation/ner.mjs (ner-scoring.mjs): exact token spans, per type and micro
// over the four.
// Unlike `scripts/eval ner` (the tagger on the file's own tokens and sentences), this also counts
// what segmentation, sentence roles, boilerplate marks and the numeric rules do to names.
//   scripts/eval ner-batch [FILE.iob] [--layout lines|paragraphs|running]
//     lines: one sentence per line (default); paragraphs: a blank line between sentences;
//     running: a document's sentences joined by spaces into one paragraph.
import { join } from 'node:path';

import { DATA, runJsonl } from './cli.mjs';
import { chunks, printScores, readIobDocuments } from './ner-scoring.mjs';

const args = process.argv.slice(2);
const layoutAt = args.indexOf('--layout');
const layout = layoutAt >= 0 ? args[layoutAt + 1] : 'lines';
const file = args.find((a, i) => !a.startsWith('--') && (layoutAt < 0 || i !== layoutAt + 1)) ??
  join(DATA, 'ner', 'conll2003_dev.iob2.txt');
const separator = { lines: '\n', paragraphs: '\n\n', running: ' ' }[layout];
if (!separator) {
  console.error('ner-batch: --layout takes lines, paragraphs or running');
  process.exit(2);
}
const TYPES = { PERSON: 'PER', ORG: 'ORG', LOCATION: 'LOC', MISC: 'MISC' };

const docs = readIobDocuments(file);

const gold = new Set();
const predicted = new Set();
const items = [];
const layouts = []; // per document: UTF-8 byte start and end of each token, global token base
let base = 0;
for (const doc of docs) {
  const starts = [];
  const ends = [];
  let text = '';
  let bytes = 0;
  let index = base;
  doc.forEach((s, si) => {
    if (si) {
      text += separator;
      bytes += separator.length;
    }
    s.forEach(([word], i) => {
      if (i) {
        text += ' ';
        bytes += 1;
      }
      starts.push(bytes);
      text += word;
      bytes += Buffer.byteLength(word);
      ends.push(bytes);
    });
    for (const c of chunks(s.map(([, tag]) => tag), index)) gold.add(c);
    index += s.length;
  });
  items.push({ id: items.length, text });
  layouts.push({ starts, ends, base });
  base = index;
}

const started = process.hrtime.bigint();
const results = runJsonl(['batch'], items);
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
let failed = 0;
for (const r of results) {
  if (r.error) {
    failed++;
    continue;
  }
  const { starts, ends, base: first } = layouts[r.id];
  for (const e of r.entities) {
    const type = TYPES[e.type];
    if (!type) continue;
    let a = -1;
    let b = -1;
    starts.forEach((s, k) => {
      if (s >= e.start && ends[k] <= e.end) {
        if (a < 0) a = k;
        b = k;
      }
    });
    if (a >= 0) predicted.add(`${first + a}:${first + b + 1}:${type}`);
  }
}

console.log(`${file} (layout ${layout}): ${docs.length} documents through precis batch in ${seconds.toFixed(1)} s` +
  (failed ? `, ${failed} refused` : ''));
printScores(gold, predicted);
