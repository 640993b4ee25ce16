// The reader's flow on the served page (issue 18): the summary comes into view after a paste, an
// opened file or the sample (focus stays put, the status announces it); keyboard paths (skip
// links, Tab after a jump); lines kept in the original view; exports carrying title, source and
// date; Clear forgetting the settings; status texts with human-sized numbers; short articles.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';

import { SAMPLE_TEXT } from '../../web/sample.js';
import { siteAndBrowser } from './browser.js';

const env = siteAndBrowser();

/** A fresh page (nothing stored) at the given size, ready, names loaded. */
async function openPage({ width = 1280, height = 800 } = {}) {
  const context = await env.browser.newContext({ viewport: { width, height }, acceptDownloads: true });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.site.url });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(env.site.url);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.waitForFunction(() => document.documentElement.dataset.names === 'loaded');
  // Every text the status line (the live region) shows, in order.
  await page.evaluate(() => {
    const status = document.getElementById('status');
    window.statusLog = [];
    new MutationObserver(() => window.statusLog.push(status.textContent))
      .observe(status, { childList: true, characterData: true, subtree: true });
  });
  return { context, page, errors };
}

const statusText = (page) => page.locator('#status').textContent();
const summaryShown = (page, before = '') => page.waitForFunction((old) => {
  const s = document.getElementById('status').textContent;
  return s !== old && s.startsWith('Summary: ');
}, before, { timeout: 30_000 });

/** Pastes through the clipboard into the text box, as Ctrl+V does. */
async function paste(page, text) {
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.focus('#text');
  await page.keyboard.press('Control+V');
}

const headingInView = (page) => page.waitForFunction(() => {
  const r = document.getElementById('summary-heading').getBoundingClientRect();
  return r.top >= 0 && r.bottom <= window.innerHeight;
}, null, { timeout: 5_000 });

