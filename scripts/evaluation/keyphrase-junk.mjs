// Junk in the keyphrases of real articles (the Result's keyphrases, as the page shows them):
// titles and honorifics ("Mr", "Dr"), parts of web addresses ("http", "amzn"), function words
// (closed classes: articles, pronouns, prepositions, conjunctions, auxiliaries), words that wink-nlp's tagger reads as a verb, adverb or
// function word in the sentence the phrase comes from ("faces", "used", "rightly"), and generic
// nouns alone ("People", "University"). Independent of the core's own word lists.
//   scripts/eval keyphrase-junk [--dirs DIR,DIR] [--limit N] [--examples N] [--json]
// Default texts: the gold article texts of ../data/extraction/{dragnet,l3s_gn1,cleanportaleval}.
import { loadTexts } from './coherence.mjs';
import { runJsonl } from './cli.mjs';

const args = process.argv.slice(2);
const arg = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
};
const examples = Number(arg('--examples', '10'));
const asJson = args.includes('--json');

const FUNCTION_WORDS = new Set(('a an the this that these those my your his her its our their me him ' +
  'us them i you he she it we they who whom whose which what to of in on at by for from with ' +
  'about into over under after before between through during without within and or but nor so ' +
  'yet if because although though while as than is are was were be been being am do does did ' +
  'have has had will would shall should can could may might must not no').split(' '));
const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'sir', 'madam', 'mme', 'rev',
  'sen', 'rep', 'gov', 'gen', 'col', 'capt', 'lt', 'sgt', 'st', 'jr', 'sr', 'hon', 'messrs']);
const ADDRESS = new Set(['http', 'https', 'www', 'com', 'html', 'htm', 'php', 'amzn',
  'ly', 'goo', 'gl', 'utm', 'href', 'url']);
const GENERIC = new Set(['people', 'person', 'man', 'men', 'woman', 'women', 'thing', 'things',
  'way', 'year', 'years', 'time', 'times', 'day', 'days', 'week', 'weeks', 'month', 'months',
  'university', 'company', 'government', 'world', 'part', 'number', 'lot', 'today', 'news']);
const NOT_NOMINAL = new Set(['VERB', 'AUX', 'ADV', 'ADP', 'DET', 'PRON', 'CCONJ', 'SCONJ', 'PART',
  'INTJ']);

const winkNLP = (await import('wink-nlp')).default;
const model = (await import('wink-eng-lite-web-model')).default;
const nlp = winkNLP(model);
const its = nlp.its;

const words = (p) => p.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
// Words as written, split at spaces only ("day-to-day" is one word), edge punctuation dropped.
const spaced = (p) => p.toLowerCase().split(/\s+/).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
  .filter(Boolean);

// The tags wink gives the phrase's words in the first sentence that contains the phrase.
function tagsInContext(result, phrase) {
  const lower = phrase.toLowerCase();
  const sentence = result.sentences.find((s) => s.text.toLowerCase().includes(lower));
  if (!sentence) return [];
  const doc = nlp.readDoc(sentence.text);
  const tokens = doc.tokens().out(its.value).map((t) => t.toLowerCase());
  const pos = doc.tokens().out(its.pos);
  const target = words(phrase);
  for (let i = 0; i + target.length <= tokens.length; ++i) {
    if (target.every((w, k) => tokens[i + k] === w)) return pos.slice(i, i + target.length);
  }
  return [];
}

const texts = loadTexts();
const results = runJsonl(['batch'], texts.map((t) => ({ id: t.id, text: t.text, options: { sentences: 3 } })));
const counts = { title: 0, address: 0, 'function word': 0, 'verb or adverb': 0, 'generic alone': 0 };
const shown = [];
let total = 0;
let multiword = 0;
results.forEach((r, k) => {
  if (r.error) return;
  for (const { text } of r.keyphrases) {
    total++;
    const ws = words(text);
    if (ws.length > 1) multiword++;
    const junk = [];
    const sw = spaced(text);
    // "St." before a name is the name's own ("St. Louis", "St James"), not an honorific.
    if (sw.some((w, i) => TITLES.has(w) && !(w === 'st' && i + 1 < sw.length))) junk.push('title');
    if (sw.some((w) => ADDRESS.has(w) || /^(?:https?|www)\b|\.(?:com|org|net)\b/.test(w))) junk.push('address');
    if (sw.some((w) => FUNCTION_WORDS.has(w) || FUNCTION_WORDS.has(w.split(/['’]/)[0]))) junk.push('function word');
    if (ws.length === 1 && GENERIC.has(ws[0])) junk.push('generic alone');
    if (tagsInContext(r, text).some((t) => NOT_NOMINAL.has(t))) junk.push('verb or adverb');
    for (const j of junk) counts[j]++;
    if (junk.length && shown.length < examples) shown.push(`${texts[k].id}: "${text}" (${junk.join(', ')})`);
  }
});
if (asJson) {
  console.log(JSON.stringify({ texts: texts.length, keyphrases: total, multiword, counts }));
} else {
  console.log(`${texts.length} texts, ${total} keyphrases, ${(100 * multiword / total).toFixed(1)}% multi-word`);
  for (const [c, n] of Object.entries(counts)) console.log(`  ${c.padEnd(15)} ${n}`);
  for (const e of shown) console.log(`  ${e}`);
}
