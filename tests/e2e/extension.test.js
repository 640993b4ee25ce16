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
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { chromium } from 'playwright-core';

import { serve } from '../../scripts/serve.mjs';
import { ROOT } from '../paths.js';
import { CLUTTER, NAMES_PAGE, namesPageHtml, writePages } from './article-pages.js';
import { CHROMIUM_ARGS, SHOTS, nonLocal } from './browser.js';

const BUILT = join(ROOT, 'dist', 'extension');
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
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
  writeFileSync(join(work, 'site', `${NAMES_PAGE.slug}.html`), namesPageHtml());
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

  test('names are marked only in the article, once per mention, never one mark inside another', async () => {
    const { page, panel } = await openWithPanel(NAMES_PAGE.slug);
    const outside = () => page.evaluate(() => [...document.querySelectorAll('header, aside, footer')]
      .map((e) => e.innerHTML).join('\n'));
    const before = await outside();
    await panel.check('#highlight');
    await panel.check('#highlight-names');
    await page.waitForFunction(() => document.querySelectorAll('mark.precis-name').length > 0);
    const marks = await page.evaluate(() => [...document.querySelectorAll('mark')].map((m) => ({
      text: m.textContent, names: m.classList.contains('precis-name'),
      sentence: m.classList.contains('precis-sentence'),
      inArticle: m.closest('article') !== null, nested: m.parentElement.closest('mark') !== null })));
    const names = marks.filter((m) => m.names);
    assert.deepEqual(marks.filter((m) => !m.inArticle), [], 'a mark outside the article');
    assert.deepEqual(marks.filter((m) => m.nested), [], 'a mark inside another mark');
    assert.equal(await outside(), before, 'navigation, sidebar and footer are untouched');
    // Each mention its own mark: "Joe Biden" once, and "Biden" alone where it stands alone.
    const count = (t) => names.filter((m) => m.text === t).length;
    assert.equal(count('Joe Biden'), 1);
    assert.ok(count('Biden') <= 1, `${count('Biden')} marks "Biden"`);
    assert.ok(count('Berlin') >= 1 && count('Siemens') === 2, JSON.stringify(names.map((m) => m.text)));
    // A name in a summary sentence is one mark of both kinds, not a mark in the sentence's mark.
    assert.ok(names.some((m) => m.sentence), 'a name inside a summary sentence');
    const found = JSON.parse(await panel.evaluate(() => document.documentElement.dataset.highlighted));
    assert.equal(found.names, names.length);
    await panel.uncheck('#highlight');
    await page.waitForFunction(() => document.querySelectorAll('mark').length === 0);
    await page.close();
    await panel.close();
  });

  test('a picked name group is marked only in the article, once per mention, never one mark inside another', async () => {
    const { page, panel } = await openWithPanel(NAMES_PAGE.slug);
    const outside = () => page.evaluate(() => [...document.querySelectorAll('header, aside, footer')]
      .map((e) => e.innerHTML).join('\n'));
    const article = () => page.evaluate(() => document.querySelector('article').innerHTML);
    const [outsideBefore, articleBefore] = [await outside(), await article()];
    const marks = () => page.evaluate(() => [...document.querySelectorAll('mark')].map((m) => ({
      text: m.textContent, picked: m.classList.contains('precis-picked'), name: m.classList.contains('precis-name'),
      inArticle: m.closest('article') !== null, nested: m.parentElement.closest('mark') !== null })));
    // Each of the two groups with the most mentions, first alone, then over the summary and name
    // marks (the picked mentions then share those marks).
    const groups = await panel.locator('#groups button.group').evaluateAll((bs) => bs.map((b) => ({
      name: b.firstChild.textContent, id: b.dataset.group,
      mentions: Number(b.title.match(/^(\d+) mention/)[1]) })));
    const top = groups.sort((a, b) => b.mentions - a.mentions).slice(0, 2);
    assert.ok(top[1].mentions >= 2, JSON.stringify(top));
    for (const highlighted of [false, true]) {
      if (highlighted) {
        // A dark site: marks with a background of their own must not keep its light text.
        await page.addStyleTag({ content: 'body { background: #121212; color: #e8e8e8; }' });
        await panel.check('#highlight');
        await panel.check('#highlight-names');
        await page.waitForFunction(() => document.querySelectorAll('mark.precis-name').length > 0);
      }
      for (const group of top) {
        const button = panel.locator(`#groups button[data-group="${group.id}"]`);
        await button.click();
        await panel.waitForFunction(() => /highlighted in the page\.$/.test(document.getElementById('status').textContent));
        assert.equal(await button.getAttribute('aria-pressed'), 'true');
        const all = await marks();
        const picked = all.filter((m) => m.picked);
        const what = `${group.name}${highlighted ? ' over the highlights' : ''}: ${JSON.stringify(picked.map((m) => m.text))}`;
        assert.deepEqual(all.filter((m) => !m.inArticle), [], `a mark outside the article (${what})`);
        assert.deepEqual(all.filter((m) => m.nested), [], `a mark inside another mark (${what})`);
        assert.equal(await outside(), outsideBefore, 'navigation, sidebar and footer are untouched');
        // One mark per mention of the group, every mention in the article (its heading too).
        assert.equal(picked.length, group.mentions, what);
        for (const m of picked) assert.ok(group.name.includes(fold(m.text)), `"${m.text}" is not a form of ${what}`);
        if (highlighted) {
          assert.ok(picked.some((m) => m.name), `no picked mention on a name mark (${what})`);
          const unreadable = await page.evaluate(() => {
            const lum = (c) => {
              const v = c.match(/[\d.]+/g).slice(0, 3).map((x) => Number(x) / 255)
                .map((x) => (x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4));
              return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2];
            };
            return [...document.querySelectorAll('mark')].map((m) => {
              const s = getComputedStyle(m);
              const [a, b] = [lum(s.color), lum(s.backgroundColor)];
              return { text: m.textContent, className: m.className, background: s.backgroundColor,
                       ratio: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05) };
            }).filter((m) => m.background !== 'rgba(0, 0, 0, 0)' && m.ratio < 4.5);
          });
          assert.deepEqual(unreadable, [], 'a mark whose text cannot be read on its background');
        }
        assert.equal(await panel.evaluate(() => document.documentElement.dataset.picked), String(group.mentions));
        await button.click();
        await page.waitForFunction(() => document.querySelectorAll('mark.precis-picked').length === 0);
      }
      if (!highlighted) assert.equal(await article(), articleBefore, 'the article is as it was');
    }
    // The highlights stayed through the picks; unmarking them leaves the page as it was.
    assert.ok(await page.locator('mark.precis-name').count() > 0);
    await panel.uncheck('#highlight');
    await page.waitForFunction(() => document.querySelectorAll('mark').length === 0);
    assert.equal(await article(), articleBefore, 'the article is as it was');
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
    assert.equal(await panel.evaluate(() => document.documentElement.dataset.language), 'de:page');
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
    // The same article under a template's lang="en": the text's own language wins.
    const german = readFileSync(join(work, 'site', 'brueckenbau.html'), 'utf8');
    writeFileSync(join(work, 'site', 'brueckenbau-en.html'), german.replace('lang="de"', 'lang="en"'));
    const other = await openWithPanel('brueckenbau-en');
    assert.equal(await other.panel.evaluate(() => document.documentElement.dataset.language), 'de:detected');
    assert.equal(await other.panel.locator('#language option').first().textContent(), 'auto (German)');
    assert.match(await other.panel.locator('#status').textContent(), /Summary: 3 of 6 sentences/);
    await other.page.close();
    await other.panel.close();
  });

  test('a name group in the panel marks every mention in the page and is pressed; again unmarks', async () => {
    const { page, panel } = await openWithPanel(articles[0].slug);
    // The group with the most mentions ("N mentions: highlight them all").
    const groups = await panel.locator('#groups button.group').evaluateAll((bs) => bs.map((b) => ({
      name: b.firstChild.textContent, mentions: Number(b.title.match(/^(\d+) mention/)[1]), id: b.dataset.group })));
    const group = groups.reduce((a, b) => (b.mentions > a.mentions ? b : a));
    assert.ok(group.mentions >= 2, JSON.stringify(group));
    const button = panel.locator(`#groups button[data-group="${group.id}"]`);
    assert.equal(await button.getAttribute('aria-pressed'), 'false');
    await panel.check('#highlight'); // summary marks in the page too: picks sit beside them
    await page.waitForFunction(() => document.querySelectorAll('mark.precis-sentence').length > 0);
    await button.click();
    await page.waitForFunction(() => document.querySelectorAll('mark.precis-picked').length > 0);
    assert.equal(await button.getAttribute('aria-pressed'), 'true');
    const marked = await page.locator('mark.precis-picked').allTextContents();
    assert.ok(marked.length >= group.mentions, `${marked.length} marked, ${group.mentions} mentions`);
    for (const m of marked) assert.ok(group.name.includes(fold(m)), `"${m}" is a form of ${group.name}`);
    assert.match(await panel.locator('#status').textContent(),
                 new RegExp(`^${marked.length} mentions of ${group.name} highlighted in the page\\.$`));
    await button.click();
    await page.waitForFunction(() => document.querySelectorAll('mark.precis-picked').length === 0);
    assert.equal(await button.getAttribute('aria-pressed'), 'false');
    // Another group replaces the first: one pressed at a time.
    const others = panel.locator('#groups button.group');
    await others.nth(0).click();
    await others.nth(1).click();
    assert.equal(await panel.locator('#groups button[aria-pressed="true"]').count(), 1);
    await others.nth(1).click();
    await panel.uncheck('#highlight');
    await page.waitForFunction(() => document.querySelectorAll('mark').length === 0);
    await page.close();
    await panel.close();
  });

  test('panel: body-size summary, the slider ends at the page\'s sentences, a spaced dateline, a short page said so', async () => {
    writeFileSync(join(work, 'site', 'harbour-short.html'), '<!doctype html><html lang="en"><head>' +
      '<meta charset="utf-8"><title>Harbour reopens | The Courier</title></head><body><main><article>' +
      '<h1>Harbour reopens</h1><p>(CNN)President Maria Lopez reopened the Eastbay harbour on Monday. ' +
      'Repairs to the old quay cost $4 million and took a year.</p></article></main></body></html>');
    const { page, panel } = await openWithPanel('harbour-short');
    const first = await panel.locator('#summary li').first().textContent();
    assert.ok(first.startsWith('(CNN) President Maria Lopez'), first);
    assert.match(await panel.locator('#status').textContent(),
                 /Summary: 2 of \d+ sentences — the article is already short: all 2 sentences shown\.$/);
    assert.equal(await panel.getAttribute('#length', 'max'), '2');
    const sizes = await panel.evaluate(() => {
      const px = (el) => parseFloat(getComputedStyle(el).fontSize);
      return { body: px(document.body), summary: px(document.querySelector('.summary-sentence')),
               stats: px(document.getElementById('stats')) };
    });
    // Chromium's 75% body font for extension pages made the summary 12 px beside a 15.2 px stats line.
    assert.ok(sizes.body >= 16 && sizes.summary >= sizes.body && sizes.summary >= sizes.stats, JSON.stringify(sizes));
    // At 320 px the slider's value stays beside the slider and nothing overflows sideways.
    await panel.setViewportSize({ width: 320, height: 800 });
    const layout = await panel.evaluate(() => {
      const box = (id) => document.getElementById(id).getBoundingClientRect();
      const s = box('length');
      const o = box('length-value');
      return { rowGap: Math.abs((s.top + s.bottom) / 2 - (o.top + o.bottom) / 2), gap: o.left - s.right,
               overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth };
    });
    assert.ok(layout.rowGap < 8 && layout.gap >= 0 && layout.gap < 24 && layout.overflow <= 0, JSON.stringify(layout));
    await page.close();
    await panel.close();
  });

  test('panel: the source line gives the writer and the date once, also when the byline line writes it in words', async () => {
    const a = articles[3];
    const inWords = new Date(a.published).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    writeFileSync(join(work, 'site', 'dated-in-words.html'), '<!doctype html><html lang="en"><head>' +
      `<meta charset="utf-8"><title>${a.title}</title>` +
      `<meta property="article:published_time" content="${a.published}T08:00:00Z"></head><body><main><article>` +
      `<h1>${a.title}</h1><p class="byline">${a.byline} · <time datetime="${a.published}">${inWords}</time></p>` +
      `${a.paragraphs.map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`).join('')}</article></main></body></html>`);
    const { page, panel } = await openWithPanel('dated-in-words');
    const source = await panel.locator('#source').textContent();
    // Before: "… · 12 October 2025 · 2025-10-12"; the byline is now its names only (the core's
    // reader cuts a byline line where its date begins), and the date follows once.
    assert.equal(source, `${a.title} · ${a.byline.replace(/^By /, '')} · ${a.published}`);
    assert.ok(!source.includes(inWords), source);
    await page.close();
    await panel.close();
  });

  test('panel layout: a wide panel keeps a readable line length; a narrow one never breaks the date or scrolls sideways', async () => {
    const a = articles[0];
    const { page, panel } = await openWithPanel(a.slug);
    // At 1280 px the summary ran ~150 characters a line: the column is now at most ~45em, centred.
    await panel.setViewportSize({ width: 1280, height: 900 });
    const wide = await panel.evaluate(() => {
      const main = document.querySelector('main');
      const em = parseFloat(getComputedStyle(main).fontSize);
      const box = main.getBoundingClientRect();
      const summary = document.getElementById('summary').getBoundingClientRect();
      return { em, width: box.width / em, summary: summary.width / em, left: box.left,
               right: document.documentElement.clientWidth - box.right };
    });
    assert.ok(wide.width <= 45 && wide.width >= 38 && wide.summary <= 45, JSON.stringify(wide));
    assert.ok(Math.abs(wide.left - wide.right) <= 1, `centred: ${JSON.stringify(wide)}`);
    await panel.screenshot({ path: join(SHOTS, 'panel-1280-light.png') });
    // Narrow widths, 2 px apart, so that somewhere a line ends where the date stands: the date
    // ("2025-03-14", which broke as "2025-" / "03-14") stays on one line, and nothing overflows.
    assert.ok((await panel.locator('#source').textContent()).includes(a.published));
    const broken = [];
    for (let width = 300; width <= 440; width += 2) {
      await panel.setViewportSize({ width, height: 900 });
      const r = await panel.evaluate((date) => {
        const source = document.getElementById('source');
        const walker = document.createTreeWalker(source, NodeFilter.SHOW_TEXT);
        let lines = 0;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = node.data.indexOf(date);
          if (at < 0) continue;
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + date.length);
          lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
        }
        return { lines, overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
                 nowrap: getComputedStyle(document.querySelector('#source .source-date')).whiteSpace };
      }, a.published);
      if (r.lines !== 1 || r.overflow > 0 || r.nowrap !== 'nowrap') broken.push({ width, ...r });
    }
    assert.deepEqual(broken, [], 'widths where the date broke across lines or the panel overflowed');
    await page.close();
    await panel.close();
  });

  test('panel exports: Markdown and text carry the page\'s address and the date; JSON named after the title', async () => {
    const { page, panel } = await openWithPanel(articles[2].slug);
    // The panel writes the clipboard (a click is its user gesture); the article's page, allowed to,
    // reads it back (an extension origin cannot be granted clipboard-read).
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
    const clipboard = async () => {
      await page.bringToFront();
      const text = await page.evaluate(() => navigator.clipboard.readText());
      await panel.bringToFront();
      return text;
    };
    const today = await panel.evaluate(() => {
      const d = new Date();
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    });
    await panel.click('#copy-markdown');
    await panel.waitForFunction(() => document.getElementById('status').textContent === 'Summary copied as Markdown.');
    const md = await clipboard();
    const title = await panel.evaluate(() => document.getElementById('source').textContent.split(' · ')[0]);
    assert.ok(md.startsWith(`# ${title.replace(/([\\`*_[\]#<>])/g, '\\$1')}\n\nSource: <${page.url()}>\\\n` +
                            `Summarized with Précis on ${today}\n\n- `), md);
    await panel.click('#copy-text');
    await panel.waitForFunction(() => document.getElementById('status').textContent === 'Summary copied as text.');
    const plain = await clipboard();
    assert.ok(plain.startsWith(`${title}\nSource: ${page.url()}\nSummarized with Précis on ${today}\n\n`), plain);
    const [download] = await Promise.all([panel.waitForEvent('download'), panel.click('#download-json')]);
    const stem = title.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').slice(0, 40);
    assert.ok(download.suggestedFilename().startsWith(`precis-${stem}`), `${download.suggestedFilename()} for "${title}"`);
    await page.close();
    await panel.close();
  });

  test('panel accessibility: no serious or critical axe violations, light and dark, 320 and 420 px; skip link; screenshots', async () => {
    const { page, panel } = await openWithPanel(articles[0].slug);
    await panel.locator('#groups button.group').first().click(); // a pressed group on screen too
    await page.waitForFunction(() => document.querySelectorAll('mark.precis-picked').length > 0);
    await panel.evaluate(AXE);
    for (const colorScheme of ['light', 'dark']) {
      for (const width of [320, 420]) {
        await panel.emulateMedia({ colorScheme });
        await panel.setViewportSize({ width, height: 900 });
        const results = await panel.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
        const bad = results.violations.filter((v) => ['serious', 'critical'].includes(v.impact));
        assert.deepEqual(bad.map((v) => `${colorScheme} ${width}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`), []);
        assert.equal(await panel.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), 0, `${width}: overflow`);
        // The whole panel in one picture: a viewport as tall as the panel (a full-page capture lays
        // the panel out without its scrollbar but leaves the scrollbar's 15 px off the picture).
        await panel.setViewportSize({ width, height: await panel.evaluate(() => document.documentElement.scrollHeight) });
        await panel.screenshot({ path: join(SHOTS, `panel-${width}-${colorScheme}.png`) });
      }
    }
    // The skip link past the names.
    await panel.locator('#summary li button').last().focus();
    await panel.keyboard.press('Tab');
    assert.equal(await panel.evaluate(() => document.activeElement.textContent), 'Skip the names: go to the keyphrases');
    await panel.keyboard.press('Enter');
    assert.equal(await panel.evaluate(() => document.activeElement.id), 'keyphrases-heading');
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
