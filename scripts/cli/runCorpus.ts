/**
 * Corpus mode: streams `{ documents: [...] }` from a file through worker threads (one
 * per core) and writes `{ "results": [ … ] }` in input order, one result per line, as
 * results come in. Memory stays bounded: at most a few documents per worker are in
 * flight, and stdout's backpressure is respected.
 */
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import type { Gazetteer } from '../../geo/gazetteer/gazetteer';
import { readCorpus } from './readCorpus';
import { parseDocument, type DocumentOptions } from './parseDocument';

export interface CorpusRun extends DocumentOptions {
  /** Path of the corpus, or 0 for standard input. */
  file: string | number;
  /** Size of the corpus in bytes, when known (for progress and for sizing the pool). */
  bytes: number | null;
  /** Worker threads; 0 parses in this thread. */
  workers: number;
  /** Writes a piece of the output; resolves when the sink can take more. */
  write: (text: string) => Promise<void>;
  /** Called after each document with the documents done and the bytes read. */
  progress?: (documents: number, bytesRead: number) => void;
  /** The gazetteer of this thread, loaded only when `workers` is 0. */
  gazetteer: () => Gazetteer;
}

/**
 * Below this much text, the workers' start (each opens the gazetteer and warms its
 * regexps and code from cold, while this thread starts warm from the CLI's snapshot)
 * costs more than sharing the work saves. Measured on 2 cores, one thread / 2 workers:
 * 2 MB 1.96 / 2.49 s, 4 MB 3.14 / 3.24 s, 8 MB 5.30 / 4.60 s, 20 MB 11.3 / 8.0 s.
 */
const MIN_POOL_BYTES = 4 << 20;
/** Each worker is given at least this much of the corpus. */
const BYTES_PER_WORKER = 2 << 20;

/**
 * How many worker threads a corpus is worth: none below MIN_POOL_BYTES, else one per
 * core with at least BYTES_PER_WORKER each, and never just one (a single worker only
 * adds its start to what this thread would do).
 * @param bytes the corpus's size, or null when unknown (standard input)
 * @example poolSize(500_000) // 0: one thread does it faster
 */
export function poolSize(bytes: number | null, cores = availableParallelism()): number {
  if (bytes !== null && bytes < MIN_POOL_BYTES) return 0;
  const n = bytes === null ? cores : Math.min(cores, Math.floor(bytes / BYTES_PER_WORKER));
  return n >= 2 ? n : 0;
}

/** The worker's entry: the bundle beside this one, or the TypeScript source under tsx. */
function startWorker(WorkerThread: typeof Worker, options: DocumentOptions): Worker {
  // Under tsx the worker runs its TypeScript source; in the bundle, the bundled worker.
  const source = import.meta.url.endsWith('.ts');
  const url = new URL(source ? './corpusWorker.ts' : './geoparse-worker.mjs', import.meta.url);
  return new WorkerThread(url, { workerData: options, execArgv: source ? ['--import', 'tsx'] : [] });
}

/**
 * Runs the corpus and writes the whole output.
 * @returns the number of documents
 * @throws CorpusError when the file is not a corpus (before any output is written if
 *   the problem is at its start)
 */
export async function runCorpus(run: CorpusRun): Promise<number> {
  const options: DocumentOptions = { date: run.date, sentences: run.sentences };
  let done = 0;
  let written = false;
  const writeLine = async (line: string) => {
    await run.write(`${written ? ',\n' : '{"results":[\n'}${line}`);
    written = true;
  };

  if (run.workers === 0) {
    const gazetteer = run.gazetteer();
    let index = 0;
    for (const { json, bytesRead } of readCorpus(run.file)) {
      await writeLine(parseDocument(json, gazetteer, index++, options));
      run.progress?.(++done, bytesRead);
    }
    await run.write(written ? '\n]}\n' : '{"results":[]}\n');
    return done;
  }

  // Loaded only here: node:worker_threads must not be in the CLI's startup snapshot
  // (scripts/cli/snapshot.ts), whose copy of its state would not match the process's.
  const { Worker: WorkerThread } = await import('node:worker_threads');
  const workers = Array.from({ length: run.workers }, () => startWorker(WorkerThread, options));
  const pending = new Map<number, string>(); // results that came before their turn
  const maxInFlight = run.workers * 4;
  let next = 0; // next index to write
  let sent = 0;
  let bytesRead = 0;
  let wake: (() => void) | null = null;
  let failure: Error | null = null;
  const idle: Worker[] = [...workers];
  const queue: Array<{ index: number; json: string }> = [];

  const dispatch = () => {
    while (idle.length && queue.length) (idle.pop() as Worker).postMessage(queue.shift());
  };
  for (const worker of workers) {
    worker.on('message', function collect({ index, line }: { index: number; line: string }) {
      pending.set(index, line);
      idle.push(worker);
      dispatch();
      wakeUp();
    });
    worker.on('error', function workerFailed(err) {
      failure ??= err;
      wakeUp();
    });
  }
  /** Waits for the next message, unless what it would bring is already here. */
  const settle = () =>
    new Promise<void>((resolve) => {
      if (pending.has(next) || failure) resolve();
      else wake = resolve;
    });
  const wakeUp = () => {
    const resolve = wake;
    wake = null;
    resolve?.();
  };

  /** Writes every result whose turn has come. */
  const drain = async () => {
    while (pending.has(next)) {
      const line = pending.get(next) as string;
      pending.delete(next++);
      await writeLine(line);
      run.progress?.(++done, bytesRead);
    }
  };

  try {
    for (const element of readCorpus(run.file)) {
      bytesRead = element.bytesRead;
      queue.push({ index: sent++, json: element.json });
      dispatch();
      while (sent - next >= maxInFlight && !failure) {
        await drain();
        if (sent - next >= maxInFlight) await settle();
      }
      if (failure) throw failure;
    }
    while (next < sent && !failure) {
      await drain();
      if (next < sent) await settle();
    }
    if (failure) throw failure;
    await run.write(written ? '\n]}\n' : '{"results":[]}\n');
    return done;
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
