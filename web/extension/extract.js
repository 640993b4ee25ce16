// Injected into the page only when the user asks (activeTab + scripting): reads the article with
// the core's article reader (the same C++ reader as `precis extract` and the web page, its wasm
// inlined and compiled synchronously: ~5 ms) on a serialization of the live page, or with Mozilla
// Readability on a clone of the document when the reader cannot run (a page whose
// Content-Security-Policy forbids WebAssembly) or finds no article; the selection wins if the
// user selected text; pages neither reads fall back to the visible main text. The live page is
// never modified. Returns plain data to the side panel, with the language the page declares
// (lang of the selection's element, else <html lang>); bundled with Readability and the reader
// at packaging time (scripts/package-extension).
import { Readability } from '@mozilla/readability';
import createPrecisReader from 'precis-reader';

const MIN_SELECTION = 80; // shorter selections are probably accidental
const MIN_ARTICLE = 200;  // characters: less is not an article

// Roles whose text is the article's (docs/ARCHITECTURE.md, "Sentence roles"); bylines, datelines
// and boilerplate are not.
const ARTICLE_ROLES = new Set(['body', 'heading', 'list-item', 'quote', 'caption']);

// Elements that start a block of text, and elements whose text a reader never sees: the same
// layout rules as the core's (core/src/text/html.cc), so text outside <p> is kept and a <br> is
// a line break, never glue ("CA<br>Sept." stays two lines).
const BLOCK = new Set(['ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CENTER', 'DD', 'DETAILS',
  'DIALOG', 'DIR', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2',
  'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HR', 'HTML', 'LEGEND', 'LI', 'LISTING', 'MAIN', 'MENU',
  'NAV', 'OL', 'P', 'PLAINTEXT', 'PRE', 'SEARCH', 'SECTION', 'SUMMARY', 'UL', 'XMP', 'TABLE', 'CAPTION',
  'THEAD', 'TBODY', 'TFOOT', 'TR', 'TD', 'TH', 'OPTGROUP', 'OPTION']);
const HIDDEN = new Set(['HEAD', 'TITLE', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT',
  'EMBED', 'SVG', 'MATH', 'CANVAS', 'VIDEO', 'AUDIO', 'SELECT', 'TEXTAREA', 'INPUT', 'MAP', 'BUTTON']);
const PRE = new Set(['PRE', 'LISTING', 'PLAINTEXT', 'XMP']);

/** The text of `root` as blocks separated by blank lines, lines kept inside a block. */
function layoutText(root) {
  const blocks = [];
  let current = '';
  let breaks = 0;
  const end = () => {
    const text = current.replace(/[ \t]*\n[ \t]*/g, '\n').trim();
    if (text) blocks.push(text);
    current = '';
    breaks = 0;
  };
  const walk = (node, pre) => {
    if (node.nodeType === 3) {
      const data = pre ? node.data : node.data.replace(/[ \t\n\r\f]+/g, ' ');
      if (data.trim()) breaks = 0;
      current += data;
      return;
    }
    if (node.nodeType !== 1) return;
    const name = node.nodeName.toUpperCase();
    if (HIDDEN.has(name) || node.hidden) return;
    if (name === 'BR') {
      if (!current.trim()) return;
      if (++breaks >= 2) end(); else current += '\n';
      return;
    }
    const block = BLOCK.has(name);
    if (block) end();
    for (const c of node.childNodes) walk(c, pre || PRE.has(name));
    if (block) end();
  };
  walk(root, false);
  end();
  return blocks.map((b) => b.replace(/ {2,}/g, ' ')).join('\n\n');
}

// The core's reader, ready before this script returns; null where the page forbids WebAssembly.
let reader = null;
try {
  const module = {};
  createPrecisReader(module);
  reader = typeof module.extractJson === 'function' ? module : null;
} catch {
  reader = null;
}

/** The core reader's article of the live page, or null. */
function coreArticle() {
  if (!reader) return null;
  try {
    const doctype = document.doctype ? '<!DOCTYPE html>' : '';
    const a = JSON.parse(reader.extractJson(doctype + document.documentElement.outerHTML));
    if (a.error || !a.foundArticle) return null;
    const blocks = a.blocks.filter((b) => ARTICLE_ROLES.has(b.role)).map((b) => ({ text: b.text, role: b.role }));
    const text = blocks.map((b) => b.text).join('\n\n');
    return text.length >= MIN_ARTICLE ? { ...a, blocks, text } : null;
  } catch {
    return null;
  }
}

function languageOf(node) {
  const element = node?.nodeType === Node.ELEMENT_NODE ? node : node?.parentElement;
  return element?.closest('[lang]')?.getAttribute('lang')?.trim() ?? '';
}

function meta(selector) {
  return document.querySelector(selector)?.getAttribute('content')?.trim() ?? '';
}

globalThis.__precisExtract = () => {
  const published = meta('meta[property="article:published_time"]') ||
    document.querySelector('time[datetime]')?.getAttribute('datetime') || '';
  const lang = languageOf(document.documentElement);
  const selected = globalThis.getSelection?.();
  const selection = String(selected ?? '').trim();
  if (selection.length >= MIN_SELECTION) {
    const container = selected.rangeCount ? selected.getRangeAt(0).commonAncestorContainer : null;
    return { mode: 'selection', title: document.title, byline: '', published, text: selection,
             url: location.href, lang: languageOf(container) || lang };
  }
  const core = coreArticle();
  if (core) {
    return { mode: 'article', reader: 'precis', title: core.title || document.title, byline: core.byline,
             published: core.date || published, text: core.text, blocks: core.blocks, url: location.href,
             lang };
  }
  let article = null;
  try {
    article = new Readability(document.cloneNode(true)).parse();
  } catch {
    article = null;
  }
  if (article && article.textContent && article.textContent.trim().length > MIN_ARTICLE) {
    const doc = new DOMParser().parseFromString(article.content, 'text/html');
    return { mode: 'article', reader: 'readability', title: article.title || document.title,
             byline: article.byline ?? '', published: article.publishedTime || published,
             text: layoutText(doc.body), url: location.href, lang };
  }
  const root = document.querySelector('main, [role="main"], article') ?? document.body;
  return { mode: 'fallback', title: document.title, byline: '', published,
           text: (root?.innerText ?? '').trim(), url: location.href, lang: languageOf(root) || lang };
};
