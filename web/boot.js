// Starts the summarizer worker before anything else: this module has no imports, so it runs as
// soon as the page is parsed, and the wasm downloads and compiles while app.js and its modules
// load. app.js takes the worker from here.
globalThis.PRECIS_EARLY_WORKER = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
