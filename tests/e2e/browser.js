// Debian Chromium driven by playwright-core (never a downloaded browser), plus a request log
// that lets every test assert that nothing left localhost.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';

import { serve } from '../../scripts/serve.mjs';
import { ROOT, WEB_DIST } from '../paths.js';

export const SHOTS = join(ROOT, 'tests', 'e2e', 'screenshots');
mkdirSync(SHOTS, { recursive: true });
export const SINGLE_FILE = join(ROOT, 'dist', 'precis.html');

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run',
];

export async function startSite() {
  const server = await serve(WEB_DIST, 0);
  const url = `http://127.0.0.1:${server.address().port}/`;
  return { server, url };
}

export async function launch() {
  return chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
                           args: CHROMIUM_ARGS });
}

/**
 * For a test file: the served site and a browser, started before its tests and closed after.
 * Returns {site, browser}, filled in once `before` has run.
 */
export function siteAndBrowser() {
  const env = { site: null, browser: null };
  before(async () => {
    env.site = await startSite();
    env.browser = await launch();
  });
  after(async () => {
    await env.browser?.close();
    env.site?.server.close();
  });
  return env;
}

/** Records every request the page (and its workers) make. */
export function recordRequests(context) {
  const urls = [];
  context.on('request', (request) => urls.push(request.url()));
  return urls;
}

export function nonLocal(urls) {
  return urls.filter((u) => {
    const { protocol, hostname } = new URL(u);
    if (protocol === 'data:' || protocol === 'blob:') return false;
    return !['127.0.0.1', 'localhost', '[::1]'].includes(hostname);
  });
}
