/**
 * Bulk ingest: `npm run ingest -- PATH [--workers N]`. PATH is a folder of .txt, .md and
 * .html files, or a .jsonl file of `{ text, url?, title?, publisher?, published? }` a line.
 * Every document is queued in the store's jobs table (once: a rerun queues nothing new),
 * then geoparsed on worker threads, one per core, and stored. A rerun after a crash
 * finishes what was left. Progress goes to stderr.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { parseHTML } from 'linkedom';
import { extractArticle, reportText } from '../components/read/extractArticle';
import { ENGINE_VERSION } from '../ingest/addReport';
import type { Database } from '../store/database';
import { claimJobs, enqueueJobs, finishJob, jobCounts, releaseRunningJobs } from '../store/jobs';
import { openStore, storeConfig } from '../store/openStore';
import { saveReport, textHash, type ReportMeta } from '../store/reports';
import type { IngestAnswer, IngestRequest } from './ingest-worker';

interface Payload {
  source: string;
  text: string;
  meta: ReportMeta;
}

const EXTENSIONS = new Set(['.txt', '.md', '.html', '.htm']);

/** The documents under PATH, with where each comes from; unreadable lines are reported, not fatal. */
export function readInputs(input: string, warn: (message: string) => void = () => {}): Payload[] {
  const stat = statSync(input);
  if (stat.isDirectory()) {
    return readdirSync(input, { recursive: true, encoding: 'utf8' })
      .filter((file) => EXTENSIONS.has(path.extname(file).toLowerCase()))
      .sort()
      .map((file) => {
        const full = path.join(input, file);
        const raw = readFileSync(full, 'utf8');
        if (!/\.html?$/i.test(file)) return { source: full, text: raw, meta: {} };
        const article = extractArticle(parseHTML(raw).document as unknown as Document);
        return { source: full, text: reportText(article), meta: { title: article.title, author: article.byline, publisher: article.siteName, published: article.published } };
      });
  }
  if (!input.endsWith('.jsonl')) throw new Error(`${input}: give a folder of .txt/.md/.html files or a .jsonl file`);
  const payloads: Payload[] = [];
  readFileSync(input, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (line.trim() === '') return;
      const where = `${input}:${i + 1}`;
      let doc: Record<string, unknown>;
      try {
        doc = JSON.parse(line) as Record<string, unknown>;
      } catch {
        return warn(`${where}: not JSON, skipped`);
      }
      if (typeof doc.text !== 'string' || doc.text.trim() === '') return warn(`${where}: no "text", skipped`);
      const str = (key: string) => (typeof doc[key] === 'string' ? (doc[key] as string) : null);
      payloads.push({ source: where, text: doc.text, meta: { url: str('url'), title: str('title'), publisher: str('publisher'), published: str('published') } });
    });
  return payloads;
}

export interface IngestProgress {
  done: number;
  failed: number;
  total: number;
}

/**
 * Queues the inputs and works the queue to its end with `workers` threads.
 * @returns what was stored and what failed in this run
 */
export async function runIngest(db: Database, inputs: Payload[], options: { workers?: number; onProgress?: (p: IngestProgress) => void } = {}) {
  for (let i = 0; i < inputs.length; i += 500) {
    await enqueueJobs(db, inputs.slice(i, i + 500).map((payload) => ({ key: textHash(payload.text), payload })));
  }
  // PGlite has one process, this one: what a crashed run left running is ours to redo
  if (db.kind === 'pglite') await releaseRunningJobs(db);
  const counts = await jobCounts(db);
  const total = counts.pending + counts.running;
  const progress: IngestProgress = { done: 0, failed: 0, total };
  if (total === 0) return { ...progress, errors: [] };
  const threads = Math.max(1, options.workers ?? availableParallelism());
  const pool = await Promise.all(Array.from({ length: threads }, startWorker));
  const stale = 600; // on PostgreSQL, a job running for 10 minutes is presumed abandoned
  const errors: string[] = [];
  try {
    await Promise.all(
      pool.map(async (worker) => {
        for (;;) {
          const [job] = await claimJobs<Payload>(db, 1, stale);
          if (!job) return;
          const answer = await worker.parse({ id: job.id, text: job.payload.text, published: job.payload.meta.published ?? null });
          if ('error' in answer) {
            await finishJob(db, job.id, null, answer.error);
            errors.push(`${job.payload.source}: ${answer.error}`);
            progress.failed++;
          } else {
            const { id } = await saveReport(db, job.payload.text, answer.result, job.payload.meta, ENGINE_VERSION);
            await finishJob(db, job.id, id);
            progress.done++;
          }
          options.onProgress?.(progress);
        }
      }),
    );
  } finally {
    await Promise.all(pool.map((w) => w.stop()));
  }
  return { ...progress, errors };
}

