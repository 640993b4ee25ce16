// Starts the Node (CommonJS, wasm inlined) build through the same wrapper the browser uses.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

import { createPrecis } from '../../wasm/precis.js';
import { WASM_BUILD } from '../paths.js';

const require = createRequire(import.meta.url);

const NODE_BUILD = join(WASM_BUILD, 'wasm', 'precis_node.cjs');

/** Options as createPrecis takes them (wasmModule...); the factory is the Node build's. */
export function loadPrecis(options = {}) {
  return createPrecis({ ...options, factory: require(NODE_BUILD) });
}

/** The Node build's wasm bytes (inlined in its glue as a base64 data URI). */
export function nodeBuildWasm() {
  const glue = readFileSync(NODE_BUILD, 'utf8');
  const [, base64] = glue.match(/"data:application\/octet-stream;base64,([A-Za-z0-9+/=]+)"/);
  return Buffer.from(base64, 'base64');
}
