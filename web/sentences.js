// What the views say about a Result's sentences beyond their text: where a dateline is glued to
// the first word ("(CNN)President"), how many sentences a summary can take, and when the summary
// is the whole article. Shared by the page, the side panel and the exports; no DOM.

// An agency tag in parentheses at the start of a sentence, maybe after a place name, glued to a
// capitalised word: "(CNN)President", "LONDON (Reuters)The". News feeds drop that space often.
const GLUED_DATELINE = /^[^()\n]{0,40}?\(\p{Lu}[\p{L}\p{N} .&'-]{0,24}\)(?=\p{Lu})/u;

/** The offset inside `text` where a dateline lacks its space, or -1. */
export function datelineGap(text) {
  const m = GLUED_DATELINE.exec(text);
  return m ? m[0].length : -1;
}

/** A sentence's text as shown and exported: a glued dateline gets its space. */
export function readable(text) {
  const gap = datelineGap(text);
  return gap < 0 ? text : `${text.slice(0, gap)} ${text.slice(gap)}`;
}

// Only body text and quotations are ever summarized (core/src/text/roles.h).
const SUMMARIZED_ROLES = new Set(['body', 'quote']);

/** How many sentences a summary of this result can take (the length slider's maximum). */
export function summarizableCount(result) {
  return result.sentences.filter((s) => !s.boilerplate && SUMMARIZED_ROLES.has(s.role ?? 'body')).length;
}

/**
 * "the article is already short: all N sentences shown" when the summary holds every sentence it
 * could, unless the reader asked for all of it (a ratio of 1); otherwise ''.
 */
export function shortArticleNote(result, options = {}) {
  const n = result.summary.length;
  if (n === 0 || n < summarizableCount(result) || (options.ratio ?? 0) >= 1) return '';
  return `the article is already short: all ${n} sentence${n === 1 ? '' : 's'} shown`;
}
