// The core's HTML parser against the browser's: for every page of the extraction sets, the text
// blocks `precis render` gives and the blocks Chromium's own parser (DOMParser) gives under the
// same layout rules (the same block elements, <br>, hidden elements), compared in order.
//
//   node scripts/evaluation/html-tree.mjs [--data DIR] [--sets a,b] [--limit N] [--show N]
//
// Reports per set: pages whose blocks are identical, and block precision/recall (multiset).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

import { launch } from '../../tests/e2e/browser.js';
import { ROOT } from '../../tests/paths.js';
import { CLI } from './cli.mjs';

const { values: args } = parseArgs({
  options: {
    data: { type: 'string', default: process.env.PRECIS_EXTRACTION_DATA ?? join(ROOT, '..', 'data', 'extraction') },
    sets: { type: 'string' },
    limit: { type: 'string' },
    show: { type: 'string', default: '0' },
  },
});

// The browser side of core/src/text/html.cc's layout rules.
function browserBlocks(html) {
  const BLOCK = new Set(['ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CENTER', 'DD', 'DETAILS',
    'DIALOG', 'DIR', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2',
    'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HR', 'HTML', 'LEGEND', 'LI', 'LISTING', 'MAIN', 'MENU',
    'NAV', 'OL', 'P', 'PLAINTEXT', 'PRE', 'SEARCH', 'SECTION', 'SUMMARY', 'UL', 'XMP', 'TABLE', 'CAPTION',
    'THEAD', 'TBODY', 'TFOOT', 'TR', 'TD', 'TH', 'OPTGROUP', 'OPTION', 'FRAMESET']);
  const HIDDEN = new Set(['HEAD', 'TITLE', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT',
    'EMBED', 'SVG', 'CANVAS', 'VIDEO', 'AUDIO', 'SELECT', 'TEXTAREA', 'INPUT', 'MAP', 'FRAME',
    'NOEMBED', 'NOFRAMES', 'META', 'LINK', 'BASE', 'PARAM', 'SOURCE', 'TRACK', 'APPLET', 'KEYGEN']);
  const SCREEN_READER_ONLY = new Set(['sr-only', 'visually-hidden', 'visuallyhidden', 'screen-reader-text',
    'screenreader-only', 'hidden', 'hide', 'is-hidden', 'd-none', 'invisible', 'offscreen', 'u-hidden',
    'a11y-hidden', 'element-invisible', 'accessibility']);
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const blocks = [];
  let current = null;
  let breaks = 0;  // "<br><br>" ends a paragraph in the core's layout, as in old-style pages
  const end = () => { if (current !== null && current.trim()) blocks.push(current); current = null; breaks = 0; };
  const hidden = (el) => {
    const name = el.nodeName.toUpperCase();
    // A <noscript> in the body shows when it holds prose, 400 bytes of text in <p> elements, and
    // nothing else beside it shows text (the core's rule, text/html.cc; DOMParser reads it as
    // markup, as the core does in the body).
    if (name === 'NOSCRIPT' && el.closest('body')) {
      let prose = 0;
      const walker = doc.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let t = walker.nextNode(); t; t = walker.nextNode()) {
        if (t.parentElement?.closest('p') && el.contains(t.parentElement.closest('p'))) {
          prose += new TextEncoder().encode(t.data).length;
        }
      }
      if (prose < 400) return true;
      // … and its parent shows no text of its own beside it (else it is the fallback copy).
      return [...el.parentNode.childNodes].some((s) => s !== el && (s.nodeType === 3
        ? s.data.trim() !== ''
        : s.nodeType === 1 && !['NOSCRIPT', 'SCRIPT', 'STYLE', 'TEMPLATE'].includes(s.nodeName.toUpperCase()) &&
          s.textContent.trim() !== ''));
    }
    if (HIDDEN.has(name)) return true;
    if (name === 'DIALOG' && !el.hasAttribute('open')) return true;
    if (el.hasAttribute('hidden')) return true;
    const style = (el.getAttribute('style') ?? '').replace(/\s+/g, '').toLowerCase();
    if (style.includes('display:none') || style.includes('visibility:hidden')) return true;
    // Inline words a style sheet hides (ScreenReaderOnlyClass and icon classes, text/html.cc).
    if (BLOCK.has(name)) return false;
    const tokens = (el.getAttribute('class') ?? '').toLowerCase().split(/\s+/).filter(Boolean);
    if (!tokens.some((t) => t.includes(':')) && tokens.some((t) => SCREEN_READER_ONLY.has(t))) return true;
    return (name === 'SPAN' || name === 'I') && tokens.some((t) => /(^|[-_])icons?$/.test(t));
  };
  // An inline element whose class says it is a caption is laid out as a block (text/html.cc).
  const startsBlock = (el, name) => BLOCK.has(name) ||
    (name !== 'A' && (el.getAttribute('class') ?? '').toLowerCase().includes('caption'));
  const walk = (node) => {
    if (node.nodeType === 3) {
      current = (current ?? '') + node.data;
      if (node.data.trim()) breaks = 0;
      return;
    }
    if (node.nodeType !== 1 || hidden(node)) return;
    const name = node.nodeName.toUpperCase();
    if (name === 'BR') {
      if (current === null || !current.trim()) return;
      if (++breaks >= 2) end(); else current += ' ';
      return;
    }
    const block = startsBlock(node, name);
    if (block) end();
    for (const c of node.childNodes) walk(c);
    if (block) end();
  };
  walk(doc.documentElement);
  end();
  return blocks;
}

