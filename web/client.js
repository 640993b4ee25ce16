// Promise interface to the summarizer worker. Cancelling terminates the worker (the only way to
// stop a long wasm call) and starts a fresh one.
export class SummarizerClient {
  #worker = null;
  #pending = new Map();
  #nextId = 1;
  #onStatus;

  /** onStatus({ready, version} | {fatal}) is called when a worker starts or fails. */
  constructor(onStatus = () => {}) {
    this.#onStatus = onStatus;
    this.#start();
  }

  summarize(text, options) {
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      this.#worker.postMessage({ id, text, options });
    });
  }

  cancel() {
    this.#worker.terminate();
    this.#rejectAll(new Error('cancelled'));
    this.#start();
  }

  #start() {
    this.#worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
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
