// Turns the raw measurements of scripts/bench into docs/bench.json, docs/bench.svg and a printed
// summary with the ratios the issues ask for.   node bench-report.mjs WORK_DIR WEB_DIR DOCS_DIR
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const [work, web, docs] = process.argv.slice(2);
const lines = (f) => (existsSync(join(work, f)) ?
  readFileSync(join(work, f), 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l)) : []);
const native = lines('native.jsonl');
const wasm = lines('wasm.jsonl');
const js = lines('js.jsonl');
const memory = lines('memory.jsonl');
const hostile = lines('hostile.jsonl');
const articles = {
  native: lines('native-articles.json')[0] ?? null,
  wasm: lines('wasm-articles.json')[0] ?? null,
};

const STAGES = ['structure', 'segment', 'tokenize', 'rank', 'names', 'summarize', 'json'];
const bySize = (rows, bytes) => rows.find((r) => r.bytes === bytes);
const sizes = [1e3, 1e4, 1e5, 1e6, 1e7];
const words100k = (rows) => rows.find((r) => !sizes.includes(r.bytes));

function table(name, rows) {
  console.log(`\n${name}: MB/s per stage (ms for the whole input in brackets)`);
  console.log(`${'bytes'.padEnd(10)}${STAGES.map((s) => s.padStart(17)).join('')}`);
  for (const r of rows) {
    console.log(`${String(r.bytes).padEnd(10)}${STAGES.map((s) =>
      `${r.stages[s].MBps.toFixed(1)} (${r.stages[s].ms.toFixed(1)})`.padStart(17)).join('')}`);
  }
}
table('native', native);
table('wasm (Node)', wasm);

// Name tagger throughput, tokens per second (its own tokenization, features and Viterbi).
const tagging = {};
for (const [name, rows] of [['native', native], ['wasm', wasm]]) {
  const r = bySize(rows, 1e6);
  if (!r?.stages.names) continue;
  tagging[name] = Math.round(r.name_tokens / (r.stages.names.ms / 1000));
  console.log(`name tagger on 1 MB (${r.name_tokens} tokens), ${name}: ${tagging[name].toLocaleString('en')} tokens/s`);
}

// Scaling: time(10 MB) / time(1 MB) per stage; near-linear means about 10. The ratios that count
// come from paired runs (precis_bench --scaling: 1 MB then 10 MB, repeated, median of the
// ratios), so both sizes meet the same machine conditions; the ratio of the two medians above
// is printed too.
const scaling = {};
for (const [name, rows] of [['native', native], ['wasm', wasm]]) {
  const paired = lines(`${name}-scaling.json`)[0];
  const a = bySize(rows, 1e6);
  const b = bySize(rows, 1e7);
  const unpaired = a && b ? Object.fromEntries(STAGES.map((s) => [s, +(b.stages[s].ms / a.stages[s].ms).toFixed(2)])) : null;
  scaling[name] = { paired: paired?.ratios ?? null, of_medians: unpaired };
  if (paired) console.log(`scaling 10 MB / 1 MB (${name}, paired runs): ${STAGES.map((s) => `${s} ${paired.ratios[s]}`).join(', ')}`);
  if (unpaired) console.log(`  (ratio of the medians above: ${STAGES.map((s) => `${s} ${unpaired[s]}`).join(', ')})`);
}

