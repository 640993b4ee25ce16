// News pages written for the extension tests: each article (tests/data/extension-articles.json)
// wrapped in the clutter of a real news site — navigation, a cookie banner, ads, related links,
// a newsletter box, comments and a footer — so extraction has something to get wrong.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { FIXTURES } from '../paths.js';

export const ARTICLES = JSON.parse(readFileSync(join(FIXTURES, 'extension-articles.json'), 'utf8'));

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

// Clutter sentences: a summary that picks one of these has read the wrong part of the page.
export const CLUTTER = [
  'We use cookies to improve your experience and to show you personalised advertising.',
  'Subscribe to our newsletter and get the best stories delivered to your inbox every morning.',
  'Sponsored: These five kitchen gadgets are changing how families cook dinner this year.',
  'Great article, but I think the council should have asked residents first before deciding anything.',
  'Copyright 2025 The Daily Courier Media Group. All rights reserved. Terms of use apply.',
  'Most read: Celebrity chef opens a second restaurant downtown after a successful first year.',
  // Inside the article, where reader modes often keep them:
  'READ MORE: Ten things to know before you buy your next electric bike',
  'Advertisement',
  'Share this article on Facebook, Twitter or by email.',
];

export function pageHtml(article, others) {
  const related = others.map((o) => `<li><a href="${o.slug}.html">${esc(o.title)}</a></li>`).join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>${esc(article.title)} | The Daily Courier</title>
<meta property="article:published_time" content="${article.published}T08:00:00Z">
<style>body{font-family:sans-serif;max-width:70rem;margin:auto}.ad{background:#eee;padding:1rem}
.cookie{position:fixed;bottom:0;left:0;right:0;background:#333;color:#fff;padding:1rem}</style>
</head><body>
<header><nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/business">Business</a> |
<a href="/sport">Sport</a> | <a href="/culture">Culture</a></nav></header>
<div class="cookie" id="cookie-banner"><p>${CLUTTER[0]}</p><button>Accept all</button><button>Settings</button></div>
<div class="ad"><p>${CLUTTER[2]}</p></div>
<main><article>
<h1>${esc(article.title)}</h1>
<p class="byline">${esc(article.byline)} · <time datetime="${article.published}">${article.published}</time></p>
${article.paragraphs.slice(0, 2).map((p) => `<p>${esc(p)}</p>`).join('\n')}
<p><strong>${CLUTTER[6].split(':')[0]}:</strong> <a href="/bikes">${CLUTTER[6].split(': ')[1]}</a></p>
${article.paragraphs.slice(2, 4).map((p) => `<p>${esc(p)}</p>`).join('\n')}
<div class="ad-inline"><p>${CLUTTER[7]}</p></div>
${article.paragraphs.slice(4).map((p) => `<p>${esc(p)}</p>`).join('\n')}
<p class="share">${CLUTTER[8]}</p>
</article>
<aside><h2>Related stories</h2><ul>${related}</ul><p>${CLUTTER[5]}</p></aside>
<section class="newsletter"><p>${CLUTTER[1]}</p><input type="email" placeholder="Email"><button>Sign up</button></section>
<section class="comments"><h2>Comments (2)</h2>
<div class="comment"><p>${CLUTTER[3]}</p></div>
<div class="comment"><p>Thanks for the update, very useful for people who live in the area.</p></div></section>
</main>
<footer><p>${CLUTTER[4]}</p><a href="/privacy">Privacy</a> <a href="/contact">Contact</a></footer>
</body></html>`;
}

/** Writes every page into `dir` (slug.html) and returns the list. */
export function writePages(dir) {
  mkdirSync(dir, { recursive: true });
  for (const a of ARTICLES) writeFileSync(join(dir, `${a.slug}.html`), pageHtml(a, ARTICLES.filter((o) => o !== a)));
  return ARTICLES;
}

// A page whose navigation, sidebar and footer are full of the names its article mentions (and a
// name inside a longer one: "Biden" in "Joe Biden"): highlights must stay inside <article>, one
// mark per mention, never one mark inside another.
export const NAMES_PAGE = {
  slug: 'names-everywhere',
  title: 'Biden and Merkel agree on a trade plan in Berlin',
  paragraphs: [
    'Joe Biden and Angela Merkel met in Berlin on Tuesday to agree on a plan for trade between ' +
      'the United States and Germany after months of talks.',
    'Biden told reporters at the Chancellery that Microsoft and Siemens would each build a new ' +
      'factory in Saxony within three years.',
    'Merkel said the meeting had been friendly and that Germany would cut the tariffs on ' +
      'American steel by half. Hunter Biden, who travelled with his father, did not speak.',
    'Officials from the European Commission in Brussels said they had been told about the plan ' +
      'on Monday and would study it before the summit in Paris.',
    'Analysts at Deutsche Bank in Frankfurt said the plan could add several thousand jobs in ' +
      'Saxony and in Ohio, where Siemens already runs two plants.',
  ],
};

export function namesPageHtml(a = NAMES_PAGE) {
  const names = ['Joe Biden', 'Angela Merkel', 'Hunter Biden', 'Microsoft', 'Siemens', 'Berlin',
    'Paris', 'Brussels', 'Frankfurt', 'Saxony', 'Deutsche Bank', 'European Commission'];
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>${esc(a.title)} | The Daily Courier</title></head><body>
<header><form role="search"><input name="q" placeholder="Search The Daily Courier"><button>Search The Daily Courier</button></form>
<nav>${names.map((n) => `<a href="/topic/${encodeURIComponent(n)}">${esc(n)}</a>`).join(' | ')}</nav></header>
<main><article>
<h1>${esc(a.title)}</h1>
<p class="byline">By Maria Hansen in Berlin</p>
${a.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}
</article>
<aside><h2>Most read</h2><ul>
<li><a href="/1">Joe Biden and Angela Merkel to meet in Berlin</a></li>
<li><a href="/2">Microsoft opens an office in Paris</a></li>
<li><a href="/3">Hunter Biden visits Frankfurt and Brussels</a></li></ul></aside></main>
<footer><p>The Daily Courier, Berlin and Paris. Partners: Deutsche Bank, Siemens, Microsoft.</p>
<p>Topics: ${names.map(esc).join(', ')}.</p></footer>
</body></html>`;
}
