// The packaged Firefox extension (dist/extension-firefox, built by scripts/package-extension) in
// Debian's firefox-esr, driven over WebDriver BiDi by puppeteer-core (never a downloaded
// browser), installed as a temporary add-on. The same checks as extension.test.js in Chromium:
// on five cluttered news pages served from localhost the summary comes from the article body,
// highlights appear in the page and go away cleanly, a selection and a page without an article
// are handled, and nothing leaves localhost.
//
// Firefox's remote agent reports neither network events nor finished navigations for
// moz-extension:// documents (puppeteer issue 14314), so: every request Firefox makes to a host
// other than localhost goes to a proxy of the test's own, which logs and refuses it (this covers
// the panel, its worker and injected scripts too); and a panel page is opened by starting the
// navigation and waiting for the document to be there.
//
// As in Chromium, automation cannot click the toolbar button that grants activeTab and opens the
// sidebar (browser chrome is out of WebDriver's reach), so the test installs a copy whose only
// difference is a host permission for 127.0.0.1 and opens the sidebar's document as a tab naming
// the page's tab. The add-on's moz-extension:// host is fixed by a preference.
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';

import puppeteer from 'puppeteer-core';

import { serve } from '../../scripts/serve.mjs';
import { ROOT } from '../paths.js';
import { CLUTTER, writePages } from './article-pages.js';
import { SHOTS } from './browser.js';

const BUILT = join(ROOT, 'dist', 'extension-firefox');
const FIREFOX = process.env.FIREFOX ?? '/usr/bin/firefox-esr';
const UUID = 'a3c1e0f2-5b7d-4c19-9e4a-2f6d8b0c1e57';
const PANEL = `moz-extension://${UUID}/sidepanel.html`;
const fold = (s) => s.replace(/\s+/g, ' ').trim();

let work;
let server;
let base;
let browser;
let articles;
let proxy;
const outside = []; // requests that reached the proxy: every one would have left the machine

