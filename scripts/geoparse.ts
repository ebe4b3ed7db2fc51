/**
 * The command line: `npm run --silent geoparse -- FILE [--date YYYY-MM-DD]` prints the
 * report's FeatureCollection (DESIGN.md) on stdout. `-` reads stdin. Bad input gets
 * one line on stderr and exit status 1; never a stack trace.
 *
 * Corpus mode, `--corpus FILE.json`, reads `{ documents: [{ id, text }] }` and prints
 * `{ results: [{ id, type: "FeatureCollection", … }] }` in one process; a document
 * that cannot be parsed comes back as `{ id, error }` and the others still succeed.
 */
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bundledCollection, bundledGazetteer } from '../geo/gazetteer/files';
import { buildGazetteer, type Gazetteer } from '../geo/gazetteer/gazetteer';
import { defaultOptions, geoparse, GeoparseError } from '../geo/geoparse';
import { resolveOptions } from '../geo/options';
import { readSentences } from '../geo/claims/readSentences';
import type { GazetteerCollection, ParseResult, Span } from '../geo/types';

const USAGE = 'usage: geoparse FILE [--date YYYY-MM-DD] | geoparse --corpus FILE.json [--sentences]   (FILE "-" reads standard input)';
const DATA = fileURLToPath(new URL('../geo/gazetteer/data/', import.meta.url));

/** A problem with what the user asked for: printed as one line, exit 1. */
class UsageError extends Error {}

interface Args {
  file: string;
  date: string | undefined;
  corpus: boolean;
  /** Corpus mode: print each body sentence with its source instead of the FeatureCollection. */
  sentences: boolean;
}

export function parseArgs(argv: readonly string[]): Args {
  let file: string | undefined;
  let date: string | undefined;
  let corpus = false;
  let sentences = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--date') {
      date = argv[++i];
      if (date === undefined) throw new UsageError('--date needs a value (YYYY-MM-DD)');
    } else if (arg.startsWith('--date=')) date = arg.slice('--date='.length);
    else if (arg === '--corpus') corpus = true;
    else if (arg === '--sentences') sentences = true;
    else if (arg === '-h' || arg === '--help') throw new UsageError(USAGE);
    else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}; ${USAGE}`);
    else if (file === undefined) file = arg;
    else throw new UsageError(`one file at a time; ${USAGE}`);
  }
  if (file === undefined) throw new UsageError(USAGE);
  if (sentences && !corpus) throw new UsageError(`--sentences goes with --corpus; ${USAGE}`);
  return { file, date, corpus, sentences };
}

/** Reads the report as UTF-8, refusing what is not a text file before decoding it all. */
export function readReport(file: string, maxBytes: number): string {
  let bytes: Buffer;
  try {
    if (file !== '-' && statSync(file).isDirectory()) throw new UsageError(`${file} is a directory, not a text file`);
    if (file !== '-' && statSync(file).size > maxBytes) {
      throw new UsageError(`${file} is ${statSync(file).size.toLocaleString('en')} bytes; the limit is ${maxBytes.toLocaleString('en')}`);
    }
    bytes = readFileSync(file === '-' ? 0 : file);
  } catch (err) {
    if (err instanceof UsageError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UsageError(`no such file: ${file}`);
    if (code === 'EACCES') throw new UsageError(`cannot read ${file}: permission denied`);
    throw new UsageError(`cannot read ${file}: ${(err as Error).message}`);
  }
  if (bytes.length > maxBytes) throw new UsageError(`the input is ${bytes.length.toLocaleString('en')} bytes; the limit is ${maxBytes.toLocaleString('en')}`);
  if (bytes.includes(0)) throw new UsageError('the input looks like binary data, not text');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new UsageError('the input is not valid UTF-8 text');
  }
}

const readDataJson = (file: string): unknown => JSON.parse(readFileSync(`${DATA}${file}`, 'utf8'));

/** The bundled gazetteer files as one collection. */
export function readGazetteerData(): GazetteerCollection {
  return bundledCollection(readDataJson);
}

let cached: Gazetteer | undefined;
/** The bundled gazetteer, read and indexed once per process. */
export function loadGazetteer(): Gazetteer {
  cached ??= bundledGazetteer(readDataJson);
  return cached;
}

/** The documents of a corpus file, each with its id (or its index) and whatever its "text" is. */
function corpusDocuments(json: string): { id: string; text: unknown }[] {
  let corpus: unknown;
  try {
    corpus = JSON.parse(json);
  } catch (err) {
    throw new UsageError(`the corpus is not JSON: ${(err as Error).message}`);
  }
  const documents = (corpus as { documents?: unknown })?.documents;
  if (!Array.isArray(documents)) throw new UsageError('the corpus has no "documents" array');
  return documents.map((doc: unknown, i) => {
    const { id, text } = (doc ?? {}) as { id?: unknown; text?: unknown };
    return { id: typeof id === 'string' || typeof id === 'number' ? String(id) : `#${i}`, text };
  });
}

