// The out-of-domain name-tagger dev files: OUT/ner/<set>.iob2.txt.
//
// Every file is CoNLL-style: "TOKEN TAG" (one space), a blank line after each sentence,
// "-DOCSTART- O" and a blank line before each document; tags IOB2 over PER/ORG/LOC/MISC. Each
// written file is read back and checked (well-formed lines, valid IOB2) before its counts are
// reported, so a converter bug cannot pass silently.
import { join } from 'node:path';

import { count, unzip, writeText } from './io.mjs';

const WNUT = {
  repo: 'leondz/emerging_entities_17', commit: 'e52a2d2a71ac1a051ca2d532eef28653c5c02603',
};
const BTC = {
  repo: 'GateNLP/broad_twitter_corpus', commit: '0c45ef7b1924a6b8115bceab388781590b1b553a',
};
const EWT = {
  repo: 'UniversalNER/UNER_English-EWT', commit: '8ed072de2fd24022cc62458997fe96a8fe191ea4',
};
const PUD = {
  repo: 'UniversalNER/UNER_English-PUD', commit: '07ea0553144e3fcf3d6633efe2a075b725a0d262',
};
const NLTK = {
  repo: 'nltk/nltk_data', commit: '5db857e6f7df11eabb5e5665836db9ec8df07e28',
};
const CROSSNER = {
  repo: 'zliucr/CrossNER', commit: '2e7ba2a7798c961e3f29fbc51252c5a8d40224bf',
};

// Whitespace by any reader's definition (JS \s, Python str.split, C isspace): a token must not
// hold it, or the two-column format breaks.
const WS = /[\s\x1c-\x1f\x85]/gu;

/** A source token made safe for the format; a stray BOM goes ("Dubbz\uFEFF" in WNUT dev). */
const cleanToken = (token) => token.replace(/\uFEFF/g, '').replace(WS, '_');

/** Makes a tag sequence valid IOB2: an I-X that does not continue an X becomes B-X. */
function repair(tags) {
  let prev = 'O';
  return tags.map((tag) => {
    const type = tag.slice(2);
    const fixed = tag.startsWith('I-') && prev.slice(2) !== type ? `B-${type}` : tag;
    prev = fixed;
    return fixed;
  });
}

/** A sentence of [token, tag] with its tags repaired and its tokens cleaned. */
function finish(sentence) {
  const tags = repair(sentence.map(([, tag]) => tag));
  return sentence.map(([token], i) => [cleanToken(token), tags[i]]);
}

/** docs: [[[token, tag], ...] (sentence), ...] (document) → the file's text. */
function iob2Text(docs) {
  const lines = [];
  for (const doc of docs) {
    const sentences = doc.filter((s) => s.length);
    if (!sentences.length) continue;
    lines.push('-DOCSTART- O', '');
    for (const sentence of sentences) lines.push(...sentence.map((pair) => pair.join(' ')), '');
  }
  return lines.join('\n');
}

const LINE = /^([^\s\x1c-\x1f\x85]+) (O|[BI]-(?:PER|ORG|LOC|MISC))$/u;

/** Checks a written file's format and IOB2; returns its counts. Throws on the first fault. */
export function checkIob2(name, text) {
  const counts = { documents: 0, sentences: 0, tokens: 0, PER: 0, ORG: 0, LOC: 0, MISC: 0 };
  const lines = text.split('\n');
  let prev = null; // the previous tag, null between sentences
  lines.forEach((line, n) => {
    const fail = (why) => { throw new Error(`${name} line ${n + 1}: ${why}`); };
    if (line === '') {
      if (prev !== null) counts.sentences++;
      prev = null;
    } else if (line === '-DOCSTART- O') {
      if (prev !== null || lines[n + 1] !== '') fail('-DOCSTART- not between blank lines');
      counts.documents++;
    } else {
      const m = LINE.exec(line);
      if (!m || m[1] === '-DOCSTART-') fail(`not "TOKEN TAG": ${JSON.stringify(line)}`);
      if (!counts.documents) fail('a token before the first -DOCSTART-');
      const tag = m[2];
      if (tag.startsWith('I-') && prev?.slice(2) !== tag.slice(2)) fail(`${tag} after ${prev}`);
      if (tag.startsWith('B-')) counts[tag.slice(2)]++;
      counts.tokens++;
      prev = tag;
    }
  });
  if (prev !== null) throw new Error(`${name}: no blank line after the last sentence`);
  return counts;
}

