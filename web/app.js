// The page: input, options and output wiring. The summarizer runs in a worker (client.js);
// views are built in render.js; storage.js keeps the input and settings across reloads.
import { SummarizerClient } from './client.js';
import { copySummary, downloadJson } from './exporting.js';
import { readArticleFile } from './files.js';
import { LANGUAGE_CODES, formatCharacters, formatCount, languageName, languageNote } from './languages.js';
import { lengthLabel, setLengthRange } from './length.js';
import { renderResult } from './render.js';
import { SAMPLE_TEXT, SAMPLE_TITLE } from './sample.js';
import { shortArticleNote, summarizableCount } from './sentences.js';
import { DEFAULT_SETTINGS, forgetSettings, loadInput, loadSettings, saveInput, saveSettings } from './storage.js';

const $ = (id) => document.getElementById(id);
const ui = Object.fromEntries([
  'title', 'text', 'drop', 'open', 'file', 'sample', 'clear', 'counts', 'mode', 'length',
  'length-value', 'algorithm', 'language', 'summarize', 'status', 'progress', 'cancel', 'output',
  'stats', 'language-note', 'summary', 'chips', 'names-note', 'groups', 'keyphrases', 'original',
  'copy-text', 'copy-markdown', 'download-json', 'summary-heading', 'skip-summary',
].map((id) => [id.replace(/-(\w)/g, (_, c) => c.toUpperCase()), $(id)]));

const TYPING_DELAY_MS = 400;   // summarize this long after the last keystroke
const PROGRESS_DELAY_MS = 200; // show progress and Cancel for requests that take longer

const settings = loadSettings();
const hiddenTypes = new Set(settings.hiddenTypes);
let ready = false;
let running = false;     // a request is with the worker
// The running request's text and options: the same request again while it runs is no news.
let runningFor = { text: '', options: '' };
let again = false;       // inputs changed while it ran: summarize once more afterwards
let shown = null;        // {text, result} on screen
let typingTimer = 0;
let started = false;     // the first worker came up (later ones follow a Cancel)
let pasted = false;      // the next input event comes from a paste: no typing delay
let inputKept = true;    // the input fitted in localStorage (it is kept for the next visit)
let namesState = 'loading'; // the name model: 'loading' (fetched after ready), 'loaded', 'failed'
let namesError = '';     // why it failed
let offlineRegistered = false; // the service worker (registered once names settle)
let source = '';         // the name of the file the text came from ('' when pasted or typed)
let reveal = false;      // bring the next summary into view (a paste, an opened file, the sample)

const client = makeClient();

// Offline use: the service worker caches every file of the site when it installs. Registered
// once the names have loaded (or failed to), so its downloads do not compete with the page's.
// (State above `client`: buffered worker messages are handled while it is made.)
function registerOffline() {
  if (offlineRegistered || !('serviceWorker' in navigator) || !location.protocol.startsWith('http')) return;
  offlineRegistered = true;
  navigator.serviceWorker.register('sw.js').catch(() => {}); // offline support is a bonus
}

function makeClient() {
  // boot.js started the first worker; the single-file page (dist/precis.html) makes its workers
  // from a blob, with the wasm inside.
  const factory = globalThis.PRECIS_WORKER_FACTORY;
  return new SummarizerClient(onWorkerStatus, {
    early: globalThis.PRECIS_EARLY ?? null,
    makeWorker: factory ?? null,
  });
}

function onWorkerStatus(status) {
  if (status.fatal) {
    ready = false;
    setStatus(status.fatal, true);
    return;
  }
  if (status.warmed) {
    const idle = globalThis.requestIdleCallback ?? ((f) => setTimeout(f, 0));
    idle(() => warmUpViews(status.warmed));
    return;
  }
  if (status.namesError) {
    namesError = status.namesError;
    setNamesState('failed');
    showNamesNote();
    return;
  }
  if (!status.ready) { // the name model has loaded: show the names of what is on screen
    setNamesState('loaded');
    if (shown && !shown.withNames) summarize();
    return;
  }
  ready = true;
  if (namesState !== 'failed') setNamesState(status.names ? 'loaded' : 'loading');
  ui.summarize.disabled = false;
  if (started) return; // a restart after Cancel: wait for the user
  started = true;
  performance.mark('precis-ready');
  document.documentElement.dataset.ready = 'true';
  if (ui.text.value.trim()) summarize();
  else setStatus(`Ready. Précis ${status.version} runs entirely in this page.`);
}

// The first summary on screen spent 25-55 ms building its views with cold code (measured in
// bench-page); building them once off-screen, while the reader is still pasting, leaves a few ms.
function warmUpViews({ text, result }) {
  if (shown) return;
  const off = (tag) => document.createElement(tag);
  const views = { stats: off('p'), summary: off('ol'), chips: off('div'), groups: off('div'),
                  keyphrases: off('ul'), original: off('article') };
  const none = () => {};
  renderResult(views, text, result, { onJump: none, hidden: new Set(), onToggle: none, onPick: none });
}

