// Page bytes → text, for the extraction sets: charset decoding, and the text of an HTML
// document as Chromium parses it (the browser the end-to-end tests drive; its parser follows
// the HTML standard, so malformed pages get the tree any conforming parser gives).

export function isValidUtf8(buf) {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(buf);
    return true;
  } catch {
    return false;
  }
}

/** The charset a page declares in its first 2048 bytes (meta, XML declaration, CleanEval). */
function declaredCharset(buf) {
  const head = buf.subarray(0, 2048).toString('latin1').toLowerCase();
  const m = head.match(/<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_.:-]+)/) ??
    head.match(/<\?xml[^>]+encoding\s*=\s*["']([a-z0-9_.:-]+)/) ??
    head.match(/<text [^>]*encoding="([a-z0-9_.:-]+)"/);
  return m ? m[1] : '';
}

const CP1252 = new TextDecoder('windows-1252');
const LATIN = new Set(['windows-1252', 'iso-8859-2', 'iso-8859-15', 'windows-1250']);

/** Length of the valid UTF-8 sequence starting at i, or 0. */
function utf8Length(buf, i) {
  const c = buf[i];
  const follows = (k) => i + k < buf.length && (buf[i + k] & 0xc0) === 0x80;
  if (c >= 0xc2 && c <= 0xdf) return follows(1) ? 2 : 0;
  if (c >= 0xe0 && c <= 0xef) {
    if (!follows(1) || !follows(2)) return 0;
    if ((c === 0xe0 && buf[i + 1] < 0xa0) || (c === 0xed && buf[i + 1] >= 0xa0)) return 0;
    return 3;
  }
  if (c >= 0xf0 && c <= 0xf4) {
    if (!follows(1) || !follows(2) || !follows(3)) return 0;
    if ((c === 0xf0 && buf[i + 1] < 0x90) || (c === 0xf4 && buf[i + 1] >= 0x90)) return 0;
    return 4;
  }
  return 0;
}

const hasMultibyteUtf8 = (buf) => buf.some((b, i) => b >= 0x80 && utf8Length(buf, i) > 0);

/** UTF-8 with stray windows-1252 bytes (a widget pasted in), decoded sequence by sequence. */
function decodeMixed(buf) {
  const utf8 = new TextDecoder('utf-8');
  let text = '';
  let start = 0;
  for (let i = 0; i < buf.length; ++i) {
    if (buf[i] < 0x80) continue;
    const n = utf8Length(buf, i);
    if (n) {
      i += n - 1;
      continue;
    }
    text += utf8.decode(buf.subarray(start, i)) + CP1252.decode(buf.subarray(i, i + 1));
    start = i + 1;
  }
  return text + utf8.decode(buf.subarray(start));
}

/**
 * Decodes page bytes: valid UTF-8 as it is (transcoded: false); else by the declared charset
 * (WHATWG labels, so iso-8859-1 reads as windows-1252; none or a false "utf-8": windows-1252),
 * except that a page holding valid multi-byte UTF-8 too, declaring UTF-8, a Latin charset or
 * nothing, is UTF-8 with stray windows-1252 bytes.
 */
export function decodePage(buf) {
  if (isValidUtf8(buf)) return { text: new TextDecoder('utf-8').decode(buf), transcoded: false };
  let decoder;
  try {
    decoder = new TextDecoder(declaredCharset(buf) || 'windows-1252');
  } catch {
    decoder = CP1252; // a label TextDecoder does not know
  }
  const latin = decoder.encoding === 'utf-8' || LATIN.has(decoder.encoding);
  if (latin && hasMultibyteUtf8(buf)) return { text: decodeMixed(buf), transcoded: true };
  if (decoder.encoding === 'utf-8') decoder = CP1252;
  return { text: decoder.decode(buf), transcoded: true };
}

/** Decodes a gold text file: UTF-8 (BOM dropped) when valid, else windows-1252. */
export function decodeText(buf) {
  const decoder = isValidUtf8(buf) ? new TextDecoder('utf-8') : CP1252;
  return decoder.decode(buf).replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/**
 * Runs in the page: the text of `html` with block elements (and <br>) starting new lines,
 * lines trimmed, empty ones dropped, the rest separated by blank lines. With `fullTextOnly`,
 * `html` is an L3S-GN1 annotated page: only text whose innermost `x-nc-selN` label is 2 (the
 * article's full text) counts, text left out still separates the words around it, and
 * `x-nc-invisible` elements are skipped.
 */
function blockText({ html, fullTextOnly }) {
  const BLOCK = new Set(`address article aside blockquote body caption center dd details dialog
    dir div dl dt fieldset figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 header
    hgroup hr html legend li main menu nav ol p pre section summary table tbody td tfoot th thead
    title tr ul`.split(/\s+/));
  const SKIP = new Set(['script', 'style', 'noscript', 'template', 'head', 'iframe', 'object',
    'embed', 'select', 'option']);
  const classes = (el) => el.getAttribute('class') ?? '';
  const label = (el) => classes(el).match(/\bx-nc-sel(\d)\b/)?.[1];
  const keep = (stack) => {
    if (!fullTextOnly) return true;
    const labelled = stack.findLast(label);
    return labelled !== undefined && label(labelled) === '2';
  };
  const skip = (el) => SKIP.has(el.localName) ||
    (fullTextOnly && /\bx-nc-invisible\b/.test(classes(el)));
  const parts = [];
  const walk = (node, stack) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const pre = stack.some((el) => el.localName === 'pre');
      if (keep(stack)) parts.push(pre ? node.data : node.data.replace(/\s+/g, ' '));
      else if (node.data.trim()) parts.push(' ');
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE || skip(node)) return;
    if (node.localName === 'br') return parts.push('\n');
    const block = BLOCK.has(node.localName);
    if (block) parts.push('\n');
    for (const child of node.childNodes) walk(child, [...stack, node]);
    if (block) parts.push('\n');
  };
  walk(new DOMParser().parseFromString(html, 'text/html').documentElement, []);
  return parts.join('').split('\n').map((l) => l.replace(/[ \t\f\v\u00a0]+/g, ' ').trim())
    .filter(Boolean).join('\n\n');
}

/**
 * Calls `use(htmlText)` with a browser started for it; htmlText(html, {fullTextOnly}) resolves
 * to the text blockText gives.
 */
export async function withHtmlText(use) {
  // Loaded here, not on import: the families without HTML gold need no node_modules.
  const { launch } = await import('../../../tests/e2e/browser.js');
  const browser = await launch();
  try {
    const page = await browser.newPage();
    return await use((html, { fullTextOnly = false } = {}) =>
      page.evaluate(blockText, { html, fullTextOnly }));
  } finally {
    await browser.close();
  }
}
