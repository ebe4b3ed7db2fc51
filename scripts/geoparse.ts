/**
 * The command line: `npm run --silent geoparse -- FILE [--date YYYY-MM-DD] [--check]`
 * prints the report's FeatureCollection (DESIGN.md) on stdout. `-` reads stdin. Bad
 * input gets one line on stderr and exit status 1; never a stack trace. `--check` also
 * checks the result against the contract (geo/contract/) and exits 1 if it breaks it.
 *
 * Corpus mode, `--corpus FILE.json`, streams `{ documents: [{ id, text }] }` through
 * worker threads (one per core, for corpora of 4 MB or more) and prints
 * `{ results: [{ id, type: "FeatureCollection", … }] }` in input order, one result per
 * line, as they come; a document that cannot be parsed comes back as `{ id, error }`
 * and the others still succeed. `--progress` (or a terminal on stderr) shows progress.
 * With `--sentences` it prints, per document, every body sentence with its source:
 * `{ results: [{ id, sentences: [{ start, end, attribution: { start, end, text } | null }] }] }`.
 *
 * What users run is bin/geoparse: this code bundled (scripts/build-cli.mjs, at
 * `npm install` and `npm run build`) and started from a V8 startup snapshot of it
 * already evaluated and warmed up (scripts/cli/snapshot.ts), or the plain bundle
 * `dist/geoparse.mjs` when there is no snapshot for the node at hand.
 */
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { BUILD_DIR } from '../geo/gazetteer/files';
import { loadPacked } from '../geo/gazetteer/packed';
import { openPacked } from './gazetteer/packedFiles';
import type { Gazetteer } from '../geo/gazetteer/gazetteer';
import { defaultOptions, geoparse, GeoparseError } from '../geo/geoparse';
import { resolveOptions } from '../geo/options';
import { CorpusError } from './cli/readCorpus';
import { poolSize, runCorpus } from './cli/runCorpus';

const USAGE = 'usage: geoparse FILE [--date YYYY-MM-DD] [--check] | geoparse --corpus FILE.json [--sentences] [--progress] [--workers N]   (FILE "-" reads standard input)';

/** A problem with what the user asked for: printed as one line, exit 1. */
class UsageError extends Error {}

interface Args {
  file: string;
  date: string | undefined;
  corpus: boolean;
  check: boolean;
  progress: boolean;
  /** Worker threads for a corpus; undefined: as poolSize decides (one per core from 4 MB). */
  workers: number | undefined;
  /** Corpus mode: print each body sentence with its source instead of the FeatureCollection. */
  sentences: boolean;
}