function setNamesState(state) {
  namesState = state;
  document.documentElement.dataset.names = state; // for tests
  if (state !== 'loading') registerOffline(); // loaded, built in, or given up on
}

/** Says why people, organizations and places are missing from the result, if they are. */
function showNamesNote() {
  const note = namesState === 'failed' ? namesError
    : namesState === 'loading' && shown && !shown.withNames
      ? 'People, organizations and places follow in a moment: the name model is loading.' : '';
  ui.namesNote.textContent = note;
  ui.namesNote.hidden = note === '';
}

function setStatus(message, isError = false) {
  ui.status.textContent = message;
  ui.status.classList.toggle('error', isError);
}

function options() {
  const o = { algorithm: ui.algorithm.value };
  // The reader's setting, not the slider's position: the slider's range shrinks to the sentences
  // of a short article, and the next, longer one should get the length that was chosen.
  if (ui.mode.value === 'percent') o.ratio = settings.percent / 100;
  else if (ui.mode.value === 'words') o.words = settings.words;
  else o.sentences = settings.sentences;
  const title = ui.title.value.trim();
  if (title) o.title = title;
  if (ui.language.value !== 'auto') o.language = ui.language.value;
  return o;
}

// The core's warning that names are English-only: the language note says it in words instead.
const isNamesWarning = (w) => w.includes('only recognised in English');

/** The language choice (auto names what was detected) and, in words, what works in it. */
function showLanguage(result) {
  ui.language.options[0].textContent =
    result.languageSource === 'detected' ? `auto (${languageName(result.language)})` : 'auto';
  const note = languageNote(result.language, result.languageSource);
  ui.languageNote.textContent = note;
  ui.languageNote.hidden = note === '';
}

/** Summarizes the current input; requests arriving while one runs are merged into one rerun. */
async function summarize({ explicit = false } = {}) {
  const text = ui.text.value;
  if (text.trim() === '') {
    if (explicit) setStatus('Paste or type an article first.', true);
    return;
  }
  if (!ready) return; // the ready handler summarizes what is there
  const asked = options();
  // The text as it is (no copy of a long article per keystroke), the options as JSON.
  const request = { text, options: JSON.stringify(asked) };
  if (running) {
    if (request.text !== runningFor.text || request.options !== runningFor.options) again = true;
    return;
  }
  running = true;
  runningFor = request;
  const started = performance.now();
  setStatus(`Summarizing ${formatCharacters(text.length)}…`);
  const slow = setTimeout(() => {
    ui.progress.hidden = false;
    ui.cancel.hidden = false;
  }, PROGRESS_DELAY_MS);
  try {
    const result = await client.summarize(text, asked);
    if (text === ui.text.value) {
      const answered = performance.now();
      show(text, result, asked);
      // For benchmarks: the time to render, and the worker's share of the wait.
      document.documentElement.dataset.renderMs = String(performance.now() - answered);
      document.documentElement.dataset.workerMs = String(client.lastWorkerMs);
      const ms = Math.round(performance.now() - started);
      document.documentElement.dataset.renderedAt = String(performance.now()); // for benchmarks
      const shownWarnings = result.warnings.filter((w) => !isNamesWarning(w));
      const warnings = shownWarnings.length ? ` Note: ${shownWarnings.join('; ')}.` : '';
      const kept = inputKept ? '' : ' This text is too large to keep for your next visit.';
      const short = shortArticleNote(result, asked);
      setStatus(`Summary: ${result.summary.length} of ${result.stats.sentences} sentences ` +
                `(${ms} ms)${short ? ` — ${short}` : ''}.${warnings}${kept}`);
      if (reveal) revealSummary();
    } else {
      again = true;
    }
  } catch (e) {
    if (e.message === 'cancelled') again = false;
    else setStatus(e.message, true);
  } finally {
    clearTimeout(slow);
    ui.progress.hidden = true;
    ui.cancel.hidden = true;
    running = false;
  }
  if (again) {
    again = false;
    summarize();
  }
}

function show(text, result, asked) {
  // Worker messages keep their order: an answer that comes after {names: true} has the names.
  shown = { text, result, withNames: namesState === 'loaded' };
  showNamesNote();
  ui.output.hidden = false;
  ui.skipSummary.hidden = false;
  updateCounts(result.stats.words);
  updateLengthRange();
  const place = focusPlace();
  renderResult(ui, text, result, { onJump: jumpTo, hidden: hiddenTypes, onToggle: toggleType, onPick: pickGroup,
                                   options: asked });
  showLanguage(result);
  applyHiddenTypes();
  restoreFocus(place);
}

