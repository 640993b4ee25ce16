#!/usr/bin/env node
// Rebuilds the evaluation data kept outside the repository (../data) from public GitHub
// repositories mirrored on this machine. README.md beside this file lists every output file
// with its source, pinned commit, licence, sampling rule and conversion.
//
//   node scripts/evaluation/dev-data/build.mjs MIRRORS_DIR OUT_DIR
//        [--only ner,summarization,keyphrases,extraction]
//
// MIRRORS_DIR holds bare git mirrors as <owner>+<name>/repo, which the agent's `fetch` tool
// leaves (fetch github:<owner>/<name>). A set whose mirrors are missing is skipped and named at
// the end, the others are still built; the exit status is then 1. Same mirrors in, the same
// bytes out.
import { parseArgs } from 'node:util';

import * as extraction from './extraction.mjs';
import { hasMirror, openMirror } from './io.mjs';
import * as keyphrases from './keyphrases.mjs';
import * as ner from './ner.mjs';
import * as summarization from './summarization.mjs';

const FAMILIES = { ner, summarization, keyphrases, extraction };
const USAGE = 'usage: node scripts/evaluation/dev-data/build.mjs MIRRORS_DIR OUT_DIR ' +
  `[--only ${Object.keys(FAMILIES).join(',')}]`;

function parse() {
  const { values, positionals } = parseArgs({ allowPositionals: true,
                                              options: { only: { type: 'string' } } });
  const families = values.only?.split(',') ?? Object.keys(FAMILIES);
  const unknown = families.filter((f) => !FAMILIES[f]);
  if (positionals.length !== 2 || unknown.length) {
    if (unknown.length) console.error(`unknown family: ${unknown.join(', ')}`);
    console.error(USAGE);
    process.exit(2);
  }
  const [mirrors, outDir] = positionals;
  return { mirrors, outDir, families };
}

/** Opens sources for a set, remembering which commit each was read at. */
function opener(mirrors, read) {
  return (source) => {
    const mirror = openMirror(mirrors, source);
    if (mirror.note) console.warn(`warning: ${mirror.note}; outputs may differ from README.md`);
    read.set(source.repo, mirror.rev);
    return mirror;
  };
}

async function main() {
  const { mirrors, outDir, families } = parse();
  const missing = new Map(); // repo → pinned commit
  const skipped = [];
  const read = new Map(); // repo → commit read
  for (const set of families.flatMap((f) => FAMILIES[f].SETS)) {
    const absent = set.sources.filter((s) => !hasMirror(mirrors, s));
    if (absent.length) {
      for (const s of absent) missing.set(s.repo, s.commit);
      skipped.push(set.name);
      continue;
    }
    for (const line of await set.build(opener(mirrors, read), outDir)) console.log(`wrote ${line}`);
  }
  const sources = [...read].map(([repo, rev]) => `${repo} @ ${rev.slice(0, 12)}`);
  console.log(`\nread: ${sources.join(', ') || 'nothing'}`);
  if (!missing.size) return 0;
  console.log(`\nskipped (mirror missing): ${skipped.join(', ')}`);
  for (const [repo, commit] of missing) {
    console.log(`  missing ${repo} @ ${commit}: fetch github:${repo} first`);
  }
  return 1;
}

main().then((status) => process.exit(status), (err) => {
  console.error(`build.mjs: ${err.message}`);
  process.exit(1);
});