/** Writes OUT/ner/<name>.iob2.txt, checks it, and returns the report line. */
function writeSet(outDir, name, docs) {
  const file = `ner/${name}.iob2.txt`;
  const text = iob2Text(docs);
  const c = checkIob2(file, text);
  writeText(join(outDir, file), text);
  return `${file}: ${count(c.documents)} docs, ${count(c.sentences)} sentences, ` +
    `${count(c.tokens)} tokens; PER ${c.PER} ORG ${c.ORG} LOC ${c.LOC} MISC ${c.MISC} (IOB2 ok)`;
}

/**
 * Blank-line separated two-column CoNLL text (token TAB tag) → sentences of [token, tag].
 * Tokens that are empty or only whitespace carry nothing to read and go (all are tagged O).
 */
function readConll(text, set) {
  const sentences = [];
  let current = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim()) {
      if (current.length) sentences.push(current);
      current = [];
      continue;
    }
    const fields = line.split('\t');
    if (fields.length !== 2) throw new Error(`${set}: not two columns: ${JSON.stringify(line)}`);
    const [token, tag] = [fields[0], fields[1].trim()];
    if (token.replace(WS, '')) current.push([token, tag]);
    else if (tag !== 'O') throw new Error(`${set}: empty token tagged ${tag}`);
  }
  if (current.length) sentences.push(current);
  return sentences;
}

// ---------------------------------------------------------------- WNUT-17 dev

const WNUT_TYPES = {
  person: 'PER', location: 'LOC', corporation: 'ORG', group: 'ORG',
  product: 'MISC', 'creative-work': 'MISC',
};

/**
 * All tweets in ONE document: the layout that reproduces the WNUT-17 numbers in
 * docs/MEASUREMENTS.md (the tagger's document-level pass sees the other tweets).
 */
function wnut17(open, outDir) {
  const sentences = readConll(open(WNUT).text('emerging.dev.conll'), 'wnut17').map((s) =>
    finish(s.map(([token, tag]) => {
      if (tag === 'O') return [token, tag];
      const m = /^([BI])-(.+)$/.exec(tag);
      if (!m || !WNUT_TYPES[m[2]]) throw new Error(`wnut17: unknown tag ${tag}`);
      return [token, `${m[1]}-${WNUT_TYPES[m[2]]}`];
    })));
  return [writeSet(outDir, 'wnut17_dev', [sentences])];
}

// ---------------------------------------------------------------- BTC dev, @-mentions out

/**
 * The dev split without @-mentions, one tweet per document. Since the repo's commit ef355b4 a
 * *tagged* mention is two tokens, "@" and the name, both with its tag ("@ B-ORG",
 * "SportsCenter B-ORG"); untagged ones stay one token ("@foo O"). So every token starting with
 * "@" goes, and so does the name half after a tagged "@": that equals dropping @-tokens from
 * the corpus before the split.
 */
function btcDev(open, outDir) {
  const mirror = open(BTC);
  const dev = readConll(mirror.text('train_dev_test_conll/btc.dev'), 'btc');
  // The README calls the dev split the second half of section H; check rather than trust it.
  const h = readConll(mirror.text('h.conll'), 'btc-h');
  if (JSON.stringify(h.slice(1000)) !== JSON.stringify(dev)) {
    throw new Error('btc.dev is not the second half of h.conll');
  }
  const docs = dev.map(withoutMentions).filter((s) => s.length).map((s) => [finish(s)]);
  return [writeSet(outDir, 'btc_dev_noat', docs)];
}

function withoutMentions(sentence) {
  const kept = [];
  for (let i = 0; i < sentence.length; i++) {
    const [token, tag] = sentence[i];
    if (!token.startsWith('@')) {
      kept.push([token, tag]);
      continue;
    }
    const next = sentence[i + 1];
    const nameHalf = token === '@' && tag !== 'O' && next && next[1] !== 'O' &&
      next[1].slice(2) === tag.slice(2) && !next[0].startsWith('@');
    if (nameHalf) i++;
  }
  return kept;
}

// ---------------------------------------------------------------- Universal NER