const norm = (b) => b.replace(/[\s\u00a0]+/g, ' ').trim();

function compare(core, browser) {
  const count = (list) => list.reduce((m, b) => m.set(b, (m.get(b) ?? 0) + 1), new Map());
  const a = count(core);
  const b = count(browser);
  let hit = 0;
  for (const [k, c] of a) hit += Math.min(c, b.get(k) ?? 0);
  return { hit, core: core.length, browser: browser.length,
           same: core.length === browser.length && core.every((x, i) => x === browser[i]) };
}

const browser = await launch();
const page = await browser.newPage();
const wanted = args.sets?.split(',');
let shown = 0;
console.log(`${'set'.padEnd(18)} pages  identical  block precision / recall`);
try {
  for (const name of readdirSync(args.data).sort()) {
    const manifest = join(args.data, name, 'manifest.json');
    if (!existsSync(manifest) || (wanted && !wanted.includes(name))) continue;
    const ids = JSON.parse(readFileSync(manifest, 'utf8')).ids.slice(0, args.limit ? Number(args.limit) : undefined);
    let same = 0, hit = 0, core = 0, total = 0;
    for (const id of ids) {
      const utf8 = join(args.data, name, 'html_utf8', `${id}.html`);
      const file = existsSync(utf8) ? utf8 : join(args.data, name, 'html', `${id}.html`);
      const out = spawnSync(CLI, ['render', file], { encoding: 'utf8', maxBuffer: 1 << 28 }).stdout ?? '';
      const mine = out.split(/\n\n/).map(norm).filter(Boolean);
      const theirs = (await page.evaluate(browserBlocks, readFileSync(file, 'utf8'))).map(norm).filter(Boolean);
      const c = compare(mine, theirs);
      same += c.same ? 1 : 0;
      hit += c.hit;
      core += c.core;
      total += c.browser;
      if (!c.same && shown < Number(args.show)) {
        ++shown;
        const missing = theirs.filter((b) => !mine.includes(b)).slice(0, 3);
        const extra = mine.filter((b) => !theirs.includes(b)).slice(0, 3);
        console.log(`  ${name}/${id}: browser-only ${JSON.stringify(missing).slice(0, 300)}\n    core-only ${JSON.stringify(extra).slice(0, 300)}`);
      }
    }
    console.log(`${name.padEnd(18)} ${String(ids.length).padStart(5)}  ${String(same).padStart(9)}  ${(hit / core).toFixed(4)} / ${(hit / total).toFixed(4)}`);
  }
} finally {
  await browser.close();
}
