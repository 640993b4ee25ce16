// Article-extraction dev sets: OUT/extraction/<set>/, OUT/extraction-snippets/trafilatura/ and
// OUT/realtexts.jsonl.
//
// A set is manifest.json ({"ids": [...]}), html/<id>.html (the page's bytes as the source
// stores them), html_utf8/<id>.html (only for pages that are not valid UTF-8: decoded, nothing
// else changed) and gold/<id>.txt (UTF-8, blocks separated by blank lines, final newline).
// Sampled sets take ids in the order of the SHA-1 (hex) of the id, the first N whose gold is
// the page's: that order reproduces the samples the project's docs were measured on.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { count, writeJsonl, writeText } from './io.mjs';
import { decodePage, decodeText, withHtmlText } from './pages.mjs';

const DRAGNET = {
  repo: 'seomoz/dragnet_data', commit: '95559bee8812387d8e2cca2e8090004319ab9602',
};
const MERGED = {
  repo: 'j-szulc/html-cleaning-dataset-merged', commit: '46e01a04b47051838a228bf23631430b2c9de375',
};
const PAGE_SIGNAL = {
  repo: 'geodrome/page-signal', commit: '186d8153b3d111f84865ddc180600a9cbe35ac7f',
};
const PORTALS = {
  repo: 'ppke-nlpg/CleanPortalEval', commit: '517726d64d8ded8846bf27ae2808853b1cd0ffe8',
};
const READABILITY = {
  repo: 'mozilla/readability', commit: 'ab4027a8b37669745016869a37a504727992b2ba',
};
const TRAFILATURA = {
  repo: 'adbar/trafilatura', commit: 'e90b0ef51ab026fdb905fb6c5b3c84dd3d784fd5',
};

const sha1 = (s) => createHash('sha1').update(s).digest('hex');
const bySha1 = (ids) => ids.map((id) => [sha1(id), id])
  .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, id]) => id);
const fileNames = (files, suffix) =>
  files.map((f) => f.path.split('/').at(-1)).filter((n) => n.endsWith(suffix))
    .map((n) => n.slice(0, -suffix.length));

/** Writes one set afresh; returns its report line. */
function writeSet(outDir, name, pages, note) {
  const dir = join(outDir, 'extraction', name);
  rmSync(dir, { recursive: true, force: true });
  let transcoded = 0;
  for (const { id, html, gold, meta } of pages) {
    writeText(join(dir, 'html', `${id}.html`), html);
    if (meta) writeText(join(dir, 'meta', `${id}.json`), meta);
    const decoded = decodePage(html);
    if (decoded.transcoded) {
      writeText(join(dir, 'html_utf8', `${id}.html`), decoded.text);
      transcoded++;
    }
    writeText(join(dir, 'gold', `${id}.txt`), gold.endsWith('\n') ? gold : `${gold}\n`);
  }
  const manifest = { ids: pages.map((p) => p.id) };
  writeText(join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 1)}\n`);
  return `extraction/${name}: ${count(pages.length)} pages (${transcoded} transcoded), ${note}`;
}

// ---------------------------------------------------------------- gold checks

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
const decodeEntities = (s) => s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (m, e) => {
  if (e[0] !== '#') return ENTITIES[e.toLowerCase()] ?? m;
  const cp = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
  return cp > 0 && cp < 0x110000 ? String.fromCodePoint(cp) : m;
});

/** A page's visible text, roughly: enough to tell whether a gold text belongs to it. */
const roughText = (html) => decodeEntities(html
  .replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>|<!--[\s\S]*?-->/gi, ' ')
  .replace(/<[^>]*>/g, ' '));

function wordGrams(text) {
  const words = text.toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? [];
  const grams = new Set();
  for (let i = 0; i + 4 <= words.length; ++i) grams.add(words.slice(i, i + 4).join(' '));
  return grams;
}

/** Why `gold` is not the page's text (under 10% of its word 4-grams in the page), or ''. */
function foreignGold(gold, html) {
  const grams = wordGrams(gold);
  if (!grams.size) return '';
  const page = wordGrams(roughText(decodePage(html).text));
  const share = [...grams].filter((g) => page.has(g)).length / grams.size;
  return share < 0.1 ? `${(100 * share).toFixed(0)}% of the gold's 4-grams in the page` : '';
}

/** The first `n` ids in SHA-1 order for which `page(id)` is a page, not a reason to skip. */
function sample(ids, n, page) {
  const pages = [];
  const skipped = [];
  for (const id of bySha1(ids)) {
    if (pages.length === n) break;
    const p = page(id);
    if (typeof p === 'string') skipped.push(`${id} (${p})`);
    else pages.push(p);
  }
  return { pages, skipped: skipped.join(', ') || 'none' };
}

