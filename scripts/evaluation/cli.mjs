// Runs the native CLI over JSONL for the evaluation scripts.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

import { CLI as BUILT_CLI, ROOT } from '../../tests/paths.js';

export const CLI = process.env.PRECIS_CLI ?? BUILT_CLI;
export const DATA = process.env.PRECIS_DATA ?? join(ROOT, '..', 'shared', 'data');

/** Feeds `items` (objects) as JSONL to `precis ARGS...`; returns the parsed output lines. */
export function runJsonl(args, items) {
  const input = items.map((i) => JSON.stringify(i)).join('\n') + '\n';
  const out = execFileSync(CLI, args, { input, maxBuffer: 1 << 30, encoding: 'utf8' });
  return out.trimEnd().split('\n').map((l) => JSON.parse(l));
}

export const pct = (x) => (100 * x).toFixed(1);