function startWorker(): Promise<{ parse(request: IngestRequest): Promise<IngestAnswer>; stop(): Promise<number> }> {
  // the worker is TypeScript too: it registers tsx's loader, then loads the module
  const module = fileURLToPath(new URL('./ingest-worker.ts', import.meta.url));
  const worker = new Worker(`require('tsx/cjs'); require(${JSON.stringify(module)});`, { eval: true });
  return new Promise((resolve, reject) => {
    let waiting: ((answer: IngestAnswer) => void) | null = null;
    worker.once('error', reject);
    worker.on('message', (message: IngestAnswer | { ready: true }) => {
      if ('ready' in message) {
        resolve({
          parse(request) {
            return new Promise((answer) => {
              waiting = answer;
              worker.postMessage(request);
            });
          },
          stop: () => worker.terminate(),
        });
      } else {
        const answer = waiting;
        waiting = null;
        answer?.(message);
      }
    });
  });
}

function progressBar(started: number) {
  let last = 0;
  return (p: IngestProgress) => {
    const now = Date.now();
    const finished = p.done + p.failed;
    if (finished < p.total && now - last < 200) return;
    last = now;
    const share = p.total ? finished / p.total : 1;
    const bar = '#'.repeat(Math.round(share * 30)).padEnd(30, '-');
    const rate = finished / Math.max(0.001, (now - started) / 1000);
    const line = `ingest [${bar}] ${finished}/${p.total}${p.failed ? ` (${p.failed} failed)` : ''}, ${rate.toFixed(1)} reports/s`;
    process.stderr.write(process.stderr.isTTY ? `\r${line}` : `${line}\n`);
  };
}

async function main(argv: string[]): Promise<number> {
  let input: string | undefined;
  let workers: number | undefined;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--workers') workers = Number(argv[++i]);
    else input ??= argv[i];
  }
  if (!input || (workers !== undefined && !(workers >= 1))) {
    process.stderr.write('usage: npm run ingest -- PATH [--workers N]   (PATH: a folder of .txt/.md/.html, or a .jsonl file)\n');
    return 1;
  }
  let inputs: Payload[];
  try {
    inputs = readInputs(input, (message) => process.stderr.write(`ingest: ${message}\n`));
  } catch (error) {
    process.stderr.write(`ingest: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? `no such file or folder: ${input}` : (error as Error).message}\n`);
    return 1;
  }
  const db = await openStore(storeConfig());
  try {
    const started = Date.now();
    const run = await runIngest(db, inputs, { workers, onProgress: progressBar(started) });
    const seconds = (Date.now() - started) / 1000;
    if (process.stderr.isTTY) process.stderr.write('\n');
    for (const error of run.errors) process.stderr.write(`ingest: ${error}\n`);
    process.stderr.write(`ingest: ${run.done} stored, ${run.failed} failed, of ${inputs.length} documents given, in ${seconds.toFixed(1)} s\n`);
    return run.failed > 0 ? 2 : 0;
  } finally {
    await db.close();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (error: Error) => {
      process.stderr.write(`ingest: ${error.message}\n`);
      process.exitCode = 2;
    },
  );
}
