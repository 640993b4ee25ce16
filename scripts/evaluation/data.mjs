// Loads the summarization dev sets as uniform items, and the fixed train/holdout split used by
// the learned ranker (an article is held out when the FNV-1a hash of its id is 0 mod 5).
// Formats: bbc_dev (machine-picked extractive references), xsum_dev (one human-written
// sentence) and CNN/DailyMail {id, article, highlights: [...]} (human-written highlights).
import { readFileSync } from 'node:fs';

export function loadSummarization(file) {
  return readFileSync(file, 'utf8').trim().split('\n').map((line) => {
    const d = JSON.parse(line);
    if ('summary_spans_in_body' in d) {
      return { id: d.id, text: d.body, title: d.title, reference: d.summary_raw,
               referenceSentences: Math.max(1, d.summary_spans_in_body.length),
               spans: d.summary_spans_in_body };
    }
    if (Array.isArray(d.highlights)) {
      return { id: d.id, text: d.article, title: '', reference: d.highlights.join('\n'),
               referenceSentences: Math.max(1, d.highlights.length), spans: null };
    }
    return { id: String(d.idx), text: d.article, title: '', reference: d.reference,
             referenceSentences: 1, spans: null };
  });
}

export function isHeldOut(id) {
  let h = 0x811c9dc5;
  for (const ch of String(id)) {
    h ^= ch.charCodeAt(0);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % 5 === 0;
}

export function selectSplit(items, split) {
  if (split === 'holdout') return items.filter((i) => isHeldOut(i.id));
  if (split === 'train') return items.filter((i) => !isHeldOut(i.id));
  return items;
}
