// The side panel: reads the current tab (extract.js, injected on request), summarizes it with
// the same worker and views as the web app, and marks the summary in the page (highlight.js).
import { SummarizerClient } from './client.js';
import { copySummary, downloadJson } from './exporting.js';
import { LANGUAGE_CODES, languageFromTag, languageName, languageNote } from './languages.js';
import { lengthLabel, setLengthRange } from './length.js';
import { renderResult } from './render.js';
import { shortArticleNote, summarizableCount } from './sentences.js';
import { loadSettings, saveSettings } from './storage.js';

const $ = (id) => document.getElementById(id);
const ui = Object.fromEntries(['refresh', 'source', 'mode', 'length', 'length-value', 'algorithm',
  'language', 'highlight', 'highlight-names', 'status', 'output', 'stats', 'language-note', 'summary',
  'chips', 'groups', 'keyphrases', 'copy-text', 'copy-markdown', 'download-json']
  .map((id) => [id.replace(/-(\w)/g, (_, c) => c.toUpperCase()), $(id)]));

// Settings live in chrome.storage.local (the "storage" permission); the web app's storage.js reads
// a synchronous localStorage copy, refreshed from it here before anything reads it.
const stored = (await chrome.storage.local.get('settings')).settings;
if (stored) localStorage.setItem('precis.settings', JSON.stringify(stored));
const settings = loadSettings();
function persist() {
  const value = { ...settings, hiddenTypes: [...hiddenTypes] };
  saveSettings(value);
  chrome.storage.local.set({ settings: value });
}
const hiddenTypes = new Set(settings.hiddenTypes);
const NAME_TYPES = new Set(['PERSON', 'ORG', 'LOCATION', 'MISC']);
// Tests open the panel as a tab and name the page's tab: sidepanel.html?tab=ID.
const fixedTab = Number(new URLSearchParams(location.search).get('tab')) || null;
let page = null;   // {tabId, url, title, text, mode}
let shown = null;  // {result}
let ready = false;
let picked = false; // a name group's mentions are marked in the page

const client = new SummarizerClient((s) => {
  if (s.fatal) return setStatus(s.fatal, true);
  // The page's names need the name model, which the worker loads (from the package: a moment)
  // after it starts: read the page once it is there ({names: true}) or could not be.
  if ((s.ready && !s.names) || s.warmed) return;
  ready = true;
  readPage();
});

function setStatus(message, isError = false) {
  ui.status.textContent = message;
  ui.status.classList.toggle('error', isError);
}

async function currentTab() {
  if (fixedTab) return chrome.tabs.get(fixedTab);
  const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
  return tab;
}

async function run(tabId, func, args = []) {
  const [r] = await chrome.scripting.executeScript({ target: { tabId }, func, args });
  return r?.result;
}

/** Extracts the article of the current tab and summarizes it. */
async function readPage() {
  if (!ready) return;
  const tab = await currentTab();
  if (!tab?.id) return setStatus('No page to read.', true);
  setStatus('Reading the page…');
  let extracted;
  try {
    await chrome.scripting.executeScript({ target: { tabId: tab.id }, files: ['extract.js'] });
    extracted = await run(tab.id, () => globalThis.__precisExtract());
  } catch {
    page = null;
    ui.output.hidden = true;
    return setStatus('Précis cannot read this page. Click the Précis button in the toolbar on the ' +
                     'page you want summarized (browser pages and the web store cannot be read).', true);
  }
  if (!extracted?.text?.trim()) return setStatus('This page has no text to summarize.', true);
  page = { tabId: tab.id, ...extracted };
  ui.language.value = 'auto'; // a new page: its own language again
  const notes = { selection: 'Summarizing your selection.',
                  fallback: 'No article found on this page: summarizing its visible main text.' };
  // The published date, unless the byline already gives it (as "2025-03-14" or "14 March 2025").
  const date = page.published?.slice(0, 10) ?? '';
  const dated = page.byline?.includes(date) || page.byline?.includes(date.slice(0, 4));
  showSource([page.title, page.byline, dated ? '' : date].filter(Boolean).join(' · '));
  await summarize(notes[page.mode] ?? '');
}

// A date in the source line ("2025-03-14", "14 March 2025", "March 14, 2025"), in the byline or
// on its own: kept on one line, since a narrow panel broke "2025-" from "03-14".
const DATE = /\d{4}-\d{2}-\d{2}|\d{1,2} [A-Z][a-z]+ \d{4}|[A-Z][a-z]+ \d{1,2}, \d{4}/g;

