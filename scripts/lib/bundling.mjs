// Shared by scripts/bundle-web.mjs (dist/web) and scripts/bundle-single.mjs (dist/precis.html).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/**
 * esbuild plugin: web/worker.js imports './precis.js' (the wrapper in wasm/), which imports
 * './precis_core.js' (the glue of a wasm build): resolve both to the given files.
 */
export function wasmImports(wrapper, glue) {
  return {
    name: 'wasm-imports',
    setup(b) {
      b.onResolve({ filter: /^\.\/precis\.js$/ }, () => ({ path: wrapper }));
      b.onResolve({ filter: /^\.\/precis_core\.js$/ }, () => ({ path: glue }));
    },
  };
}

/** A CSP source allowing exactly this inline script or style. */
export const cspHash = (text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** index.html to edit: replace(pattern, value) fails loudly when the pattern is not there. */
export function editHtml(file, who) {
  const page = { html: readFileSync(file, 'utf8') };
  page.replace = (pattern, value) => {
    if (!pattern.test(page.html)) throw new Error(`${who}: ${pattern} not found in ${file}`);
    page.html = page.html.replace(pattern, () => value);
  };
  return page;
}
