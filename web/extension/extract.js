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

import { layoutText } from './layout.js';

const MIN_SELECTION = 80; // shorter selections are probably accidental
const MIN_ARTICLE = 200;  // characters: less is not an article

// Roles whose text is the article's (docs/ARCHITECTURE.md, "Sentence roles"); bylines, datelines
// and boilerplate are not.
const ARTICLE_ROLES = new Set(['body', 'heading', 'list-item', 'quote', 'caption']);

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
