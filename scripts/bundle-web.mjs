// Writes the static site dist/web from web/, the JS wrapper and the wasm build: the page's
// modules bundled into app.js, the worker with the wrapper and the Emscripten glue into
// worker.js (one request each instead of a chain of imports), boot.js inlined into index.html
// and allowed by its hash in the CSP (it starts the worker before anything else loads), the
// service worker's cache named after a hash of the files, and NOTICE.txt (third-party licences),
// which the page's footer links to.
//   node scripts/bundle-web.mjs WEB_DIR WRAPPER_JS WASM_BUILD_DIR NAME_MODEL OUT_DIR
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

import { cspHash, editHtml, useInlineFavicon, wasmImports } from './lib/bundling.mjs';

const [web, wrapper, wasmBuild, model, out] = process.argv.slice(2).map((p) => resolve(p));
const fail = (why) => { console.error(`bundle-web: ${why}`); process.exit(1); };

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

// The worker's imports: the wrapper and this build's glue.
const wasmFiles = wasmImports(wrapper, join(wasmBuild, 'precis_core.js'));

// app.js stays a module script; the worker becomes a classic script, which starts sooner than a
// module worker (boot.js starts it so). The glue's import.meta.url (where to find the wasm) is
// then the worker's own URL: the same directory.
for (const [entry, format] of [['app.js', 'esm'], ['worker.js', 'iife']]) {
  await build({
    entryPoints: [join(web, entry)], outfile: join(out, entry), bundle: true, format, minify: true,
    target: 'chrome110', plugins: [wasmFiles], logLevel: 'error', legalComments: 'none',
    define: format === 'iife' ? { 'import.meta.url': 'self.location.href' } : {},
  });
}

for (const f of ['style.css', 'icon.svg', 'manifest.webmanifest', 'sw.js', 'NOTICE.txt']) copyFileSync(join(web, f), join(out, f));
copyFileSync(join(wasmBuild, 'precis_core.wasm'), join(out, 'precis_core.wasm'));
copyFileSync(model, join(out, 'ner_en.model'));

// index.html: boot.js inline, allowed by hash; the favicon inline.
const boot = readFileSync(join(web, 'boot.js'), 'utf8');
const page = editHtml(join(web, 'index.html'), 'bundle-web');
page.replace(/script-src 'self'/, `script-src 'self' ${cspHash(boot)}`);
page.replace(/<script src="boot.js"><\/script>/, `<script>${boot}</script>`);
useInlineFavicon(page);
writeFileSync(join(out, 'index.html'), page.html);

// The service worker caches exactly the site's files: its list must name every one.
const sw = readFileSync(join(out, 'sw.js'), 'utf8');
const listed = new Set([...sw.match(/const ASSETS = \[([^\]]*)\]/)[1].matchAll(/'([^']+)'/g)].map((m) => m[1]));
const files = readdirSync(out).filter((f) => f !== 'sw.js').sort();
const missing = files.filter((f) => !listed.has(f));
const stale = [...listed].filter((f) => f !== './' && !files.includes(f));
if (missing.length || stale.length) fail(`sw.js ASSETS: missing ${missing.join(', ') || '-'}; not built ${stale.join(', ') || '-'}`);
const version = createHash('sha256');
for (const f of files) version.update(readFileSync(join(out, f)));
writeFileSync(join(out, 'sw.js'), sw.replace('__PRECIS_BUILD__', version.digest('hex').slice(0, 16)));
console.log(`wrote ${out}: ${files.join(', ')}, sw.js`);
