// Blind A/B pairs for a preference study of two algorithms (default `auto` against `lead`) on
// real articles: each pair shows the article and two summaries labelled A and B in an order
// drawn per pair, so the judge cannot tell which is which. The key (which side is which
// algorithm) goes to a separate file that the judges never see. Articles whose two summaries
// are identical are left out (they carry no preference) and counted.
//   node scripts/evaluation/ab-pairs.mjs --out DIR --key FILE [--count 30] [--seed 1]
//        [--sentences 3] [--a auto] [--b lead] [--dirs DIR,DIR] [--articles FILE]
// Writes DIR/pairs.md (for judges: article, Summary A, Summary B, a verdict line to fill in),
// DIR/pairs.jsonl (the same, machine-readable) and FILE (pair id -> {A, B, article}).
// Texts as scripts/evaluation/coherence.mjs loads them (default: the gold article texts of
// ../data/extraction/{dragnet,l3s_gn1,cleanportaleval}).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

import { runJsonl } from './cli.mjs';
import { loadTexts } from './coherence.mjs';

const args = process.argv.slice(2);
const arg = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
};
const out = arg('--out', '');
const keyFile = arg('--key', '');
const count = Number(arg('--count', '30'));
const seed = Number(arg('--seed', '1'));
const sentences = Number(arg('--sentences', '3'));
const algorithmA = arg('--a', 'auto');
const algorithmB = arg('--b', 'lead');
if (!out || !keyFile) {
  console.error('usage: ab-pairs.mjs --out DIR --key FILE [--count 30] [--seed 1] …');
  process.exit(2);
}
if (resolve(dirname(keyFile)) === resolve(out)) {
  console.error('keep the key apart: --key must not be inside --out');
  process.exit(2);
}

// Seeded generator (LCG), so the same seed gives the same sample and sides.
let state = (seed * 2654435761) >>> 0;
const random = () => {
  state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
  return state / 4294967296;
};

// Real articles of 150 to 3,000 words (long enough that a summary matters, short enough to read).
const texts = loadTexts();
const sized = texts.filter((t) => {
  const n = t.text.trim().split(/\s+/).length;
  return n >= 150 && n <= 3000;
});
for (let i = sized.length - 1; i > 0; --i) {  // Fisher-Yates with the seeded generator
  const j = Math.floor(random() * (i + 1));
  [sized[i], sized[j]] = [sized[j], sized[i]];
}

const summaryOf = (r) => r.summary.map((i) => r.sentences[i].text);
const pairs = [];
const key = {};
let identical = 0;
for (let start = 0; start < sized.length && pairs.length < count; start += count) {
  const batch = sized.slice(start, start + count);
  const run = (algorithm) => runJsonl(['batch'], batch.map((t) => ({ id: t.id, text: t.text,
    options: { sentences, algorithm } })));
  const ra = run(algorithmA);
  const rb = run(algorithmB);
  batch.forEach((t, k) => {
    if (pairs.length >= count || ra[k].error || rb[k].error) return;
    const a = summaryOf(ra[k]);
    const b = summaryOf(rb[k]);
    if (a.join(' ') === b.join(' ')) {
      identical++;
      return;
    }
    const id = `pair-${String(pairs.length + 1).padStart(2, '0')}`;
    const aFirst = random() < 0.5;
    pairs.push({ id, article: t.text.trim(), A: aFirst ? a : b, B: aFirst ? b : a });
    key[id] = { A: aFirst ? algorithmA : algorithmB, B: aFirst ? algorithmB : algorithmA, article: t.id };
  });
}

mkdirSync(out, { recursive: true });
mkdirSync(dirname(resolve(keyFile)), { recursive: true });
let md = `# Which summary is better?\n\n${pairs.length} articles. For each, read the article in full, then ` +
  'the two summaries. Say which one you would rather get as the summary of this article (A, B, ' +
  'or "same"), whether the preference is clear or slight, and why in a few words.\n\n';
for (const p of pairs) {
  md += `---\n\n## ${p.id}\n\n### Article\n\n${p.article}\n\n### Summary A\n\n` +
        `${p.A.map((s) => `- ${s}`).join('\n')}\n\n### Summary B\n\n${p.B.map((s) => `- ${s}`).join('\n')}\n\n` +
        '**Verdict** (A / B / same; clear / slight; why):\n\n';
}
writeFileSync(join(out, 'pairs.md'), md);
writeFileSync(join(out, 'pairs.jsonl'), pairs.map((p) => JSON.stringify(p)).join('\n') + '\n');
writeFileSync(keyFile, JSON.stringify(key, null, 1) + '\n');
console.log(`${pairs.length} pairs in ${out} (pairs.md, pairs.jsonl); key in ${keyFile}; ` +
            `${identical} articles left out because both summaries were the same`);
