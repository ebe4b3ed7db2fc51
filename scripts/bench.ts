/**
 * `npm run bench`: one table of speed and size figures, all measured in this run on the
 * same inputs (medians of several runs), with the machine's core count. Figures go to
 * the README; tests make no timed assertions.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { buildGazetteer, type Gazetteer } from '../geo/gazetteer/gazetteer';
import { geoparse } from '../geo/geoparse';
import type { GazetteerCollection } from '../geo/types';
import { generateCorpus, reportSentences } from './bench/corpus';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DATA = join(ROOT, 'geo/gazetteer/data');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const rows: [string, string][] = [];
const row = (what: string, value: string) => {
  rows.push([what, value]);
  process.stderr.write(`  ${what}: ${value}\n`);
};

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

function timed<T>(fn: () => T): [T, number] {
  const t0 = performance.now();
  const r = fn();
  return [r, performance.now() - t0];
}

function medianOf(runs: number, fn: () => unknown): number {
  return median(Array.from({ length: runs }, () => timed(fn)[1]));
}

const gc = () => (globalThis as { gc?: () => void }).gc?.();
const mb = (bytes: number) => bytes / 1_000_000;

function benchGazetteer(): Gazetteer {
  const places = () => JSON.parse(readFileSync(join(DATA, 'places.geojson'), 'utf8')) as GazetteerCollection;
  const words = JSON.parse(readFileSync(join(DATA, 'english-words.json'), 'utf8')) as string[];
  const loadMs = medianOf(5, places);
  const collection = places();
  const buildMs = medianOf(5, () => buildGazetteer(collection, words));
  gc();
  const before = process.memoryUsage().heapUsed;
  const kept = [places()].map((c) => buildGazetteer(c, words));
  gc();
  const heap = process.memoryUsage().heapUsed - before;
  row('gazetteer: features', collection.features.length.toLocaleString('en'));
  row('gazetteer: read + JSON.parse (median of 5)', `${loadMs.toFixed(0)} ms`);
  row('gazetteer: index build (median of 5)', `${buildMs.toFixed(0)} ms`);
  row('gazetteer: heap held (data + index)', `${mb(heap).toFixed(1)} MB${(globalThis as { gc?: unknown }).gc ? '' : ' (run with --expose-gc for an exact figure)'}`);
  return kept[0] as Gazetteer;
}

function benchEngine(gazetteer: Gazetteer, corpusFile: string, text: string) {
  const bytes = Buffer.byteLength(text);
  const words = text.split(/\s+/).length;
  const options = { maxLength: 20_000_000 };
  geoparse(text, gazetteer, options); // warm up
  const engineMs = medianOf(5, () => geoparse(text, gazetteer, options));
  row(`engine: geoparse ${mb(bytes).toFixed(2)} MB, gazetteer loaded (median of 5)`, `${engineMs.toFixed(0)} ms — ${(mb(bytes) / (engineMs / 1000)).toFixed(2)} MB/s, ${Math.round(words / (engineMs / 1000)).toLocaleString('en')} words/s`);

  const processMs = (args: string[]) => median(Array.from({ length: 3 }, () => {
    const t0 = performance.now();
    const r = spawnSync(TSX, args, { encoding: 'utf8', maxBuffer: 1 << 30 });
    if (r.status !== 0) throw new Error(`${args.join(' ')} failed: ${r.stderr}`);
    return performance.now() - t0;
  }));
  const cliMs = processMs([join(ROOT, 'scripts/geoparse.ts'), corpusFile]);
  const compromiseMs = processMs([join(ROOT, 'scripts/bench/compromise-places.ts'), corpusFile]);
  row('whole process: claimmap CLI (load + parse + print, median of 3)', `${(cliMs / 1000).toFixed(2)} s — ${(mb(bytes) / (cliMs / 1000)).toFixed(2)} MB/s`);
  row('whole process: compromise nlp(text).places() (median of 3)', `${(compromiseMs / 1000).toFixed(2)} s — ${(mb(bytes) / (compromiseMs / 1000)).toFixed(2)} MB/s`);
  row('speed-up over compromise, whole processes', `${(compromiseMs / cliMs).toFixed(1)}×`);
  row('speed-up over compromise, engine time vs its process', `${(compromiseMs / engineMs).toFixed(1)}×`);
}

function benchGrowth(gazetteer: Gazetteer, sentences: string[], collection: GazetteerCollection) {
  const sizes = [10_000, 100_000, 1_000_000, 5_000_000];
  const perKb: number[] = [];
  for (const size of sizes) {
    const text = generateCorpus(size, sentences, collection, 7);
    const ms = medianOf(size >= 5_000_000 ? 3 : 5, () => geoparse(text, gazetteer, { maxLength: 20_000_000 }));
    perKb.push(ms / (size / 1000));
    row(`growth: ${(size / 1000).toLocaleString('en')} KB`, `${ms.toFixed(1)} ms (${(ms / (size / 1000)).toFixed(3)} ms/KB)`);
  }
  const ratio = (perKb.at(-1) as number) / (perKb[1] as number);
  row('growth: ms/KB at 5 MB ÷ at 100 KB', `${ratio.toFixed(2)} (${ratio < 1.5 ? 'linear' : 'super-linear'})`);
}

/** First-load JS of each prerendered page: the gzipped scripts its HTML loads. */
function benchBundles() {
  const appDir = join(ROOT, '.next/server/app');
  if (!existsSync(appDir)) {
    row('first-load JS', 'no .next build: run `npm run build` first');
    return;
  }
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.html') && !name.startsWith('_')) pages.push(path);
    }
  };
  walk(appDir);
  for (const page of pages.sort()) {
    const html = readFileSync(page, 'utf8');
    const scripts = new Set([...html.matchAll(/src="(\/_next\/static\/[^"]+\.js)"/g)].map((m) => m[1] as string));
    let gz = 0;
    for (const src of scripts) {
      const file = join(ROOT, '.next', src.replace('/_next/', ''));
      if (existsSync(file)) gz += gzipSync(readFileSync(file)).length;
    }
    const route = `/${page.slice(appDir.length + 1).replace(/\.html$/, '').replace(/^index$/, '')}`;
    row(`first-load JS ${route}`, `${(gz / 1024).toFixed(1)} kB gzipped (${scripts.size} scripts)`);
  }
}

function main() {
  const dir = mkdtempSync(join(tmpdir(), 'claimmap-bench-'));
  row('machine', `${cpus().length} cores, Node ${process.version}`);
  const gazetteer = benchGazetteer();
  const collection = JSON.parse(readFileSync(join(DATA, 'places.geojson'), 'utf8')) as GazetteerCollection;
  const sentences = reportSentences(join(ROOT, 'content/articles'));
  const text = generateCorpus(1_000_000, sentences, collection, 1);
  const corpusFile = join(dir, 'corpus-1mb.txt');
  writeFileSync(corpusFile, text);
  benchEngine(gazetteer, corpusFile, text);
  benchGrowth(gazetteer, sentences, collection);
  benchBundles();
  console.log('| measure | value |\n|---|---|');
  for (const [what, value] of rows) console.log(`| ${what} | ${value} |`);
}

main();
