// Article extraction on public benchmark pages: the core's reader (`precis extract`), the
// extension's page-side extraction (dist/extension/extract.js: globalThis.__precisExtract(), in
// Chromium), Mozilla Readability alone (the same extract.js built without the core's reader, so
// it takes its Readability path) and Defuddle (npm, its content laid out by the same
// web/extension/layout.js), scored
// the way the public article-extraction benchmarks score: word 4-gram shingles of \w+ tokens,
// precision and recall per page, averaged over the pages, F1 of the two means.
//
//   node scripts/evaluation/article-extraction.mjs [--data DIR] [--snippets DIR] [--sets a,b]
//                            [--systems core,readability] [--limit N] [--worst N] [--dump DIR]
//
// DIR (default ../data/extraction beside the repository, or $PRECIS_EXTRACTION_DATA) holds one
// folder per set with manifest.json, html/<id>.html (html_utf8/<id>.html when transcoded) and
// gold/<id>.txt. The snippet sets (default ../data/extraction-snippets) hold evaldata.json in
// trafilatura's format ({url: {file, with: [...], without: [...]}}) and html/: a page scores
// precision and recall over the snippets its text must and must not contain (summed over pages).
// docs/MEASUREMENTS.md says which public sets were used and how to bring them.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

import { build } from 'esbuild';

import { launch } from '../../tests/e2e/browser.js';
import { ROOT } from '../../tests/paths.js';
import { CLI } from './cli.mjs';

const { values: args } = parseArgs({
  options: {
    data: { type: 'string', default: process.env.PRECIS_EXTRACTION_DATA ?? join(ROOT, '..', 'data', 'extraction') },
    snippets: { type: 'string', default: join(ROOT, '..', 'data', 'extraction-snippets') },
    sets: { type: 'string' },
    systems: { type: 'string', default: 'core,extension,readability,defuddle' },
    limit: { type: 'string' },
    worst: { type: 'string', default: '0' },
    dump: { type: 'string' },
  },
});

export const words = (text) => text.toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? [];

export function shingles(text, n = 4) {
  const w = words(text);
  const out = new Map();
  if (w.length > 0 && w.length < n) out.set(w.join(' '), 1);
  for (let i = 0; i + n <= w.length; ++i) {
    const k = w.slice(i, i + n).join(' ');
    out.set(k, (out.get(k) ?? 0) + 1);
  }
  return out;
}

/** Precision and recall of `got` against `gold` over shingle multisets. */
export function score(got, gold) {
  const g = shingles(gold);
  const p = shingles(got);
  let hit = 0;
  for (const [k, c] of p) hit += Math.min(c, g.get(k) ?? 0);
  const size = (m) => [...m.values()].reduce((a, b) => a + b, 0);
  const np = size(p);
  const ng = size(g);
  if (np === 0 && ng === 0) return { p: 1, r: 1 };
  return { p: np ? hit / np : 0, r: ng ? hit / ng : 0 };
}

const f1 = (p, r) => (p + r ? (2 * p * r) / (p + r) : 0);

function loadSets() {
  const wanted = args.sets?.split(',');
  const sets = [];
  for (const name of existsSync(args.snippets) ? readdirSync(args.snippets).sort() : []) {
    const data = join(args.snippets, name, 'evaldata.json');
    if (!existsSync(data) || (wanted && !wanted.includes(name))) continue;
    const entries = Object.values(JSON.parse(readFileSync(data, 'utf8')))
      .slice(0, args.limit ? Number(args.limit) : undefined);
    sets.push({ name, snippets: true, pages: entries.map((e) => ({
      id: e.file, file: join(args.snippets, name, 'html', e.file), with: e.with ?? [], without: e.without ?? [],
    })) });
  }
  for (const name of existsSync(args.data) ? readdirSync(args.data).sort() : []) {
    const manifest = join(args.data, name, 'manifest.json');
    if (!existsSync(manifest) || (wanted && !wanted.includes(name))) continue;
    const ids = JSON.parse(readFileSync(manifest, 'utf8')).ids.slice(0, args.limit ? Number(args.limit) : undefined);
    const pages = ids.map((id) => {
      const utf8 = join(args.data, name, 'html_utf8', `${id}.html`);
      return {
        id,
        file: existsSync(utf8) ? utf8 : join(args.data, name, 'html', `${id}.html`),
        gold: readFileSync(join(args.data, name, 'gold', `${id}.txt`), 'utf8'),
      };
    });
    sets.push({ name, pages });
  }
  return sets;
}

async function coreTexts(pages) {
  return pages.map((p) => {
    const r = spawnSync(CLI, ['extract', p.file, '--format', 'text'], { encoding: 'utf8', maxBuffer: 1 << 28 });
    return r.status === 0 ? r.stdout : '';
  });
}

// extract.js as the extension ships it, or built with a reader that cannot start (Readability).
async function extractSource(system) {
  if (system === 'extension') return readFileSync(join(ROOT, 'dist', 'extension', 'extract.js'), 'utf8');
  const dir = mkdtempSync(join(tmpdir(), 'precis-readability-'));
  if (system === 'defuddle') {
    const entry = join(dir, 'defuddle-entry.js');
    writeFileSync(entry, `import Defuddle from 'defuddle';
import { layoutText } from ${JSON.stringify(join(ROOT, 'web', 'extension', 'layout.js'))};
globalThis.__precisExtract = () => {
  const r = new Defuddle(document).parse();
  return { text: layoutText(new DOMParser().parseFromString(r.content ?? '', 'text/html').body) };
};
`);
    const out = await build({ entryPoints: [entry], bundle: true, format: 'iife', write: false, logLevel: 'error',
                              nodePaths: [join(ROOT, 'node_modules')] });
    return out.outputFiles[0].text;
  }
  const stub = join(dir, 'no-reader.js');
  writeFileSync(stub, 'export default function noReader() { throw new Error("no reader"); }\n');
  const out = await build({ entryPoints: [join(ROOT, 'web', 'extension', 'extract.js')], bundle: true,
                            format: 'iife', write: false, logLevel: 'error', alias: { 'precis-reader': stub } });
  return out.outputFiles[0].text;
}

