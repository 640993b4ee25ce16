// Language identification accuracy, per language at 50 and 300 characters, classified through
// `precis batch`. Two sets of human UI translations (npm packages, pinned, MIT), both unrelated
// to the UDHR that the detector's n-gram models come from:
//  - held out (default): Docusaurus' user-interface strings (@docusaurus/theme-translations).
//    Never tune on it.
//  - --tuning: Uppy's (@uppy/locales) and VeeValidate's (@vee-validate/i18n) strings, the set
//    the detector's settings were chosen on.
// Per language: up to 40 samples cut to 50 and to 300 characters from its translated strings
// (placeholders and untranslated English leftovers removed).
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { pct, runJsonl } from './cli.mjs';

const require = createRequire(import.meta.url);
const MAX_SAMPLES = 40;
const tuning = process.argv.includes('--tuning');

const clean = (value) => value.replace(/%\{[^}]*\}/g, ' ').replace(/\{[^}]*\}/g, ' ')
  .replace(/\b\d+:/g, ' ').replace(/<[^>]*>/g, ' ').replace(/\|/g, ' ').replace(/\s+/g, ' ').trim();

function add(byCode, code, values, english = []) {
  const untranslated = new Set(english);
  const kept = values.filter((v) => typeof v === 'string' && !untranslated.has(v)).map(clean)
    .filter((v) => [...v].length >= 3);
  byCode.set(code, [...(byCode.get(code) ?? []), ...kept]);
}

// Held out: Docusaurus. Locales whose language the detector does not know are left out.
function docusaurus() {
  const root = join(dirname(require.resolve('@docusaurus/theme-translations/package.json')), 'locales');
  const LOCALE_TO_CODE = { base: 'en', fil: 'tl', 'pt-BR': 'pt', 'pt-PT': 'pt', 'zh-Hans': 'zh',
                           'zh-Hant': 'zh' };
  const UNSUPPORTED = new Set(['is']);
  const byCode = new Map();
  for (const locale of readdirSync(root)) {
    const code = LOCALE_TO_CODE[locale] ?? locale;
    if (UNSUPPORTED.has(code)) continue;
    const values = [];
    const english = [];
    for (const file of readdirSync(join(root, locale))) {
      const own = JSON.parse(readFileSync(join(root, locale, file), 'utf8'));
      const base = JSON.parse(readFileSync(join(root, 'base', file), 'utf8'));
      for (const [key, value] of Object.entries(own)) {
        if (key.endsWith('___DESCRIPTION')) continue;
        values.push(value);
        if (locale !== 'base' && value === base[key]) english.push(value);
      }
    }
    add(byCode, code, values, english);
  }
  return byCode;
}

// Tuning: Uppy and VeeValidate, the languages the detector knows.
const flatten = (o) => Object.values(o).flatMap((v) => (v && typeof v === 'object' ? flatten(v) : [v]));
async function uppyAndVeeValidate() {
  const known = new Set(runJsonl(['batch'], [{ id: 0, text: 'x', options: { language: 'xx' } }])[0]
    .error.replace(/.*supported: auto, |\)$/g, '').split(', '));
  const code = (locale) => ({ sr_RS_Cyrillic: 'sr', nb_NO: 'nb' })[locale] ?? locale.split('_')[0];
  const byCode = new Map();
  const uppyDir = dirname(fileURLToPath(import.meta.resolve('@uppy/locales/lib/en_US.js')));
  const uppy = async (file) => flatten((await import(join(uppyDir, file))).default.strings);
  const uppyEnglish = await uppy('en_US.js');
  add(byCode, 'en', uppyEnglish);
  for (const file of readdirSync(uppyDir).filter((f) => /^[a-z]{2}_[A-Za-z_]+\.js$/.test(f))) {
    const locale = file.slice(0, -3);
    // Serbian in Latin letters reads as Croatian to any detector; the Cyrillic one is kept.
    if (locale === 'en_US' || locale === 'sr_RS_Latin' || !known.has(code(locale))) continue;
    add(byCode, code(locale), await uppy(file), uppyEnglish);
  }
  const veeDir = dirname(require.resolve('@vee-validate/i18n/dist/locale/en.json'));
  const vee = (file) => flatten(JSON.parse(readFileSync(join(veeDir, file), 'utf8')).messages);
  const veeEnglish = vee('en.json');
  add(byCode, 'en', veeEnglish);
  for (const file of readdirSync(veeDir)) {
    const locale = file.slice(0, -5);
    if (locale === 'en' || locale === 'sr_Latin' || !known.has(code(locale))) continue;
    add(byCode, code(locale), vee(file), veeEnglish);
  }
  return byCode;
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

const byCode = tuning ? await uppyAndVeeValidate() : docusaurus();
console.log(tuning ? 'tuning set: @uppy/locales + @vee-validate/i18n' : 'held out: @docusaurus/theme-translations');

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