/**
 * A UNER .iob2 file (CoNLL-U-like: id TAB token TAB tag …): PER/ORG/LOC kept, OTH → O,
 * sentences grouped into documents by "# newdoc" comments, or one document each without them.
 */
function uner(source, path, name) {
  return (open, outDir) => {
    const docs = [];
    let sentence = [];
    let marked = false;
    const endSentence = () => {
      if (sentence.length) {
        if (!docs.length) docs.push([]);
        docs.at(-1).push(finish(sentence));
      }
      sentence = [];
    };
    for (const line of open(source).text(path).split(/\r?\n/)) {
      if (/^#\s*newdoc\b/.test(line)) {
        endSentence();
        docs.push([]);
        marked = true;
      } else if (!line.trim()) {
        endSentence();
      } else if (!line.startsWith('#')) {
        const fields = line.split('\t');
        if (fields.length < 3) throw new Error(`${name}: short line ${JSON.stringify(line)}`);
        // Multiword-token ranges and empty nodes ("3-4", "5.1") are no tokens of their own.
        if (/^\d+$/.test(fields[0])) sentence.push([fields[1], unerTag(fields[2].trim(), name)]);
      }
    }
    endSentence();
    return [writeSet(outDir, name, marked ? docs : docs.flat().map((s) => [s]))];
  };
}

function unerTag(tag, name) {
  if (tag === 'O') return tag;
  const m = /^([BI])-(PER|ORG|LOC|OTH)$/.exec(tag);
  if (!m) throw new Error(`${name}: unknown tag ${tag}`);
  return m[2] === 'OTH' ? 'O' : tag;
}

// ---------------------------------------------------------------- IE-ER (NLTK)

// Abbreviations that keep their final period (lower-cased lookup).
const ABBREVIATIONS = new Set(`mr mrs ms dr jr sr st mt ft gen gov sen rep reps lt col sgt capt
  maj adm cmdr rev prof pres supt insp det atty messrs mme msgr inc corp co cos ltd bros no nos vs
  v etc dept univ assn ave blvd jan feb mar apr aug sep sept oct nov dec mon tue tues wed thu thur
  thurs fri sat sun ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich
  minn miss mo mont neb nebr nev okla ore pa penn tenn tex va vt wash wis wisc wyo n.h n.j n.m n.y
  n.c n.d s.c s.d r.i w.va d.c`.split(/\s+/).filter(Boolean));

function isAbbreviation(word) {
  if (/^([A-Za-z]\.){2,}$/.test(word)) return true; // U.S., N.Y., p.m.
  if (/^[A-Z]\.$/.test(word)) return true; // an initial: John F. Kennedy
  const core = word.slice(0, -1);
  if (['etc', 'vs', 'v'].includes(core)) return true;
  // Mr., INC., D-Calif.; a lower-case "miss." ends a sentence.
  const last = core.split('-').at(-1);
  return /^[A-Z]/.test(last) && ABBREVIATIONS.has(last.toLowerCase());
}

const CLOSERS = ["''", '"', ')', ']', '}', ',', ';', ':', '!', '?', "'"];
const CLITIC = /^(.+?)('s|'S|'re|'RE|'ve|'VE|'ll|'LL|'d|'D|'m|'M)$/;

