// The served page in Debian Chromium: input, controls, output, export, persistence, hostile
// input, and that nothing leaves localhost.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';

import { FIXTURES } from '../paths.js';
import { SHOTS, launch, nonLocal, recordRequests, startSite } from './browser.js';

let site;
let browser;
let context;
let page;
let requests;
const pageErrors = [];

before(async () => {
  site = await startSite();
  browser = await launch();
  context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
  requests = recordRequests(context);
  page = await context.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('dialog', (d) => {
    pageErrors.push(`unexpected dialog: ${d.message()}`);
    d.dismiss();
  });
  await page.goto(site.url);
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
  // These tests are about the page with names; start-up.test.js covers the time before.
  await page.waitForFunction(() => document.documentElement.dataset.names === 'loaded');
});

after(async () => {
  await browser?.close();
  site?.server.close();
});

const status = () => page.locator('#status').textContent();

/** Waits until a summary newer than `before` is shown (or an error replaces the status). */
async function settled(before, timeout = 30_000) {
  await page.waitForFunction((old) => {
    const s = document.getElementById('status').textContent;
    return s !== old && !s.startsWith('Summarizing');
  }, before, { timeout });
}

async function summarizeText(text, title = '') {
  await page.fill('#title', title);
  await page.fill('#text', text);
  const before = await status();
  await page.click('#summarize');
  await settled(before);
}