export function parseArgs(argv: readonly string[]): Args {
  let file: string | undefined;
  let date: string | undefined;
  let corpus = false;
  let check = false;
  let progress = false;
  let workers: number | undefined;
  let sentences = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--date') {
      date = argv[++i];
      if (date === undefined) throw new UsageError('--date needs a value (YYYY-MM-DD)');
    } else if (arg.startsWith('--date=')) date = arg.slice('--date='.length);
    else if (arg === '--corpus') corpus = true;
    else if (arg === '--check') check = true;
    else if (arg === '--progress') progress = true;
    else if (arg === '--sentences') sentences = true;
    else if (arg === '--workers') {
      const value = argv[++i];
      workers = Number(value);
      if (value === undefined || !Number.isInteger(workers) || workers < 0 || workers > 64) throw new UsageError('--workers needs a whole number from 0 (this thread) to 64');
    }
    else if (arg === '-h' || arg === '--help') throw new UsageError(USAGE);
    else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}; ${USAGE}`);
    else if (file === undefined) file = arg;
    else throw new UsageError(`one file at a time; ${USAGE}`);
  }
  if (file === undefined) throw new UsageError(USAGE);
  if (check && corpus) throw new UsageError('--check takes one report, not a corpus');
  if (workers !== undefined && !corpus) throw new UsageError('--workers goes with --corpus');
  if (sentences && !corpus) throw new UsageError(`--sentences goes with --corpus; ${USAGE}`);
  return { file, date, corpus, check, progress, workers, sentences };
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

/** Where the packed world gazetteer is (geo/gazetteer/data/build/), next to this file's checkout. */
export function gazetteerDir(): string {
  return `${fileURLToPath(new URL('../geo/gazetteer/data/', import.meta.url))}${BUILD_DIR}`;
}

let cached: Gazetteer | undefined;
/** The packed world gazetteer (geo/gazetteer/data/build/), opened once per process; lines are read as lookups need them. */
export function loadGazetteer(): Gazetteer {
  // Found relative to this file when asked for, not when the module is evaluated: the
  // startup snapshot (scripts/cli/snapshot.ts) evaluates it where it was built.
  cached ??= loadPacked(openPacked(gazetteerDir()));
  return cached;
}

/** Writes to stdout, waiting when the pipe is full. */
function writeOut(text: string): Promise<void> {
  return new Promise((resolve) => {
    if (process.stdout.write(text)) resolve();
    else process.stdout.once('drain', resolve);
  });
}

/** A progress line on stderr, at most every 200 ms: documents done and share of the corpus read. */
function progressLine(bytes: number | null): (documents: number, bytesRead: number) => void {
  let last = 0;
  return function showProgress(documents, bytesRead) {
    const now = Date.now();
    if (now - last < 200) return;
    last = now;
    const share = bytes ? ` (${Math.min(100, (100 * bytesRead) / bytes).toFixed(1)}% of ${(bytes / 1e6).toFixed(1)} MB)` : '';
    process.stderr.write(`\rgeoparse: ${documents.toLocaleString('en')} documents${share}`);
  };
}

async function corpusMode(args: Args): Promise<number> {
  resolveOptions({ date: args.date }); // a bad --date is the caller's error, not each document's
  let bytes: number | null = null;
  if (args.file !== '-') {
    try {
      if (statSync(args.file).isDirectory()) throw new UsageError(`${args.file} is a directory, not a corpus file`);
      bytes = statSync(args.file).size;
    } catch (err) {
      if (err instanceof UsageError) throw err;
      const code = (err as NodeJS.ErrnoException).code;
      throw new UsageError(code === 'ENOENT' ? `no such file: ${args.file}` : `cannot read ${args.file}: ${(err as Error).message}`);
    }
  }
  const showProgress = args.progress || process.stderr.isTTY;
  const documents = await runCorpus({
    file: args.file === '-' ? 0 : args.file,
    bytes,
    workers: args.workers ?? poolSize(bytes),
    date: args.date,
    sentences: args.sentences,
    write: writeOut,
    gazetteer: loadGazetteer,
    ...(showProgress ? { progress: progressLine(bytes) } : {}),
  });
  if (showProgress) process.stderr.write(`\rgeoparse: ${documents.toLocaleString('en')} documents, done\n`);
  return 0;
}

async function singleMode(args: Args): Promise<number> {
  const text = readReport(args.file, defaultOptions.maxLength * 3);
  const result = geoparse(text, loadGazetteer(), { date: args.date });
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  if (!args.check) return 0;
  // Loaded only for --check: the schema validator is most of the bundle's start-up cost.
  const { checkContract } = await import('../geo/contract/checkContract');
  const problems = checkContract(text, result);
  if (problems.length === 0) return 0;
  process.stderr.write(`geoparse: the result breaks the contract (${problems.length}${problems.length >= 20 ? '+' : ''} problems), first: ${problems[0]}\n`);
  return 1;
}

export async function main(argv: readonly string[]): Promise<number> {
  try {
    const args = parseArgs(argv);
    return args.corpus ? await corpusMode(args) : await singleMode(args);
  } catch (err) {
    if (err instanceof UsageError || err instanceof GeoparseError || err instanceof CorpusError) {
      process.stderr.write(`geoparse: ${err.message}\n`);
      return 1;
    }
    process.stderr.write(`geoparse: internal error: ${(err as Error)?.message ?? String(err)}\n`);
    return 2;
  }
}

// Run when this file is the program (not when a test or a worker thread imports it: a
// worker's argv[1] is its own script).
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main(process.argv.slice(2)).then((code) => (process.exitCode = code));
}