// A result is re-rendered without the reader asking (the names arrive a moment after the first
// summary); a keyboard reader's focus in the old views would fall back to the page's top.
const RENDERED_VIEWS = ['summary', 'chips', 'groups', 'keyphrases', 'original'];
const TAB_STOPS = 'button, a[href], [tabindex]';

/** The view holding the focus and the focused element's place among its tab stops, or null. */
function focusPlace() {
  const active = document.activeElement;
  const view = RENDERED_VIEWS.map((name) => ui[name]).find((v) => v !== active && v.contains(active));
  return view ? { view, index: [...view.querySelectorAll(TAB_STOPS)].indexOf(active) } : null;
}

/** Focuses the element at the same place in the re-rendered view (or the nearest one before it). */
function restoreFocus(place) {
  if (!place || place.view.contains(document.activeElement)) return;
  const stops = [...place.view.querySelectorAll(TAB_STOPS)];
  const target = stops[Math.min(place.index, stops.length - 1)];
  target?.focus({ preventScroll: true });
}

/**
 * After a paste, an opened file or the sample: scrolls the summary's heading to the top unless
 * heading and summary are in view already. Focus stays where it is (the reader may type on);
 * the status line, a live region, announces the summary.
 */
function revealSummary() {
  reveal = false;
  const heading = ui.summaryHeading.getBoundingClientRect();
  if (heading.top >= 0 && ui.summary.getBoundingClientRect().bottom <= window.innerHeight) return;
  const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  ui.summaryHeading.scrollIntoView({ block: 'start', behavior: still ? 'auto' : 'smooth' });
}

/** Skip links and "Back to the summary": focus the target (a heading with tabindex -1). */
function skipTo(event) {
  const target = document.getElementById(event.currentTarget.getAttribute('href').slice(1));
  if (!target) return;
  event.preventDefault(); // no #fragment in the address: a reload starts at the top
  target.scrollIntoView({ block: 'start' });
  target.focus({ preventScroll: true });
}

function jumpTo(index) {
  const target = document.getElementById(`sentence-${index}`);
  if (!target) return;
  target.scrollIntoView({ behavior: 'smooth', block: 'center' });
  target.focus({ preventScroll: true });
  target.classList.add('flash');
  setTimeout(() => target.classList.remove('flash'), 1200);
}

/** Highlights every mention of one entity group (or clears them: its button was released). */
function pickGroup(group, on) {
  for (const m of ui.original.querySelectorAll('.picked')) m.classList.remove('picked');
  if (!on) return;
  const mentions = ui.original.querySelectorAll(`.ent[data-group="${group}"]`);
  for (const m of mentions) m.classList.add('picked');
  mentions[0]?.scrollIntoView({ behavior: 'smooth', block: 'center' });
  const name = shown.result.groups[group].name;
  setStatus(`${mentions.length} mention${mentions.length === 1 ? '' : 's'} of ${name} highlighted.`);
}

function toggleType(type, visible) {
  if (visible) hiddenTypes.delete(type);
  else hiddenTypes.add(type);
  applyHiddenTypes();
  persistSettings();
}

function applyHiddenTypes() {
  for (const container of [ui.original, ui.groups]) {
    for (const c of [...container.classList]) if (c.startsWith('hide-')) container.classList.remove(c);
    for (const t of hiddenTypes) container.classList.add(`hide-${t}`);
  }
}

// Length control: a number of sentences (up to what the article on screen can give), a share,
// or about so many words.
function updateLengthRange() {
  setLengthRange(ui.length, ui.lengthValue, ui.mode.value, settings,
                 shown ? summarizableCount(shown.result) : null);
}

function persistSettings() {
  saveSettings({ ...settings, hiddenTypes: [...hiddenTypes] });
}

/** Words (as the core counts them once a summary is shown; a close estimate while typing). */
function updateCounts(coreWords = null) {
  const text = ui.text.value;
  const words = coreWords ?? (text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [])
    .filter((w) => /\p{L}/u.test(w)).length; // bare numbers are not words, as in the core
  ui.counts.textContent = `${formatCount(words)} words · ${formatCount(text.length)} characters`;
}

function onInputChanged() {
  updateCounts();
  clearTimeout(typingTimer);
  const run = () => {
    summarize(); // sends the request at once; the input is saved while the worker works
    inputKept = saveInput(ui.title.value, ui.text.value, source);
  };
  if (pasted) { // a paste is a whole article: no need to wait for more keystrokes
    source = '';
    reveal = true;
    run();
  } else {
    typingTimer = setTimeout(run, TYPING_DELAY_MS);
  }
  pasted = false;
}

function resetLanguage() {
  ui.language.value = 'auto';
  ui.language.options[0].textContent = 'auto';
}

