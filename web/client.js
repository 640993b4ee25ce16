// Promise interface to the summarizer worker (worker.js). Cancelling terminates the worker (the
// only way to stop a long wasm call) and starts a fresh one.
//   new SummarizerClient(onStatus, { early, makeWorker })
// early: {worker, messages, makeWorker} from boot.js (its worker and the messages it sent so
// far); makeWorker: how to make one (the single-file page builds it from a blob).
export class SummarizerClient {
  #worker = null;
  #pending = new Map();
  #nextId = 1;
  #onStatus;
  #early;
  #makeWorker;

  /**
   * onStatus is called with the worker's news: {ready, version, names} when it starts,
   * {names: true} when the name model has loaded, {namesError}, {warmed} after the warm-up, {fatal}.
   */
  constructor(onStatus = () => {}, { early = null, makeWorker = null } = {}) {
    this.#onStatus = onStatus;
    this.#early = early;
    this.#makeWorker = makeWorker ?? early?.makeWorker ??
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

  /** How long the worker took for the last answer, in ms (the page benchmark reads it). */
  lastWorkerMs = 0;

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
    let earlier = [];
    if (this.#early) {
      ({ worker: this.#worker, messages: earlier } = this.#early);
      this.#early = null;
    } else {
      this.#worker = this.#makeWorker();
    }
    this.#worker.onmessage = (event) => this.#receive(event.data);
    this.#worker.onerror = (event) => {
      event.preventDefault();
      const message = `the summarizer stopped: ${event.message || 'worker error'}`;
      this.#onStatus({ fatal: message });
      this.#rejectAll(new Error(message));
    };
    for (const event of earlier) this.#receive(event.data);
  }

  #receive(data) {
    if (!('id' in data)) {
      this.#onStatus(data);
      if (data.ready) this.#worker.postMessage({ op: 'settle' }); // now it may load names, warm up
      if (data.fatal) this.#rejectAll(new Error(data.fatal));
      return;
    }
    const waiter = this.#pending.get(data.id);
    if (!waiter) return;
    this.#pending.delete(data.id);
    if ('error' in data) {
      waiter.reject(new Error(data.error));
    } else {
      this.lastWorkerMs = data.ms;
      waiter.resolve(data.result);
    }
  }

  #rejectAll(error) {
    for (const { reject } of this.#pending.values()) reject(error);
    this.#pending.clear();
  }
}
