// CNN/DailyMail dev data: OUT/summarization/{cnndm_val,cnndm_train,dm_train_sample}.jsonl.
//
// Rows are {"id", "article", "highlights": [...]} plus "url" (validation) or "source" and
// "source_by" (train). `article` is the source string exactly (Hugging Face's cnn_dailymail
// 3.0.0 joins a story's paragraphs with single spaces); `highlights` is the source's highlight
// string split on "\n". Only the two data files named below are read, never a test file.
import { createHash } from 'node:crypto';
import { join } from 'node:path';

import { count, unzip, writeJsonl } from './io.mjs';

const VALIDATION = {
  repo: 'hillaryke/rag-optimization-cnn-dailymail',
  commit: '03d05440507618d6bec073b46543696e5a47df20',
};
const TRAIN = {
  repo: 'EileenFeng/Text-Summarization-NLP', commit: '5bfee8b9ad6228e1c4d02f7be1042a4276632417',
};
const URL_LISTS = {
  repo: 'abisee/cnn-dailymail', commit: 'b15ad0a2db0d407a84b8ca9b5731e1f1c4bd24b9',
};

// The dataset's id is the SHA-1 of the story's URL (abisee's make_datafiles.py).
const sha1 = (s) => createHash('sha1').update(s).digest('hex');

/** RFC 4180 CSV → rows (quoted fields may hold commas, quotes and newlines). */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c !== '"') field += c;
      else if (text[i + 1] === '"') field += text[++i];
      else quoted = false;
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      rows.push([...row, field]);
      row = [];
      field = '';
    } else {
      field += c;
    }
  }
  if (field !== '' || row.length) rows.push([...row, field]);
  return rows;
}

/** CSV with a header line → objects; rows of another width (a trailing blank line) go. */
function records(text) {
  const [header, ...rows] = parseCsv(text.replace(/^\uFEFF/, ''));
  return rows.filter((r) => r.length === header.length)
    .map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
}

// A glued "NEW:" prefix ("NEW:Police…") is an artefact and goes; a spaced one is the story's.
const highlights = (s) =>
  s.split('\n').map((h) => h.replace(/^NEW:(?=\S)/, '').trim()).filter(Boolean);

/** sha1(URL) → URL for the URLs of one of abisee's lists. */
function urlList(mirror, name) {
  const urls = mirror.text(`url_lists/${name}`).split('\n').map((u) => u.trim()).filter(Boolean);
  return new Map(urls.map((u) => [sha1(u), u]));
}

/**
 * The first 1,000 rows of HF's validation split, which are all CNN stories (HF lists CNN's
 * before the Daily Mail's); each is checked against CNN's validation URL list.
 */
function validation(open, outDir) {
  const urls = open(URL_LISTS);
  const cnn = urlList(urls, 'cnn_wayback_validation_urls.txt');
  const dailyMail = urlList(urls, 'dailymail_wayback_validation_urls.txt');
  const csv = open(VALIDATION).text('data/collection/cnn_dailymail_validation_subset.csv');
  const rows = records(csv);
  const stories = [];
  for (const r of rows) {
    if (dailyMail.has(r.id)) continue;
    if (!cnn.has(r.id)) throw new Error(`validation row ${r.id} is not in CNN's validation list`);
    stories.push({ id: r.id, article: r.article, highlights: highlights(r.highlights),
                   url: cnn.get(r.id) });
    if (stories.length === 1000) break;
  }
  if (new Set(stories.map((r) => r.id)).size !== stories.length) {
    throw new Error('duplicate validation ids');
  }
  writeJsonl(join(outDir, 'summarization', 'cnndm_val.jsonl'), stories);
  return [`summarization/cnndm_val.jsonl: ${count(stories.length)} CNN validation stories`];
}

const DAILY_MAIL_MARKERS = /Daily Mail|MailOnline|Mail Online|SCROLL DOWN/i;
const DAILY_MAIL_HEAD = /^(By \. |PUBLISHED: \.|UPDATED: \.|Last updated at )/;
const BRITISH = new RegExp(String.raw`\b(colour|favour|honour|organis|realis|recognis|analys|` +
  String.raw`criticis|centre|theatre|defence|programme|whilst)`, 'gi');
const matches = (text, re) => (text.match(re) ?? []).length;

/**
 * CNN or Daily Mail, decided from the text since the train URL lists are not in the mirror:
 * CNN's dateline; else the Daily Mail's markers and house style (single quotes, UK spelling,
 * line breaks written " . ").
 */
function outlet(article) {
  if (/\(CNN\)/.test(article.slice(0, 400))) return ['cnn', 'dateline (CNN)'];
  const marked = DAILY_MAIL_HEAD.test(article) || DAILY_MAIL_MARKERS.test(article);
  const single = matches(article, /(?:^| )'[A-Za-z]/g);
  const double = matches(article, /"/g);
  const breaks = matches(article, /[a-z,] \. [a-z]/g);
  if (!marked && double > single && breaks <= 2 && matches(article, BRITISH) === 0) {
    return ['cnn', 'style (no dateline; double quotes, US spelling, no DM markers)'];
  }
  return ['dailymail',
    marked ? 'DM byline/markers' : 'style (single quotes, UK spelling or " . " breaks)'];
}

/** The first 100 rows of HF's train split (in id order), none in the validation lists. */
function train(open, outDir) {
  const validationIds = urlList(open(URL_LISTS), 'all_val.txt');
  const zip = unzip(open(TRAIN).show('data/train_sample.zip'));
  const stories = records(zip.get('train_sample.csv').toString('utf8')).slice(0, 100).map((r) => {
    if (validationIds.has(r.id)) throw new Error(`train row ${r.id} is in the validation list`);
    const [source, by] = outlet(r.article);
    return { id: r.id, article: r.article, highlights: highlights(r.highlights), source,
             source_by: by };
  });
  const dailyMail = stories.filter((r) => r.source === 'dailymail');
  writeJsonl(join(outDir, 'summarization', 'cnndm_train.jsonl'), stories);
  writeJsonl(join(outDir, 'summarization', 'dm_train_sample.jsonl'), dailyMail);
  return [
    `summarization/cnndm_train.jsonl: ${stories.length} train stories ` +
      `(${stories.length - dailyMail.length} CNN, ${dailyMail.length} Daily Mail)`,
    `summarization/dm_train_sample.jsonl: their ${dailyMail.length} Daily Mail stories`,
  ];
}

export const SETS = [
  { name: 'summarization/cnndm_val', sources: [VALIDATION, URL_LISTS], build: validation },
  { name: 'summarization/cnndm_train', sources: [TRAIN, URL_LISTS], build: train },
];
