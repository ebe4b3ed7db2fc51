/**
 * `npm run eval [-- CORPUS.json]`: scores the engine and the compromise baseline on an
 * annotated corpus (default ../shared/eval/geovirus-dev.json) in the same run, and
 * prints one table. The engine runs as a whole process through the CLI's corpus mode.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ParseResult } from '../geo/types';
import { baselineMentions } from './eval/baseline';
import { emptyTally, scoreDocument, scores, type Scores, type SystemMention, type Toponym } from './eval/score';
import { loadGazetteer } from './geoparse';

interface Corpus {
  documents: { id: string; text: string; toponyms: Toponym[] }[];
}

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DEFAULT_CORPUS = join(ROOT, '../shared/eval/geovirus-dev.json');

/** The engine's mentions, each with its place's geometry. */
export function engineMentions(result: ParseResult): SystemMention[] {
  return result.features.flatMap((f) => f.properties.mentions.map((m) => ({ start: m.start, end: m.end, geometry: f.geometry })));
}

function row(name: string, s: Scores, seconds: number): string {
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`.padStart(8);
  return `| ${name.padEnd(28)} | ${pct(s.accuracy161)} | ${s.auc.toFixed(3).padStart(6)} | ${pct(s.recall161)} | ${pct(s.precision)} | ${String(s.recognised).padStart(5)}/${s.annotated} | ${String(s.systemMentions).padStart(6)} | ${seconds.toFixed(2).padStart(6)} s |`;
}

function main(): number {
  const path = process.argv[2] ?? DEFAULT_CORPUS;
  if (!existsSync(path)) {
    process.stderr.write(`eval: no corpus at ${path}\n`);
    return 1;
  }
  const corpus = JSON.parse(readFileSync(path, 'utf8')) as Corpus;
  const dir = mkdtempSync(join(tmpdir(), 'claimmap-eval-'));
  const input = join(dir, 'corpus.json');
  writeFileSync(input, JSON.stringify({ documents: corpus.documents.map(({ id, text }) => ({ id, text })) }));

  let t0 = performance.now();
  const out = execFileSync(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'scripts/geoparse.ts'), '--corpus', input], { maxBuffer: 1 << 30, encoding: 'utf8' });
  const engineSeconds = (performance.now() - t0) / 1000;
  const { results } = JSON.parse(out) as { results: (({ id: string } & ParseResult) | { id: string; error: string })[] };
  const byId = new Map(results.map((r) => [r.id, r]));

  t0 = performance.now();
  const gazetteer = loadGazetteer();
  const engine = emptyTally();
  const baseline = emptyTally();
  let failed = 0;
  let baselineMs = 0;
  for (const doc of corpus.documents) {
    const r = byId.get(doc.id);
    if (!r || 'error' in r) failed++;
    scoreDocument(engine, doc.toponyms, r && !('error' in r) ? engineMentions(r) : []);
    const b0 = performance.now();
    const found = baselineMentions(doc.text, gazetteer);
    baselineMs += performance.now() - b0;
    scoreDocument(baseline, doc.toponyms, found);
  }

  console.log(`Corpus: ${path} — ${corpus.documents.length} documents, ${engine.annotated} annotated toponyms${failed ? `, ${failed} documents failed` : ''}`);
  console.log('| system                       | Acc@161  |   AUC  | Rec@161  | Precision| recognised | mentions |  time    |');
  console.log('|------------------------------|----------|--------|----------|----------|------------|----------|----------|');
  console.log(row('claimmap (CLI, whole process)', scores(engine), engineSeconds));
  console.log(row('compromise + largest namesake', scores(baseline), baselineMs / 1000));
  console.log('Targets: Acc@161 ≥ 85%, AUC ≤ 0.25, Rec@161 ≥ 75%. Baseline time excludes its gazetteer load.');
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exitCode = main();
