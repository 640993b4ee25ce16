// Starts the Node (CommonJS, wasm inlined) build through the same wrapper the browser uses.
import { createRequire } from 'node:module';
import { join } from 'node:path';

import { createPrecis } from '../../wasm/precis.js';
import { WASM_BUILD } from '../paths.js';

const require = createRequire(import.meta.url);

export function loadPrecis() {
  return createPrecis({ factory: require(join(WASM_BUILD, 'wasm', 'precis_node.cjs')) });
}
