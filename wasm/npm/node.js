// Précis for Node: `import { createPrecis } from 'precis-summarizer'` (the package's "node"
// export). Same API as the browser entry; file: URLs and paths are read from the disk (Node's
// fetch cannot read files), http(s) and data: URLs are fetched. Types: index.d.ts.
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';

import { start } from './start.js';

// "C:\x" and "/x" are paths; "file:", "https:", "data:" … are URLs.
const isUrl = (s) => /^[a-z][a-z0-9+.-]+:/i.test(s);

async function read(location) {
  const url = location instanceof URL ? location : isUrl(location) ? new URL(location) : pathToFileURL(location);
  if (url.protocol === 'file:') return new Uint8Array(await readFile(url));
  return fetch(url);
}

export function createPrecis(options = {}) {
  return start(options, read);
}
