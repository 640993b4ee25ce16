// Dangling openers in summaries of real articles: a summary sentence dangles when it opens with
// a third-person pronoun, a demonstrative or a connective ("He had found…", "But…", "These
// neo-banks…") and the article sentence it leans on (the previous summarizable one) is not in
// the summary. A summary's first sentence dangles when it opens so and is not the article's
// first. Written apart from the core's rule (core/src/text/cohesion.cc) so each checks the other.
// Also counted: summary sentences that name a person only in short form ("Fielder-Civil",
// "Mr Tarrant") while the fuller mention that introduced them ("Blake Fielder-Civil") is in an
// earlier article sentence left out of the summary — judged from the Result's own person groups
// (the name tagger), not from the core's capitalisation rule. And, apart, references back that
// do not stand first ("Essentially, this bed…", "When she fell…", "The bed also…", "“…,” he
// said.", "During his best period…, he never…") whose previous summarizable sentence is left out
// ("hidden references").
//   scripts/eval coherence [--sentences N] [--algorithm A|all] [--dirs DIR,DIR]
//                          [--articles FILE] [--texts FILE] [--limit N] [--examples N] [--json]
// Default texts: the gold article texts of the extraction dev sets in ../data/extraction
// (dragnet, l3s_gn1, cleanportaleval: real web articles, blank-line paragraphs); --articles
// adds the articles of a summarization set (any format scripts/evaluation/data.mjs reads, e.g.
// CNN/DailyMail or ../shared/data's xsum_dev); --texts adds the texts of a JSONL file of {id,
// text}; --dirs '' leaves the gold texts out. Texts the core reads as German, French, Spanish
// or Polish are checked against those languages' openers (FOREIGN), the others as English.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { ROOT } from '../../tests/paths.js';
import { runJsonl } from './cli.mjs';
import { loadSummarization } from './data.mjs';

const args = process.argv.slice(2);
const arg = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
};
const FETCHED = process.env.PRECIS_FETCHED_DATA ?? join(ROOT, '..', 'data');
const sentences = Number(arg('--sentences', '3'));
const algorithmArg = arg('--algorithm', 'all');
const dirs = arg('--dirs', ['dragnet', 'l3s_gn1', 'cleanportaleval']
  .map((d) => join(FETCHED, 'extraction', d, 'gold')).join(','));
const articles = arg('--articles', '');
const textsFile = arg('--texts', '');
const limit = Number(arg('--limit', '0'));
const examples = Number(arg('--examples', '5'));
const asJson = args.includes('--json');

/** The texts: one per gold file (sorted by name), then the articles of --articles. */
export function loadTexts() {
  const texts = [];
  for (const dir of dirs.split(',').filter(Boolean)) {
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) {
      const text = readFileSync(join(dir, f), 'utf8');
      if (text.trim().split(/\s+/).length >= 50) texts.push({ id: `${dir.split('/').at(-2)}/${f}`, text });
    }
  }
  if (textsFile && existsSync(textsFile)) {
    for (const line of readFileSync(textsFile, 'utf8').trim().split('\n')) {
      const d = JSON.parse(line);
      texts.push({ id: d.id, text: d.text });
    }
  }
  if (articles && existsSync(articles)) {
    const name = articles.split('/').pop().replace(/\.jsonl$/, '');
    for (const item of loadSummarization(articles)) texts.push({ id: `${name}/${item.id}`, text: item.text });
  }
  return limit > 0 ? texts.slice(0, limit) : texts;
}

const PRONOUNS = 'he|she|it|they|him|her|them|his|its|their|hers|theirs|himself|herself|itself|themselves';
const DEMONSTRATIVES = 'this|that|these|those|such|another|both';
const CONNECTIVES = 'but|and|or|nor|so|yet|however|also|still|instead|meanwhile|moreover|' +
  'furthermore|therefore|thus|hence|nevertheless|nonetheless|besides|otherwise|likewise|' +
  'similarly|consequently|then|indeed|accordingly|additionally|alternatively|conversely|' +
  'regardless|anyway|afterwards|afterward|later|plus';
