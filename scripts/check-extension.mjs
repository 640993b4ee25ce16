// Checks a built extension directory for one browser: the permissions are exactly the listed
// ones, no host permissions or other ways in, no remote URL anywhere in the code, no eval; then
// Mozilla's web-ext lint. Exits non-zero on any failure.
//   node scripts/check-extension.mjs DIR chromium|firefox
//
// web-ext lint judges a package for Firefox, and every finding fails the build except these:
// - in the Chromium build, the warnings that only say it is not a Firefox package: it uses the
//   sidePanel permission and API, which Firefox does not have, and a service worker, which
//   Firefox ignores (it would run background.scripts);
// - in both builds, the two innerHTML assignments inside Mozilla Readability (bundled, unmodified,
//   into extract.js): Readability parses HTML of the page into its working copy, a document
//   cloned from the page (no browsing context: nothing in it runs or loads), and our code reads
//   only its text. They are matched by their code, so any other innerHTML fails.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const [dir, browser] = process.argv.slice(2);
const PERMISSIONS = {
  chromium: ['activeTab', 'scripting', 'storage', 'sidePanel'],
  firefox: ['activeTab', 'scripting', 'storage'],
};
const READABILITY_INNER_HTML = ['page.innerHTML=pageCacheHtml;', 'tmp.innerHTML=noscript.innerHTML;'];
const codeAt = (file, line, column) =>
  (readFileSync(join(dir, file), 'utf8').split('\n')[line - 1] ?? '').slice(column - 1).replace(/\s+/g, '');
const EXCUSED = [
  ['Firefox only', (m) => browser === 'chromium' && m.code === 'BACKGROUND_SERVICE_WORKER_IGNORED'],
  ['Firefox only', (m) => browser === 'chromium' && m.code === 'MANIFEST_PERMISSIONS' &&
                          /Invalid permissions "sidePanel"/.test(m.message)],
  ['Firefox only', (m) => browser === 'chromium' && m.code === 'UNSUPPORTED_API' && /^sidePanel\./.test(m.message)],
  ['Readability, on its cloned document', (m) => m.code === 'UNSAFE_VAR_ASSIGNMENT' && m.file === 'extract.js' &&
    READABILITY_INNER_HTML.some((statement) => codeAt(m.file, m.line, m.column).startsWith(statement))],
];

const fail = (why) => {
  console.error(`check-extension (${browser}): ${why}`);
  process.exit(1);
};
if (!PERMISSIONS[browser]) fail('usage: check-extension.mjs DIR chromium|firefox');

const m = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
const sorted = (a) => JSON.stringify([...a].sort());
if (sorted(m.permissions) !== sorted(PERMISSIONS[browser])) fail(`permissions are ${m.permissions}`);
for (const k of ['host_permissions', 'optional_host_permissions', 'optional_permissions', 'content_scripts',
                 'externally_connectable', 'web_accessible_resources']) {
  if (k in m) fail(`unexpected manifest key ${k}`);
}
if (m.content_security_policy.extension_pages !== "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'") fail('CSP changed');
for (const f of readdirSync(dir).filter((f) => /\.(js|html|json|css)$/.test(f))) {
  const text = readFileSync(join(dir, f), 'utf8');
  // Remote URLs that code could load; license/comment links of bundled code are not fetched,
  // but the rule is strict: none at all except XML namespaces and the schema.org context that
  // Readability compares JSON-LD against (a string comparison, never fetched).
  const urls = (text.match(/https?:\/\/[^\s'"`)<>]+/g) ?? []).filter((u) => !/^https?:\/\/(www\.w3\.org\/|schema\.org)/.test(u));
  if (urls.length) fail(`${f} contains remote URLs: ${[...new Set(urls)].slice(0, 5).join(' ')}`);
  if (/\beval\(|new Function\(/.test(text)) fail(`${f} uses eval or new Function`);
}
console.log(`${browser}: permissions ${m.permissions.join(', ')}; no host permissions; no remote URLs; no eval`);

let report;
try {
  report = execFileSync('npx', ['--no-install', 'web-ext', 'lint', '--source-dir', dir, '--output', 'json'],
                        { cwd: ROOT, encoding: 'utf8' });
} catch (e) {
  report = e.stdout; // web-ext exits non-zero when it finds errors; the report is still JSON
}
const r = JSON.parse(report);
let failed = 0;
for (const kind of ['errors', 'warnings', 'notices']) {
  for (const finding of r[kind]) {
    const [why] = kind === 'notices' ? [] : EXCUSED.find(([, applies]) => applies(finding)) ?? [];
    const counts = kind !== 'notices' && !why;
    failed += counts;
    console.log(`  ${kind.slice(0, -1)}${why ? ` (${why})` : ''}: ${finding.code} ${finding.file ?? ''}` +
                `${finding.line ? `:${finding.line}` : ''}: ${finding.message}`);
  }
}
console.log(`${browser}: web-ext lint: ${r.summary.errors} errors, ${r.summary.warnings} warnings, ` +
            `${r.summary.notices} notices; ${failed} not excused above`);
if (failed) process.exit(1);
