// Extraction quality of the extension on the cluttered test pages (tests/e2e/article-pages.js):
// precision/recall/F1 of word 4-gram shingles of the extracted text against the article body,
// for (1) the page's visible main text (<main> innerText: the fallback), (2) Mozilla Readability
// as the extension runs it (dist/extension/extract.js), (3) Readability followed by the core's
// boilerplate marks (sentences marked boilerplate dropped). Micro-averaged over the pages.
//   node scripts/evaluation/extraction.mjs   (after scripts/package-extension)
import { readFileSync, mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { serve } from '../serve.mjs';
import { writePages } from '../../tests/e2e/article-pages.js';
import { launch } from '../../tests/e2e/browser.js';
import { ROOT, WASM_BUILD } from '../../tests/paths.js';
import { createPrecis } from '../../wasm/precis.js';

// Shingles never span two paragraphs: units are paragraphs (blank-line separated).
const shingles = (units) => {
  const out = new Map();
  for (const unit of units) {
    const words = unit.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    for (let i = 0; i + 4 <= words.length; ++i) {
      const k = words.slice(i, i + 4).join(' ');
      out.set(k, (out.get(k) ?? 0) + 1);
    }
  }
  return out;
};
const paragraphsOf = (text) => text.split(/\n\s*\n/);
const overlap = (a, b) => [...a].reduce((n, [k, c]) => n + Math.min(c, b.get(k) ?? 0), 0);
const size = (m) => [...m.values()].reduce((a, b) => a + b, 0);

const dir = mkdtempSync(join(tmpdir(), 'precis-extract-'));
const articles = writePages(dir);
const server = await serve(dir, 0);
const base = `http://127.0.0.1:${server.address().port}/`;
const browser = await launch();
const precis = await createPrecis({ factory: createRequire(import.meta.url)(join(WASM_BUILD, 'wasm', 'precis_node.cjs')) });
const extractSource = readFileSync(join(ROOT, 'dist', 'extension', 'extract.js'), 'utf8');

const totals = { main: [0, 0, 0], readability: [0, 0, 0], 'readability + boilerplate': [0, 0, 0] };
try {
  for (const a of articles) {
    const page = await browser.newPage();
    await page.goto(`${base}${a.slug}.html`);
    await page.addScriptTag({ content: extractSource });
    const { main, extracted } = await page.evaluate(() => ({
      main: document.querySelector('main').innerText,
      extracted: globalThis.__precisExtract(),
    }));
    const result = precis.summarize(extracted.text, { title: extracted.title });
    const kept = result.paragraphs.map((p) => result.sentences
      .filter((s) => !s.boilerplate && s.start >= p.start && s.end <= p.end).map((s) => s.text).join(' '));
    const gold = shingles(a.paragraphs);
    for (const [name, units] of [['main', main.split(/\n+/)], ['readability', paragraphsOf(extracted.text)],
                                 ['readability + boilerplate', kept]]) {
      const got = shingles(units);
      const t = totals[name];
      t[0] += overlap(got, gold);
      t[1] += size(got);
      t[2] += size(gold);
    }
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`${articles.length} pages, word 4-gram shingles against the article body`);
for (const [name, [hit, got, gold]] of Object.entries(totals)) {
  const p = got ? hit / got : 0;
  const r = gold ? hit / gold : 0;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  console.log(`${name.padEnd(26)} precision ${(100 * p).toFixed(1)}  recall ${(100 * r).toFixed(1)}  F1 ${(100 * f).toFixed(1)}`);
}
