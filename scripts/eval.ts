/**
 * `npm run eval [-- CORPUS.json …]`: scores the engine and the compromise baseline on
 * annotated corpora (by default ../shared/eval/geovirus-dev.json and lgl-dev.json), each
 * beside the other in the same run, and prints one table per corpus. The engine runs as
 * a whole process through the CLI's corpus mode. The baseline's mentions are cached
 * (.cache/eval/, git-ignored, kept across `npm ci`), keyed by the content of the corpus,
 * the gazetteer build and the baseline's code: compromise takes seconds per corpus, and the eval must stay quick.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUILD_DIR } from '../geo/gazetteer/files';
import { PACKED_FILES } from '../geo/gazetteer/packed';
import type { ParseResult } from '../geo/types';
import { baselineMentions } from './eval/baseline';
import { emptyTally, scoreDocument, scores, type Scores, type SystemMention, type Toponym } from './eval/score';
import { loadGazetteer } from './geoparse';

interface Corpus {
  documents: { id: string; text: string; toponyms: Toponym[] }[];
}

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DEFAULT_CORPORA = ['../shared/eval/geovirus-dev.json', '../shared/eval/lgl-dev.json'].map((p) => join(ROOT, p));
const CACHE = join(ROOT, '.cache/eval');

/** Targets of issue 9, per corpus (by file name); others are scored without targets. */
const TARGETS: Record<string, string> = {
  'geovirus-dev.json': 'Targets: Rec@161 ≥ 85% with Acc@161 ≥ 93%.',
  'lgl-dev.json': 'Targets: Rec@161 ≥ 65%, Acc@161 ≥ 80%, precision ≥ 80%.',
};

/** The engine's mentions, each with its place's geometry. */
export function engineMentions(result: ParseResult): SystemMention[] {
  return result.features.flatMap((f) => f.properties.mentions.map((m) => ({ start: m.start, end: m.end, geometry: f.geometry })));
}

function row(name: string, s: Scores, seconds: number, note = ''): string {
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`.padStart(8);
  return `| ${name.padEnd(30)} | ${pct(s.accuracy161)} | ${s.auc.toFixed(3).padStart(6)} | ${pct(s.recall161)} | ${pct(s.precision)} | ${String(s.recognised).padStart(5)}/${s.annotated} | ${String(s.systemMentions).padStart(6)} | ${`${seconds.toFixed(2)} s${note}`.padStart(9)} |`;
}

/** The baseline's mentions for every document, from the cache when nothing they depend on changed. */
function baselineFor(path: string, corpus: Corpus): { mentions: Map<string, SystemMention[]>; seconds: number; cached: boolean } {
  const build = join(ROOT, 'geo/gazetteer/data', BUILD_DIR);
  const key = createHash('sha256')
    .update(readFileSync(path))
    .update(readFileSync(join(build, PACKED_FILES.keys)))
    .update(readFileSync(join(build, PACKED_FILES.postings)))
    .update(readFileSync(join(build, PACKED_FILES.places)))
    .update(readFileSync(join(ROOT, 'scripts/eval/baseline.ts')))
    .digest('hex')
    .slice(0, 16);
  const file = join(CACHE, `${basename(path, '.json')}.${key}.json`);
  if (existsSync(file)) {
    const saved = JSON.parse(readFileSync(file, 'utf8')) as { seconds: number; mentions: [string, SystemMention[]][] };
    return { mentions: new Map(saved.mentions), seconds: saved.seconds, cached: true };
  }
  const gazetteer = loadGazetteer();
  const t0 = performance.now();
  const mentions = new Map(corpus.documents.map((doc) => [doc.id, baselineMentions(doc.text, gazetteer)]));
  const seconds = (performance.now() - t0) / 1000;
  mkdirSync(CACHE, { recursive: true });
  writeFileSync(file, JSON.stringify({ seconds, mentions: [...mentions] }));
  return { mentions, seconds, cached: false };
}

interface Prepared {
  path: string;
  corpus: Corpus;
  /** The engine's run, started at once: the baseline is computed while it works. */
  engine: Promise<{ out: string; seconds: number }>;
}

function startEngine(path: string): Prepared | null {
  if (!existsSync(path)) {
    process.stderr.write(`eval: no corpus at ${path}\n`);
    return null;
  }
  const corpus = JSON.parse(readFileSync(path, 'utf8')) as Corpus;
  const dir = mkdtempSync(join(tmpdir(), 'claimmap-eval-'));
  const input = join(dir, 'corpus.json');
  writeFileSync(input, JSON.stringify({ documents: corpus.documents.map(({ id, text }) => ({ id, text })) }));
  const t0 = performance.now();
  const engine = new Promise<{ out: string; seconds: number }>((resolve, reject) => {
    execFile(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'scripts/geoparse.ts'), '--corpus', input], { maxBuffer: 1 << 30, encoding: 'utf8' }, (error, out) =>
      error ? reject(error) : resolve({ out, seconds: (performance.now() - t0) / 1000 }),
    );
  });
  return { path, corpus, engine };
}

async function report({ path, corpus, engine: running }: Prepared): Promise<void> {
  const baseline = baselineFor(path, corpus);
  const { out, seconds: engineSeconds } = await running;
  const { results } = JSON.parse(out) as { results: (({ id: string } & ParseResult) | { id: string; error: string })[] };
  const byId = new Map(results.map((r) => [r.id, r]));

  const engine = emptyTally();
  const base = emptyTally();
  let failed = 0;
  for (const doc of corpus.documents) {
    const r = byId.get(doc.id);
    if (!r || 'error' in r) failed++;
    scoreDocument(engine, doc.toponyms, r && !('error' in r) ? engineMentions(r) : []);
    scoreDocument(base, doc.toponyms, baseline.mentions.get(doc.id) ?? []);
  }

  console.log(`\nCorpus: ${path} — ${corpus.documents.length} documents, ${engine.annotated} annotated toponyms${failed ? `, ${failed} documents failed` : ''}`);
  console.log('| system                         | Acc@161  |   AUC  | Rec@161  | Precision| recognised | mentions |   time    |');
  console.log('|--------------------------------|----------|--------|----------|----------|------------|----------|-----------|');
  console.log(row('claimmap (CLI, whole process)', scores(engine), engineSeconds));
  console.log(row('compromise + largest namesake', scores(base), baseline.seconds, baseline.cached ? '*' : ''));
  console.log(`${TARGETS[basename(path)] ?? ''} Baseline time excludes its gazetteer load${baseline.cached ? '; * measured when cached' : ''}.`);
}

async function main(): Promise<number> {
  const paths = process.argv.length > 2 ? process.argv.slice(2) : DEFAULT_CORPORA;
  const prepared = paths.map(startEngine);
  for (const p of prepared) if (p) await report(p);
  return prepared.every((p) => p !== null) ? 0 : 1;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      process.stderr.write(`eval: ${(error as Error).message}\n`);
      process.exitCode = 1;
    },
  );
}
