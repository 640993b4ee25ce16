// Shared by the package's browser entry (index.js) and Node entry (node.js): finds the wasm and
// the name model next to this file (import.meta.url) unless the caller passes them, compiles the
// wasm while the Emscripten glue loads, loads the name model, and starts the summarizer. The two
// entries differ only in how they read a URL or a path (fetch; the file system in Node).
import { createPrecis as startModule } from './precis.js';

const OPTIONS = new Set(['wasm', 'nameModel']);

const loadError = (what, cause) =>
  Object.assign(new Error(`precis: ${what} could not be loaded (${cause?.message ?? cause})`, { cause }),
                { code: 'PRECIS_LOAD' });

/**
 * options.wasm: where precis_core.wasm is (URL or string, fetched or read), its bytes
 * (ArrayBuffer or a typed array), a fetch Response, or a compiled WebAssembly.Module (or a Promise
 * of any of these); default: the package's file. options.nameModel: the same for ner_en.model
 * (not a Module), or false to start without names (numbers, dates and money only; load it later
 * with precis.loadNameModel). read(URL or string) resolves to bytes or a Response.
 */
export async function start(options, read) {
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw Object.assign(new TypeError('precis: createPrecis(options) needs an object'), { code: 'PRECIS_ARGUMENT' });
  }
  for (const key of Object.keys(options)) {
    if (!OPTIONS.has(key)) {
      throw Object.assign(new TypeError(`precis: unknown createPrecis option '${key}' (wasm, nameModel)`),
                          { code: 'PRECIS_ARGUMENT' });
    }
  }
  const { wasm = new URL('precis_core.wasm', import.meta.url),
          nameModel = new URL('ner_en.model', import.meta.url) } = options;
  // Both start at once; the model's bytes are awaited only once the module runs.
  const compiling = compile(wasm, read);
  const model = nameModel === false ? null : bytesOf(nameModel, read);
  model?.catch(() => {}); // reported below, after the module has started (or failed first)
  let precis;
  try {
    precis = await startModule({ wasmModule: compiling });
  } catch (e) {
    throw loadError('the WebAssembly module (precis_core.wasm)', e);
  }
  if (model) {
    let bytes;
    try {
      bytes = await model;
    } catch (e) {
      throw loadError('the name model (ner_en.model)', e);
    }
    precis.loadNameModel(bytes); // a damaged file throws PRECIS_NAME_MODEL
  }
  return precis;
}

async function compile(source, read) {
  source = await source;
  if (source instanceof WebAssembly.Module) return source;
  if (isBytes(source)) return WebAssembly.compile(source);
  const response = source instanceof Response ? source : await fromLocation(source, read);
  if (isBytes(response)) return WebAssembly.compile(response);
  checked(response);
  // Streaming compile needs the application/wasm type; a host serving another type still works.
  if (WebAssembly.compileStreaming && /^application\/wasm\b/.test(response.headers.get('content-type') ?? '')) {
    return WebAssembly.compileStreaming(response);
  }
  return WebAssembly.compile(await response.arrayBuffer());
}

async function bytesOf(source, read) {
  source = await source;
  if (isBytes(source)) return toUint8Array(source);
  const response = source instanceof Response ? source : await fromLocation(source, read);
  if (isBytes(response)) return toUint8Array(response);
  return new Uint8Array(await checked(response).arrayBuffer());
}

function fromLocation(source, read) {
  if (typeof source !== 'string' && !(source instanceof URL)) {
    throw new TypeError(`expected a URL, a path, bytes or a Response, got ${Object.prototype.toString.call(source)}`);
  }
  return read(source);
}

function checked(response) {
  if (!response.ok) throw new Error(`${response.url || 'response'}: HTTP ${response.status}`);
  return response;
}

const isBytes = (x) => x instanceof ArrayBuffer || ArrayBuffer.isView(x);
const toUint8Array = (x) => (x instanceof Uint8Array ? x
  : x instanceof ArrayBuffer ? new Uint8Array(x) : new Uint8Array(x.buffer, x.byteOffset, x.byteLength));
