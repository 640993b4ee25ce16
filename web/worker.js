// Runs the wasm summarizer off the main thread.
// In: first {op: 'start', wasmModule?} (the page compiles precis_core.wasm while this worker
// starts; without a module the worker loads it itself), {op: 'settle'} once the page has seen
// "ready", and {id, op: 'summarize', text, options} or {id, op: 'plainText', text}.
// Out: {ready, version, names} once the module runs, then {names: true} when the name model has
// loaded (or {namesError}), and {id, result} or {id, error} per request.
// The page's wasm has no name model built in (it would triple what the page waits for): it is
// fetched once the summarizer is ready, so summaries come at once and names a moment later.
// The module keeps the last article's analysis, so a new length or algorithm for the same text
// costs only ranking and selection.
import { createPrecis } from './precis.js';
import { SAMPLE_TEXT } from './sample.js';

// When this script ran, the start message came and the module was ready: absolute ms, read by
// the page benchmark.
const now = () => performance.timeOrigin + performance.now();
const timing = { started: now() };
let start = null;
const ready = new Promise((resolve) => { start = resolve; })
  .then(({ wasmModule }) => {
    timing.received = now();
    return createPrecis({ wasmModule });
  });

// The page answers the ready message with {op: 'settle'}: only then the name model and the
// warm-up take their CPU, which on a two-core machine delayed the page's handling of "ready".
let settle = null;
const settled = new Promise((resolve) => { settle = resolve; });

ready.then(async (precis) => {
  timing.loaded = now();
  self.postMessage({ ready: true, version: precis.version, names: precis.hasNames, timing });
  await settled;
  if (!precis.hasNames) await loadNames(precis);
  // Warm up while the reader is still pasting: first calls run the browser's baseline code
  // (3-5x slower); a few real articles make the hot functions hot, so they are compiled with
  // its optimizing tier. Messages queue behind it.
  for (let i = 0; i < 4; ++i) precis.summarize(`${SAMPLE_TEXT}\n\nWarm-up ${i}.`, { sentences: 3 });
  precis.forget();
}, (e) => self.postMessage({ fatal: `could not start the summarizer: ${e?.message ?? e}` }));

async function loadNames(precis) {
  try {
    const response = await fetch(new URL('ner_en.model', self.location.href));
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    precis.loadNameModel(new Uint8Array(await response.arrayBuffer()));
    self.postMessage({ names: true });
  } catch (e) {
    self.postMessage({ namesError: 'People, organizations and places are not shown: the name model ' +
                                   `could not be loaded (${e?.message ?? e}).` });
  }
}

self.onmessage = async ({ data }) => {
  if (data.op === 'start' || data.op === 'settle') {
    (data.op === 'start' ? start : settle)(data);
    return;
  }
  const { id, op, text, options } = data;
  try {
    const precis = await ready;
    const result = op === 'plainText' ? precis.toPlainText(text) : precis.summarize(text, options);
    self.postMessage({ id, result });
  } catch (e) {
    self.postMessage({ id, error: e?.message ?? String(e) });
  }
};