const PHRASES = 'in addition|in fact|in contrast|in turn|by contrast|as such|even so|for example|' +
  'for instance|despite (?:this|that)|after that|either way|as well|because of (?:this|that)|' +
  'as a (?:result|consequence)|on the other hand|at the same time|in the meantime|for this reason|' +
  'in this case|in that case|in the same (?:way|vein|fashion|manner)|among (?:those|these)|of (?:these|those)\\b|' +
  '(?:worse|more|better|other) than that|apart from that|on top of that';
const OPENER = new RegExp(`^(?:${PHRASES}|${PRONOUNS}|${DEMONSTRATIVES}|${CONNECTIVES})(?:['’](?:s|re|ve|d|ll))?\\b`, 'i');
// Openings that point at the present or at a kind of person, not at an earlier sentence.
const NOT_BACK = /^(?:this (?:year|week|month|weekend|morning|afternoon|evening|summer|spring|autumn|fall|winter|season|decade|century|quarter|term|semester)\b|these days\b|those (?:who|whose|with)\b|so far\b)/i;

// The same for German, French, Spanish and Polish texts (the Result's language): connectives,
// third-person pronouns that are never an expletive or a polite "you", demonstratives; not
// those of the present time or of the page.
const FOREIGN = {
  de: [/^(?:er|ihm|ihn|dieser|diese|dieses|diesem|diesen|dies|jener|jene|jenes|aber|doch|und|oder|jedoch|allerdings|dennoch|trotzdem|deshalb|deswegen|daher|darum|dadurch|dabei|dazu|zudem|außerdem|ebenfalls|ebenso|auch|sondern|stattdessen|folglich|somit|denn|hingegen|dagegen|daraufhin|danach|dann|dort|also)(?![\p{L}\p{N}])/iu,
       /^(?:diese[rsmn]? (?:woche|wochenende|jahr|jahres|monat|monats|mal|saison|sommer|winter|frühjahr|herbst|tage|zeit|website|webseite|seite|artikel|beitrag|text|folge|anleitung|ratgeber|podcast)|auch wenn|und zwar)(?![\p{L}\p{N}])/iu],
  fr: [/^(?:elle|ils|elles|ce|cet|cette|ces|cela|ceci|ça|mais|et|ou|cependant|pourtant|toutefois|néanmoins|donc|ainsi|alors|aussi|puis|ensuite|or|sinon|car|certes|en outre|par ailleurs|de plus|en effet|en revanche|par conséquent|du coup|malgré cela)(?![\p{L}\p{N}])/iu,
       /^(?:(?:ce|cet|cette|ces) (?:année|semaine|mois|matin|soir|week-end|été|hiver|printemps|automne|saison|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|article|site|texte|guide))(?![\p{L}\p{N}])|^ce (?:que|qui|qu['’])/iu],
  es: [/^(?:él|ella|ellos|ellas|este|esta|estos|estas|esto|ese|esa|esos|esas|eso|pero|y|además|también|así|entonces|asimismo|incluso|sino|luego|sin embargo|por eso|por ello|por tanto|no obstante|de hecho|en cambio)(?![\p{L}\p{N}])/iu,
       /^(?:este|esta|estos|estas|ese|esa) (?:año|mes|semana|fin|verano|invierno|otoño|primavera|temporada|lunes|martes|miércoles|jueves|viernes|sábado|domingo|artículo|sitio|texto)(?![\p{L}\p{N}])/iu],
  pl: [/^(?:on|ona|oni|one|ten|ta|to|te|tego|tej|ale|jednak|i|a|także|również|dlatego|więc|zatem|ponadto|natomiast|tymczasem|oraz|niemniej|wtedy|potem|tam|co więcej)(?![\p{L}\p{N}])/iu,
       /^(?:ten|ta|te) (?:rok|tydzień|miesiąc|weekend|sezon|artykuł|tekst)(?![\p{L}\p{N}])/iu],
};

/** Whether a sentence opens by referring back (leading quotes, brackets and dashes skipped). */
export function opensDependent(sentence, language = 'en') {
  const s = sentence.replace(/^[\s"'“‘„«(\[—–-]+/u, '');
  if (FOREIGN[language]) return FOREIGN[language][0].test(s) && !FOREIGN[language][1].test(s);
  return OPENER.test(s) && !NOT_BACK.test(s);
}

// References back that do not stand first (the "hidden" column): after a sentence adverb
// ("Essentially, this bed…"), in a clause about a pronoun ("When she fell…"), "also", "later"
// or "however" in the opening words ("The bed also features…", "The board, however, …"), "on
// the other hand", and a quotation whose speaker is a pronoun ("“…,” he said.").
const SUBORDINATORS = 'when|after|before|although|though|if|as|while|because|since|once|unless|until|whereas';
// "Even during his best period of polling, in the week after the debate in Denver, he never…":
// opening phrases that name nobody (a capitalised word there may be whom the pronoun means,
// unless it is a place after "in", "at"…), then a main clause whose subject is a pronoun.
const OPENING_PHRASE = /^(?:(?:even|just|only|shortly|long|well|soon|right)\s+)?(?:during|despite|with|without|in|on|at|for|by|under|among|amid|throughout|following|after|before|since|until|over|within|through|from|unlike|like|given|beyond|across|against)\s/i;
const PLACE_BEFORE = /^(?:in|at|from|to|near|across|of|into|outside|inside|around)$/i;
const mainClausePronoun = {
  test(s) {
    if (!OPENING_PHRASE.test(s)) return false;
    const words = s.split(/\s+/).slice(0, 42);
    for (let k = 2; k < words.length; k++) {
      if (words[k - 1].endsWith(',')) {
        let j = k;
        if (/^(?:in|on|at|by|during|since|until|after|before)$/i.test(words[j]) && /^\d/.test(words[j + 1] ?? '')) j += 2;
        if (/^(?:he|she|they|his|her|their)(?:['’](?:s|re|ve|d|ll))?$/i.test(words[j] ?? '')) return true;
      }
      if (/^["“‘(]?\p{Lu}/u.test(words[k]) && !PLACE_BEFORE.test(words[k - 1])) return false;
    }
    return false;
  },
};
const HIDDEN = [
  mainClausePronoun,
  new RegExp(`^\\w+ly,?\\s+(?:${PRONOUNS}|${DEMONSTRATIVES})\\b`, 'i'),
  new RegExp(`^(?:${SUBORDINATORS})\\s+(?:he|she|they)\\b`, 'i'),
  new RegExp(`^(?:${SUBORDINATORS})\\s+(?:this|these|those)\\s+(?!(?:year|week|month|weekend|morning|afternoon|evening|summer|spring|autumn|fall|winter|season|decade|century|days|who)\\b)`, 'i'),
  /^(?:[\w’'-]+,?\s+){1,3}(?:also|however)\b/i,
  /\bon the other hand\b/i,
  /^["“][^"”]*[,?!]["”]\s*(?:(?:he|she|they)\s+(?:said|says|added|told|explained|wrote|asked)|(?:said|added)\s+(?:he|she))\b/i,
];

/** Whether a sentence refers back without opening so (see HIDDEN). */
export function refersBackHidden(sentence) {
  const s = sentence.replace(/^[\s'‘«(\[—–-]+/u, '');
  return !opensDependent(sentence) && HIDDEN.some((re) => re.test(s));
}

/** Dangling sentences of one Result: [{index, first}] (first = the summary's first sentence). */
export function dangling(result, test = opensDependent) {
  const summarizable = (s) => s.role === 'body' || s.role === 'quote';
  const anyBody = result.sentences.some(summarizable);
  const eligible = anyBody ? summarizable : (s) => !s.boilerplate;
  const inSummary = new Set(result.summary);
  const out = [];
  result.summary.forEach((i, k) => {
    if (!test(result.sentences[i].text)) return;
    let p = i - 1;
    while (p >= 0 && !eligible(result.sentences[p])) p--;
    if (p < 0 || inSummary.has(p)) return; // the article's first, or its antecedent is there
    out.push({ index: i, first: k === 0 });
  });
  return out;
}

const TITLES = /^(?:mr|mrs|ms|miss|dr|prof|sir|dame|lord|lady|rev|sen|rep|gov|gen|president|judge)\.?$/i;
const nameWords = (text) => text.split(/\s+/).filter((w) => w && !TITLES.test(w)).length;

/** Summary sentences naming a person in short form whose introduction is left out: [index]. */
export function unintroduced(result) {
  const inSummary = new Set(result.summary);
  const sentenceOf = (offset) => result.sentences.findIndex((s) => offset >= s.start && offset < s.end);
  const people = (result.entities ?? []).filter((e) => e.type === 'PERSON')
    .map((e) => ({ ...e, sentence: sentenceOf(e.start), words: nameWords(e.text) }));
  const out = new Set();
  for (const e of people) {
    if (!inSummary.has(e.sentence)) continue;
    const fuller = people.filter((f) => f.group === e.group && f.words > e.words);
    if (fuller.length === 0) continue;
    const introduced = fuller.some((f) => f.sentence <= e.sentence && inSummary.has(f.sentence));
    const before = fuller.some((f) => f.sentence < e.sentence);
    if (before && !introduced) out.add(e.sentence);
  }
  return [...out];
}

function run(texts, algorithm) {
  const results = runJsonl(['batch'], texts.map((t) => ({ id: t.id, text: t.text,
    options: { sentences, algorithm } })));
  let summarySentences = 0;
  let dangles = 0;
  let firstDangles = 0;
  let dependentChosen = 0;
  let shortNames = 0;
  let hidden = 0;
  const shown = [];
  results.forEach((r, k) => {
    if (r.error) return;
    summarySentences += r.summary.length;
    const language = FOREIGN[r.language] ? r.language : 'en';
    for (const i of r.summary) if (opensDependent(r.sentences[i].text, language)) dependentChosen++;
    const d = dangling(r, (text) => opensDependent(text, language));
    hidden += dangling(r, refersBackHidden).length;
    shortNames += unintroduced(r).length;
    dangles += d.length;
    firstDangles += d.some((x) => x.first) ? 1 : 0;
    for (const x of d) {
      if (shown.length < examples) shown.push(`${texts[k].id}: ${r.sentences[x.index].text.slice(0, 120)}`);
    }
  });
  return { articles: results.filter((r) => !r.error).length, summarySentences, dangles,
           danglingPercent: (100 * dangles) / Math.max(1, summarySentences), firstDangles,
           dependentChosen, shortNames, hidden, examples: shown };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const texts = loadTexts();
  if (texts.length === 0) {
    console.error(`no texts found in ${dirs}${articles ? ` or ${articles}` : ''}`);
    process.exit(1);
  }
  const algorithms = algorithmArg === 'all' ? ['auto', 'lead', 'textrank', 'lexrank', 'centroid'] : [algorithmArg];
  const report = {};
  for (const a of algorithms) report[a] = run(texts, a);
  if (asJson) {
    console.log(JSON.stringify({ texts: texts.length, sentences, report }));
  } else {
    console.log(`${texts.length} texts, ${sentences} sentences`);
    console.log('algorithm  summary sentences  dangling (%)     first dangles  dependent openers kept  unintroduced names (%)  hidden references dangling (%)');
    for (const [a, r] of Object.entries(report)) {
      console.log(`${a.padEnd(9)}  ${String(r.summarySentences).padStart(17)}  ` +
                  `${`${r.dangles} (${r.danglingPercent.toFixed(2)})`.padEnd(15)}  ` +
                  `${String(r.firstDangles).padStart(13)}  ${String(r.dependentChosen).padStart(22)}  ` +
                  `${`${r.shortNames} (${((100 * r.shortNames) / Math.max(1, r.summarySentences)).toFixed(2)})`.padEnd(22)}  ` +
                  `${r.hidden} (${((100 * r.hidden) / Math.max(1, r.summarySentences)).toFixed(2)})`);
      for (const e of r.examples) console.log(`    ${e}`);
    }
  }
}
