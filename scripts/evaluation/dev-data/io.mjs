// Reading the mirrored sources and writing the data files, for the dev-data converters.
//
// A mirror is a bare git directory MIRRORS/<owner>+<name>/repo, as the agent's `fetch` tool
// leaves it. Files are read at the commit the data was built from (README.md), so a newer
// snapshot still gives the same bytes.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { inflateRawSync } from 'node:zlib';

export const mirrorDir = (mirrors, repo) => join(mirrors, repo.replace('/', '+'), 'repo');

export const hasMirror = (mirrors, source) => existsSync(mirrorDir(mirrors, source.repo));

/**
 * Opens `source` ({repo, commit}) under `mirrors`. A mirror that lacks the pinned commit (the
 * upstream rewrote its history) is read at HEAD instead and says so in `note`: its outputs may
 * then differ from the documented ones.
 */
export function openMirror(mirrors, source) {
  const gitDir = mirrorDir(mirrors, source.repo);
  if (!existsSync(gitDir)) {
    throw new Error(`no mirror of ${source.repo} in ${mirrors}: fetch github:${source.repo} first`);
  }
  const git = (...args) => execFileSync('git', [`--git-dir=${gitDir}`, ...args],
                                        { maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'pipe'] });
  const pinned = hasCommit(git, source.commit);
  const rev = pinned ? source.commit : git('rev-parse', 'HEAD').toString().trim();
  const show = (path) => git('cat-file', 'blob', `${rev}:${path}`);
  return {
    repo: source.repo,
    rev,
    note: pinned ? '' : `${source.repo}: no pinned commit ${source.commit}, read ${rev}`,
    show,
    text: (path) => show(path).toString('utf8'),
    /** Files under `dir`, recursively, as {path, size}; -z keeps non-ASCII names unquoted. */
    list: (dir) => git('ls-tree', '-r', '-l', '-z', rev, '--', dir).toString('utf8')
      .split('\0').filter(Boolean).map((record) => {
        const [meta, path] = record.split('\t');
        return { path, size: Number(meta.split(/\s+/)[3]) };
      }),
  };
}

function hasCommit(git, commit) {
  try {
    git('cat-file', '-e', `${commit}^{commit}`);
    return true;
  } catch {
    return false;
  }
}

/** The members of a zip archive (stored or deflated), name → Buffer; folders left out. */
export function unzip(buf) {
  let eocd = buf.length - 22;
  while (eocd >= 0 && buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error('zip: no end of central directory');
  const members = new Map();
  let p = buf.readUInt32LE(eocd + 16);
  for (let k = buf.readUInt16LE(eocd + 10); k > 0; k--) {
    if (buf.readUInt32LE(p) !== 0x02014b50) throw new Error('zip: bad central directory header');
    const method = buf.readUInt16LE(p + 10);
    const size = buf.readUInt32LE(p + 20);
    const nameLength = buf.readUInt16LE(p + 28);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLength);
    p += 46 + nameLength + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
    if (name.endsWith('/')) continue;
    if (method !== 0 && method !== 8) throw new Error(`zip: ${name} uses method ${method}`);
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const data = buf.subarray(start, start + size);
    members.set(name, method === 0 ? Buffer.from(data) : inflateRawSync(data));
  }
  return members;
}

/** Writes `text` to `path`, creating its folder. */
export function writeText(path, text) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

/** One JSON object per line, newline-terminated. */
export const writeJsonl = (path, rows) =>
  writeText(path, `${rows.map((r) => JSON.stringify(r)).join('\n')}\n`);

/** 1234 → "1,234", for the build's report. */
export const count = (n) => n.toLocaleString('en-US');