describe('the reader\'s flow', () => {
  for (const [width, height] of [[1280, 800], [360, 740]]) {
    test(`${width}×${height}: after a paste the summary heading scrolls into view, focus stays in the text box`, async () => {
      const { context, page, errors } = await openPage({ width, height });
      await paste(page, SAMPLE_TEXT);
      await summaryShown(page);
      await headingInView(page);
      assert.equal(await page.evaluate(() => document.activeElement.id), 'text', 'focus stayed where the reader types');
      assert.equal(await page.inputValue('#text'), SAMPLE_TEXT);
      // Announced: the status line is a polite live region and names the summary.
      assert.equal(await page.getAttribute('#status', 'role'), 'status');
      assert.equal(await page.getAttribute('#status', 'aria-live'), 'polite');
      assert.match(await statusText(page), /^Summary: 3 of \d+ sentences \(\d+ ms\)\.$/);
      // The heading may be in view before the smooth scroll starts (1280×800): give the scroll
      // its time before reading where the page is (a loaded machine read 0 px once).
      await page.waitForFunction(() => window.scrollY > 0, null, { timeout: 5_000 }).catch(() => {});
      const scrolled = await page.evaluate(() => window.scrollY);
      assert.ok(scrolled > 0, `the page scrolled (${scrolled}px)`);
      // Typing on does not pull the page back to the summary.
      await page.keyboard.type(' More.');
      assert.equal(await page.evaluate(() => document.activeElement.id), 'text');
      assert.deepEqual(errors, []);
      await context.close();
    });
  }

  test('360×740: Try a sample and an opened file bring the summary into view too', async () => {
    const { context, page } = await openPage({ width: 360, height: 740 });
    await page.click('#sample');
    await summaryShown(page);
    await headingInView(page);
    assert.equal(await page.evaluate(() => document.activeElement.id), 'sample');
    await page.evaluate(() => window.scrollTo(0, 0));
    const file = join(tmpdir(), `precis-e2e-flow-${process.pid}.txt`);
    writeFileSync(file, SAMPLE_TEXT.split('\n').slice(0, 6).join('\n'));
    const before = await statusText(page);
    await page.setInputFiles('#file', file);
    await summaryShown(page, before);
    await headingInView(page);
    await context.close();
  });

  test('Tab after a jump goes on to the next summary sentence in the original, then back to the summary', async () => {
    const { context, page } = await openPage();
    await page.click('#sample');
    await summaryShown(page);
    const ids = await page.locator('#original .sentence.selected').evaluateAll((ns) => ns.map((n) => n.id));
    assert.equal(ids.length, 3);
    await page.locator('#summary li button').first().focus();
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement.id), ids[0]);
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.id), ids[1]);
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.id), ids[2]);
    await page.keyboard.press('Shift+Tab');
    assert.equal(await page.evaluate(() => document.activeElement.id), ids[1]);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Back to the summary');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'summary-heading');
    await page.keyboard.press('Tab'); // the export buttons beside the heading
    assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Copy text');
    assert.equal(await page.evaluate(() => location.hash), '', 'no fragment in the address');
    await context.close();
  });

  test('skip links: to the summary first, and past the names to the original', async () => {
    const { context, page } = await openPage();
    await page.click('#sample');
    await summaryShown(page);
    await page.reload(); // the article comes back from storage; Tab starts at the top
    await summaryShown(page);
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => {
      const a = document.activeElement;
      const r = a.getBoundingClientRect();
      return { text: a.textContent, width: r.width, height: r.height };
    });
    assert.equal(skip.text, 'Skip to the summary');
    assert.ok(skip.width > 50 && skip.height > 10, `visible when focused: ${JSON.stringify(skip)}`);
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'summary-heading');
    await headingInView(page);
    // Three export buttons, three summary sentences, then the link past the names.
    for (let i = 0; i < 7; ++i) await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Skip the names: go to the original text');
    // The names may arrive while tabbing (the views are rebuilt; focus keeps its place).
    await page.waitForFunction(() => document.querySelectorAll('#groups button, #chips button').length > 10);
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'original-heading');
    await page.keyboard.press('Tab');
    assert.match(await page.evaluate(() => document.activeElement.className), /sentence selected/);
    // Before any summary the link to it is not there.
    await page.click('#clear');
    assert.equal(await page.locator('#skip-summary').isHidden(), true);
    await context.close();
  });

  test('the original keeps the lines of an unmarked list and of short lines; wrapped prose flows', async () => {
    const { context, page } = await openPage();
    const lines = ['8-9 ripe pears, cored and peeled', '1 lemon, or about 1/4 cup lemon juice',
                   '6 tbsp fruit pectin', '5 cups sugar'];
    // Short lines of whole sentences (the core reads them as body text, not as a list).
    const notes = ['The jars were boiled on Tuesday.', 'The lids came a day later.', 'Labels are optional.'];
    const text = 'Pear jam keeps for a year in a cool cellar. It needs only four things.\n\n' +
      `${lines.join('\n')}\n\n${notes.join('\n')}\n\n` +
      'Peel the pears and cook them slowly with the lemon juice until they are\n' +
      'soft, then stir in the pectin. Add the sugar and boil the jam for one\n' +
      'minute before you fill the jars.';
    await paste(page, text);
    await summaryShown(page);
    const shown = await page.locator('#original').evaluate((o) => o.innerText);
    for (const group of [lines, notes]) {
      for (let i = 0; i + 1 < group.length; ++i) {
        assert.ok(shown.includes(`${group[i]}\n${group[i + 1]}`), `"${group[i]}" ends its line:\n${shown}`);
      }
    }
    assert.equal(await page.locator('#original ul.o-list li').count(), lines.length);
    assert.equal(await page.locator('#original p br').count(), notes.length - 1);
    assert.ok(shown.includes('until they are soft, then stir'), `hard-wrapped prose flows:\n${shown}`);
    // The text itself is unchanged: line breaks are layout, nothing was added or lost.
    assert.equal((await page.locator('#original').textContent()).replace(/\s+/g, ''), text.replace(/\s+/g, ''));
    await context.close();
  });

  test('exports carry the title, the opened file\'s name and the date; the JSON is named after the title', async () => {
    const { context, page } = await openPage();
    const file = join(tmpdir(), 'harbour-notes.txt');
    writeFileSync(file, 'The harbour in Eastbay reopened on Monday after repairs that cost $4 million. ' +
      'Mayor Ana Ruiz thanked the crews. Ships returned at noon. Fishing boats followed in the evening.');
    await page.setInputFiles('#file', file);
    await summaryShown(page);
    await page.fill('#title', 'Eastbay: harbour "reopens" / 2026?');
    await page.click('#summarize');
    await page.waitForFunction(() => document.getElementById('stats').textContent !== '' &&
                               document.getElementById('status').textContent.startsWith('Summary'));
    // Summarize ran the summary the typing was waiting for (or the same request once more): no
    // run comes after the typing pause (400 ms) to overwrite the statuses below.
    const logged = await page.evaluate(() => window.statusLog.length);
    await page.waitForTimeout(600);
    const late = await page.evaluate((from) => window.statusLog.slice(from), logged);
    assert.deepEqual(late, []);
    const today = await page.evaluate(() => {
      const d = new Date();
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    });
    await page.click('#copy-markdown');
    await page.waitForFunction(() => document.getElementById('status').textContent === 'Summary copied as Markdown.');
    const md = await page.evaluate(() => navigator.clipboard.readText());
    assert.ok(md.startsWith(`# Eastbay: harbour "reopens" / 2026?\n\nSource: harbour-notes.txt\\\n` +
                            `Summarized with Précis on ${today}\n\n- `), md);
    await page.click('#copy-text');
    await page.waitForFunction(() => document.getElementById('status').textContent === 'Summary copied as text.');
    const plain = await page.evaluate(() => navigator.clipboard.readText());
    assert.ok(plain.startsWith(`Eastbay: harbour "reopens" / 2026?\nSource: harbour-notes.txt\n` +
                               `Summarized with Précis on ${today}\n\n`), plain);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-json')]);
    assert.equal(download.suggestedFilename(), 'precis-eastbay-harbour-reopens-2026.json');
    // Without a title, the file's name names the download.
    await page.fill('#title', '');
    await page.click('#summarize');
    await page.waitForFunction(() => !document.getElementById('status').textContent.startsWith('Summarizing'));
    const [untitled] = await Promise.all([page.waitForEvent('download'), page.click('#download-json')]);
    assert.equal(untitled.suggestedFilename(), 'precis-harbour-notes.json');
    // A paste is a new article: the file is no longer its source.
    await page.fill('#text', '');
    const before = await statusText(page);
    await paste(page, 'A note about the weather came in today. It will rain on Friday.');
    await summaryShown(page, before);
    await page.click('#copy-markdown');
    await page.waitForFunction(() => document.getElementById('status').textContent === 'Summary copied as Markdown.');
    assert.ok(!(await page.evaluate(() => navigator.clipboard.readText())).includes('Source:'));
    await context.close();
  });

  test('Clear forgets the text and the settings: length, unit, method and hidden types', async () => {
    const { context, page } = await openPage();
    await page.click('#sample');
    await summaryShown(page);
    await page.selectOption('#algorithm', 'lead');
    await page.locator('#length').fill('5');
    await page.waitForFunction(() => document.querySelectorAll('#summary li').length === 5);
    await page.click('#chips button[data-type="PERSON"]');
    await page.selectOption('#mode', 'percent');
    await page.waitForFunction(() => document.getElementById('length-value').textContent === '20%');
    assert.notEqual(await page.evaluate(() => localStorage.getItem('precis.settings')), null);
    await page.click('#clear');
    assert.equal(await page.inputValue('#text'), '');
    assert.equal(await page.inputValue('#title'), '');
    assert.equal(await page.inputValue('#mode'), 'sentences');
    assert.equal(await page.inputValue('#algorithm'), 'auto');
    assert.equal(await page.inputValue('#length'), '3');
    assert.equal(await page.locator('#length-value').textContent(), '3');
    assert.equal(await page.evaluate(() => localStorage.getItem('precis.settings')), null);
    assert.equal(await page.evaluate(() => localStorage.getItem('precis.input')), null);
    assert.match(await statusText(page), /^Cleared/);
    // The next article gets the defaults, names of every type shown.
    await page.click('#sample');
    await summaryShown(page);
    assert.equal(await page.locator('#summary li').count(), 3);
    assert.equal(await page.locator('#chips button[aria-pressed="false"]').count(), 0);
    assert.equal(await page.locator('#original.hide-PERSON').count(), 0);
    // And a reload keeps them.
    await page.reload();
    await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
    assert.equal(await page.inputValue('#algorithm'), 'auto');
    await context.close();
  });

  test('status: sizes in words and digits; a short article says so; the slider ends at its sentences', async () => {
    const { context, page } = await openPage();
    // 16,818 characters.
    const sentence = 'The committee reviewed the harbour report on Tuesday and asked for changes. ';
    let text = sentence.repeat(Math.ceil(16_818 / sentence.length)).slice(0, 16_817) + '.';
    assert.equal(text.length, 16_818);
    await page.fill('#text', text);
    await page.click('#summarize');
    await summaryShown(page);
    const log = await page.evaluate(() => window.statusLog);
    assert.ok(log.includes('Summarizing 16,818 characters…'), log.join(' | '));
    const sentences = await page.locator('#original .sentence').count();
    assert.ok(sentences > 200);
    assert.equal(await page.getAttribute('#length', 'max'), String(sentences)); // all of them, not 30
    // A short article: all of it, and said so, in the status and under the summary.
    text = 'The ferry to Eastbay resumed on Monday. Tickets cost $4. The first boat left at noon.';
    const before = await statusText(page);
    await page.fill('#text', text);
    await page.click('#summarize');
    await summaryShown(page, before);
    assert.match(await statusText(page),
      /^Summary: 3 of 3 sentences \(\d+ ms\) — the article is already short: all 3 sentences shown\.$/);
    assert.match(await page.locator('#stats').textContent(), / · The article is already short: all 3 sentences shown · English$/);
    assert.equal(await page.getAttribute('#length', 'max'), '3');
    await page.fill('#text', 'Only one sentence here, and it is short.');
    await page.click('#summarize');
    await page.waitForFunction(() => document.getElementById('status').textContent.includes('all 1 sentence shown'));
    assert.equal(await page.getAttribute('#length', 'max'), '1');
    // 2.1 million characters.
    const big = sentence.repeat(Math.ceil(2_100_000 / sentence.length)).slice(0, 2_100_000);
    await page.evaluate((t) => { document.getElementById('text').value = t; }, big);
    await page.click('#summarize');
    await page.waitForFunction(() => window.statusLog.some((s) => s.startsWith('Summarizing 2.1')), null, { timeout: 10_000 });
    assert.ok((await page.evaluate(() => window.statusLog)).includes('Summarizing 2.1 million characters…'));
    await context.close();
  });

  test('a dateline glued to the first word, "(CNN)President", is shown with a space', async () => {
    const { context, page } = await openPage();
    const text = '(CNN)President Ana Ruiz opened the harbour on Monday. The crews worked for a year. ' +
      'Ships returned at noon.';
    await page.fill('#text', text);
    await page.click('#summarize');
    await summaryShown(page);
    const first = await page.locator('#summary li').first().textContent();
    assert.ok(first.startsWith('(CNN) President'), first);
    assert.ok((await page.locator('#original').textContent()).startsWith('(CNN) President'));
    assert.equal(await page.inputValue('#text'), text, 'the text itself is unchanged');
    await context.close();
  });
});
