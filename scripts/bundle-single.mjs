// Writes dist/precis.html: the whole page in one file that works when opened from file:// with
// no network. esbuild bundles the worker (with the wasm inlined as base64 by Emscripten's
// SINGLE_FILE build) into a string the page starts as a blob worker, and the page's modules into
// one classic script; the CSP allows exactly those inline script and style blocks by hash.
// The footer's link to NOTICE.txt (third-party licences) becomes a section of the page itself.
//   node scripts/bundle-single.mjs WEB_DIR WRAPPER_JS SINGLE_GLUE OUT_FILE
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

import { cspHash, editHtml, useInlineFavicon, wasmImports } from './lib/bundling.mjs';

const [web, wrapper, singleGlue, out] = process.argv.slice(2).map((p) => resolve(p));

// The worker with the build that has the wasm (and its name model) inlined.
const inlineWasm = wasmImports(wrapper, singleGlue);

async function bundle(entry, plugins = [], define = {}) {
  const r = await build({
    entryPoints: [join(web, entry)], bundle: true, format: 'iife', write: false, minify: true,
    target: 'chrome110', plugins, define, logLevel: 'error', legalComments: 'none',
    // The glue reads import.meta.url only to find a separate .wasm, which SINGLE_FILE has none of.
    supported: { 'import-meta': false },
  });
  return r.outputFiles[0].text;
}

const workerSource = await bundle('worker.js', [inlineWasm]);
const appSource = await bundle('app.js');
const script = `globalThis.PRECIS_WORKER_FACTORY=()=>new Worker(URL.createObjectURL(new Blob([${
  JSON.stringify(workerSource)}],{type:'text/javascript'})));\n${appSource}`;
const style = readFileSync(join(web, 'style.css'), 'utf8');
const csp = `default-src 'none'; script-src ${cspHash(script)} 'wasm-unsafe-eval'; ` +
  `style-src ${cspHash(style)}; img-src data: blob:; connect-src data:; worker-src blob:; ` +
  `object-src 'none'; base-uri 'none'; form-action 'none'`;

const page = editHtml(join(web, 'index.html'), 'bundle-single');
const replace = page.replace;
replace(/content="default-src[^"]*"/, `content="${csp}"`);
replace(/<link rel="stylesheet" href="style.css">/, `<style>${style}</style>`);
replace(/<link rel="manifest"[^>]*>\n\s*/, '');
useInlineFavicon(page);
replace(/\s*<!--[^>]*-->\s*<script src="boot.js"><\/script>/, ''); // the page makes a blob worker
replace(/<script type="module" src="app.js"><\/script>\n/, '');
const notice = readFileSync(join(web, 'NOTICE.txt'), 'utf8')
  .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
replace(/<a id="notice-link" href="NOTICE.txt">/, '<a id="notice-link" href="#notice">');
replace(/\n  <\/footer>/, `\n    <details id="notice"><summary>Third-party notices</summary><pre>${notice}</pre></details>\n  </footer>`);
replace(/<\/body>/, `<script>${script}</script>\n</body>`);
writeFileSync(out, page.html);
console.log(`wrote ${out} (${(page.html.length / 1e6).toFixed(2)} MB)`);