/** The source line: title · byline · date, its dates each in an unbreakable span. */
function showSource(text) {
  const parts = [];
  let at = 0;
  for (const m of text.matchAll(DATE)) {
    parts.push(text.slice(at, m.index));
    const date = document.createElement('span');
    date.className = 'source-date';
    date.textContent = m[0];
    parts.push(date);
    at = m.index + m[0].length;
  }
  parts.push(text.slice(at));
  ui.source.replaceChildren(...parts.filter((p) => p !== ''));
}

function options() {
  const o = { algorithm: ui.algorithm.value };
  // The reader's setting, not the slider's position, which a short page's sentence count bounds.
  if (ui.mode.value === 'percent') o.ratio = settings.percent / 100;
  else o.sentences = settings.sentences;
  if (page?.title) o.title = page.title;
  // auto: the language the page declares (<html lang>, or the selection's) as far as the text
  // agrees (the core's pageLanguage: many templates say "en" on German pages), else detected.
  if (ui.language.value !== 'auto') o.language = ui.language.value;
  else if (languageFromTag(page?.lang)) o.pageLanguage = languageFromTag(page.lang);
  return o;
}

/** The language choice (auto names the language used) and, in words, what works in it. */
function showLanguage(result) {
  const fromPage = ui.language.value === 'auto' && result.languageSource === 'page';
  ui.language.options[0].textContent =
    ui.language.value !== 'auto' ? 'auto'
      : `auto (${languageName(result.language)}${fromPage ? ', from the page' : ''})`;
  const note = languageNote(result.language, result.languageSource);
  ui.languageNote.textContent = note;
  ui.languageNote.hidden = note === '';
  document.documentElement.dataset.language = `${result.language}:${result.languageSource}`; // tests
}

async function summarize(note = '') {
  if (!page) return;
  try {
    const asked = options();
    const result = await client.summarize(page.text, asked);
    shown = { result };
    ui.output.hidden = false;
    renderResult(ui, page.text, result, {
      onJump: (i) => run(page.tabId, (k) => globalThis.__precisScrollTo?.(k), [i]),
      hidden: hiddenTypes, onToggle: toggleType, onPick: pickGroup, options: asked,
    });
    applyHiddenTypes();
    showLanguage(result);
    updateLengthRange();
    const short = shortArticleNote(result, asked);
    setStatus(`${note ? `${note} ` : ''}Summary: ${result.summary.length} of ${result.stats.sentences} sentences` +
              `${short ? ` — ${short}` : ''}.`);
    if (picked) await pickGroup(null, false); // the group buttons were drawn anew, none pressed
    await updateHighlights();
  } catch (e) {
    setStatus(e.message, true);
  }
}

/**
 * The mentions of the entities `keep` accepts, one per mention, each with its sentence and its
 * offset in that sentence's whitespace-folded text (what highlight.js needs to find it, and only
 * it, in the page); mentions outside a sentence or in boilerplate are left out.
 */
function mentionsOf(r, text, keep) {
  const mentions = [];
  let k = 0;
  for (const e of [...r.entities].sort((a, b) => a.start - b.start)) {
    if (!keep(e)) continue;
    while (k + 1 < r.sentences.length && r.sentences[k + 1].start <= e.start) ++k;
    const s = r.sentences[k];
    if (!s || e.start < s.start || e.end > s.end || s.boilerplate) continue;
    const at = text.slice(s.start, e.start).replace(/\s+/g, ' ').replace(/^ /, '').length;
    mentions.push({ sentence: k, at, text: e.text, type: e.type });
  }
  return mentions;
}

/** The sentences highlight.js looks for in the page, in order. */
function sentencesOf(r, indices) {
  return [...new Set(indices)].sort((a, b) => a - b)
    .map((i) => ({ index: i, text: r.sentences[i].text, selected: r.sentences[i].selected }));
}

/**
 * What highlight.js marks: the summary sentences and, if asked, every mention of a shown name
 * type; the sentences that hold them go along so the page side can find them in the page.
 */
function marksOf(r, text, withNames) {
  const names = withNames ? mentionsOf(r, text, (e) => NAME_TYPES.has(e.type) && !hiddenTypes.has(e.type)) : [];
  return { sentences: sentencesOf(r, [...r.summary, ...names.map((n) => n.sentence)]), names };
}

/** Marks (or unmarks) the summary sentences, and names if asked, in the page. */
async function updateHighlights() {
  if (!page) return;
  try {
    if (!ui.highlight.checked) {
      await run(page.tabId, () => globalThis.__precisClear?.());
      return;
    }
    await chrome.scripting.insertCSS({ target: { tabId: page.tabId }, files: ['highlight.css'] });
    await chrome.scripting.executeScript({ target: { tabId: page.tabId }, files: ['highlight.js'] });
    const { sentences, names } = marksOf(shown.result, page.text, ui.highlightNames.checked);
    const found = await run(page.tabId, (s, n) => globalThis.__precisHighlight(s, n), [sentences, names]);
    document.documentElement.dataset.highlighted = JSON.stringify(found);
  } catch {
    setStatus('The page changed or cannot be marked; press "Summarize this page" again.', true);
  }
}

