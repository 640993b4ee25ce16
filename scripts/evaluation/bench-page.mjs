// The page in headless Debian Chromium (a benchmark, not a test): time from navigation start to
// "ready" (the worker has compiled the wasm and answered), on a first visit (new browser context:
// nothing cached) and on a return visit (served by the service worker's cache), and from a paste
// of a 1,000-word article to the rendered summary. Median of RUNS.
//   node scripts/evaluation/bench-page.mjs [RUNS] [ARTICLE.txt]   → one JSON line
//
// How the harness stays out of the numbers (both measured with traces, docs/MEASUREMENTS.md):
// - A reader navigates in a tab that is already open. Each new Playwright context opens a new
//   headless window, whose omnibox WebUI renderer loads for ~600 ms and takes one of the two
//   cores; so the page is loaded in a tab opened SETTLE_MS before. The just-opened window is
//   measured too (navigation_to_ready_new_window_ms), for comparison.
// - Nothing is evaluated in the page while it loads: waitForFunction injects Playwright's
//   script, ~50 ms of the page's main thread. The page records its own marks; they are read after.
import { readFileSync } from 'node:fs';

import { launch, startSite } from '../../tests/e2e/browser.js';
import { SAMPLE_TEXT } from '../../web/sample.js';

const runs = Number(process.argv[2] ?? 10);
// About 1,000 words of article text: the given file, else the sample repeated.
const source = process.argv[3] ? readFileSync(process.argv[3], 'utf8') : `${SAMPLE_TEXT}\n\n`.repeat(4);
const words = source.split(/\s+/).filter(Boolean);
const article = words.slice(0, 1000).join(' ').replace(/([.!?]) /g, '$1\n\n');
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const SETTLE_MS = 1500;
const LOAD_MS = 1500; // ready comes well within this; the marks are read afterwards

const site = await startSite();
const browser = await launch();
const ready = [];
const newWindow = [];
const again = [];
const paste = [];
const render = []; // of which building the views on the main thread
const inWorker = []; // of which summarizing in the worker

/** Loads the site in `page` without touching it, then reads when it was ready. */
async function readyMs(page) {
  await page.goto(site.url);
  await page.waitForTimeout(LOAD_MS);
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
  return page.evaluate(() => performance.getEntriesByName('precis-ready')[0].startTime);
}

async function openTab(context) {
  const page = await context.newPage();
  await page.goto('about:blank');
  await page.waitForTimeout(SETTLE_MS);
  return page;
}

try {
  for (let i = 0; i < runs; ++i) {
    const fresh = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    newWindow.push(await readyMs(await fresh.newPage()));
    await fresh.close();

    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await openTab(context);
    ready.push(await readyMs(page));
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
    // Return visit: another tab once the service worker controls the site.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await page.close(); // so the return visit does not share the CPU with the first tab
    again.push(await readyMs(await openTab(context)));
    await context.close();
  }
} finally {
  await browser.close();
  site.server.close();
}
const stats = (xs) => ({ median: +median(xs).toFixed(1), min: +Math.min(...xs).toFixed(1), max: +Math.max(...xs).toFixed(1) });
console.log(JSON.stringify({
  runs, article_words: article.split(/\s+/).length,
  return_visit_navigation_to_ready_ms: stats(again),
  navigation_to_ready_ms: stats(ready),
  navigation_to_ready_new_window_ms: stats(newWindow),
  of_which_rendering_ms: { median: +median(render).toFixed(1) },
  of_which_in_worker_ms: { median: +median(inWorker).toFixed(1) },
  paste_to_summary_ms: stats(paste),
}));
