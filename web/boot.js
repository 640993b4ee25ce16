// Starts the summarizer before anything else, while the page's modules load: the worker, and on
// the main thread the download and compile of the wasm (streaming compilation runs on background
// threads), so the two overlap; the compiled module is handed to the worker. app.js takes the
// worker over, with the messages that came before it did.
// scripts/build inlines this classic script into index.html (the CSP allows it by its hash).
(() => {
  // scripts/build bundles worker.js into one classic script (classic workers start sooner).
  const makeWorker = () => new Worker('worker.js');
  const worker = makeWorker();
  const messages = [];
  worker.onmessage = (event) => messages.push(event);
  worker.onerror = (event) => {
    event.preventDefault();
    messages.push({ data: { fatal: `could not start the summarizer: ${event.message || 'worker error'}` } });
  };
  // null when streaming compilation is not possible (a server without application/wasm): the
  // worker then loads the wasm itself.
  const wasm = WebAssembly.compileStreaming(fetch('precis_core.wasm')).catch(() => null);
  wasm.then((wasmModule) => worker.postMessage({ op: 'start', wasmModule }));
  globalThis.PRECIS_EARLY = { worker, messages, wasm, makeWorker };
})();