/** A whole new article (an opened file, the sample): summarized and brought into view. */
function setInput(title, text, from = '') {
  resetLanguage(); // a new article: its language is detected again
  ui.title.value = title;
  ui.text.value = text;
  source = from;
  reveal = true;
  updateCounts();
  inputKept = saveInput(title, text, source);
  summarize({ explicit: true });
}

async function openFile(file) {
  if (!file) return;
  try {
    const { title, text } = await readArticleFile(file, (raw) => client.toPlainText(raw));
    setInput(title || ui.title.value, text, file.name);
  } catch (e) {
    setStatus(e.message, true);
  }
}

async function copy(kind) {
  if (!shown) return;
  try {
    setStatus(await copySummary(shown.result, kind, { source }));
  } catch {
    setStatus('The browser did not allow copying; select the summary and copy it by hand.', true);
  }
}

// Restore, then wire the controls. The language choice is for the text at hand: not kept.
ui.language.append(...LANGUAGE_CODES.map((code) => new Option(languageName(code), code))
  .sort((a, b) => (a.text < b.text ? -1 : 1))); // no localeCompare: Intl costs the main thread
ui.mode.value = settings.mode;
ui.algorithm.value = settings.algorithm;
updateLengthRange();
const saved = loadInput();
if (saved) {
  ui.title.value = saved.title;
  ui.text.value = saved.text;
  source = saved.source;
}
updateCounts();
ui.summarize.disabled = true;

ui.summarize.addEventListener('click', () => {
  // A summary of what was just typed, still waiting for the typing pause, is this one: run it
  // once, now (a second run would replace what the reader does next, such as a copy's status).
  clearTimeout(typingTimer);
  summarize({ explicit: true });
  inputKept = saveInput(ui.title.value, ui.text.value, source);
});
ui.text.addEventListener('paste', () => { pasted = true; });
ui.text.addEventListener('input', onInputChanged);
ui.title.addEventListener('input', onInputChanged);
ui.sample.addEventListener('click', () => setInput(SAMPLE_TITLE, SAMPLE_TEXT));
// Clear forgets the input and the settings (length, method, hidden types) alike.
ui.clear.addEventListener('click', () => {
  ui.title.value = '';
  ui.text.value = '';
  source = '';
  reveal = false;
  updateCounts();
  inputKept = saveInput('', '');
  shown = null;
  Object.assign(settings, DEFAULT_SETTINGS, { hiddenTypes: [] });
  hiddenTypes.clear();
  forgetSettings();
  ui.mode.value = settings.mode;
  ui.algorithm.value = settings.algorithm;
  updateLengthRange();
  applyHiddenTypes();
  resetLanguage();
  ui.output.hidden = true;
  ui.skipSummary.hidden = true;
  setStatus('Cleared: the text and the settings are forgotten.');
  ui.text.focus();
});
ui.length.addEventListener('input', () => {
  if (ui.mode.value === 'percent') settings.percent = Number(ui.length.value);
  else if (ui.mode.value === 'words') settings.words = Number(ui.length.value);
  else settings.sentences = Number(ui.length.value);
  ui.lengthValue.value = lengthLabel(ui.mode.value, ui.length.value);
  persistSettings();
  summarize();
});
ui.mode.addEventListener('change', () => {
  settings.mode = ui.mode.value;
  updateLengthRange();
  persistSettings();
  summarize();
});
ui.algorithm.addEventListener('change', () => {
  settings.algorithm = ui.algorithm.value;
  persistSettings();
  summarize();
});
ui.language.addEventListener('change', () => summarize());
ui.cancel.addEventListener('click', () => {
  again = false;
  client.cancel();
  setStatus('Cancelled. The summarizer restarted; change the text or press Summarize to try again.');
});
ui.open.addEventListener('click', () => ui.file.click());
ui.file.addEventListener('change', () => {
  openFile(ui.file.files[0]);
  ui.file.value = '';
});
ui.drop.addEventListener('dragover', (e) => {
  if (![...e.dataTransfer.types].includes('Files')) return;
  e.preventDefault();
  ui.drop.classList.add('dragging');
});
ui.drop.addEventListener('dragleave', () => ui.drop.classList.remove('dragging'));
ui.drop.addEventListener('drop', (e) => {
  if (!e.dataTransfer.files.length) return;
  e.preventDefault();
  ui.drop.classList.remove('dragging');
  openFile(e.dataTransfer.files[0]);
});
ui.copyText.addEventListener('click', () => copy('text'));
ui.copyMarkdown.addEventListener('click', () => copy('markdown'));
ui.downloadJson.addEventListener('click', () => shown && downloadJson(shown.result, source.replace(/\.[^.]*$/, '')));
for (const link of document.querySelectorAll('a.skip, a.skip-back')) link.addEventListener('click', skipTo);
