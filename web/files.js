// Reads an opened or dropped file as text. HTML pages are reduced to their article text by the
// core (through the worker), so the text box shows what is summarized, not markup.
const MAX_FILE_BYTES = 50 * 1024 * 1024; // the core's input limit

const isHtml = (file) => /\.html?$/i.test(file.name) || file.type === 'text/html';
const isText = (file) => isHtml(file) || /\.(txt|md|markdown|text)$/i.test(file.name) ||
  file.type.startsWith('text/') || file.type === '';

/** Resolves {title, text}; rejects with a user-facing Error for files it cannot read. */
export async function readArticleFile(file, toPlainText) {
  if (!isText(file)) throw new Error(`${file.name} is not a text, Markdown or HTML file.`);
  if (file.size > MAX_FILE_BYTES) throw new Error(`${file.name} is larger than 50 MB.`);
  const raw = await file.text();
  if (!isHtml(file)) return { title: '', text: raw };
  const plain = await toPlainText(raw);
  return { title: plain.title.trim(), text: plain.text };
}
