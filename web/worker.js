// Runs the wasm summarizer off the main thread. Messages: in {id, text, options};
// out {id, result} or {id, error}. The module starts once, when the worker starts.
import { createPrecis } from './precis.js';

const ready = createPrecis();
ready.then(
  (precis) => self.postMessage({ ready: true, version: precis.version }),
  (e) => self.postMessage({ fatal: `could not start the summarizer: ${e?.message ?? e}` }));

self.onmessage = async ({ data }) => {
  const { id, text, options } = data;
  try {
    const precis = await ready;
    self.postMessage({ id, result: precis.summarize(text, options) });
  } catch (e) {
    self.postMessage({ id, error: e?.message ?? String(e) });
  }
};
