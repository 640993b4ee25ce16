// Starts the summarizer worker before anything else, while the page's script and stylesheet
// load; app.js takes the worker over, with the messages that came before it did. The worker
// downloads and compiles the wasm itself: compiling it here instead made the page ready ~70 ms
// sooner on a fast connection but put the download before the first paint and 100-300 ms of
// compile work on this thread (Lighthouse mobile 91-98 instead of 100).
// scripts/build inlines this classic script into index.html (the CSP allows it by its hash) and
// bundles worker.js into one classic script (classic workers start sooner).
(() => {
  const makeWorker = () => new Worker('worker.js');
  const worker = makeWorker();
  const messages = [];
  worker.onmessage = (event) => messages.push(event);
  worker.onerror = (event) => {
    event.preventDefault();
    messages.push({ data: { fatal: `could not start the summarizer: ${event.message || 'worker error'}` } });
  };
  globalThis.PRECIS_EARLY = { worker, messages, makeWorker };
})();
