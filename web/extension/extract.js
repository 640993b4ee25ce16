// Injected into the page only when the user asks (activeTab + scripting): reads the article with
// Mozilla Readability on a clone of the document (the live page is never modified), or the
// selection if the user selected text, or the visible main text when Readability finds no
// article. Returns plain data to the side panel; bundled with Readability at packaging time.
import { Readability } from '@mozilla/readability';

const MIN_SELECTION = 80; // shorter selections are probably accidental

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

// Article HTML (from Readability) to text with a blank line between blocks.
function paragraphs(html) {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return layoutText(doc.body);
}

function meta(selector) {
  return document.querySelector(selector)?.getAttribute('content')?.trim() ?? '';
}

globalThis.__precisExtract = () => {
  const published = meta('meta[property="article:published_time"]') ||
    document.querySelector('time[datetime]')?.getAttribute('datetime') || '';
  const selection = String(globalThis.getSelection?.() ?? '').trim();
  if (selection.length >= MIN_SELECTION) {
    return { mode: 'selection', title: document.title, byline: '', published, text: selection,
             url: location.href };
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
             url: location.href };
  }
  const root = document.querySelector('main, [role="main"], article') ?? document.body;
  return { mode: 'fallback', title: document.title, byline: '', published,
           text: (root?.innerText ?? '').trim(), url: location.href };
};
