// The article reader's fields against Readability's reviewed ones: for each of Readability's
// real-site test pages (../data/extraction/readability, with meta/ID.json from
// dev-data/build.mjs), `precis extract --format json` gives title, byline, date and site name.
//   node scripts/evaluation/page-fields.mjs [--data DIR] [--verbose]
// Byline: right where one name contains the other after case, space and a leading "By" are
// folded ("Tariq Panja" for "Tariq Panja, Josh Max…"); Readability's own expectations are not
// always a writer ("BBC News", "Follow Author", a date line): --verbose lists every miss to read.
// Date: given where Readability's publishedTime is, and the same calendar day where both read
// as one (ISO 8601's YYYY-MM-DD, else what Date.parse makes of the text, in UTC).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

import { ROOT } from '../../tests/paths.js';
import { CLI } from './cli.mjs';

const { values: args } = parseArgs({
  options: {
    data: { type: 'string', default: join(ROOT, '..', 'data', 'extraction', 'readability') },
    verbose: { type: 'boolean', default: false },
  },
});

const metaDir = join(args.data, 'meta');
if (!existsSync(metaDir)) {
  console.error(`no ${metaDir}: build it with node scripts/evaluation/dev-data/build.mjs MIRRORS ../data --only extraction`);
  process.exit(2);
}
const fold = (s) => (s ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
const unBy = (s) => s.replace(/^by\s+/, '');
/** YYYY-MM-DD of a date as a page writes it, or '' when it does not read as one. */
function day(s) {
  const iso = /(\d{4})-(\d{2})-(\d{2})/.exec(s ?? '');
  if (iso) return iso.slice(1).join('-');
  const t = Date.parse(s ?? '');
  return Number.isNaN(t) ? '' : new Date(t).toISOString().slice(0, 10);
}

const n = { pages: 0, bylines: 0, right: 0, wrong: 0, missed: 0, extra: 0, dates: 0, dated: 0, sameDay: 0,
            otherDay: 0, titles: 0, sites: 0, sitesRight: 0, sitesGiven: 0 };
const misses = [];
for (const file of readdirSync(metaDir).filter((f) => f.endsWith('.json')).sort()) {
  const id = file.slice(0, -5);
  const expected = JSON.parse(readFileSync(join(metaDir, file), 'utf8'));
  const r = spawnSync(CLI, ['extract', join(args.data, 'html', `${id}.html`), '--format', 'json'],
                      { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`${id}: ${r.stderr}`);
  const got = JSON.parse(r.stdout);
  n.pages++;
  const want = unBy(fold(expected.byline));
  const have = unBy(fold(got.byline));
  if (want) {
    n.bylines++;
    if (have && (have.includes(want) || want.includes(have))) n.right++;
    else if (have) { n.wrong++; misses.push(`wrong   ${id}: ${JSON.stringify(got.byline)} for ${JSON.stringify(expected.byline)}`); }
    else { n.missed++; misses.push(`missed  ${id}: ${JSON.stringify(expected.byline)}`); }
  } else if (have) {
    n.extra++;
    misses.push(`extra   ${id}: ${JSON.stringify(got.byline)} (Readability: none)`);
  }
  if (expected.publishedTime) {
    n.dates++;
    if (got.date) n.dated++;
    else misses.push(`no date ${id}: ${expected.publishedTime}`);
    const [want, have] = [day(expected.publishedTime), day(got.date)];
    if (got.date && want && have && want === have) n.sameDay++;
    else if (got.date && want && have) {
      n.otherDay++;
      misses.push(`date    ${id}: ${JSON.stringify(got.date)} for ${expected.publishedTime}`);
    }
  }
  if (fold(expected.title) === fold(got.title)) n.titles++;
  if (expected.siteName) {
    n.sites++;
    if (got.siteName) n.sitesGiven++;
    if (fold(expected.siteName) === fold(got.siteName)) n.sitesRight++;
    else misses.push(`site    ${id}: ${JSON.stringify(got.siteName)} for ${JSON.stringify(expected.siteName)}`);
  }
}
if (args.verbose) for (const m of misses) console.log(m);
console.log(`${n.pages} pages of Readability's test pages (precis: ${CLI})`);
console.log(`byline: ${n.right} of ${n.bylines} expected right, ${n.wrong} wrong, ${n.missed} missed; ` +
            `${n.extra} given where Readability has none`);
console.log(`date: given on ${n.dated} of ${n.dates} pages with a publishedTime; the same day on ` +
            `${n.sameDay}, another day on ${n.otherDay}`);
console.log(`title: ${n.titles} of ${n.pages} the same as Readability's`);
console.log(`site name: given on ${n.sitesGiven} of ${n.sites} pages where Readability has one; ` +
            `the same on ${n.sitesRight}`);
