// English names of the languages the core detects (core/src/text/language.cc and its generated
// profiles), and number formatting, without Intl: the browser's first Intl call loads ICU data,
// 35-50 ms on the main thread here, paid by the first summary. tests/web/languages.test.js
// checks that every code the core can give is named.
const NAMES = {
  am: 'Amharic', ar: 'Arabic', bg: 'Bulgarian', bn: 'Bangla', bo: 'Tibetan', ca: 'Catalan',
  cs: 'Czech', da: 'Danish', de: 'German', el: 'Greek', en: 'English', es: 'Spanish',
  et: 'Estonian', fa: 'Persian', fi: 'Finnish', fr: 'French', gu: 'Gujarati', he: 'Hebrew',
  hi: 'Hindi', hr: 'Croatian', hu: 'Hungarian', hy: 'Armenian', id: 'Indonesian', it: 'Italian',
  ja: 'Japanese', ka: 'Georgian', km: 'Khmer', kn: 'Kannada', ko: 'Korean', lo: 'Lao',
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

/** 1234567 -> "1,234,567". */
export function formatCount(n) {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
