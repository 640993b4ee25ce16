// The text of an article's HTML (Readability's or Defuddle's output) laid out as the core lays
// out a page: blank lines between blocks, lines kept inside a block. Bundled into extract.js;
// the extraction evaluation uses it for every browser-side extractor alike.
// Elements that start a block of text, and elements whose text a reader never sees: the same
// layout rules as the core's (core/src/text/html.cc), so text outside <p> is kept and a <br> is
// a line break, never glue ("CA<br>Sept." stays two lines).
const BLOCK = new Set(['ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CENTER', 'DD', 'DETAILS',
  'DIALOG', 'DIR', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2',
  'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HR', 'HTML', 'LEGEND', 'LI', 'LISTING', 'MAIN', 'MENU',
  'NAV', 'OL', 'P', 'PLAINTEXT', 'PRE', 'SEARCH', 'SECTION', 'SUMMARY', 'UL', 'XMP', 'TABLE', 'CAPTION',
  'THEAD', 'TBODY', 'TFOOT', 'TR', 'TD', 'TH', 'OPTGROUP', 'OPTION']);
const HIDDEN = new Set(['HEAD', 'TITLE', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT',
  'EMBED', 'SVG', 'CANVAS', 'VIDEO', 'AUDIO', 'SELECT', 'TEXTAREA', 'INPUT', 'MAP', 'BUTTON']);
const PRE = new Set(['PRE', 'LISTING', 'PLAINTEXT', 'XMP']);

/** The text of `root` as blocks separated by blank lines, lines kept inside a block. */
export function layoutText(root) {
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
      // Soft hyphens only mark where a word may break at a line's end; the core drops them
      // from flowing text too ("Mit\u00adtel\u00adal\u00adter" is the word "Mittelalter").
      const data = pre ? node.data : node.data.replace(/\u00ad/g, '').replace(/[ \t\n\r\f]+/g, ' ');
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