type CorpusResult = ({ id: string } & ParseResult) | { id: string; error: string };

/** Geoparses every document of a corpus; one bad document does not stop the others. */
export function geoparseCorpus(json: string, gazetteer: Gazetteer, date: string | undefined): { results: CorpusResult[] } {
  resolveOptions({ date }); // a bad --date is the caller's error, not each document's
  let corpus: unknown;
  try {
    corpus = JSON.parse(json);
  } catch (err) {
    throw new UsageError(`the corpus is not JSON: ${(err as Error).message}`);
  }
  const documents = (corpus as { documents?: unknown })?.documents;
  if (!Array.isArray(documents)) throw new UsageError('the corpus has no "documents" array');
  const results = documents.map((doc: unknown, i): CorpusResult => {
    const { id, text } = (doc ?? {}) as { id?: unknown; text?: unknown };
    const name = typeof id === 'string' || typeof id === 'number' ? String(id) : `#${i}`;
    try {
      if (typeof text !== 'string') throw new GeoparseError('the document has no "text" string');
      return { id: name, ...geoparse(text, gazetteer, { date }) };
    } catch (err) {
      if (err instanceof GeoparseError) return { id: name, error: err.message };
      return { id: name, error: `internal error: ${(err as Error).message}` };
    }
  });
  return { results };
}

type SentencesResult = { id: string; sentences: { start: number; end: number; attribution: Span | null }[] } | { id: string; error: string };

/**
 * What the sentence reader needs of the gazetteer: its countries, for their demonyms.
 * Indexing only those keeps `--sentences` fast (the whole index takes seconds on a busy machine).
 */
export function loadCountries(): Gazetteer {
  const features = readGazetteerData().features.filter((f) => f.properties.placeType === 'country');
  return buildGazetteer({ type: 'FeatureCollection', features });
}

/** Corpus mode with `--sentences`: every body sentence of each document with its source (DESIGN.md). */
export function readCorpusSentences(json: string, gazetteer: Gazetteer): { results: SentencesResult[] } {
  return {
    results: corpusDocuments(json).map(({ id, text }): SentencesResult => {
      try {
        if (typeof text !== 'string') throw new GeoparseError('the document has no "text" string');
        const sentences = readSentences(text, gazetteer).map(({ start, end, attribution }) => ({ start, end, attribution: attribution?.source ?? null }));
        return { id, sentences };
      } catch (err) {
        if (err instanceof GeoparseError) return { id, error: err.message };
        return { id, error: `internal error: ${(err as Error).message}` };
      }
    }),
  };
}

function main(argv: readonly string[]): number {
  try {
    const args = parseArgs(argv);
    const text = readReport(args.file, args.corpus ? 512 * 1024 * 1024 : defaultOptions.maxLength * 3);
    const result = args.sentences ? readCorpusSentences(text, loadCountries()) : args.corpus ? geoparseCorpus(text, loadGazetteer(), args.date) : geoparse(text, loadGazetteer(), { date: args.date });
    process.stdout.write(`${JSON.stringify(result, null, args.corpus ? 0 : 2)}\n`);
    return 0;
  } catch (err) {
    if (err instanceof UsageError || err instanceof GeoparseError) {
      process.stderr.write(`geoparse: ${err.message}\n`);
      return 1;
    }
    process.stderr.write(`geoparse: internal error: ${(err as Error)?.message ?? String(err)}\n`);
    return 2;
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exitCode = main(process.argv.slice(2));
