// Promise interface to the summarizer worker. Cancelling terminates the worker (the only way to
// stop a long wasm call) and starts a fresh one. The worker comes from worker.js next to this
// file, or from `makeWorker` (the single-file page builds it from a blob).
export class SummarizerClient {
  #worker = null;
  #pending = new Map();
  #nextId = 1;
  #onStatus;

  #makeWorker;

  /** onStatus({ready, version} | {fatal}) is called when a worker starts or fails. */
  constructor(onStatus = () => {}, makeWorker = null) {
    this.#onStatus = onStatus;
    this.#makeWorker = makeWorker ??
      (() => new Worker(new URL('./worker.js', import.meta.url), { type: 'module' }));
    this.#start();
  }

  summarize(text, options) {
    return this.#call({ op: 'summarize', text, options });
  }

  /** {title, text} of an HTML page (plain text comes back unchanged). */
  toPlainText(text) {
    return this.#call({ op: 'plainText', text });
  }

  get busy() {
    return this.#pending.size > 0;
  }

  #call(message) {
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      this.#worker.postMessage({ id, ...message });
    });
  }

  cancel() {
    this.#worker.terminate();
    this.#rejectAll(new Error('cancelled'));
    this.#start();
  }

  #start() {
    this.#worker = this.#makeWorker();
    this.#worker.onmessage = ({ data }) => {
      if (data.ready || data.fatal) {
        this.#onStatus(data);
        if (data.fatal) this.#rejectAll(new Error(data.fatal));
        return;
      }
      const waiter = this.#pending.get(data.id);
      if (!waiter) return;
      this.#pending.delete(data.id);
      if ('error' in data) waiter.reject(new Error(data.error));
      else waiter.resolve(data.result);
    };
    this.#worker.onerror = (event) => {
      event.preventDefault();
      const message = `the summarizer stopped: ${event.message || 'worker error'}`;
      this.#onStatus({ fatal: message });
      this.#rejectAll(new Error(message));
    };
  }

  #rejectAll(error) {
    for (const { reject } of this.#pending.values()) reject(error);
    this.#pending.clear();
  }
}
