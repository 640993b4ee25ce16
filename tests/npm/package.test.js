// The npm package as a user gets it: the tarball scripts/pack-npm wrote, installed into a scratch
// project in a temp dir (npm install --offline: it has no dependencies), then
//   - a Node script imports it and summarizes (files found by import.meta.url, names included);
//   - an esbuild bundle of a page that imports it (wasm and name model through esbuild's file
//     loader, the way bundlers pass them in) summarizes in Debian Chromium, and so does a plain
//     <script type="module"> page importing the installed files unbundled;
//   - tsc --noEmit type-checks a TypeScript example against the declarations, under both the
//     nodenext and the bundler module resolution.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';

import { build } from 'esbuild';

import { serve } from '../../scripts/serve.mjs';
import { ARTICLES } from '../e2e/article-pages.js';
import { launch, nonLocal } from '../e2e/browser.js';
import { ROOT } from '../paths.js';

const DIST = join(ROOT, 'dist');
const ARTICLE = ARTICLES[0].paragraphs.join('\n\n');
const fold = (s) => s.replace(/\s+/g, ' ').trim();

let scratch;
before(() => {
  const tarball = readdirSync(DIST).find((f) => /^precis-summarizer-.*\.tgz$/.test(f));
  assert.ok(tarball, 'run scripts/pack-npm first');
  scratch = mkdtempSync(join(tmpdir(), 'precis-npm-'));
  writeFileSync(join(scratch, 'package.json'), JSON.stringify({ name: 'scratch', private: true, type: 'module' }));
  execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', '--loglevel=error', join(DIST, tarball)],
               { cwd: scratch, stdio: 'pipe' });
  writeFileSync(join(scratch, 'article.json'), JSON.stringify(ARTICLE));
});