// Peers.
console.log('\nJS API (wasm) and npm peers, ms');
const peerRatios = [];
for (const r of js) {
  const n = words100k(native) && r.bytes === words100k(native).bytes ? words100k(native) : bySize(native, r.bytes);
  const w = words100k(wasm) && r.bytes === words100k(wasm).bytes ? words100k(wasm) : bySize(wasm, r.bytes);
  const row = { bytes: r.bytes, precis_js_ms: r.precis_ms, wink_ms: r.wink_summary_ms,
                wink_stage_ms: r.wink_importance_stage_ms, compromise_ms: r.compromise_entities_ms,
                precis_native_rank_ms: n?.stages.rank.ms, precis_wasm_rank_ms: w?.stages.rank.ms,
                precis_native_summarize_ms: n?.stages.summarize.ms };
  if (r.wink_summary_ms) {
    row.wink_full_over_precis_full_js = +(r.wink_summary_ms / r.precis_ms).toFixed(2);
    row.wink_full_over_precis_rank_wasm = +(r.wink_summary_ms / w.stages.rank.ms).toFixed(1);
    row.wink_full_over_precis_rank_native = +(r.wink_summary_ms / n.stages.rank.ms).toFixed(1);
    row.wink_stage_over_precis_rank_wasm = +(r.wink_importance_stage_ms / w.stages.rank.ms).toFixed(2);
    row.compromise_over_precis_full_js = +(r.compromise_entities_ms / r.precis_ms).toFixed(1);
  }
  peerRatios.push(row);
  console.log(JSON.stringify(row));
}

// Sizes of what a first visit loads, gzipped: everything, and what the page needs before it is
// ready (all but the name model, fetched after, and the service worker, registered after).
const files = readdirSync(web).filter((f) => !f.startsWith('.'));
const size = Object.fromEntries(files.map((f) => {
  const raw = readFileSync(join(web, f));
  return [f, { bytes: raw.length, gzip: gzipSync(raw, { level: 9 }).length }];
}));
const total = files.reduce((a, f) => a + size[f].gzip, 0);
const beforeReady = files.filter((f) => !['ner_en.model', 'sw.js'].includes(f)).reduce((a, f) => a + size[f].gzip, 0);
// The summarizer without the name model: the wasm and the worker script (the worker's code, the
// JS wrapper and Emscripten's glue, bundled).
const core = size['precis_core.wasm'].gzip + size['worker.js'].gzip;
const modelGzip = size['ner_en.model'].gzip;
console.log(`\nsizes (gzip -9): wasm ${size['precis_core.wasm'].gzip} B + worker script (wrapper, glue) ` +
            `${size['worker.js'].gzip} B = ${core} B (budget 300 KB); name model ${modelGzip} B, loaded ` +
            `after ready; before ready ${beforeReady} B; whole first visit ${total} B`);
console.log('memory (peak RSS, CLI, JSON output):', memory.map((m) => `${m.bytes}: ${(m.peak_kb / 1024).toFixed(0)} MB`).join(', '));
if (articles.native) {
  console.log(`bbc_dev articles: rank+select ${articles.native.rank_ms_per_article} ms native, ` +
              `${articles.wasm?.rank_ms_per_article} ms wasm; whole pipeline ${articles.native.summarize_ms_per_article} ms native, ` +
              `${articles.wasm?.summarize_ms_per_article} ms wasm (per article)`);
}

// The article reader (parse, layout, main content, metadata) over real pages.
const reader = { native: lines('native-pages.json')[0] ?? null, wasm: lines('wasm-pages.json')[0] ?? null };
if (reader.native) {
  console.log(`article reader on ${reader.native.pages} pages (${(reader.native.bytes / 1e6).toFixed(1)} MB): ` +
              `${reader.native.extract.MBps} MB/s native, ${reader.wasm?.extract.MBps} MB/s wasm ` +
              `(wasm/native time ${(reader.wasm?.extract.ms / reader.native.extract.ms).toFixed(2)})`);
}

if (hostile.length) {
  console.log('hostile pages (precis extract):', hostile.map((h) =>
    `${h.page} ${(h.bytes / 1e6).toFixed(1)} MB ${h.seconds} s ${(h.peak_kb / 1024).toFixed(0)} MB peak`).join(', '));
}

const pageTimes = lines('page.json')[0] ?? null;
if (pageTimes) {
  console.log(`page: navigation to ready ${pageTimes.navigation_to_ready_ms.median} ms (first visit), ` +
              `${pageTimes.return_visit_navigation_to_ready_ms.median} ms (return visit), ` +
              `${pageTimes.navigation_to_ready_new_window_ms.median} ms (first visit in a just-opened window); paste of ` +
              `${pageTimes.article_words} words to summary ${pageTimes.paste_to_summary_ms.median} ms (medians)`);
}