async function browserTexts(browser, pages, system) {
  const source = await extractSource(system);
  const context = await browser.newContext({ javaScriptEnabled: false });
  await context.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()));
  const texts = [];
  for (const p of pages) {
    const page = await context.newPage();
    try {
      await page.setContent(readFileSync(p.file, 'utf8'), { waitUntil: 'domcontentloaded', timeout: 20000 });
      await page.evaluate(source);
      texts.push(await page.evaluate(() => globalThis.__precisExtract().text));
    } catch (e) {
      console.error(`readability: ${p.file}: ${e.message.split('\n')[0]}`);
      texts.push('');
    }
    await page.close();
  }
  await context.close();
  return texts;
}

const squash = (t) => t.replace(/\s+/g, ' ');
/** Snippet counts of one page: wanted found (tp) or not (fn), unwanted found (fp) or not. */
function snippetCounts(text, page) {
  const t = squash(text);
  const tp = page.with.filter((w) => t.includes(squash(w).trim())).length;
  const fp = page.without.filter((w) => t.includes(squash(w).trim())).length;
  return { tp, fn: page.with.length - tp, fp };
}

const sets = loadSets();
if (sets.length === 0) {
  console.error(`no extraction sets in ${args.data} or ${args.snippets} (see docs/MEASUREMENTS.md)`);
  process.exit(2);
}
const systems = args.systems.split(',');
const browser = systems.some((s) => s !== 'core') ? await launch() : null;
const rows = [];
try {
  for (const set of sets) {
    const row = { set: set.name, pages: set.pages.length };
    for (const system of systems) {
      const texts = system === 'core' ? await coreTexts(set.pages) : await browserTexts(browser, set.pages, system);
      if (args.dump) {
        const dir = join(args.dump, system, set.name);
        mkdirSync(dir, { recursive: true });
        texts.forEach((t, i) => writeFileSync(join(dir, `${set.pages[i].id}.txt`), t));
      }
      if (set.snippets) {
        const c = texts.map((t, i) => snippetCounts(t, set.pages[i]));
        const sum = (k) => c.reduce((a, x) => a + x[k], 0);
        const p = sum('tp') / (sum('tp') + sum('fp'));
        const r = sum('tp') / (sum('tp') + sum('fn'));
        row[system] = { p, r, f: f1(p, r), empty: texts.filter((t) => !t.trim()).length };
        if (Number(args.worst) > 0) {
          // The pages with the most snippets wrong, and which: "-" wanted but missing, "+" unwanted.
          const worst = c.map((x, i) => ({ i, wrong: x.fn + x.fp })).filter((x) => x.wrong > 0)
            .sort((a, b) => b.wrong - a.wrong).slice(0, Number(args.worst));
          for (const { i } of worst) {
            const page = set.pages[i];
            const t = squash(texts[i]);
            console.log(`  ${system} ${set.name}/${page.id}: ${c[i].fn} missing, ${c[i].fp} unwanted`);
            for (const w of page.with) if (!t.includes(squash(w).trim())) console.log(`    - ${w.slice(0, 100)}`);
            for (const w of page.without) if (t.includes(squash(w).trim())) console.log(`    + ${w.slice(0, 100)}`);
          }
        }
        continue;
      }
      const scores = texts.map((t, i) => score(t, set.pages[i].gold));
      const p = scores.reduce((a, s) => a + s.p, 0) / scores.length;
      const r = scores.reduce((a, s) => a + s.r, 0) / scores.length;
      row[system] = { p, r, f: f1(p, r), empty: texts.filter((t) => !t.trim()).length };
      if (Number(args.worst) > 0) {
        const worst = scores.map((s, i) => ({ id: set.pages[i].id, f: f1(s.p, s.r), ...s }))
          .sort((a, b) => a.f - b.f).slice(0, Number(args.worst));
        for (const w of worst) {
          console.log(`  ${system} ${set.name}/${w.id}: F1 ${w.f.toFixed(3)} P ${w.p.toFixed(3)} R ${w.r.toFixed(3)}`);
        }
      }
    }
    rows.push(row);
  }
} finally {
  await browser?.close();
}

const pct = (x) => x.toFixed(3);
console.log('word 4-gram shingles; P and R averaged over pages; F1 of the means (snippet sets: over snippets)');
console.log(`${'set'.padEnd(18)} ${'pages'.padStart(5)}  ${systems.map((s) => `${s}: F1 (P / R) empty`.padEnd(36)).join(' ')}`);
for (const row of rows) {
  console.log(`${row.set.padEnd(18)} ${String(row.pages).padStart(5)}  ${systems.map((s) =>
    `${pct(row[s].f)} (${pct(row[s].p)} / ${pct(row[s].r)}) ${row[s].empty}`.padEnd(36)).join(' ')}`);
}
const shingleRows = rows.filter((r) => !sets.find((s) => s.name === r.set).snippets);
const mean = (s) => shingleRows.reduce((a, r) => a + r[s].f, 0) / shingleRows.length;
if (shingleRows.length) {
  console.log(`${'mean over shingle sets'.padEnd(24)}  ${systems.map((s) => pct(mean(s)).padEnd(36)).join(' ')}`);
}
