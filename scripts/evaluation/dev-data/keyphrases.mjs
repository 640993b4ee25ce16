// DUC-2001 with Wan & Xiao's (2008) reader keyphrases: OUT/keyphrases/duc2001.jsonl.
//
// One row per annotated document, in annotations.txt order: {"id", "title", "text",
// "keyphrases": [...]}. Text: every <TEXT> block (WSJ's <LP> and SJMN's <LEADPARA> first), SGML
// tags out, entities decoded, wrapped lines joined, paragraphs separated by "\n\n", typewriter
// quotes ``/'' as ". A document missing from the source gets "text": "", "title_only": true,
// "text_missing": true, so that evaluators skip it.
import { join } from 'node:path';

import { count, writeJsonl } from './io.mjs';

const SIFRANK = {
  repo: 'sunyilgdx/SIFRank', commit: '274d84b797c449e66c414d887f15d9b40114c746',
};
const DIR = 'data/DUC2001';

const decode = (s) => s.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>')
  .replace(/&quot;/g, '"').replace(/&apos;/g, "'");
const blocks = (doc, tag) =>
  [...doc.matchAll(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) => m[1]);

/**
 * A raw block → its paragraphs. Each collection marks them its own way: AP and FBIS indent a
 * paragraph's first line, SJMN ends a paragraph with ";", LA and WSJ leave blank lines between,
 * FT only makes a paragraph's last line short.
 */
function paragraphs(raw, style) {
  const lines = decode(raw.replace(/<\/?P>/g, '\n\n').replace(/<[^>]+>/g, ' ')).split('\n');
  const out = [];
  const current = []; // the lines of the paragraph under way
  const flush = () => {
    const p = current.join(' ').replace(/\s+/g, ' ').trim();
    if (p) out.push(p);
    current.length = 0;
  };
  lines.forEach((line, i) => {
    if (!line.trim()) return flush();
    if (style === 'indent' && /^\s+\S/.test(line) && current.length) flush();
    if (style === 'sjmn') return sjmnLine(line, current, flush);
    current.push(line);
    const short = line.trimEnd().length < 60 && /[.?!'")\]:]$/.test(line.trimEnd());
    if (style === 'ft' && short && (lines[i + 1] ?? '').trim()) flush();
  });
  flush();
  return out.map((p) => p.replace(/``|''/g, '"'));
}

/** SJMN's ";" ends a paragraph, also inside a line when spaces follow it (";    "). */
function sjmnLine(line, current, flush) {
  line.split(/;\s{2,}/).forEach((part, j) => {
    if (j > 0) flush();
    current.push(part);
  });
  if (/;\s*$/.test(line)) {
    current[current.length - 1] = current.at(-1).replace(/;\s*$/, '');
    flush();
  }
}

/** The headline, without WSJ's byline after "----" and FT's "FT 12 AUG 92 /" prefix. */
function title(doc, id) {
  let t = blocks(doc, 'HEAD')[0] ?? blocks(doc, 'HEADLINE')[0] ?? blocks(doc, 'HL')[0] ?? '';
  t = decode(t.replace(/<[^>]+>/g, ' '));
  if (id.startsWith('WSJ')) t = t.split(/-{3,}/)[0];
  if (id.startsWith('FT')) t = t.replace(/^\s*FT\s+\d+\s+\w+\s+\d+\s*\/\s*/, '');
  return t.replace(/``|''/g, '"').replace(/\s+/g, ' ').replace(/\s*;\s*$/, '').trim();
}

const STYLES = [['AP', 'indent'], ['FBIS', 'indent'], ['SJMN', 'sjmn'], ['FT', 'ft']];

function text(doc, id) {
  const style = STYLES.find(([prefix]) => id.startsWith(prefix))?.[1] ?? 'plain';
  const parts = [];
  if (id.startsWith('WSJ')) parts.push(...blocks(doc, 'LP'));
  // SJMN's <TEXT> starts after its lead paragraph.
  if (id.startsWith('SJMN')) parts.push(...blocks(doc, 'LEADPARA'));
  parts.push(...blocks(doc, 'TEXT'));
  return parts.flatMap((b) => paragraphs(b, style)).join('\n\n');
}

/** One line of annotations.txt, "DOCNO@kp1;kp2;…;" → a row. */
function row(mirror, files, line) {
  const at = line.indexOf('@');
  const id = line.slice(0, at).trim();
  const keyphrases = line.slice(at + 1).split(';').map((k) => k.trim()).filter(Boolean);
  if (!files.has(id)) {
    return { id, title: '', text: '', keyphrases, title_only: true, text_missing: true };
  }
  const doc = mirror.text(`${DIR}/${id}`);
  const body = text(doc, id);
  const row = { id, title: title(doc, id), text: body, keyphrases };
  if (!body.trim()) row.title_only = true;
  return row;
}

function duc2001(open, outDir) {
  const mirror = open(SIFRANK);
  const files = new Set(mirror.list(DIR).map((f) => f.path.slice(DIR.length + 1)));
  const lines = mirror.text(`${DIR}/annotations.txt`).split(/\r?\n/).filter(Boolean);
  const rows = lines.map((line) => row(mirror, files, line));
  writeJsonl(join(outDir, 'keyphrases', 'duc2001.jsonl'), rows);
  const missing = rows.filter((r) => r.text_missing).map((r) => r.id);
  return [`keyphrases/duc2001.jsonl: ${count(rows.length)} documents` +
    (missing.length ? ` (no text for ${missing.join(', ')})` : '')];
}

export const SETS = [{ name: 'keyphrases/duc2001', sources: [SIFRANK], build: duc2001 }];
