// Offline use: after one visit the service worker serves the whole page with the network cut,
// and the single-file build works from file:// with no server at all.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';

import { SINGLE_FILE, nonLocal, recordRequests, siteAndBrowser } from './browser.js';

const env = siteAndBrowser();

async function summarizeSample(page) {
  await page.waitForFunction(() => document.documentElement.dataset.names === 'loaded', null, { timeout: 20_000 });
  await page.click('#sample');
  await page.waitForFunction(() => document.getElementById('status').textContent.startsWith('Summary: 3 of'),
                             null, { timeout: 20_000 });
  return page.locator('#summary li').count();
}

test('after one visit, the page loads and summarizes with the network blocked', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  await page.goto(env.site.url);
  // The worker installs (caching every asset) and claims this first page when it activates.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20_000 });
  // The network is gone: the server is closed with its open connections, and any request that
  // still reached the network layer would fail. (Playwright's setOffline does not apply to
  // service worker fetches consistently, so the server itself goes away.)
  env.site.server.close();
  env.site.server.closeAllConnections();
  // A new visit in a new tab (a DevTools-driven reload skips the service worker, a typed
  // address or bookmark does not).
  const again = await context.newPage();
  const failed = [];
  again.on('requestfailed', (r) => failed.push(r.url()));
  await again.goto(env.site.url);
  assert.equal(await summarizeSample(again), 3);
  assert.ok(await again.locator('#original .ent-PERSON').count() >= 2); // the model came from the cache
  assert.ok(await again.evaluate(() => navigator.serviceWorker.controller !== null));
  assert.deepEqual(failed, []);
  const keys = await again.evaluate(() => caches.keys());
  assert.equal(keys.length, 1);
  assert.match(keys[0], /^precis-[0-9a-f]{16}$/);
  await context.close();
});

test('dist/precis.html opened from file:// summarizes, with no request at all', async () => {
  const context = await env.browser.newContext();
  const requests = recordRequests(context);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(pathToFileURL(SINGLE_FILE).href);
  assert.equal(await summarizeSample(page), 3);
  assert.ok(await page.locator('#original .ent-PERSON').count() >= 2);
  assert.deepEqual(errors, []);
  assert.deepEqual(nonLocal(requests.filter((u) => !u.startsWith('file:'))), []);
  await context.close();
});
