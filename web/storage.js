// The last input and the settings, kept in localStorage so a reload loses nothing. Storage can
// be missing (private modes, file:// in some browsers) or full: then the page simply forgets.
const INPUT_KEY = 'precis.input';
const SETTINGS_KEY = 'precis.settings';

export const DEFAULT_SETTINGS = Object.freeze({
  mode: 'sentences', sentences: 3, percent: 20, words: 100, algorithm: 'auto', hiddenTypes: [],
});

function read(key) {
  try {
    const raw = localStorage.getItem(key);
    return raw ? JSON.parse(raw) : null;
  } catch {
    return null;
  }
}

function write(key, value) {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false; // quota exceeded or storage disabled
  }
}

/** {title, text, source}: source is the name of the file the text came from, or ''. */
export function loadInput() {
  const v = read(INPUT_KEY);
  return v && typeof v.text === 'string'
    ? { title: String(v.title ?? ''), text: v.text, source: String(v.source ?? '') } : null;
}

/** Returns false when the text could not be kept (too large for the browser's storage). */
export const saveInput = (title, text, source = '') =>
  write(INPUT_KEY, text || title ? { title, text, ...(source ? { source } : {}) } : null);

export function loadSettings() {
  const v = read(SETTINGS_KEY) ?? {};
  const s = { ...DEFAULT_SETTINGS, ...v };
  if (!['sentences', 'percent', 'words'].includes(s.mode)) s.mode = DEFAULT_SETTINGS.mode;
  if (!['auto', 'lead', 'centroid', 'textrank', 'lexrank'].includes(s.algorithm)) {
    s.algorithm = DEFAULT_SETTINGS.algorithm;
  }
  // The slider reaches an article's sentence count; 1,000 only bounds a damaged value.
  s.sentences = Math.min(1000, Math.max(1, Math.round(Number(s.sentences) || 3)));
  s.percent = Math.min(100, Math.max(5, Math.round(Number(s.percent) || 20)));
  s.words = Math.min(1000, Math.max(20, Math.round(Number(s.words) || 100)));
  s.hiddenTypes = Array.isArray(s.hiddenTypes) ? s.hiddenTypes.filter((t) => typeof t === 'string') : [];
  return s;
}

export const saveSettings = (settings) => write(SETTINGS_KEY, settings);

/** Clear: the settings go back to their defaults (nothing stored). */
export const forgetSettings = () => write(SETTINGS_KEY, null);
