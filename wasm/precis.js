// Précis JS API: a thin wrapper around the Embind module.
//
//   import { createPrecis } from './precis.js';
//   const precis = await createPrecis();
//   const result = precis.summarize(text, { sentences: 3 });   // throws Error on bad input
//   precis.version;
//   precis.loadNameModel(bytes);   // the page's build only: its name model comes as a file
//
// Offsets in the result are JS string (UTF-16) indices; the conversion from the core's UTF-8
// byte offsets happens here and nowhere else.

const encoder = new TextEncoder();

// Every error the wrapper throws carries a code (the package's types list them): PRECIS_ARGUMENT
// (a TypeError: wrong argument type), PRECIS_INPUT (the core refused the text or the options),
// PRECIS_NAME_MODEL (a damaged name model file), PRECIS_BROKEN (the module failed earlier).
const precisError = (code, message, Type = Error) => Object.assign(new Type(message), { code });

/**
 * Starts the wasm module. In the browser the ES-module build next to this file is used; Node
 * callers pass the CommonJS build: createPrecis({ factory: require('./precis_node.cjs') }).
 * wasmModule: the build's precis_core.wasm already compiling (a Promise of a WebAssembly.Module),
 * for a caller that started the download before this module and its glue were loaded; a
 * failed download or compile rejects the returned promise.
 */
export async function createPrecis({ factory, moduleArgs = {}, wasmModule = null } = {}) {
  const compiling = wasmModule && Promise.resolve(wasmModule);
  compiling?.catch(() => {}); // handled below, once the glue asks for it
  const create = factory ?? (await import('./precis_core.js')).default;
  if (!compiling) return new Precis(await create(moduleArgs));
  let fail = null;
  const failed = new Promise((_, reject) => { fail = reject; });
  const instantiateWasm = (imports, receive) => {
    compiling.then((compiled) => WebAssembly.instantiate(compiled, imports))
      .then((instance) => receive(instance)).catch(fail);
    return {}; // the glue waits for receive()
  };
  return new Precis(await Promise.race([create({ ...moduleArgs, instantiateWasm }), failed]));
}

class Precis {
  #module;
  #broken = null;

  constructor(module) {
    this.#module = module;
  }

  get version() {
    return this.#module.version();
  }

  /** Size of the wasm linear memory in bytes (it grows on demand and never shrinks). */
  get memoryBytes() {
    return this.#module.HEAPU8.buffer.byteLength;
  }

  /**
   * The text the summarizer reads from `input`: an HTML page reduced to its article text
   * (paragraphs separated by blank lines) plus its <title>; plain text comes back as it is.
   */
  toPlainText(input) {
    if (typeof input !== 'string') {
      throw precisError('PRECIS_ARGUMENT', 'precis: toPlainText(input) needs a string', TypeError);
    }
    return JSON.parse(this.#module.plainTextJson(encoder.encode(input)));
  }

  /** Whether names are found: the build has the model built in, or loadNameModel gave it. */
  get hasNames() {
    return this.#module.hasNameModel();
  }

  /**
   * Loads the name model (the bytes of ner_en.model) into a build without one (the page's
   * wasm); later summaries find names. Throws on a damaged file (the module stays as it was).
   */
  loadNameModel(bytes) {
    if (!(bytes instanceof Uint8Array)) {
      throw precisError('PRECIS_ARGUMENT', 'precis: loadNameModel(bytes) needs a Uint8Array', TypeError);
    }
    const error = this.#module.loadNameModel(bytes);
    if (error) throw precisError('PRECIS_NAME_MODEL', `precis: ${error}`);
  }

  /** Gives back the memory of the last article (kept so a new length or algorithm is fast). */
  forget() {
    this.#module.forget();
  }

  /**
   * Summarizes `text`; options: {sentences | ratio | words, algorithm, title, language,
   * pageLanguage}.
   */
  summarize(text, options = {}) {
    if (typeof text !== 'string') {
      throw precisError('PRECIS_ARGUMENT', 'precis: summarize(text) needs the article as a string', TypeError);
    }
    if (options === null || typeof options !== 'object' || Array.isArray(options)) {
      throw precisError('PRECIS_ARGUMENT', 'precis: options must be an object such as {sentences: 3}', TypeError);
    }
    if (this.#broken) {
      throw precisError('PRECIS_BROKEN',
                        `precis: the module stopped after an earlier failure (${this.#broken}); create a new instance`);
    }
    // TextEncoder turns lone surrogates into U+FFFD, which keeps UTF-16 lengths intact.
    const bytes = encoder.encode(text);
    let json;
    try {
      json = this.#module.summarizeJson(bytes, JSON.stringify(options));
    } catch (e) {
      // A wasm trap (out of memory, a bug) leaves the module unusable: say so, once, clearly.
      this.#broken = String(e?.message ?? e);
      throw precisError('PRECIS_BROKEN', `precis: internal failure while summarizing: ${this.#broken}`);
    }
    const result = JSON.parse(json);
    if (result.error) throw precisError('PRECIS_INPUT', `precis: ${result.error}`);
    toUtf16Offsets(result, text);
    return result;
  }
}

/** Rewrites every start/end in `result` from UTF-8 byte offsets to UTF-16 indices of `text`. */
function toUtf16Offsets(result, text) {
  const spans = [...result.paragraphs, ...result.sentences, ...result.entities];
  const wanted = new Set();
  for (const s of spans) {
    wanted.add(s.start);
    wanted.add(s.end);
  }
  const sorted = [...wanted].sort((a, b) => a - b);
  const map = new Map();
  let k = 0;
  let bytes = 0;
  for (let i = 0; i <= text.length && k < sorted.length; ) {
    while (k < sorted.length && sorted[k] <= bytes) map.set(sorted[k++], i);
    if (i === text.length) break;
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      bytes += 1;
      i += 1;
    } else if (c < 0x800) {
      bytes += 2;
      i += 1;
    } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length &&
               (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i += 2;
    } else {
      bytes += 3;  // BMP character, or a lone surrogate encoded as U+FFFD
      i += 1;
    }
  }
  for (; k < sorted.length; ++k) map.set(sorted[k], text.length);
  for (const s of spans) {
    s.start = map.get(s.start);
    s.end = map.get(s.end);
  }
  result.offsets = 'utf16';
}