writeFileSync(join(docs, 'bench.json'), JSON.stringify({
  native, wasm, js, page: pageTimes, peers: peerRatios, scaling, tagging_tokens_per_s: tagging, articles, memory,
  article_reader: reader, hostile_pages: hostile,
  sizes: size, first_visit_gzip_bytes: total, before_ready_gzip_bytes: beforeReady,
  core_without_model_gzip_bytes: core, name_model_gzip_bytes: modelGzip }, null, 1) + '\n');

// Chart: whole-pipeline time against input size, log-log.
const series = [
  ['Précis native', '#0b5cad', native.filter((r) => sizes.includes(r.bytes)).map((r) => [r.bytes, r.stages.summarize.ms])],
  ['Précis wasm', '#1d6b3a', wasm.filter((r) => sizes.includes(r.bytes)).map((r) => [r.bytes, r.stages.summarize.ms])],
  ['Précis JS API', '#7a2e8f', js.filter((r) => sizes.includes(r.bytes)).map((r) => [r.bytes, r.precis_ms])],
  ['wink-nlp', '#b35c00', js.filter((r) => sizes.includes(r.bytes) && r.wink_summary_ms).map((r) => [r.bytes, r.wink_summary_ms])],
  ['compromise (entities)', '#a4161a', js.filter((r) => sizes.includes(r.bytes) && r.compromise_entities_ms).map((r) => [r.bytes, r.compromise_entities_ms])],
];
const W = 640;
const H = 400;
const pad = 60;
const all = series.flatMap(([, , pts]) => pts);
const lx = (v) => Math.log10(v);
const [x0, x1] = [3, 7];
const ys = all.map(([, y]) => lx(Math.max(y, 0.01)));
const [y0, y1] = [Math.floor(Math.min(...ys)), Math.ceil(Math.max(...ys))];
const px = (x) => pad + ((lx(x) - x0) / (x1 - x0)) * (W - 2 * pad);
const py = (y) => H - pad - ((lx(Math.max(y, 0.01)) - y0) / (y1 - y0)) * (H - 2 * pad);
let svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" font-family="sans-serif" font-size="12">\n`;
svg += `<rect width="${W}" height="${H}" fill="#fff"/>\n<text x="${W / 2}" y="20" text-anchor="middle" font-size="14">Whole pipeline time vs input size (log-log)</text>\n`;
for (let e = x0; e <= x1; ++e) {
  const x = px(10 ** e);
  svg += `<line x1="${x}" y1="${pad}" x2="${x}" y2="${H - pad}" stroke="#ddd"/><text x="${x}" y="${H - pad + 16}" text-anchor="middle">${['1 KB', '10 KB', '100 KB', '1 MB', '10 MB'][e - 3]}</text>\n`;
}
for (let e = y0; e <= y1; ++e) {
  const y = py(10 ** e);
  svg += `<line x1="${pad}" y1="${y}" x2="${W - pad}" y2="${y}" stroke="#ddd"/><text x="${pad - 6}" y="${y + 4}" text-anchor="end">${10 ** e} ms</text>\n`;
}
series.forEach(([name, color, pts], k) => {
  if (!pts.length) return;
  svg += `<polyline fill="none" stroke="${color}" stroke-width="2" points="${pts.map(([x, y]) => `${px(x).toFixed(1)},${py(y).toFixed(1)}`).join(' ')}"/>\n`;
  for (const [x, y] of pts) svg += `<circle cx="${px(x).toFixed(1)}" cy="${py(y).toFixed(1)}" r="3" fill="${color}"/>\n`;
  svg += `<rect x="${pad + 10}" y="${pad + 8 + 16 * k}" width="12" height="3" fill="${color}"/><text x="${pad + 28}" y="${pad + 13 + 16 * k}">${name}</text>\n`;
});
svg += '</svg>\n';
writeFileSync(join(docs, 'bench.svg'), svg);
console.log(`\nwrote ${join(docs, 'bench.json')} and ${join(docs, 'bench.svg')}`);
