// Shared by scripts/bundle-web.mjs (dist/web) and scripts/bundle-single.mjs (dist/precis.html).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

import { iconPng } from '../make-icon.mjs';

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

/**
 * The favicon link for a built page: a 32 px PNG inline instead of web/icon.svg (the manifest's
 * icon), because an SVG favicon costs the page's main thread ~20 ms just as the summarizer comes
 * up, and inline it needs no request.
 */
export function useInlineFavicon(page) {
  const png = `data:image/png;base64,${iconPng(32).toString('base64')}`;
  page.replace(/<link rel="icon" href="icon.svg" type="image\/svg\+xml">/,
               `<link rel="icon" href="${png}" type="image/png" sizes="32x32">`);
}
