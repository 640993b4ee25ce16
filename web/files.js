// Reads an opened or dropped file as text. HTML pages are reduced to their article text by the
// core (through the worker), so the text box shows what is summarized, not markup.
const MAX_FILE_BYTES = 50 * 1024 * 1024; // the core's input limit

const isHtml = (file) => /\.html?$/i.test(file.name) || file.type === 'text/html';
const isText = (file) => isHtml(file) || /\.(txt|md|markdown|text)$/i.test(file.name) ||
  file.type.startsWith('text/') || file.type === '';

/**
 * A saved page's text in the encoding it declares, as a browser reads it: UTF-8 when its bytes
 * are UTF-8, else the charset of a <meta> in its first 16 KB (windows-1250, Shift_JIS, GBK… —
 * the browser's TextDecoder knows them all), else windows-1252. `file.text()` would turn every
 * byte of a windows-1252 page's "é" into U+FFFD before the core could read it.
 */
export function decodeHtml(bytes) {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, 16384)).toLowerCase();
    const declared = /<meta[^>]*?charset\s*=\s*["']?\s*([a-z0-9_.:-]+)/.exec(head)?.[1] ?? '';
    // A page that says UTF-8 but is not is, in practice, windows-1252 text (as the core reads it).
    const label = !declared || /^utf-?8$/.test(declared) ? 'windows-1252' : declared;
    try {
      return new TextDecoder(label).decode(bytes);
    } catch {
      return new TextDecoder('windows-1252').decode(bytes); // a label no browser knows
    }
  }
}

/** Resolves {title, text}; rejects with a user-facing Error for files it cannot read. */
export async function readArticleFile(file, toPlainText) {
  if (!isText(file)) throw new Error(`${file.name} is not a text, Markdown or HTML file.`);
  if (file.size > MAX_FILE_BYTES) throw new Error(`${file.name} is larger than 50 MB.`);
  if (!isHtml(file)) return { title: '', text: await file.text() };
  const plain = await toPlainText(decodeHtml(new Uint8Array(await file.arrayBuffer())));
  return { title: plain.title.trim(), text: plain.text };
}
