// Accessibility (axe-core: no serious or critical violations) and screenshots at 1280×800 and
// 360×740, light and dark, of the page with the sample summarized. The screenshots are written
// to tests/e2e/screenshots/ to be looked at.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { test } from 'node:test';

import { SHOTS, siteAndBrowser } from './browser.js';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const env = siteAndBrowser();

for (const colorScheme of ['light', 'dark']) {
  for (const [width, height] of [[1280, 800], [360, 740]]) {
    test(`${colorScheme}, ${width}×${height}: no serious or critical axe violations; screenshot`, async () => {
      // bypassCSP only so axe itself can be injected; the page's own CSP is tested elsewhere.
      const context = await env.browser.newContext({ viewport: { width, height }, colorScheme, bypassCSP: true });
      const page = await context.newPage();
      await page.goto(env.site.url);
      await page.evaluate(() => localStorage.clear());
      await page.reload();
      await page.waitForFunction(() => document.documentElement.dataset.names === 'loaded');
      await page.click('#sample');
      await page.waitForFunction(() => document.getElementById('status').textContent.startsWith('Summary'));
      await page.locator('#groups button.group').first().click(); // a picked entity on screen too
      // The sample's summary and the picked mention are scrolled to smoothly: let that end first.
      await page.waitForFunction(() => new Promise((resolve) => {
        const y = window.scrollY;
        setTimeout(() => resolve(window.scrollY === y), 300);
      }));
      await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
      await page.addScriptTag({ path: AXE });
      const results = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
      const bad = results.violations.filter((v) => ['serious', 'critical'].includes(v.impact));
      assert.deepEqual(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`), []);
      await page.screenshot({ path: join(SHOTS, `page-${width}-${colorScheme}.png`), fullPage: true });
      // At 360 px nothing may overflow sideways.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `horizontal overflow of ${overflow}px`);
      await context.close();
    });
  }
}