/** Words and punctuation of a stretch of newswire text, roughly as the Penn Treebank splits. */
function tokenize(text) {
  const spaced = text.replace(/``/g, ' `` ').replace(/''/g, " '' ")
    .replace(/--+/g, (m) => ` ${m} `);
  const out = [];
  for (let word of spaced.split(/\s+/).filter(Boolean)) {
    if (word === '``' || word === "''") {
      out.push(word);
      continue;
    }
    while (word.length > 1 && /^[([{"$`]/.test(word)) {
      out.push(word[0]);
      word = word.slice(1);
    }
    const [stem, tail] = splitTail(word);
    word = stem;
    let m;
    if ((m = /^(.+?)(n't|N'T)$/.exec(word))) out.push(m[1], m[2]);
    else if ((m = CLITIC.exec(word)) && /[A-Za-z0-9.]$/.test(m[1])) out.push(m[1], m[2]);
    else out.push(word);
    out.push(...tail);
  }
  return out.filter(Boolean);
}

/** `word` → [its stem, the closing punctuation (and a sentence's final period) after it]. */
function splitTail(word) {
  const tail = [];
  for (;;) {
    if (word.length > 3 && word.endsWith('...')) {
      tail.unshift('...');
      word = word.slice(0, -3);
      continue;
    }
    // A final "'" after s is the plural possessive (Strauss'): split as well.
    const closer = CLOSERS.find((c) => word.length > c.length && word.endsWith(c));
    if (closer) {
      tail.unshift(closer);
      word = word.slice(0, -closer.length);
      continue;
    }
    if (word.length > 1 && word.endsWith('.') && !isAbbreviation(word)) {
      tail.unshift('.');
      word = word.slice(0, -1);
      continue;
    }
    return [word, tail];
  }
}

const IEER_TYPES = { PERSON: 'PER', ORGANIZATION: 'ORG', LOCATION: 'LOC' };

/** One paragraph with IE-ER's SGML markup → [token, tag]; markup edges are token edges. */
function tagParagraph(paragraph) {
  const markup = /<(b_(enamex|timex|numex)([^>]*)|e_(enamex|timex|numex))>/g;
  const tokens = [];
  let open = null; // {kind, type, started, depth}
  let last = 0;
  const emit = (text) => {
    for (const token of tokenize(text)) {
      const type = open?.kind === 'enamex' ? IEER_TYPES[open.type] : null;
      tokens.push([token, type ? `${open.started ? 'I' : 'B'}-${type}` : 'O']);
      if (type) open.started = true;
    }
  };
  let m;
  while ((m = markup.exec(paragraph))) {
    emit(paragraph.slice(last, m.index));
    last = markup.lastIndex;
    if (m[2]) {
      const type = /type="([^"]*)"/i.exec(m[3])[1];
      // Doubled markup (once: two ORGANIZATION openings around "Smithsonian") is one name.
      if (open?.kind === m[2] && open.type === type && !open.started) {
        open.depth++;
        continue;
      }
      if (open) throw new Error(`ieer: nested markup at ${paragraph.slice(m.index, m.index + 60)}`);
      open = { kind: m[2], type, started: false, depth: 1 };
    } else {
      if (open?.kind !== m[4]) throw new Error('ieer: unbalanced markup');
      if (--open.depth > 0) continue;
      if (open.kind === 'enamex' && IEER_TYPES[open.type] && !open.started) {
        throw new Error('ieer: empty entity');
      }
      open = null;
    }
  }
  emit(paragraph.slice(last));
  if (open) throw new Error('ieer: an entity runs past its paragraph');
  return tokens;
}

const TERMINAL = new Set(['.', '?', '!']);
const TRAILING = new Set(["''", '"', ')', ']', "'"]);

/**
 * A paragraph's tokens → sentences: a break after . ? ! (and closing quotes) when the next token
 * starts like a sentence and does not continue a name.
 */
function sentences(tokens) {
  const out = [];
  let current = [];
  for (let i = 0; i < tokens.length; i++) {
    current.push(tokens[i]);
    if (!TERMINAL.has(tokens[i][0])) continue;
    let j = i + 1;
    while (j < tokens.length && TRAILING.has(tokens[j][0])) j++;
    const next = tokens[j];
    if (!next || next[1].startsWith('I-') || !/^([A-Z0-9]|``|"|\(|\[)/.test(next[0])) continue;
    current.push(...tokens.slice(i + 1, j));
    i = j - 1;
    out.push(current);
    current = [];
  }
  if (current.length) out.push(current);
  return out;
}

/** Entities decoded, layout codes (&UR; &LR;) out, the "STORY CAN END HERE" notes a break. */
const ieerClean = (s) => s.replace(/<ANNOTATION>[\s\S]*?<\/ANNOTATION>/g, '\n\t')
  .replace(/&AMP;/gi, '&').replace(/&LT;/gi, '<').replace(/&GT;/gi, '>')
  .replace(/&[A-Z]+;/g, ' ');

/** Paragraphs start with a tab-indented line, except inside a name ("Datuk S.\n\t Subramaniam"). */
function paragraphs(text) {
  const out = [];
  const unbalanced = (p) => (p.match(/<b_/g) ?? []).length !== (p.match(/<e_/g) ?? []).length;
  for (const p of text.split(/\n(?=[ \t]*\t)/)) {
    if (out.length && unbalanced(out.at(-1))) out[out.length - 1] += ` ${p}`;
    else out.push(p);
  }
  return out;
}

/** One <DOC> → its sentences: the headline as one sentence, then the text's. */
function ieerDocument(doc) {
  const out = [];
  const headline = /<HEADLINE>([\s\S]*?)<\/HEADLINE>/.exec(doc);
  if (headline && headline[1].trim()) {
    const tokens = tagParagraph(ieerClean(headline[1]).replace(/\s+/g, ' '));
    if (tokens.length) out.push(tokens);
  }
  const text = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(doc);
  for (const p of paragraphs(ieerClean(text ? text[1] : ''))) {
    out.push(...sentences(tagParagraph(p.replace(/\s+/g, ' '))));
  }
  return out.map((s) => s.map(([token, tag]) => [cleanToken(token), tag]));
}

/** The six newswire files of NLTK's ieer.zip (NIST 1999 IE-ER), one document per <DOC>. */
function ieerNews(open, outDir) {
  const files = unzip(open(NLTK).show('packages/corpora/ieer.zip'));
  const names = [...files.keys()].filter((n) => !/README$/i.test(n)).sort();
  const docs = names.flatMap((name) => [...files.get(name).toString('latin1')
    .matchAll(/<DOC>([\s\S]*?)<\/DOC>/g)].map((m) => ieerDocument(m[1])));
  return [writeSet(outDir, 'ieer_news', docs)];
}

// ---------------------------------------------------------------- CrossNER dev

const CROSSNER_DOMAINS = ['politics', 'science', 'music', 'literature', 'ai'];

// CrossNER type → CoNLL type, by the CoNLL-2003 guidelines: publications and bands are ORG;
// events, works, products, awards and languages MISC. Types that are no proper names in the CoNLL
// sense (genres, fields, algorithms, metrics, chemicals, instruments …) → O.
const CROSSNER_TYPES = Object.fromEntries(Object.entries({
  PER: 'person politician scientist musicalartist writer researcher',
  ORG: 'organisation politicalparty university band magazine academicjournal',
  LOC: 'country location',
  MISC: 'misc event election award song album book poem product programlang conference ' +
    'astronomicalobject',
  O: 'musicgenre literarygenre discipline theory field task algorithm metrics protein enzyme ' +
    'chemicalelement chemicalcompound musicalinstrument',
}).flatMap(([to, from]) => from.split(' ').map((type) => [type, to])));

/**
 * The dev splits of the five domains (Wikipedia sentences), in that order; a document is 10
 * consecutive sentences of one domain. Only ner_data/<domain>/dev.txt is opened: never the
 * bundled ner_data/conll2003/* (CoNLL-2003 test is held out) nor any test.txt. Tags are repaired
 * on the source types before mapping, so adjacent source entities stay apart (B-ORG B-ORG).
 */
function crossnerDev(open, outDir) {
  const mirror = open(CROSSNER);
  const docs = CROSSNER_DOMAINS.flatMap((domain) => {
    const set = `crossner ${domain}`;
    const sentences = readConll(mirror.text(`ner_data/${domain}/dev.txt`), set).map((s) =>
      finish(s).map(([token, tag]) => {
        if (tag === 'O') return [token, tag];
        const to = CROSSNER_TYPES[tag.slice(2)];
        if (!/^[BI]-/.test(tag) || !to) throw new Error(`${set}: unknown tag ${tag}`);
        return [token, to === 'O' ? 'O' : `${tag[0]}-${to}`];
      }));
    return Array.from({ length: Math.ceil(sentences.length / 10) },
                      (_, i) => sentences.slice(10 * i, 10 * i + 10));
  });
  return [writeSet(outDir, 'crossner_dev', docs)];
}

export const SETS = [
  { name: 'ner/wnut17_dev', sources: [WNUT], build: wnut17 },
  { name: 'ner/btc_dev_noat', sources: [BTC], build: btcDev },
  { name: 'ner/uner_ewt_dev', sources: [EWT],
    build: uner(EWT, 'en_ewt-ud-dev.iob2', 'uner_ewt_dev') },
  { name: 'ner/uner_pud_test', sources: [PUD],
    build: uner(PUD, 'en_pud-ud-test.iob2', 'uner_pud_test') },
  { name: 'ner/ieer_news', sources: [NLTK], build: ieerNews },
  { name: 'ner/crossner_dev', sources: [CROSSNER], build: crossnerDev },
];
