// Runs the wasm summarizer off the main thread.
// In: {op: 'settle'} once the page has seen "ready", and {id, op: 'summarize', text, options} or
// {id, op: 'plainText', text}.
// Out: {ready, version, names} once the module runs, then {names: true} when the name model has
// loaded (or {namesError}), {warmed: {text, result}} after the warm-up, and {id, result, ms}
// (ms: time taken here) or {id, error} per request.
// The page's wasm has no name model built in (it would triple what the page waits for): it is
// fetched once the summarizer is ready, so summaries come at once and names a moment later.
// The module keeps the last article's analysis, so a new length or algorithm for the same text
// costs only ranking and selection.
import { createPrecis } from './precis.js';
import { SAMPLE_TEXT } from './sample.js';

// The download and compile start before the wrapper and its glue are evaluated (20-30 ms on the
// test machine). The single-file page's worker is a blob whose glue has the wasm inside.
const wasmModule = self.location.protocol === 'blob:' ? null
  : fetch(new URL('precis_core.wasm', self.location.href)).then((response) => {
    if (!response.ok) throw new Error(`precis_core.wasm: HTTP ${response.status}`);
    return WebAssembly.compileStreaming(response);
  });
const ready = createPrecis({ wasmModule });

// The page answers the ready message with {op: 'settle'}: only then the name model and the
// warm-up take their CPU, which on a two-core machine delayed the page's handling of "ready".
let settle = null;
const settled = new Promise((resolve) => { settle = resolve; });

ready.then(async (precis) => {
  self.postMessage({ ready: true, version: precis.version, names: precis.hasNames });
  await settled;
  const names = precis.hasNames ? null : loadNames(precis); // downloads while warming up
  await warmUp(precis);
  await names;
}, (e) => self.postMessage({ fatal: `could not start the summarizer: ${e?.message ?? e}` }));

// Warm up while the reader is still pasting: first calls run the browser's baseline code (3-5x
// slower); real work repeated makes the hot functions hot, so the browser compiles them with its
// optimizing tier. In Chromium on the 2-core test machine a 1,000-word article takes 20-50 ms for
// the first twenty runs or so and 5-10 ms after thirty. One article at a time, and it stops at
// the first real request: that one never waits for more than one warm-up article.
const WARM_UP_RUNS = 30;
let requests = 0;

async function warmUp(precis) {
  let last = null;
  for (let i = 0; i < WARM_UP_RUNS; ++i) {
    await new Promise((resolve) => setTimeout(resolve, 0)); // requests that came go first
    if (requests > 0) return; // keep the reader's article cached
    const text = `${SAMPLE_TEXT}\n\n`.repeat(3) + `Warm-up ${i}.`;
    last = { text, result: precis.summarize(text, { sentences: 3 }) };
  }
  precis.forget();
  self.postMessage({ warmed: last }); // the page may warm up its views on it
}

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
  if (data.op === 'settle') {
    settle();
    return;
  }
  const { id, op, text, options } = data;
  ++requests;
  try {
    const precis = await ready;
    const started = performance.now();
    const result = op === 'plainText' ? precis.toPlainText(text) : precis.summarize(text, options);
    self.postMessage({ id, result, ms: performance.now() - started });
  } catch (e) {
    self.postMessage({ id, error: e?.message ?? String(e) });
  }
};
