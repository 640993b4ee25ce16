// Runs the wasm summarizer off the main thread. Messages in: {id, op: 'summarize', text,
// options} or {id, op: 'plainText', text}; out: {id, result} or {id, error}. The module starts
// once, when the worker starts; it keeps the last article's analysis, so a new length or
// algorithm for the same text costs only ranking and selection.
import { createPrecis } from './precis.js';
import { SAMPLE_TEXT } from './sample.js';

const started = performance.timeOrigin + performance.now(); // absolute ms, for benchmarks
const ready = createPrecis();
ready.then(
  (precis) => {
    self.postMessage({ ready: true, version: precis.version,
                       timing: { started, loaded: performance.timeOrigin + performance.now() } });
    // Warm up while the reader is still pasting: the first call parses the name model and sizes
    // the memory, and a few real articles make the hot functions hot, so the browser compiles
    // them with its optimizing tier (first calls run baseline code, 3-5x slower). Messages
    // queue behind it.
    for (let i = 0; i < 4; ++i) precis.summarize(`${SAMPLE_TEXT}\n\nWarm-up ${i}.`, { sentences: 3 });
    precis.forget();
  },
  (e) => self.postMessage({ fatal: `could not start the summarizer: ${e?.message ?? e}` }));

self.onmessage = async ({ data }) => {
  const { id, op, text, options } = data;
  try {
    const precis = await ready;
    const result = op === 'plainText' ? precis.toPlainText(text) : precis.summarize(text, options);
    self.postMessage({ id, result });
  } catch (e) {
    self.postMessage({ id, error: e?.message ?? String(e) });
  }
};
