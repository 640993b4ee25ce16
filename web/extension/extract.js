// Injected into the page only when the user asks (activeTab + scripting): reads the article with
// Mozilla Readability on a clone of the document (the live page is never modified), or the
// selection if the user selected text, or the visible main text when Readability finds no
// article, with the language the page declares (lang of the selection's element, else <html
// lang>). Returns plain data to the side panel; bundled with Readability at packaging time.
import { Readability } from '@mozilla/readability';

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, dd, dt, td';
const MIN_SELECTION = 80; // shorter selections are probably accidental

// Article HTML (from Readability) to text with a blank line between blocks.
function paragraphs(html) {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const blocks = [...doc.body.querySelectorAll(BLOCKS)].filter((b) => !b.querySelector(BLOCKS));
  const texts = blocks.map((b) => b.textContent.replace(/\s+/g, ' ').trim()).filter(Boolean);
  return texts.length ? texts.join('\n\n') : doc.body.textContent.trim();
}

// The lang attribute that applies to `node` ('' when none does).
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
  let article = null;
  try {
    article = new Readability(document.cloneNode(true)).parse();
  } catch {
    article = null;
  }
  if (article && article.textContent && article.textContent.trim().length > 200) {
    return { mode: 'article', title: article.title || document.title, byline: article.byline ?? '',
             published: article.publishedTime || published, text: paragraphs(article.content),
             url: location.href, lang };
  }
  const root = document.querySelector('main, [role="main"], article') ?? document.body;
  return { mode: 'fallback', title: document.title, byline: '', published,
           text: (root?.innerText ?? '').trim(), url: location.href, lang: languageOf(root) || lang };
};