describe('the page', () => {
  test('sample: summary, stats, keyphrases, selected sentences and entity highlights', async () => {
    await page.click('#sample');
    await page.waitForSelector('#summary li');
    await page.waitForFunction(() => document.getElementById('status').textContent.startsWith('Summary'));
    assert.equal(await page.locator('#summary li').count(), 3);
    assert.equal(await page.locator('#original .sentence.selected').count(), 3);
    assert.ok(await page.locator('#original .ent-PERSON').count() >= 2);
    assert.ok(await page.locator('#original .ent-MONEY').count() >= 1);
    assert.ok(await page.locator('#original .sentence.boilerplate').count() >= 2);
    const summary = await page.locator('#summary li').allTextContents();
    const selected = await page.locator('#original .sentence.selected').allTextContents();
    assert.deepEqual(summary, selected); // article order, same sentences
    assert.match(await page.locator('#stats').textContent(), /^Original: \d+ words, .* · Summary: \d+ words, .* · English$/);
    assert.ok(await page.locator('#keyphrases li').count() >= 3);
    assert.match(await page.locator('#counts').textContent(), /^\d+ words · [\d,]+ characters$/);
  });

  test('the slider changes the number of sentences live, also as a share of the article and in words', async () => {
    await page.locator('#length').fill('5');
    await page.waitForFunction(() => document.querySelectorAll('#summary li').length === 5);
    assert.equal(await page.locator('#original .sentence.selected').count(), 5);
    await page.selectOption('#mode', 'percent');
    await page.locator('#length').fill('50');
    await page.waitForFunction(() => document.getElementById('length-value').textContent === '50%');
    // Half of the article's content sentences (boilerplate lines do not count).
    await page.waitForFunction(() => {
      const m = document.getElementById('status').textContent.match(/^Summary: (\d+) of (\d+)/);
      return m && Number(m[1]) >= 6 && Number(m[1]) <= Number(m[2]) / 2;
    });
    // About so many words: the summary stays within them (a first sentence may exceed a tiny budget).
    await page.selectOption('#mode', 'words');
    await page.locator('#length').fill('60');
    await page.waitForFunction(() => document.getElementById('length-value').textContent === '60 words');
    await page.waitForFunction(() => {
      const m = document.getElementById('stats').textContent.match(/Summary: (\d+) words/);
      return m && Number(m[1]) > 0 && Number(m[1]) <= 60;
    });
    await page.selectOption('#mode', 'sentences');
    await page.locator('#length').fill('3');
    await page.waitForFunction(() => document.querySelectorAll('#summary li').length === 3);
  });

  test('the method can be chosen: lead takes the first sentences', async () => {
    await page.selectOption('#algorithm', 'lead');
    await page.waitForFunction(() => document.getElementById('status').textContent.startsWith('Summary'));
    await page.waitForFunction(() => {
      const ids = [...document.querySelectorAll('#original .sentence.selected')].map((s) => s.id);
      return ids.join() === 'sentence-0,sentence-1,sentence-2';
    });
    await page.selectOption('#algorithm', 'auto');
    await page.waitForFunction(() => document.querySelectorAll('#summary li').length === 3);
  });

  test('clicking a summary sentence focuses it in the original', async () => {
    await page.locator('#summary li button').first().click();
    const focused = await page.evaluate(() => document.activeElement?.className ?? '');
    assert.match(focused, /sentence selected/);
  });

  test('clicking an entity highlights all its mentions; type chips hide a type', async () => {
    const marsh = page.locator('#groups button.group', { hasText: 'Elena Marsh' });
    await marsh.click();
    assert.equal(await marsh.getAttribute('aria-pressed'), 'true');
    const mentions = await page.locator('#original .ent.picked').allTextContents();
    assert.deepEqual(mentions, ['Elena Marsh', 'Marsh']);
    assert.match(await status(), /^2 mentions of Elena Marsh highlighted/);
    await marsh.click(); // a second click clears
    assert.equal(await page.locator('#original .ent.picked').count(), 0);

    const chip = page.locator('#chips button[data-type="PERSON"]');
    await chip.click();
    assert.equal(await chip.getAttribute('aria-pressed'), 'false');
    assert.ok(await page.locator('#original.hide-PERSON').count() === 1);
    assert.equal(await page.locator('#groups .type-PERSON').isVisible(), false);
    await chip.click();
    assert.equal(await page.locator('#original.hide-PERSON').count(), 0);
  });

  test('copy as text and as Markdown put the summary on the clipboard', async () => {
    await page.click('#copy-markdown');
    await page.waitForFunction(() => document.getElementById('status').textContent === 'Summary copied as Markdown.');
    const md = await page.evaluate(() => navigator.clipboard.readText());
    const sentences = (await page.locator('#summary li').allTextContents()).map((s) => s.trim());
    assert.match(md, /^# Riverton approves flood barrier after record spring floods\n\nSummarized with Précis on \d{4}-\d\d-\d\d\n\n- /);
    assert.equal(md.trim().split('\n').filter((l) => l.startsWith('- ')).length, 3);
    assert.ok(md.includes(sentences[0].replace(/([\\`*_[\]#<>])/g, '\\$1')));
    await page.click('#copy-text');
    await page.waitForFunction(() => document.getElementById('status').textContent === 'Summary copied as text.');
    const plain = await page.evaluate(() => navigator.clipboard.readText());
    assert.ok(plain.includes(sentences[2]));
  });

  test('Download JSON saves the full Result', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-json')]);
    assert.match(download.suggestedFilename(), /^precis-riverton-approves-flood-barrier.*\.json$/);
    const saved = join(tmpdir(), `precis-e2e-${process.pid}.json`);
    await download.saveAs(saved);
    const result = JSON.parse(readFileSync(saved, 'utf8'));
    assert.equal(result.summary.length, 3);
    assert.equal(result.offsets, 'utf16');
    assert.ok(result.groups.some((g) => g.name === 'Elena Marsh' && g.type === 'PERSON'));
    assert.ok(result.sentences.length > 10);
  });

  test('a reload restores the input and the settings', async () => {
    await page.locator('#length').fill('4');
    await page.waitForFunction(() => document.querySelectorAll('#summary li').length === 4);
    await page.reload();
    await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
    await page.waitForFunction(() => document.documentElement.dataset.names === 'loaded');
    await page.waitForFunction(() => document.querySelectorAll('#summary li').length === 4);
    assert.match(await page.inputValue('#text'), /^Riverton City Council voted/);
    assert.equal(await page.inputValue('#title'), 'Riverton approves flood barrier after record spring floods');
    await page.locator('#length').fill('3');
    await page.waitForFunction(() => document.querySelectorAll('#summary li').length === 3);
  });

  test('an opened .html file is reduced to its article text', async () => {
    const file = join(tmpdir(), `precis-e2e-${process.pid}.html`);
    writeFileSync(file, '<!doctype html><html><head><title>Harbour news</title><script>var x = 1;</script></head>' +
      '<body><nav>Home | World | Sport</nav><article><p>The harbour in Eastbay reopened on Monday after ' +
      'repairs that cost $4 million.</p><p>Mayor Ana Ruiz thanked the crews. Ships returned at noon.</p>' +
      '</article><footer>Copyright 2025</footer></body></html>');
    const before = await status();
    await page.setInputFiles('#file', file);
    await settled(before);
    const text = await page.inputValue('#text');
    assert.ok(text.startsWith('The harbour in Eastbay reopened'), text);
    assert.ok(!text.includes('<p>') && !text.includes('var x'));
    assert.equal(await page.inputValue('#title'), 'Harbour news');
    assert.match(await status(), /^Summary: \d of 3 sentences/);
  });

  test('a saved news page, opened or dropped, gives a summary of its article only, laid out by role', async () => {
    const file = join(FIXTURES, 'saved-news-page.html');
    const html = readFileSync(file, 'utf8');
    // The article's own paragraphs, as the browser parses the page (not as the core reads it).
    const articleText = await page.evaluate((h) => {
      const doc = new DOMParser().parseFromString(h, 'text/html');
      return [...doc.querySelectorAll('.story-body p, .story-body li')].map((p) => p.textContent.replace(/\s+/g, ' ').trim());
    }, html);
    const fold = (t) => t.replace(/\s+/g, ' ').trim();
    const check = async (how) => {
      assert.equal(await page.inputValue('#title'), 'Harbour town votes to rebuild its flooded sea wall', how);
      const text = await page.inputValue('#text');
      for (const junk of ['cookies', 'Related stories', 'harbourlad', 'All rights reserved', 'Sign up']) {
        assert.ok(!text.includes(junk), `${how}: ${junk} in the text`);
      }
      const summary = (await page.locator('#summary li').allTextContents()).map(fold);
      assert.equal(summary.length, 3, how);
      for (const s of summary) {
        assert.ok(articleText.some((p) => p.includes(s)), `${how}: "${s}" is not from the article`);
      }
      assert.equal(fold(await page.locator('#original h3.o-heading').first().textContent()),
                   'Why did the old wall fail?', how);
      assert.ok(await page.locator('#original ul.o-list li').count() >= 3, how);
    };
    let before = await status();
    await page.setInputFiles('#file', file);
    await settled(before);
    await check('opened');

    await page.click('#clear');
    before = await status();
    const dataTransfer = await page.evaluateHandle((h) => {
      const dt = new DataTransfer();
      dt.items.add(new File([h], 'harbour-wall.html', { type: 'text/html' }));
      return dt;
    }, html);
    await page.dispatchEvent('#drop', 'drop', { dataTransfer });
    await settled(before);
    await check('dropped');
    await page.screenshot({ path: join(SHOTS, 'page-saved-news-page.png'), fullPage: true });
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

  test('empty and whitespace input give a clear message; Clear empties everything', async () => {
    await summarizeText('');
    assert.equal(await status(), 'Paste or type an article first.');
    await page.fill('#text', '   \n\t  ');
    await page.click('#summarize');
    assert.equal(await status(), 'Paste or type an article first.');
    await page.fill('#text', 'Some text here. More text there.');
    await page.click('#clear');
    assert.equal(await page.inputValue('#text'), '');
    assert.equal(await page.locator('#output').isVisible(), false);
    assert.equal(await page.evaluate(() => localStorage.getItem('precis.input')), null);
  });

  test('a lone surrogate in the pasted text is shown, not a failure', async () => {
    await summarizeText('Broken \uD800 text arrived. The rest is fine.');
    assert.match(await status(), /^Summary: 2 of 2 sentences/);
    assert.ok((await page.locator('#original').textContent()).includes('Broken'));
  });

  test('a long input shows progress and can be cancelled', async () => {
    await page.evaluate(() => {
      const s = 'The committee reviewed the report on Tuesday and asked for changes. ';
      document.getElementById('text').value = s.repeat(60_000); // about 4 MB
    });
    await page.click('#summarize');
    await page.waitForSelector('#cancel:not([hidden])', { timeout: 10_000 });
    assert.equal(await page.locator('#progress').isVisible(), true);
    await page.click('#cancel');
    assert.match(await status(), /^Cancelled\./);
    assert.equal(await page.locator('#cancel').isVisible(), false);
    // The restarted summarizer works.
    await page.waitForFunction(() => !document.getElementById('summarize').disabled);
    await summarizeText('A short note arrived today. It said the meeting moved to Friday.');
    assert.match(await status(), /^Summary: 2 of 2 sentences/);
  });

  test('5 MB without punctuation gives a summary and notes, not a hang', async () => {
    const before = await status();
    await page.evaluate(() => { // typed in: it is also too large for localStorage
      const words = [];
      for (let i = 0; i < 1_000_000; ++i) words.push(`w${(i * 7919) % 4999}`);
      const area = document.getElementById('text');
      area.value = words.join(' ');
      area.dispatchEvent(new Event('input'));
    });
    await settled(before, 60_000);
    // 3: the chosen length, though the previous text had only 2 sentences (the slider shrank).
    assert.match(await status(), /^Summary: 3 of \d+ sentences.*no sentence punctuation.*too large to keep for your next visit\.$/);
    await page.click('#clear');
  });

  test('language: auto names the detected one, a note says what works, a choice changes the result', async () => {
    const text = 'Am 3. Oktober 1990 wurde Deutschland wiedervereinigt. Die Feiern dauerten bis in die ' +
      'Nacht. Viele Menschen kamen nach Berlin. Der Bundeskanzler sprach vor dem Reichstag. Die ' +
      'Zeitungen berichteten am nächsten Morgen ausführlich.';
    await summarizeText(text);
    assert.match(await page.locator('#stats').textContent(), / · German$/);
    assert.equal(await page.locator('#language option').first().textContent(), 'auto (German)');
    const note = page.locator('#language-note');
    assert.equal(await note.isVisible(), true);
    assert.match(await note.textContent(),
                 /^German \(detected\): sentences, summary and keyphrases work\. Names .* only in English/);
    assert.match(await status(), /^Summary: 3 of 5 sentences \(\d+ ms\)\.$/); // the note, not a warning
    // Told it is English, the page ends a sentence at "3." as English rules do.
    await page.selectOption('#language', 'en');
    await page.waitForFunction(() => / · English$/.test(document.getElementById('stats').textContent));
    assert.match(await status(), /^Summary: 3 of 6 sentences/);
    assert.equal(await note.isVisible(), false);
    assert.equal(await page.locator('#language option').first().textContent(), 'auto');
    await page.selectOption('#language', 'auto');
    await page.waitForFunction(() => / · German$/.test(document.getElementById('stats').textContent));
    await page.click('#clear');
    assert.equal(await page.inputValue('#language'), 'auto');
  });

  test('no page errors and every request stayed on localhost', () => {
    assert.deepEqual(pageErrors, []);
    assert.ok(requests.some((u) => u.endsWith('precis_core.wasm')), 'the wasm was loaded');
    assert.deepEqual(nonLocal(requests), []);
    const origin = new URL(site.url).origin;
    assert.deepEqual(requests.filter((u) => !u.startsWith(origin) && !u.startsWith('blob:')), []);
  });
});

