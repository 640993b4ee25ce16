// Where the tests find the builds (scripts/test builds them; override with env variables).
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const NATIVE_BUILD = process.env.PRECIS_BUILD_NATIVE ?? join(ROOT, 'build');
export const WASM_BUILD = process.env.PRECIS_BUILD_WASM ?? join(ROOT, 'build-wasm');
export const CLI = join(NATIVE_BUILD, 'core', 'precis');
export const WEB_DIST = process.env.PRECIS_WEB_DIST ?? join(ROOT, 'dist', 'web');
export const FIXTURES = join(ROOT, 'tests', 'data');
