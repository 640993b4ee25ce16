// English names of the languages the core detects (core/src/text/language.cc and its generated
// profiles), and number formatting, without Intl: the browser's first Intl call loads ICU data,
// 35-50 ms on the main thread here, paid by the first summary. tests/web/languages.test.js
// checks that every code the core can give is named.
const NAMES = {
  am: 'Amharic', ar: 'Arabic', bg: 'Bulgarian', bn: 'Bangla', bo: 'Tibetan', ca: 'Catalan',
  cs: 'Czech', da: 'Danish', de: 'German', el: 'Greek', en: 'English', es: 'Spanish',
  et: 'Estonian', fa: 'Persian', fi: 'Finnish', fr: 'French', gu: 'Gujarati', he: 'Hebrew',
  hi: 'Hindi', hr: 'Croatian', hu: 'Hungarian', hy: 'Armenian', id: 'Indonesian', it: 'Italian',
  ja: 'Japanese', ka: 'Georgian', kk: 'Kazakh', km: 'Khmer', kn: 'Kannada', ko: 'Korean', lo: 'Lao',
  lt: 'Lithuanian', ml: 'Malayalam', mr: 'Marathi', my: 'Burmese', nb: 'Norwegian Bokmål',
  nl: 'Dutch', pa: 'Punjabi', pl: 'Polish', pt: 'Portuguese', ro: 'Romanian', ru: 'Russian',
  si: 'Sinhala', sk: 'Slovak', sl: 'Slovenian', sr: 'Serbian', sv: 'Swedish', ta: 'Tamil',
  te: 'Telugu', th: 'Thai', tk: 'Turkmen', tl: 'Filipino', tr: 'Turkish', uk: 'Ukrainian',
  ur: 'Urdu', vi: 'Vietnamese', zh: 'Chinese',
};

export function languageName(code) {
  if (!code || code === 'und') return 'language undetermined';
  return NAMES[code] ?? code;
}

export const LANGUAGE_CODES = Object.keys(NAMES);

// Languages whose common words the core keeps out of keyphrases and scores (its own English list
// and core/src/text/generated/stopword_lists.inc; tests/web/languages.test.js checks the match).
export const STOPWORD_CODES = new Set(['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'sv', 'da', 'nb',
  'fi', 'pl', 'cs', 'sk', 'hu', 'ro', 'tr', 'id', 'vi', 'hr', 'ca', 'lt', 'sl', 'et', 'tl', 'ru',
  'uk', 'bg', 'ar', 'fa', 'ur', 'hi', 'mr', 'zh', 'ja', 'ko', 'el', 'he', 'bn', 'th']);
// Written without spaces between words, which the core does not split into words (it does for
// Chinese and Japanese).
const UNSPLIT = new Set(['th', 'lo', 'km', 'my', 'bo']);

/** The language code of an HTML lang attribute ("de-CH" -> "de"), or '' if the core has none. */
export function languageFromTag(tag) {
  const primary = String(tag ?? '').trim().split(/[-_]/)[0].toLowerCase();
  const code = primary === 'no' ? 'nb' : primary;
  return NAMES[code] ? code : '';
}

/**
 * In words, what works for a text in language `code` ('' for English: everything does).
 * `source`: the Result's languageSource ('detected', 'given', or 'page': the page's lang held).
 */
export function languageNote(code, source = 'detected') {
  if (code === 'en') return '';
  const how = { given: 'as chosen', page: 'as the page says' }[source] ?? 'detected';
  if (!code || code === 'und') {
    return 'The language was not recognised (choose it under Language): the summary works; ' +
      'names of people, organizations and places are found only in English.';
  }
  const name = languageName(code);
  const parts = [`${name} (${how}): `];
  if (UNSPLIT.has(code)) {
    parts.push(`the summary works roughly, because ${name} is written without spaces and Précis ` +
               'does not split it into words; sentences are split at their punctuation.');
  } else {
    parts.push('sentences, summary and keyphrases work');
    parts.push(STOPWORD_CODES.has(code) ? '.' : `, though keyphrases may include common ${name} words.`);
  }
  parts.push(' Names of people, organizations and places are found only in English text; ' +
             'here numbers and years are marked.');
  return parts.join('');
}

/** 1234567 -> "1,234,567". */
export function formatCount(n) {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** A text's size as a person says it: "16,818 characters", "2.1 million characters". */
export function formatCharacters(n) {
  if (n < 1_000_000) return `${formatCount(n)} character${n === 1 ? '' : 's'}`;
  return `${(n / 1_000_000).toFixed(1).replace(/\.0$/, '')} million characters`;
}
