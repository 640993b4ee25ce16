// Writes the hostile pages the article reader must survive in bounded time and memory (a
// benchmark, run by scripts/bench; the unit test HostilePagesStayBounded has small versions):
//   deep.html      10,000 nested <div>s around a paragraph
//   tags.html      ~50 MB of unclosed <b> tags with a word each (a tag flood)
//   article.html   ~50 MB of one article's paragraphs (a dense, real-looking page)
//   script.html    ~50 MB of inline <script> around a short article
//   attrs.html     ~40 MB of tags whose attribute quotes never close
//
//   node scripts/evaluation/hostile-pages.mjs DIR [MB]
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [dir, mbArg] = process.argv.slice(2);
if (!dir) {
  console.error('usage: hostile-pages.mjs DIR [MB]');
  process.exit(2);
}
const target = Number(mbArg ?? 50) * 1e6;
mkdirSync(dir, { recursive: true });

const paragraph = '<p>The council voted on Tuesday to rebuild the harbour wall, which the winter ' +
  'storms had breached in three places, and to pay for it over ten years from the port fees.</p>\n';
const repeat = (unit, bytes) => unit.repeat(Math.max(1, Math.floor(bytes / unit.length)));
const page = (body) => `<!doctype html><html><head><title>Hostile</title></head><body>${body}</body></html>`;

const files = {
  'deep.html': page('<div>'.repeat(10000) + paragraph + '</div>'.repeat(10000)),
  'tags.html': page(repeat('<b>word ', target)),
  'article.html': page(`<article><h1>Harbour</h1>${repeat(paragraph, target)}</article>`),
  'script.html': page(`<script>${repeat('var x = "<p>not text</p>"; ', target)}</script>` + paragraph.repeat(3)),
  'attrs.html': page(repeat('<a href="unclosed title=\'x ', target * 0.8) + paragraph),
};
for (const [name, html] of Object.entries(files)) {
  writeFileSync(join(dir, name), html);
  console.log(`${name} ${html.length}`);
}
