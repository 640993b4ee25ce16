// Précis for the browser (and any bundler): `import { createPrecis } from 'precis-summarizer'`.
// The wasm and the name model are fetched from next to this file (import.meta.url), or from where
// the caller says: createPrecis({ wasm: url, nameModel: url }). Types: index.d.ts.
import { start } from './start.js';

export function createPrecis(options = {}) {
  return start(options, (location) => fetch(location));
}
