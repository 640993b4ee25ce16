// Lighthouse (npm lighthouse 12.2.3, the newest that runs on Node 20) on the served page with
// Debian Chromium: performance, accessibility and best practices, desktop and mobile settings.
//   node scripts/evaluation/lighthouse.mjs [DIST_WEB]   → scores, and docs/lighthouse.json
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';

import { serve } from '../serve.mjs';
import { CHROMIUM_ARGS } from '../../tests/e2e/browser.js';
import { ROOT, WEB_DIST } from '../../tests/paths.js';

const dir = process.argv[2] ?? WEB_DIST;
const server = await serve(dir, 0);
const url = `http://127.0.0.1:${server.address().port}/`;
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
});
const categories = ['performance', 'accessibility', 'best-practices'];
const report = { url, lighthouse: '12.2.3', runs: {} };
try {
  for (const [name, config] of [['mobile', undefined], ['desktop', desktopConfig]]) {
    const result = await lighthouse(url, { port: chrome.port, onlyCategories: categories, output: 'json',
                                           logLevel: 'error' }, config);
    const lhr = result.lhr;
    const scores = Object.fromEntries(categories.map((c) => [c, Math.round(lhr.categories[c].score * 100)]));
    const audits = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time',
                    'cumulative-layout-shift', 'speed-index'];
    report.runs[name] = { scores, metrics: Object.fromEntries(audits.map((a) => [a, lhr.audits[a].displayValue])),
                          failing: Object.values(lhr.audits).filter((a) => a.score !== null && a.score < 0.9 &&
                            a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual').map((a) => a.id) };
    console.log(`${name}: ${categories.map((c) => `${c} ${scores[c]}`).join(', ')}; ` +
                `${audits.map((a) => `${a} ${lhr.audits[a].displayValue}`).join(', ')}`);
    if (report.runs[name].failing.length) console.log(`  below 0.9: ${report.runs[name].failing.join(', ')}`);
  }
} finally {
  await chrome.kill();
  server.close();
}
writeFileSync(join(ROOT, 'docs', 'lighthouse.json'), JSON.stringify(report, null, 1) + '\n');
