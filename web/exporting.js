// The summary as plain text or Markdown, headed by the title, the source (the page's address in
// the extension, the opened file's name on the page) and the date; the full Result as a JSON
// download named after the title.
import { readable } from './sentences.js';

const summaryTexts = (result) => result.summary.map((i) => readable(result.sentences[i].text.trim()));

/** A date as YYYY-MM-DD in local time (no Intl: its first call costs the main thread). */
export function isoDate(d = new Date()) {
  const two = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
}

const isUrl = (s) => /^[a-z][a-z0-9+.-]*:\/\//i.test(s);

/** about: {source?: URL or file name, date?: YYYY-MM-DD (today by default)}. */
export function summaryAsText(result, { source = '', date = isoDate() } = {}) {
  const head = [result.title, source && `Source: ${source}`, `Summarized with Précis on ${date}`];
  return `${head.filter(Boolean).join('\n')}\n\n${summaryTexts(result).join('\n')}\n`;
}

export function summaryAsMarkdown(result, { source = '', date = isoDate() } = {}) {
  const escape = (s) => s.replace(/([\\`*_[\]#<>])/g, '\\$1');
  const title = result.title ? escape(result.title) : 'Summary';
  // An address as an autolink (characters that would end one percent-encoded), a file name as text.
  const from = !source ? ''
    : isUrl(source) ? `<${source.replace(/[\s<>]/g, encodeURIComponent)}>` : escape(source);
  // A backslash at the end of a line is a line break in CommonMark.
  const about = [from && `Source: ${from}`, `Summarized with Précis on ${date}`].filter(Boolean).join('\\\n');
  return `# ${title}\n\n${about}\n\n${summaryTexts(result).map((s) => `- ${escape(s)}`).join('\n')}\n`;
}

/**
 * A file name from a title, safe on every system: letters (any script), marks and digits kept,
 * everything else (separators, reserved characters, spaces) one hyphen, at most 60 characters.
 */
export function fileNameStem(title) {
  const s = String(title ?? '').normalize('NFC').toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '');
  return [...s].slice(0, 60).join('').replace(/-+$/, '');
}

/** Copies the summary as 'text' or 'markdown'; resolves to the message to show. */
export async function copySummary(result, kind, about = {}) {
  const content = kind === 'markdown' ? summaryAsMarkdown(result, about) : summaryAsText(result, about);
  await navigator.clipboard.writeText(content);
  return kind === 'markdown' ? 'Summary copied as Markdown.' : 'Summary copied as text.';
}

/** Saves the Result as precis-<title>.json (else after `fallbackName`, else precis-summary.json). */
export function downloadJson(result, fallbackName = '') {
  const blob = new Blob([JSON.stringify(result, null, 2) + '\n'], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = `precis-${fileNameStem(result.title) || fileNameStem(fallbackName) || 'summary'}.json`;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
