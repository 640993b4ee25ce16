// The packaged extension (dist/extension, built by scripts/package-extension) in Debian
// Chromium: five cluttered news pages of our own are served from localhost; the side panel page
// extracts and summarizes each, the summary must come from the article body and never from the
// clutter, highlights appear in the page and go away cleanly, and nothing leaves localhost.
//
// Automation cannot click the toolbar button that grants activeTab, so the test loads a copy of
// the extension whose only difference is a host permission for 127.0.0.1 — the access activeTab
// grants for the clicked tab — and opens the side panel document as a tab naming the page's tab.
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { chromium } from 'playwright-core';

import { serve } from '../../scripts/serve.mjs';
import { ROOT } from '../paths.js';
import { CLUTTER, writePages } from './article-pages.js';
import { CHROMIUM_ARGS, SHOTS, nonLocal } from './browser.js';

const BUILT = join(ROOT, 'dist', 'extension');
const fold = (s) => s.replace(/\s+/g, ' ').trim();

let work;
let server;
let base;
let context;
let extensionId;
let articles;
const requests = [];

before(async () => {
  assert.ok(existsSync(join(BUILT, 'manifest.json')), 'run scripts/package-extension first');
  work = mkdtempSync(join(tmpdir(), 'precis-ext-'));
  const ext = join(work, 'extension');
  cpSync(BUILT, ext, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(ext, 'manifest.json'), 'utf8'));
  manifest.host_permissions = ['http://127.0.0.1/*']; // stands in for the activeTab grant
  writeFileSync(join(ext, 'manifest.json'), JSON.stringify(manifest));
  articles = writePages(join(work, 'site'));
  server = await serve(join(work, 'site'), 0);
  base = `http://127.0.0.1:${server.address().port}/`;
  context = await chromium.launchPersistentContext(join(work, 'profile'), {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: false, // the new headless mode below loads extensions; Playwright's default does not
    args: ['--headless=new', ...CHROMIUM_ARGS, `--disable-extensions-except=${ext}`, `--load-extension=${ext}`],
    viewport: { width: 900, height: 900 },
  });
  context.on('request', (r) => requests.push(r.url()));
  const worker = context.serviceWorkers()[0] ?? await context.waitForEvent('serviceworker');
  extensionId = new URL(worker.url()).host;
});