after(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

/** Checks a summary as the user would: sentences of the article, names found. */
function checkSummary(r) {
  assert.equal(r.summary.length, 3);
  const article = fold(ARTICLE);
  for (const s of r.summary) assert.ok(article.includes(fold(s)), `"${s}" is not from the article`);
  assert.ok(r.hasNames, 'the name model was loaded');
  assert.ok(r.people.includes('Colin Abara'), `people: ${r.people}`);
}

// What each consumer does with the package (Node script and browser page alike).
const USE = `
  const r = precis.summarize(article, { sentences: 3 });
  const out = { summary: r.summary.map((i) => r.sentences[i].text), hasNames: precis.hasNames,
                people: r.groups.filter((g) => g.type === 'PERSON').map((g) => g.name) };`;

describe('the npm package, installed from its tarball', () => {
  test('Node: import it, summarize; errors carry their codes', () => {
    writeFileSync(join(scratch, 'summarize.mjs'), `
      import { readFileSync } from 'node:fs';
      import { createPrecis } from 'precis-summarizer';
      const article = JSON.parse(readFileSync('article.json', 'utf8'));
      const precis = await createPrecis();
      ${USE}
      const codes = [];
      try { precis.summarize('   '); } catch (e) { codes.push(e.code, e.message); }
      try { precis.summarize(article, { sentences: 2, ratio: 0.5 }); } catch (e) { codes.push(e.code); }
      try { precis.summarize(42); } catch (e) { codes.push(e.code, e instanceof TypeError); }
      await createPrecis({ wasm: 'no/such/precis_core.wasm' }).catch((e) => codes.push(e.code, e.message));
      await createPrecis({ wasmFile: 'x' }).catch((e) => codes.push(e.code));
      const bare = await createPrecis({ nameModel: false });
      out.bare = { hasNames: bare.hasNames, version: bare.version };
      console.log(JSON.stringify({ ...out, codes }));`);
    const r = JSON.parse(execFileSync(process.execPath, ['summarize.mjs'], { cwd: scratch, encoding: 'utf8' }));
    checkSummary(r);
    assert.deepEqual(r.bare, { hasNames: false, version: '0.1.0' });
    assert.equal(r.codes[0], 'PRECIS_INPUT');
    assert.match(r.codes[1], /^precis: the input has no text/);
    assert.deepEqual(r.codes.slice(2, 5), ['PRECIS_INPUT', 'PRECIS_ARGUMENT', true]);
    assert.equal(r.codes[5], 'PRECIS_LOAD');
    assert.match(r.codes[6], /^precis: the WebAssembly module \(precis_core\.wasm\) could not be loaded \(ENOENT/);
    assert.equal(r.codes[7], 'PRECIS_ARGUMENT');
  });

  test('browser: an esbuild bundle and a plain module page summarize in Chromium, nothing leaves localhost', async (t) => {
    const site = join(scratch, 'site');
    writeFileSync(join(scratch, 'page.js'), `
      import { createPrecis } from 'precis-summarizer';
      import wasm from 'precis-summarizer/precis_core.wasm';
      import nameModel from 'precis-summarizer/ner_en.model';
      const article = await (await fetch('article.json')).json();
      const precis = await createPrecis({ wasm, nameModel });
      ${USE}
      document.body.dataset.result = JSON.stringify(out);`);
    await build({ absWorkingDir: scratch, entryPoints: ['page.js'], bundle: true, format: 'esm', platform: 'browser',
                  outdir: site, loader: { '.wasm': 'file', '.model': 'file' }, minify: true, logLevel: 'error' });
    writeFileSync(join(site, 'index.html'), '<!doctype html><title>bundle</title><script type="module" src="page.js"></script>');
    writeFileSync(join(site, 'article.json'), JSON.stringify(ARTICLE));
    // Unbundled: the browser imports the installed files; the entry finds the wasm and the model
    // next to itself (import.meta.url).
    writeFileSync(join(scratch, 'plain.html'), `<!doctype html><title>plain</title><script type="module">
      import { createPrecis } from './node_modules/precis-summarizer/index.js';
      const article = await (await fetch('article.json')).json();
      const precis = await createPrecis();
      ${USE}
      document.body.dataset.result = JSON.stringify(out);</script>`);

    const server = await serve(scratch, 0);
    const base = `http://127.0.0.1:${server.address().port}/`;
    const browser = await launch();
    try {
      for (const path of ['site/index.html', 'plain.html']) {
        const context = await browser.newContext();
        const requests = [];
        context.on('request', (r) => requests.push(r.url()));
        const page = await context.newPage();
        const errors = [];
        page.on('pageerror', (e) => errors.push(e.message));
        await page.goto(base + path);
        await page.waitForFunction(() => document.body.dataset.result, null, { timeout: 30_000 })
          .catch(() => assert.fail(`${path}: no result; page errors: ${errors.join('; ')}`));
        checkSummary(JSON.parse(await page.evaluate(() => document.body.dataset.result)));
        assert.deepEqual(nonLocal(requests), []);
        assert.ok(requests.some((u) => /precis_core(-[A-Z0-9]+)?\.wasm$/.test(u)), `${path}: the wasm was loaded`);
        // What the page downloaded (gzip as the test server sends it, which any static host does).
        const sizes = await page.evaluate(() => [...performance.getEntriesByType('navigation'),
                                                 ...performance.getEntriesByType('resource')]
          .reduce((s, e) => ({ wire: s.wire + e.encodedBodySize, body: s.body + e.decodedBodySize }),
                  { wire: 0, body: 0 }));
        const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
        t.diagnostic(`${path}: downloaded ${kb(sizes.wire)} (${kb(sizes.body)} decoded), ${requests.length} requests`);
        await context.close();
      }
    } finally {
      await browser.close();
      server.close();
    }
  });

  test('TypeScript: tsc --noEmit checks an example against the declarations', () => {
    assert.ok(existsSync(join(scratch, 'node_modules', 'precis-summarizer', 'index.d.ts')));
    writeFileSync(join(scratch, 'example.ts'), TS_EXAMPLE);
    const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    for (const [module, moduleResolution] of [['nodenext', 'nodenext'], ['esnext', 'bundler']]) {
      writeFileSync(join(scratch, 'tsconfig.json'), JSON.stringify({
        compilerOptions: { strict: true, noEmit: true, target: 'es2022', module, moduleResolution,
                           lib: ['es2022', 'dom'], types: [], skipDefaultLibCheck: true },
        files: ['example.ts'],
      }));
      try {
        execFileSync(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: scratch, encoding: 'utf8' });
      } catch (e) {
        assert.fail(`tsc (${moduleResolution}):\n${e.stdout}${e.stderr}`);
      }
    }
  });
});

// Uses every declared part; each @ts-expect-error line must be an error, so declarations that
// grow too loose fail the check as well as ones that are wrong.
const TS_EXAMPLE = `
import { createPrecis, type Entity, type PrecisError, type Result, type SentenceRole,
         type SummarizeOptions } from 'precis-summarizer';

const precis = await createPrecis({ nameModel: false, wasm: new URL('https://example.invalid/precis_core.wasm') });
const options: SummarizeOptions = { ratio: 0.3, algorithm: 'textrank', title: 'A title', language: 'en' };
const result: Result = precis.summarize('The council met. It agreed.', options);
const chosen: string[] = result.summary.map((i) => result.sentences[i].text);
const roles: SentenceRole[] = result.sentences.map((s) => s.role ?? 'body');
const people: Entity[] = result.entities.filter((e) => e.type === 'PERSON');
const offsets: 'utf16' = result.offsets;
const minutes: number = result.stats.readingMinutes;
const salience: number = result.groups[0]?.salience ?? 0;
precis.loadNameModel(new Uint8Array(0));
const plain: { title: string; text: string } = precis.toPlainText('<p>x</p>');
precis.forget();
const state: [string, number, boolean] = [precis.version, precis.memoryBytes, precis.hasNames];
try {
  precis.summarize('');
} catch (e) {
  const code = (e as PrecisError).code;
  if (code === 'PRECIS_INPUT' || code === 'PRECIS_BROKEN') console.log(code);
}
await createPrecis({ wasm: new Uint8Array(8), nameModel: fetch('ner_en.model') });
await createPrecis({ wasm: WebAssembly.compile(new Uint8Array(8)) });
console.log(chosen, roles, people, offsets, minutes, salience, plain, state);

// @ts-expect-error an unknown algorithm
precis.summarize('x', { algorithm: 'magic' });
// @ts-expect-error at most one length
precis.summarize('x', { sentences: 2, ratio: 0.5 });
// @ts-expect-error not a role
const role: SentenceRole = 'footnote';
// @ts-expect-error not an error code
const bad: PrecisError['code'] = 'PRECIS_OOPS';
// @ts-expect-error the text is a string
precis.summarize(42);
// @ts-expect-error unknown createPrecis option
await createPrecis({ wasmFile: 'x' });
console.log(role, bad);
`;
