// Writes the benchmark inputs into DIR: N.txt for N = 1e3 ... 1e7 bytes and words100k.txt (the
// first 100,000 words) from a corpus of real article text, plus articles.jsonl (every article).
//   node bench-inputs.mjs DIR BBC_JSONL FIXTURE_DIR
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [dir, data, fixtures] = process.argv.slice(2);
let articles;
if (existsSync(data)) {
  articles = readFileSync(data, 'utf8').trim().split('\n').map((l) => JSON.parse(l))
    .map((d) => ({ title: d.title, body: d.body }));
} else {
  articles = readdirSync(fixtures).filter((f) => f.endsWith('.txt'))
    .map((f) => ({ title: '', body: readFileSync(join(fixtures, f), 'utf8') }));
}
writeFileSync(join(dir, 'articles.jsonl'), articles.map((a) => JSON.stringify(a)).join('\n') + '\n');
const corpus = Buffer.from(articles.map((a) => `${a.title}\n\n${a.body}`).join('\n\n'));
for (const size of [1e3, 1e4, 1e5, 1e6, 1e7]) {
  const parts = [];
  for (let n = 0; n < size; n += corpus.length) parts.push(corpus);
  let out = Buffer.concat(parts).subarray(0, size);
  while (out.length && (out[out.length - 1] & 0xc0) === 0x80) out = out.subarray(0, out.length - 1);
  writeFileSync(join(dir, `${size}.txt`), out);
}
const words = [];
let doc = '';
for (const a of articles) {
  doc += `${a.body}\n\n`;
  words.push(...a.body.split(/\s+/));
  if (words.length >= 100000) break;
}
writeFileSync(join(dir, 'words100k.txt'), doc);
