import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';

import { ROOT } from '../paths.js';
import { launch, nonLocal, recordRequests, startSite } from './browser.js';

const SHOTS = join(ROOT, 'tests', 'e2e', 'screenshots');
mkdirSync(SHOTS, { recursive: true });

let site;
let browser;
let context;
let page;
let requests;
const pageErrors = [];

before(async () => {
  site = await startSite();
  browser = await launch();
  context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  requests = recordRequests(context);
  page = await context.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('dialog', (d) => {
    pageErrors.push(`unexpected dialog: ${d.message()}`);
    d.dismiss();
  });
  await page.goto(site.url);
  await page.waitForFunction(() => document.getElementById('status').textContent.startsWith('Ready'));
});

after(async () => {
  await browser?.close();
  site?.server.close();
});

const status = () => page.locator('#status').textContent();

async function summarizeText(text, title = '') {
  await page.fill('#title', title);
  await page.fill('#text', text);
  const before = await status();
  await page.click('#summarize');
  await page.waitForFunction((old) => {
    const s = document.getElementById('status').textContent;
    return s !== old && !s.startsWith('Summarizing');
  }, before);
}

describe('the page', () => {
  test('sample: summary, selected sentences and entity highlights appear', async () => {
    await page.click('#sample');
    await page.waitForSelector('#summary li');
    assert.equal(await page.locator('#summary li').count(), 3);
    assert.equal(await page.locator('#original .sentence.selected').count(), 3);
    assert.ok(await page.locator('#original .ent-PERSON').count() >= 2);
    assert.ok(await page.locator('#original .ent-MONEY').count() >= 1);
    assert.ok(await page.locator('#original .sentence.boilerplate').count() >= 2);
    // The summary items are the selected sentences, in order.
    const summary = await page.locator('#summary li').allTextContents();
    const selected = await page.locator('#original .sentence.selected').allTextContents();
    assert.deepEqual(summary, selected);
    assert.match(await status(), /^Summary: 3 of \d+ sentences/);
    await page.screenshot({ path: join(SHOTS, 'sample-1280.png'), fullPage: true });
  });

  test('the slider changes the number of sentences live', async () => {
    await page.locator('#sentences').fill('5');
    await page.waitForFunction(() => document.querySelectorAll('#summary li').length === 5);
    assert.equal(await page.locator('#original .sentence.selected').count(), 5);
    await page.locator('#sentences').fill('3');
    await page.waitForFunction(() => document.querySelectorAll('#summary li').length === 3);
  });

  test('clicking a summary sentence focuses it in the original', async () => {
    await page.locator('#summary li button').first().click();
    const focused = await page.evaluate(() => document.activeElement?.className ?? '');
    assert.match(focused, /sentence selected/);
  });

  test('user text is shown literally and never runs', async () => {
    const payload = 'The <img src=x onerror="alert(1)"> tag appeared. <script>alert(2)</script> ' +
                    'Then <b>bold</b> text followed the markup.';
    await summarizeText(payload);
    const shown = await page.locator('#original').textContent();
    assert.ok(shown.includes('<img src=x onerror="alert(1)">'));
    assert.ok(shown.includes('<script>alert(2)</script>'));
    assert.equal(await page.locator('#original img, #original script, #original b').count(), 0);
  });

  test('empty and whitespace input give a clear message', async () => {
    await summarizeText('');
    assert.equal(await status(), 'Paste or type an article first.');
    await page.fill('#text', '   \n\t  ');
    await page.click('#summarize');
    assert.equal(await status(), 'Paste or type an article first.');
  });

  test('a lone surrogate in the pasted text is shown, not a failure', async () => {
    await summarizeText('Broken \uD800 text arrived. The rest is fine.');
    assert.match(await status(), /^Summary: 2 of 2 sentences/);
    assert.ok((await page.locator('#original').textContent()).includes('Broken'));
  });

  test('5 MB without punctuation gives a summary and a note, not a hang', async () => {
    await page.evaluate(() => {
      const words = [];
      for (let i = 0; i < 1_000_000; ++i) words.push(`w${(i * 7919) % 4999}`);
      document.getElementById('text').value = words.join(' ');
    });
    const before = await status();
    await page.click('#summarize');
    await page.waitForFunction((old) => {
      const s = document.getElementById('status').textContent;
      return s !== old && !s.startsWith('Summarizing');
    }, before, { timeout: 60_000 });
    assert.match(await status(), /^Summary: 3 of \d+ sentences.*no sentence punctuation/);
  });

  test('no page errors and every request stayed on localhost', () => {
    assert.deepEqual(pageErrors, []);
    assert.ok(requests.some((u) => u.endsWith('precis_core.wasm')), 'the wasm was loaded');
    assert.deepEqual(nonLocal(requests), []);
  });
});