before(async () => {
  assert.ok(existsSync(join(BUILT, 'manifest.json')), 'run scripts/package-extension first');
  work = mkdtempSync(join(tmpdir(), 'precis-ext-ff-'));
  const ext = join(work, 'extension');
  cpSync(BUILT, ext, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(ext, 'manifest.json'), 'utf8'));
  manifest.host_permissions = ['http://127.0.0.1/*']; // stands in for the activeTab grant
  writeFileSync(join(ext, 'manifest.json'), JSON.stringify(manifest));
  articles = writePages(join(work, 'site'));
  server = await serve(join(work, 'site'), 0);
  base = `http://127.0.0.1:${server.address().port}/`;
  proxy = createServer((req, res) => {
    outside.push(req.url);
    res.writeHead(403).end();
  });
  proxy.on('connect', (req, socket) => {
    outside.push(`https://${req.url}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const { port } = proxy.address();
  browser = await puppeteer.launch({
    browser: 'firefox', executablePath: FIREFOX, headless: true, userDataDir: join(work, 'profile'),
    // WebDriver may load moz-extension:// documents only with this flag (Firefox's remote agent
    // otherwise allows http(s), file and blob navigations).
    args: ['--remote-allow-system-access'],
    // Firefox's remote settings honour the profile's server (puppeteer's dummy.test) only so.
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [manifest.browser_specific_settings.gecko.id]: UUID }),
      // Everything but localhost (never proxied) through the logging proxy.
      'network.proxy.type': 1, 'network.proxy.http': '127.0.0.1', 'network.proxy.http_port': port,
      'network.proxy.ssl': '127.0.0.1', 'network.proxy.ssl_port': port, 'network.proxy.no_proxies_on': '',
      'network.dns.disablePrefetch': true,
    },
  });
  await browser.installExtension(ext);
});

after(async () => {
  await browser?.close();
  server?.close();
  proxy?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

async function newPage(width) {
  const page = await browser.newPage();
  await page.setViewport({ width, height: 900 });
  return page;
}

/** Loads sidepanel.html?QUERY in `panel`; the remote agent never says when (see the top). */
async function openPanel(panel, query) {
  const url = `${PANEL}?${query}`;
  panel.goto(url).catch(() => {}); // rejects after its timeout: the navigation's end is never reported
  for (const until = Date.now() + 30_000; Date.now() < until;) {
    const at = await panel.evaluate(() => document.readyState === 'complete' && location.href).catch(() => null);
    if (at === url) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  assert.fail(`${url} did not load`);
}

/** Opens an article and its sidebar page; resolves when the panel shows a summary. */
async function openWithPanel(slug) {
  const page = await newPage(900);
  await page.goto(`${base}${slug}.html`);
  const panel = await newPage(420);
  await openPanel(panel, 'tab=-1');
  // (Firefox's match patterns have no port: the page's tab is found by its URL.)
  const tabId = await panel.evaluate(async (url) => (await browser.tabs.query({})).find((t) => t.url === url).id,
                                     page.url());
  await openPanel(panel, `tab=${tabId}`);
  await panel.waitForFunction(() => /Summary: \d+ of/.test(document.getElementById('status').textContent),
                              { timeout: 60_000 });
  return { page, panel };
}

const summaryOf = (panel) => panel.$$eval('#summary li', (items) => items.map((li) => li.textContent));

describe('the Firefox extension', () => {
  test('what Firefox runs: a sidebar with the side panel page, an event page, the three API permissions', async () => {
    const panel = await newPage(420);
    await openPanel(panel, 'tab=-1');
    const seen = await panel.evaluate(async () => ({
      sidebar: browser.runtime.getManifest().sidebar_action.default_panel,
      background: browser.runtime.getManifest().background,
      sidebarApi: typeof browser.sidebarAction?.open,
      permissions: await browser.permissions.getAll(),
    }));
    assert.equal(seen.sidebar, `moz-extension://${UUID}/sidepanel.html`);
    assert.deepEqual(seen.background.scripts, [`moz-extension://${UUID}/background.js`]);
    assert.equal(seen.background.service_worker, null);
    assert.equal(seen.sidebarApi, 'function');
    assert.deepEqual(seen.permissions.permissions.sort(), ['activeTab', 'scripting', 'storage']);
    await panel.close();
  });

  test('on five cluttered pages the summary comes from the article body, never the clutter', async () => {
    for (const a of articles) {
      const { page, panel } = await openWithPanel(a.slug);
      const body = fold(a.paragraphs.join(' '));
      const summary = (await summaryOf(panel)).map(fold);
      assert.ok(summary.length >= 2, `${a.slug}: ${summary.length} sentences`);
      for (const s of summary) {
        assert.ok(body.includes(s), `${a.slug}: "${s}" is not from the article body`);
        assert.ok(!CLUTTER.some((c) => c.includes(s) || s.includes(c)), `${a.slug}: clutter "${s}"`);
      }
      assert.match(await panel.$eval('#source', (e) => e.textContent), new RegExp(a.title.slice(0, 20)));
      await page.close();
      await panel.close();
    }
  });

  test('highlights appear in the page DOM and disappear on toggle-off', async () => {
    const { page, panel } = await openWithPanel(articles[0].slug);
    const snapshot = () => page.evaluate(() => {
      const a = document.querySelector('article');
      return { html: a.innerHTML, nodes: [...a.querySelectorAll('p')].map((p) => p.childNodes.length) };
    });
    const before = await snapshot();
    await panel.click('#highlight');
    await page.waitForFunction(() => document.querySelectorAll('mark.precis-sentence').length > 0);
    const summary = (await summaryOf(panel)).map(fold);
    const marked = await page.evaluate(() => {
      const bySentence = new Map();
      for (const m of document.querySelectorAll('mark.precis-sentence')) {
        bySentence.set(m.dataset.precis, (bySentence.get(m.dataset.precis) ?? '') + m.textContent);
      }
      return [...bySentence.values()];
    });
    assert.deepEqual(marked.map(fold), summary);
    await panel.click('#highlight-names');
    await page.waitForFunction(() => [...document.querySelectorAll('mark.precis-name')]
      .some((m) => m.textContent === 'Colin Abara'));
    // Clicking a summary sentence scrolls the page to it.
    await panel.click('#summary li:nth-child(2) button');
    await page.waitForFunction(() => document.querySelector('mark.precis-flash') !== null);
    await page.screenshot({ path: join(SHOTS, 'extension-firefox-page.png') });
    await panel.screenshot({ path: join(SHOTS, 'extension-firefox-panel.png') });
    await panel.click('#highlight');
    await page.waitForFunction(() => document.querySelectorAll('mark').length === 0);
    assert.deepEqual(await snapshot(), before, 'the article is as it was, text nodes merged back');
    await page.close();
    await panel.close();
  });

  test('a selection is summarized instead of the page; a page without an article falls back', async () => {
    const { page, panel } = await openWithPanel(articles[1].slug);
    await page.evaluate(() => {
      const ps = document.querySelectorAll('article p');
      const range = document.createRange();
      range.setStart(ps[2], 0);
      range.setEnd(ps[3], ps[3].childNodes.length);
      getSelection().removeAllRanges();
      getSelection().addRange(range);
    });
    await panel.click('#refresh');
    await panel.waitForFunction(() => document.getElementById('status').textContent.startsWith('Summarizing your selection.'));
    const selected = fold(articles[1].paragraphs.slice(1, 3).join(' '));
    for (const s of await summaryOf(panel)) assert.ok(selected.includes(fold(s)));

    await page.setContent('<main><p>Short note.</p><p>Meeting moved to Friday at noon. Bring the plans.</p></main>');
    await panel.click('#refresh');
    await panel.waitForFunction(() => document.getElementById('status').textContent.startsWith('No article found'));
    await page.close();
    await panel.close();
  });

  test('no request left localhost', () => {
    // dummy.test: where puppeteer's profile points Firefox's own services (update, blocklist…);
    // .test names never resolve. Any other request is the extension's or a page's.
    assert.deepEqual(outside.filter((u) => !/^https?:\/\/dummy\.test[:/]/.test(u)), []);
  });
});
