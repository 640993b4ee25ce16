// Types of the precis-summarizer package (both entries: the browser's index.js, Node's node.js).
// The Result is the one documented in the project's docs/ARCHITECTURE.md ("Result"), with offsets
// as JavaScript string (UTF-16) indices.

/**
 * Where a file comes from: a URL or a string (fetched; in Node a path or file: URL is read from
 * disk), its bytes, or a fetch Response — or a Promise of one of these.
 */
export type FileSource = string | URL | ArrayBuffer | ArrayBufferView | Response;

export interface CreateOptions {
  /**
   * precis_core.wasm: a FileSource or a compiled WebAssembly.Module (or a Promise of one).
   * Default: the package's own file, found next to the module by import.meta.url. Bundlers that
   * do not copy it pass its URL (e.g. esbuild's file loader: `import wasm from
   * 'precis-summarizer/precis_core.wasm'`).
   */
  wasm?: FileSource | WebAssembly.Module | Promise<FileSource | WebAssembly.Module>;
  /**
   * ner_en.model, the English name model (people, organizations, places). Default: the package's
   * own file. `false` starts without it: results then have numbers, dates and money but no names
   * until `loadNameModel(bytes)` is called.
   */
  nameModel?: FileSource | Promise<FileSource> | false;
}

/** Starts a summarizer. Rejects with a PrecisError (code PRECIS_LOAD, PRECIS_NAME_MODEL or PRECIS_ARGUMENT). */
export function createPrecis(options?: CreateOptions): Promise<Precis>;

export interface Precis {
  /** The core's version. */
  readonly version: string;
  /** Size of the wasm linear memory in bytes (grows on demand, never shrinks). */
  readonly memoryBytes: number;
  /** Whether people, organizations and places are found (the name model is loaded). */
  readonly hasNames: boolean;
  /**
   * Summarizes an article (plain text, paragraphs separated by blank lines, or an HTML page).
   * Throws a PrecisError: PRECIS_INPUT for empty or too large (> 50 MB) input and bad options,
   * PRECIS_ARGUMENT (a TypeError) for arguments of the wrong type, PRECIS_BROKEN after a failure
   * inside the module.
   */
  summarize(text: string, options?: SummarizeOptions): Result;
  /** The text the summarizer reads from an HTML page (plain text comes back as it is). */
  toPlainText(input: string): { title: string; text: string };
  /** Loads (or replaces) the name model from the bytes of ner_en.model; PRECIS_NAME_MODEL if damaged. */
  loadNameModel(bytes: Uint8Array): void;
  /** Frees the last article, which is kept so a new length or algorithm for it is fast. */
  forget(): void;
}

export type Algorithm = 'auto' | 'lead' | 'centroid' | 'textrank' | 'lexrank';

interface CommonOptions {
  /** Default 'auto' (a learned ranker). */
  algorithm?: Algorithm;
  /** The article's title, if the text does not start with it. */
  title?: string;
  /**
   * ISO 639-1 code of the article's language ('de', 'de-AT'), or 'auto' (the default: detected
   * from the text). A code the core does not know is refused (PRECIS_INPUT).
   */
  language?: string;
  /**
   * The language the page declares (its lang attribute), when `language` is auto: it holds for a
   * text too short to tell and one detected as that language; a longer text detected as another
   * language overrules it. A code the core does not know is ignored.
   */
  pageLanguage?: string;
}

/** The length: at most one of sentences (default 3), ratio (share of the sentences, 0-1) or words. */
export type SummarizeOptions = CommonOptions & (
  | { sentences?: number; ratio?: never; words?: never }
  | { ratio: number; sentences?: never; words?: never }
  | { words: number; sentences?: never; ratio?: never }
);

export type EntityType =
  | 'PERSON' | 'ORG' | 'LOCATION' | 'MISC'
  | 'DATE' | 'TIME' | 'MONEY' | 'PERCENT' | 'QUANTITY';

/** What a sentence is in the article (results of later versions; absent in this one). */
export type SentenceRole =
  | 'body' | 'heading' | 'caption' | 'list-item' | 'quote' | 'byline' | 'dateline' | 'boilerplate';

/** A range of the input text: UTF-16 indices, `text.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  text: string;
  score: number;
  /** 1 = the best sentence. */
  rank: number;
  /** In the summary. */
  selected: boolean;
  /** Page furniture (credits, links, bylines…): never selected. */
  boilerplate: boolean;
  role?: SentenceRole;
}

export interface Entity extends Span {
  text: string;
  type: EntityType;
  /** Index into Result.groups. */
  group: number;
}

export interface EntityGroup {
  name: string;
  type: EntityType;
  mentions: number;
  salience: number;
}

export interface Keyphrase {
  text: string;
  score: number;
}

export interface Stats {
  characters: number;
  words: number;
  sentences: number;
  readingMinutes: number;
  summaryWords: number;
}

export interface Result {
  version: number;
  offsets: 'utf16';
  /** ISO 639-1 code, or 'und' when the language could not be told. */
  language: string;
  /** How: named by the `language` option, the page's declaration held, or detected. */
  languageSource: 'given' | 'page' | 'detected';
  title: string;
  stats: Stats;
  paragraphs: Span[];
  sentences: Sentence[];
  /** Indices into `sentences`, in document order. */
  summary: number[];
  entities: Entity[];
  /** By salience, best first. */
  groups: EntityGroup[];
  keyphrases: Keyphrase[];
  warnings: string[];
}

export type PrecisErrorCode =
  | 'PRECIS_LOAD'        // createPrecis: the wasm or the name model could not be fetched or compiled (see `cause`)
  | 'PRECIS_ARGUMENT'    // a TypeError: an argument of the wrong type, an unknown createPrecis option
  | 'PRECIS_INPUT'       // summarize: the core refused the text (empty, > 50 MB) or the options
  | 'PRECIS_NAME_MODEL'  // loadNameModel / createPrecis: a damaged name model file
  | 'PRECIS_BROKEN';     // the module failed inside (out of memory…); create a new instance

/** Every error thrown or rejected by the package is an Error (or TypeError) with a code. */
export interface PrecisError extends Error {
  code: PrecisErrorCode;
}