/** Marks every mention of a name group in the article (its button pressed), or unmarks them. */
async function pickGroup(group, on) {
  if (!page || !shown) return;
  const r = shown.result;
  // Its mentions in the article, found there as the names are: never in the page's navigation.
  const mentions = on ? mentionsOf(r, page.text, (e) => e.group === group) : [];
  const sentences = sentencesOf(r, mentions.map((m) => m.sentence));
  try {
    await chrome.scripting.insertCSS({ target: { tabId: page.tabId }, files: ['highlight.css'] });
    await chrome.scripting.executeScript({ target: { tabId: page.tabId }, files: ['highlight.js'] });
    const count = await run(page.tabId, (s, m) => globalThis.__precisPick(s, m), [sentences, mentions]);
    picked = on;
    document.documentElement.dataset.picked = String(count); // for tests
    if (on) {
      setStatus(`${count} mention${count === 1 ? '' : 's'} of ${r.groups[group].name} highlighted in the page.`);
    }
  } catch {
    setStatus('The page changed or cannot be marked; press "Summarize this page" again.', true);
  }
}

function toggleType(type, visible) {
  if (visible) hiddenTypes.delete(type);
  else hiddenTypes.add(type);
  applyHiddenTypes();
  persist();
  if (ui.highlightNames.checked) updateHighlights();
}

function applyHiddenTypes() {
  for (const c of [...ui.groups.classList]) if (c.startsWith('hide-')) ui.groups.classList.remove(c);
  for (const t of hiddenTypes) ui.groups.classList.add(`hide-${t}`);
}

// A number of sentences up to what the page on screen can give, or a share of it.
function updateLengthRange() {
  setLengthRange(ui.length, ui.lengthValue, ui.mode.value, settings, shown ? summarizableCount(shown.result) : null);
}

/** Skip link: focuses its target (a heading with tabindex -1). */
function skipTo(event) {
  const target = document.getElementById(event.currentTarget.getAttribute('href').slice(1));
  if (!target) return;
  event.preventDefault();
  target.scrollIntoView({ block: 'start' });
  target.focus({ preventScroll: true });
}

async function copy(kind) {
  if (!shown) return;
  try {
    setStatus(await copySummary(shown.result, kind, { source: page?.url ?? '' }));
  } catch {
    setStatus('The browser did not allow copying.', true);
  }
}

ui.mode.value = settings.mode;
ui.algorithm.value = settings.algorithm;
ui.language.append(...LANGUAGE_CODES.map((code) => new Option(languageName(code), code))
  .sort((a, b) => (a.text < b.text ? -1 : 1)));
updateLengthRange();
ui.refresh.addEventListener('click', readPage);
ui.length.addEventListener('input', () => {
  if (ui.mode.value === 'percent') settings.percent = Number(ui.length.value);
  else settings.sentences = Number(ui.length.value);
  ui.lengthValue.value = lengthLabel(ui.mode.value, ui.length.value);
  persist();
  summarize();
});
ui.mode.addEventListener('change', () => {
  settings.mode = ui.mode.value;
  updateLengthRange();
  persist();
  summarize();
});
ui.algorithm.addEventListener('change', () => {
  settings.algorithm = ui.algorithm.value;
  persist();
  summarize();
});
ui.language.addEventListener('change', () => summarize());
ui.highlight.addEventListener('change', updateHighlights);
ui.highlightNames.addEventListener('change', updateHighlights);
ui.copyText.addEventListener('click', () => copy('text'));
ui.copyMarkdown.addEventListener('click', () => copy('markdown'));
ui.downloadJson.addEventListener('click', () => shown && downloadJson(shown.result, page?.title ?? ''));
for (const link of document.querySelectorAll('a.skip')) link.addEventListener('click', skipTo);

// A new page in the tab: read it again (possible while activeTab lasts, or after the next click
// on the toolbar button); old highlights went away with the old page.
chrome.tabs.onUpdated.addListener(async (tabId, change) => {
  if (change.status !== 'complete') return;
  const tab = await currentTab();
  if (tab?.id === tabId) readPage();
});
chrome.tabs.onActivated?.addListener(() => { if (!fixedTab) readPage(); });
// Firefox: a click on the toolbar button while the sidebar is open (background.firefox.js).
chrome.runtime.onMessage.addListener((message) => { if (message?.op === 'read' && !fixedTab) readPage(); });
