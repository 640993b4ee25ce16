// How the page comes up. The page's wasm has no name model inside: the worker fetches it once
// summaries work. Until it has loaded, a summary comes without people, organizations and places
// and says so; when it arrives, the summary on screen gets its names. If it cannot load,
// summaries still work. If the summarizer itself cannot load, the page says so and keeps the text.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { siteAndBrowser } from './browser.js';

const env = siteAndBrowser();

const note = (page) => page.locator('#names-note');

test('a summary before the name model has loaded gets its names when the model arrives', async () => {
  const context = await env.browser.newContext();
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await context.route('**/ner_en.model', async (route) => {
    await held;
    await route.continue();
  });
  const page = await context.newPage();
  await page.goto(env.site.url);
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
  assert.equal(await page.evaluate(() => document.documentElement.dataset.names), 'loading');

  await page.click('#sample');
  await page.waitForFunction(() => document.getElementById('status').textContent.startsWith('Summary: 3 of'));
  assert.equal(await page.locator('#original .ent-PERSON').count(), 0);
  assert.ok(await page.locator('#original .ent-MONEY').count() >= 1); // numbers need no model
  assert.equal(await note(page).isVisible(), true);
  assert.match(await note(page).textContent(), /name model is loading/);
  const summary = await page.locator('#summary li').allTextContents();
  // A keyboard reader on the second summary sentence stays there when the views are rebuilt.
  await page.locator('#summary li button').nth(1).focus();
  const focused = () => page.evaluate(() => {
    const a = document.activeElement;
    return { text: a.textContent, inSummary: document.getElementById('summary').contains(a) };
  });
  const before = await focused();

  release();
  await page.waitForFunction(() => document.querySelectorAll('#original .ent-PERSON').length >= 2);
  assert.deepEqual(await focused(), before, 'focus kept on the same sentence across the re-render');
  await page.keyboard.press('Tab');
  assert.equal((await focused()).text, summary[2], 'Tab goes on to the next sentence');
  assert.equal(await page.evaluate(() => document.documentElement.dataset.names), 'loaded');
  assert.equal(await note(page).isVisible(), false);
  assert.deepEqual(await page.locator('#summary li').allTextContents(), summary); // names do not rank
  assert.ok(await page.locator('#groups button.group', { hasText: 'Elena Marsh' }).count() === 1);
  await context.close();
});

test('without the name model the page still summarizes and says why names are missing', async () => {
  const context = await env.browser.newContext();
  await context.route('**/ner_en.model', (route) => route.abort());
  const page = await context.newPage();
  await page.goto(env.site.url);
  await page.waitForFunction(() => document.documentElement.dataset.names === 'failed');
  await page.click('#sample');
  await page.waitForFunction(() => document.getElementById('status').textContent.startsWith('Summary: 3 of'));
  assert.equal(await page.locator('#summary li').count(), 3);
  assert.equal(await page.locator('#original .ent-PERSON').count(), 0);
  assert.match(await note(page).textContent(), /^People, organizations and places are not shown: the name model could not be loaded/);
  assert.equal(await note(page).isVisible(), true);
  await context.close();
});

test('without the summarizer the page says why, keeps the text and offers no summary', async () => {
  const context = await env.browser.newContext();
  await context.route('**/precis_core.wasm', (route) => route.fulfill({ status: 404, body: 'not found' }));
  const page = await context.newPage();
  await page.goto(env.site.url);
  await page.fill('#text', 'A text the reader typed before the summarizer failed.');
  await page.waitForFunction(() => /could not start the summarizer/.test(document.getElementById('status').textContent));
  assert.match(await page.locator('#status').textContent(), /could not start the summarizer: precis_core\.wasm: HTTP 404/);
  assert.equal(await page.locator('#summarize').isDisabled(), true);
  assert.equal(await page.inputValue('#text'), 'A text the reader typed before the summarizer failed.');
  assert.equal(await page.evaluate(() => document.documentElement.dataset.ready), undefined);
  await context.close();
});
