// Language identification accuracy on held-out text: the human translations of Docusaurus'
// user-interface strings (npm @docusaurus/theme-translations, pinned; MIT), which share nothing
// with the UDHR that the trigram profiles come from. Per language: up to 40 samples cut to 50
// and to 300 characters from its translated strings (untranslated English leftovers removed),
// classified through `precis batch`.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

import { pct, runJsonl } from './cli.mjs';

const require = createRequire(import.meta.url);
const root = join(dirname(require.resolve('@docusaurus/theme-translations/package.json')), 'locales');
const LOCALE_TO_CODE = { base: 'en', fil: 'tl', 'pt-BR': 'pt', 'pt-PT': 'pt', 'zh-Hans': 'zh',
                         'zh-Hant': 'zh' };
const MAX_SAMPLES = 40;
// Locales whose language has no profile (franc's default build covers languages with 1M+
// speakers: no Icelandic).
const UNSUPPORTED = new Set(['is']);

function strings(locale) {
  const out = [];
  for (const file of readdirSync(join(root, locale))) {
    const own = JSON.parse(readFileSync(join(root, locale, file), 'utf8'));
    const base = locale === 'base' ? {} : JSON.parse(readFileSync(join(root, 'base', file), 'utf8'));
    for (const [key, value] of Object.entries(own)) {
      if (key.endsWith('___DESCRIPTION') || typeof value !== 'string') continue;
      if (locale !== 'base' && value === base[key]) continue;  // untranslated
      const clean = value.replace(/\{[^}]*\}/g, ' ').replace(/<[^>]*>/g, ' ').replace(/\|/g, ' ')
        .replace(/\s+/g, ' ').trim();
      if ([...clean].length >= 3) out.push(clean);
    }
  }
  return out;
}

function samples(pool, length) {
  const out = [];
  let current = '';
  for (const s of pool) {
    current = current ? `${current} ${s}` : s;
    if ([...current].length >= length) {
      out.push([...current].slice(0, length).join(''));
      current = '';
      if (out.length === MAX_SAMPLES) break;
    }
  }
  return out;
}

const byCode = new Map();
for (const locale of readdirSync(root)) {
  const code = LOCALE_TO_CODE[locale] ?? locale;
  if (UNSUPPORTED.has(code)) continue;
  byCode.set(code, [...(byCode.get(code) ?? []), ...strings(locale)]);
}

const rows = [];
for (const length of [50, 300]) {
  const items = [];
  for (const [code, pool] of byCode) {
    for (const text of samples(pool, length)) items.push({ id: code, text, options: { sentences: 1 } });
  }
  const results = runJsonl(['batch'], items);
  const stats = new Map();
  for (const r of results) {
    const s = stats.get(r.id) ?? { ok: 0, n: 0, wrong: {} };
    s.n++;
    if (r.language === r.id) s.ok++;
    else s.wrong[r.language ?? 'error'] = (s.wrong[r.language ?? 'error'] ?? 0) + 1;
    stats.set(r.id, s);
  }
  rows.push([length, stats]);
}

console.log('lang   50 chars        300 chars');
const codes = [...rows[0][1].keys()].sort();
let total = [[0, 0], [0, 0]];
for (const code of codes) {
  const cells = rows.map(([, stats], k) => {
    const s = stats.get(code);
    if (!s) return '      -        ';
    total[k][0] += s.ok;
    total[k][1] += s.n;
    return `${pct(s.ok / s.n).padStart(5)}% (${String(s.n).padStart(2)})`;
  });
  const confusions = Object.entries(rows[1][1].get(code)?.wrong ?? {}).map(([c, n]) => `${c}:${n}`).join(' ');
  console.log(`${code.padEnd(5)} ${cells.join('   ')}  ${confusions}`);
}
console.log(`all   ${pct(total[0][0] / total[0][1])}% of ${total[0][1]}   ${pct(total[1][0] / total[1][1])}% of ${total[1][1]}`);