/**
 * CleanEval's gold format → text: the "URL:" line and the <p>/<h>/<l> markers that open each
 * paragraph, heading and list item go, a paragraph's wrapped lines are joined, character
 * references decoded; paragraphs separated by blank lines.
 */
function cleanevalGold(raw) {
  const body = raw.replace(/^\s*URL:[^\n]*\n/, '').replace(/<!--[\s\S]*?-->/g, '');
  return body.split(/<(?:p|h|l)>|\n\s*\n/i)
    .map((p) => decodeEntities(p.replace(/\s+/g, ' ').trim())).filter(Boolean).join('\n\n');
}

// ---------------------------------------------------------------- the sets

// The line that ends the article in a Dragnet gold file, as its README gives it
// ("!@#$%^&*()  COMMENTS") or typed with a slip (10 files; Dragnet's own pattern misses them).
const COMMENTS = /^[ \t]*(?=(?:[^\n]*?[!@#$%^&*()]){4})[!@#$%^&*() \t]+COMMENTS[ \t\r]*$/m;
const CORRECTED = '.html.corrected.txt';

/**
 * 300 Dragnet pages; gold = the Corrected file before its comments line. The raw pages come
 * from the merged mirror: dragnet_data's HTML tarball is too large for a mirror.
 */
function dragnet(open, outDir) {
  const merged = open(MERGED);
  const tmp = mkdtempSync(join(tmpdir(), 'dragnet-'));
  try {
    execFileSync('tar', ['-xzf', '-', '-C', tmp],
                 { input: open(DRAGNET).show('dragnet_Corrected.tar.gz') });
    const ids = readdirSync(join(tmp, 'Corrected')).filter((f) => f.endsWith(CORRECTED))
      .map((f) => f.slice(0, -CORRECTED.length));
    const { pages, skipped } = sample(ids, 300, (id) => {
      const raw = decodeText(readFileSync(join(tmp, 'Corrected', id + CORRECTED)));
      const gold = raw.split(COMMENTS)[0].trim();
      const html = merged.show(`dragnet_data/input/${id}.html`);
      return foreignGold(gold, html) || { id, html, gold };
    });
    return [writeSet(outDir, 'dragnet', pages, `of ${count(ids.length)}; skipped: ${skipped}`)];
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

const L3S = 'L3S-GN1-20100130203947-00001';

/** 300 of L3S-GN1's pages; gold = the assessors' "full text" (see pages.mjs, blockText). */
async function l3s(open, outDir) {
  const mirror = open(PAGE_SIGNAL);
  const ids = fileNames(mirror.list(`${L3S}/annotated`), '.html');
  const pages = await withHtmlText((htmlText) => Promise.all(bySha1(ids).slice(0, 300)
    .map(async (id) => ({
      id,
      html: mirror.show(`${L3S}/original/${id}.html`),
      gold: await htmlText(decodePage(mirror.show(`${L3S}/annotated/${id}.html`)).text,
                           { fullTextOnly: true }),
    }))));
  const empty = pages.filter((p) => !p.gold.trim()).length;
  return [writeSet(outDir, 'l3s_gn1', pages, `of ${ids.length}; empty gold: ${empty}`)];
}

/** All CleanPortalEval pages with an article (two section fronts have an empty gold). */
function cleanPortalEval(open, outDir) {
  const mirror = open(PORTALS);
  const ids = fileNames(mirror.list('GoldStandard'), '.txt').sort();
  const pages = [];
  const empty = [];
  for (const id of ids) {
    const gold = cleanevalGold(decodeText(mirror.show(`GoldStandard/${id}.txt`)));
    if (gold.trim()) pages.push({ id, html: mirror.show(`input/${id}.html`), gold });
    else empty.push(id);
  }
  const note = `of ${ids.length}; no article: ${empty.join(', ')}`;
  return [writeSet(outDir, 'cleanportaleval', pages, note)];
}

/** 100 pages of CleanEval's final test set whose gold has text and is the page's. */
function cleanEval(open, outDir) {
  const mirror = open(MERGED);
  const inputs = new Set(fileNames(mirror.list('cleaneval-final/input'), '.html'));
  const ids = fileNames(mirror.list('cleaneval-final/GoldStandard'), '.txt')
    .filter((id) => inputs.has(id));
  const { pages, skipped } = sample(ids, 100, (id) => {
    const gold = cleanevalGold(decodeText(mirror.show(`cleaneval-final/GoldStandard/${id}.txt`)));
    if (!gold.trim()) return 'no gold text';
    const html = mirror.show(`cleaneval-final/input/${id}.html`);
    return foreignGold(gold, html) || { id, html, gold };
  });
  return [writeSet(outDir, 'cleaneval', pages, `of ${count(ids.length)}; skipped: ${skipped}`)];
}

// Smaller test pages (under 3,900 bytes: "ol", "rtl-1", "replace-brs" …) are hand-made unit
// fixtures of a few paragraphs, not real sites' pages.
const MIN_PAGE_BYTES = 4000;

/** Readability's real-site test pages; gold = the text of its reviewed expected.html. */
async function readability(open, outDir) {
  const mirror = open(READABILITY);
  const sources = mirror.list('test/test-pages').filter((f) => f.path.endsWith('/source.html'));
  const names = sources.filter((f) => f.size >= MIN_PAGE_BYTES).map((f) => f.path.split('/').at(-2))
    .sort();
  const page = (id, file) => mirror.show(`test/test-pages/${id}/${file}`);
  const pages = await withHtmlText((htmlText) => Promise.all(names.map(async (id) => ({
    id,
    html: page(id, 'source.html'),
    gold: await htmlText(new TextDecoder().decode(page(id, 'expected.html'))),
    // Readability's reviewed fields (title, byline, publishedTime…), for page-fields.mjs.
    meta: new TextDecoder().decode(page(id, 'expected-metadata.json')),
  }))));
  return [writeSet(outDir, 'readability', pages, `of ${sources.length} test pages`)];
}

/**
 * trafilatura's snippet benchmark: evaldata.json {url: {file, with, without}} for every page
 * present (the metadata fields it also keeps are left out) and html/<file> as stored.
 */
function trafilatura(open, outDir) {
  const mirror = open(TRAFILATURA);
  const data = JSON.parse(mirror.text('tests/evaldata.json'));
  // File names compare in NFC: some are stored decomposed.
  const pages = mirror.list('tests').filter((f) => /^tests\/(eval|cache)\/[^/]+$/.test(f.path));
  const paths = new Map(pages.map((f) => [f.path.split('/').at(-1).normalize('NFC'), f.path]));
  const dir = join(outDir, 'extraction-snippets', 'trafilatura');
  rmSync(dir, { recursive: true, force: true });
  const kept = {};
  for (const [url, entry] of Object.entries(data)) {
    const path = paths.get(entry.file.normalize('NFC'));
    if (!path) continue;
    writeText(join(dir, 'html', entry.file), mirror.show(path));
    kept[url] = { file: entry.file, with: entry.with ?? [], without: entry.without ?? [] };
  }
  writeText(join(dir, 'evaldata.json'), `${JSON.stringify(kept, null, 1)}\n`);
  const n = Object.keys(kept).length;
  return [`extraction-snippets/trafilatura: ${n} of ${Object.keys(data).length} pages`];
}

const REAL_TEXT_SETS = ['dragnet', 'l3s_gn1', 'cleanportaleval'];

/**
 * realtexts.jsonl: {"id": "<set>/<id>", "text"} for every gold text of 50 words or more of the
 * three news sets just written, in manifest order.
 */
function realTexts(_open, outDir) {
  const rows = REAL_TEXT_SETS.flatMap((set) => {
    const dir = join(outDir, 'extraction', set);
    const { ids } = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    return ids.map((id) => ({ id: `${set}/${id}`,
                              text: readFileSync(join(dir, 'gold', `${id}.txt`), 'utf8').trim() }))
      .filter((r) => r.text.split(/\s+/).filter(Boolean).length >= 50);
  });
  writeJsonl(join(outDir, 'realtexts.jsonl'), rows);
  return [`realtexts.jsonl: ${rows.length} texts`];
}

export const SETS = [
  { name: 'extraction/dragnet', sources: [DRAGNET, MERGED], build: dragnet },
  { name: 'extraction/l3s_gn1', sources: [PAGE_SIGNAL], build: l3s },
  { name: 'extraction/cleanportaleval', sources: [PORTALS], build: cleanPortalEval },
  { name: 'extraction/cleaneval', sources: [MERGED], build: cleanEval },
  { name: 'extraction/readability', sources: [READABILITY], build: readability },
  { name: 'extraction-snippets/trafilatura', sources: [TRAFILATURA], build: trafilatura },
  // Built from the three sets above, so it needs their mirrors (and comes after them).
  { name: 'realtexts', sources: [DRAGNET, MERGED, PAGE_SIGNAL, PORTALS], build: realTexts },
];
