/**
 * `npm run eval:attribution [-- CORPUS.json]`: scores who-says-so on an annotated corpus
 * (default ../shared/eval/attribution-dev.json, PolNeAR's dev split) with the
 * sentence-level metric of ../shared/eval/README.md, the engine run through the CLI's
 * corpus mode (`--corpus FILE --sentences`) beside the naive "said" baseline on the same
 * sentences, and prints one markdown table whose last lines are the figures.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { attributionScores, baselineSource, emptyAttributionTally, scoreAttributions, type AnnotatedAttribution, type AttributionTally, type SystemSentence } from './eval/attribution';

interface Corpus {
  documents: { id: string; text: string; attributions: AnnotatedAttribution[] }[];
}

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DEFAULT_CORPUS = join(ROOT, '../shared/eval/attribution-dev.json');

function row(name: string, t: AttributionTally, seconds: number): string {
  const s = attributionScores(t);
  const f = (x: number) => x.toFixed(3).padStart(9);
  return `| ${name.padEnd(31)} | ${f(s.precision)} | ${f(s.recall)} | ${f(s.f1)} | ${String(t.right).padStart(5)}/${String(t.given).padEnd(5)} | ${String(t.found).padStart(5)}/${String(t.expecting).padEnd(5)} | ${seconds.toFixed(2).padStart(6)} s |`;
}

function main(): number {
  const path = process.argv[2] ?? DEFAULT_CORPUS;
  if (!existsSync(path)) {
    process.stderr.write(`eval:attribution: no corpus at ${path}\n`);
    return 1;
  }
  const corpus = JSON.parse(readFileSync(path, 'utf8')) as Corpus;
  const dir = mkdtempSync(join(tmpdir(), 'claimmap-eval-attribution-'));
  const input = join(dir, 'corpus.json');
  writeFileSync(input, JSON.stringify({ documents: corpus.documents.map(({ id, text }) => ({ id, text })) }));

  const t0 = performance.now();
  const out = execFileSync(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'scripts/geoparse.ts'), '--corpus', input, '--sentences'], { maxBuffer: 1 << 30, encoding: 'utf8' });
  const engineSeconds = (performance.now() - t0) / 1000;
  const { results } = JSON.parse(out) as { results: ({ id: string; sentences: SystemSentence[] } | { id: string; error: string })[] };
  const byId = new Map(results.map((r) => [r.id, r]));

  const engine = emptyAttributionTally();
  const baseline = emptyAttributionTally();
  let failed = 0;
  let baselineMs = 0;
  for (const doc of corpus.documents) {
    const r = byId.get(doc.id);
    const sentences = r && 'sentences' in r ? r.sentences : [];
    if (!r || 'error' in r) failed++;
    scoreAttributions(engine, doc.attributions, sentences);
    const b0 = performance.now();
    const naive = sentences.map((s) => ({ start: s.start, end: s.end, attribution: baselineSource(doc.text.slice(s.start, s.end), s.start) }));
    baselineMs += performance.now() - b0;
    scoreAttributions(baseline, doc.attributions, naive);
  }

  console.log(`Corpus: ${path} — ${corpus.documents.length} documents, ${engine.expecting} sentences that expect a source${failed ? `, ${failed} documents failed` : ''}`);
  console.log('Sentence-level metric of ../shared/eval/README.md; targets: F1 ≥ 0.70 with precision ≥ 0.85. Both systems read the engine\'s sentences.');
  console.log('| system                          | precision |    recall |        F1 | right/given | found/expect |  time    |');
  console.log('|---------------------------------|-----------|-----------|-----------|-------------|--------------|----------|');
  console.log(row('claimmap (CLI, --sentences)', engine, engineSeconds));
  console.log(row('naive "said" baseline', baseline, baselineMs / 1000));
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exitCode = main();
