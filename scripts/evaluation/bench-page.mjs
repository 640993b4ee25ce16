// The page in headless Debian Chromium (a benchmark, not a test): time from navigation start to
// "ready" (the worker has compiled the wasm and answered), on a first visit (new browser context:
// nothing cached) and on a return visit (served by the service worker's cache), and from a paste
// of a 1,000-word article to the rendered summary. Median of RUNS.
//   node scripts/evaluation/bench-page.mjs [RUNS] [ARTICLE.txt]   → one JSON line
import { readFileSync } from 'node:fs';

import { launch, startSite } from '../../tests/e2e/browser.js';
import { SAMPLE_TEXT } from '../../web/sample.js';

const runs = Number(process.argv[2] ?? 10);
// About 1,000 words of article text: the given file, else the sample repeated.
const source = process.argv[3] ? readFileSync(process.argv[3], 'utf8') : `${SAMPLE_TEXT}\n\n`.repeat(4);
const words = source.split(/\s+/).filter(Boolean);
const article = words.slice(0, 1000).join(' ').replace(/([.!?]) /g, '$1\n\n');
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const site = await startSite();
const browser = await launch();
const ready = [];
const again = [];
const paste = [];
const render = []; // of which building the views on the main thread
const inWorker = []; // of which summarizing in the worker
try {
  for (let i = 0; i < runs; ++i) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(site.url);
    await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
    ready.push(await page.evaluate(() => performance.getEntriesByName('precis-ready')[0].startTime));
    await page.waitForTimeout(1000); // a reader takes longer than this to paste; the worker warms up
    for (let k = 0; k < 3; ++k) { // the first paste also pays for first-time layout; keep all
      const ms = await page.evaluate(async (text) => {
        const area = document.getElementById('text');
        const before = document.documentElement.dataset.renderedAt;
        const t0 = performance.now();
        area.value = text + ' '.repeat(Math.random() * 3 | 0); // a new text each time
        area.dispatchEvent(new Event('paste'));
        area.dispatchEvent(new Event('input'));
        while (document.documentElement.dataset.renderedAt === before) {
          await new Promise((r) => requestAnimationFrame(r));
        }
        const d = document.documentElement.dataset;
        return [Number(d.renderedAt) - t0, Number(d.renderMs), Number(d.workerMs)];
      }, article);
      paste.push(ms[0]);
      render.push(ms[1]);
      inWorker.push(ms[2]);
    }
    // Return visit: a new tab once the service worker controls the site.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await page.close(); // so the return visit does not share the CPU with the first tab
    const second = await context.newPage();
    await second.goto(site.url);
    await second.waitForFunction(() => document.documentElement.dataset.ready === 'true');
    again.push(await second.evaluate(() => performance.getEntriesByName('precis-ready')[0].startTime));
    await context.close();
  }
} finally {
  await browser.close();
  site.server.close();
}
console.log(JSON.stringify({
  runs, article_words: article.split(/\s+/).length,
  return_visit_navigation_to_ready_ms: { median: +median(again).toFixed(1), min: +Math.min(...again).toFixed(1), max: +Math.max(...again).toFixed(1) },
  navigation_to_ready_ms: { median: +median(ready).toFixed(1), min: +Math.min(...ready).toFixed(1), max: +Math.max(...ready).toFixed(1) },
  of_which_rendering_ms: { median: +median(render).toFixed(1) },
  of_which_in_worker_ms: { median: +median(inWorker).toFixed(1) },
  paste_to_summary_ms: { median: +median(paste).toFixed(1), min: +Math.min(...paste).toFixed(1), max: +Math.max(...paste).toFixed(1) },
}));