after(async () => {
  await context?.close();
  server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

/** Opens an article and its side panel; resolves when the panel shows a summary. */
async function openWithPanel(slug) {
  const page = await context.newPage();
  await page.goto(`${base}${slug}.html`);
  const panel = await context.newPage();
  await panel.setViewportSize({ width: 420, height: 900 });
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tab=-1`);
  const tabId = await panel.evaluate(async (url) => (await chrome.tabs.query({ url }))[0].id, page.url());
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tab=${tabId}`);
  await panel.waitForFunction(() => /Summary: \d+ of/.test(document.getElementById('status').textContent),
                              null, { timeout: 30_000 });
  return { page, panel };
}

describe('the extension', () => {
  test('Chromium reports no manifest problem for the Chromium build but its cross-browser background', async () => {
    // What chrome://extensions shows in developer mode. The build declares background.scripts
    // beside the service worker for web-ext lint (scripts/extension-manifest.mjs): Chromium
    // ignores that key and says so; any other message fails.
    const page = await context.newPage();
    await page.goto('chrome://extensions');
    const info = await page.evaluate(async (id) => {
      await chrome.developerPrivate.updateProfileConfiguration({ inDeveloperMode: true });
      await chrome.developerPrivate.reload(id, { failQuietly: true });
      for (let i = 0; i < 50; ++i) {
        const e = (await chrome.developerPrivate.getExtensionsInfo()).find((x) => x.id === id);
        if (e?.state === 'ENABLED') {
          return { warnings: e.installWarnings, errors: e.manifestErrors.map((m) => m.message) };
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      return null;
    }, extensionId);
    assert.deepEqual(info, { warnings: [],
      errors: ["'background.scripts' requires manifest version of 2 or lower."] });
    await page.close();
  });

  test('on five cluttered pages the summary comes from the article body, never the clutter', async () => {
    for (const a of articles) {
      const { page, panel } = await openWithPanel(a.slug);
      const body = fold(a.paragraphs.join(' '));
      const summary = (await panel.locator('#summary li').allTextContents()).map(fold);
      assert.ok(summary.length >= 2, `${a.slug}: ${summary.length} sentences`);
      for (const s of summary) {
        assert.ok(body.includes(s), `${a.slug}: "${s}" is not from the article body`);
        assert.ok(!CLUTTER.some((c) => c.includes(s) || s.includes(c)), `${a.slug}: clutter "${s}"`);
      }
      assert.match(await panel.locator('#source').textContent(), new RegExp(a.title.slice(0, 20)));
      await page.close();
      await panel.close();
    }
  });

  test('highlights appear in the page DOM and disappear on toggle-off', async () => {
    const { page, panel } = await openWithPanel(articles[0].slug);
    // The article as markup and as text nodes (Chromium itself may touch form fields elsewhere).
    const snapshot = () => page.evaluate(() => {
      const a = document.querySelector('article');
      return { html: a.innerHTML, nodes: [...a.querySelectorAll('p')].map((p) => p.childNodes.length) };
    });
    const before = await snapshot();
    await panel.check('#highlight');
    await page.waitForFunction(() => document.querySelectorAll('mark.precis-sentence').length > 0);
    const summary = (await panel.locator('#summary li').allTextContents()).map(fold);
    const marked = await page.evaluate(() => {
      const bySentence = new Map();
      for (const m of document.querySelectorAll('mark.precis-sentence')) {
        bySentence.set(m.dataset.precis, (bySentence.get(m.dataset.precis) ?? '') + m.textContent);
      }
      return [...bySentence.values()];
    });
    assert.deepEqual(marked.map(fold), summary);
    await panel.check('#highlight-names');
    await page.waitForFunction(() => document.querySelectorAll('mark.precis-name').length > 0);
    assert.ok(await page.locator('mark.precis-name', { hasText: 'Colin Abara' }).count() >= 1);
    // Clicking a summary sentence scrolls the page to it.
    await panel.locator('#summary li button').nth(1).click();
    await page.waitForFunction(() => document.querySelector('mark.precis-flash') !== null);
    // The picture a user sees: the highlighted page with the side panel beside it.
    const shots = [await page.screenshot(), await panel.screenshot()].map((b) => b.toString('base64'));
    const board = await context.newPage();
    await board.setViewportSize({ width: 1328, height: 900 });
    await board.setContent(`<body style="margin:0;display:flex;gap:8px;background:#888">${shots.map((b) =>
      `<img src="data:image/png;base64,${b}">`).join('')}</body>`);
    await board.screenshot({ path: join(SHOTS, 'extension-side-panel.png') });
    await board.close();
    await panel.uncheck('#highlight');
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
    for (const s of await panel.locator('#summary li').allTextContents()) assert.ok(selected.includes(fold(s)));

    await page.setContent('<main><p>Short note.</p><p>Meeting moved to Friday at noon. Bring the plans.</p></main>');
    await panel.click('#refresh');
    await panel.waitForFunction(() => document.getElementById('status').textContent.startsWith('No article found'));
    await page.close();
    await panel.close();
  });

  test('on a German page (<html lang="de">) the panel uses German and says what works', async () => {
    const paragraphs = [
      'Der Stadtrat von Neustadt hat am 3. Oktober den Bau einer neuen Brücke über die Elbe ' +
        'beschlossen. Die Abstimmung fiel mit 31 zu 9 Stimmen deutlich aus.',
      'Die Kosten liegen bei ca. 48 Millionen Euro. Bund und Land übernehmen davon den größten ' +
        'Teil, z. B. die Planung und die Zufahrten.',
      'Bürgermeisterin Anna Keller sprach von einem guten Tag für die Stadt. Die Bauarbeiten ' +
        'sollen im Frühjahr beginnen und zwei Jahre dauern.',
    ];
    writeFileSync(join(work, 'site', 'brueckenbau.html'), '<!doctype html><html lang="de"><head>' +
      '<meta charset="utf-8"><title>Stadtrat beschließt neue Brücke</title></head><body><main><article>' +
      `<h1>Stadtrat beschließt neue Brücke</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}` +
      '</article></main></body></html>');
    const { page, panel } = await openWithPanel('brueckenbau');
    assert.equal(await panel.evaluate(() => document.documentElement.dataset.language), 'de:given');
    assert.equal(await panel.locator('#language option').first().textContent(), 'auto (German, from the page)');
    const note = panel.locator('#language-note');
    assert.equal(await note.isVisible(), true);
    assert.match(await note.textContent(),
                 /^German \(as the page says\): sentences, summary and keyphrases work\. Names .* only in English/);
    // German rules: neither "am 3. Oktober" nor "z. B. die" ends a sentence.
    assert.match(await panel.locator('#status').textContent(), /Summary: 3 of 6 sentences/);
    await panel.screenshot({ path: join(SHOTS, 'extension-german-page.png') });
    await panel.selectOption('#language', 'en');
    await panel.waitForFunction(() => document.documentElement.dataset.language === 'en:given');
    assert.match(await panel.locator('#status').textContent(), /Summary: 3 of 7 sentences/);
    assert.equal(await note.isVisible(), false);
    await page.close();
    await panel.close();
  });

  test('no request left localhost', () => {
    // (chrome:// pages are the browser's own, served from inside it: chrome://extensions above.)
    const outside = nonLocal(requests.filter((u) => !/^chrome(-extension)?:/.test(u)));
    assert.deepEqual(outside, []);
    assert.ok(requests.some((u) => u.endsWith('precis_core.wasm')), 'the wasm was loaded by the panel');
  });
});
