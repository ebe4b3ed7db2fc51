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
import { bundledCollection, bundledGazetteer } from '../geo/gazetteer/files';
import type { Gazetteer } from '../geo/gazetteer/gazetteer';
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

function benchGazetteer(): { gazetteer: Gazetteer; collection: GazetteerCollection } {
  const readJson = (file: string): unknown => JSON.parse(readFileSync(join(DATA, file), 'utf8'));
  const loadMs = medianOf(5, () => bundledCollection(readJson));
  const collection = bundledCollection(readJson);
  const buildMs = medianOf(5, () => bundledGazetteer(readJson, collection));
  gc();
  const before = process.memoryUsage().heapUsed;
  const gazetteer = bundledGazetteer(readJson);
  gc();
  const heap = process.memoryUsage().heapUsed - before;
  row('gazetteer: features (all bundled files)', collection.features.length.toLocaleString('en'));
  row('gazetteer: read + JSON.parse (median of 5)', `${loadMs.toFixed(0)} ms`);
  row('gazetteer: index build (median of 5)', `${buildMs.toFixed(0)} ms`);
  row('gazetteer: heap held (data + index)', `${mb(heap).toFixed(1)} MB${(globalThis as { gc?: unknown }).gc ? '' : ' (run with --expose-gc for an exact figure)'}`);
  return { gazetteer, collection };
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
  const byRoute = new Map<string, { gz: number; scripts: Set<string> }>();
  for (const page of pages.sort()) {
    const html = readFileSync(page, 'utf8');
    const scripts = new Set([...html.matchAll(/src="(\/_next\/static\/[^"]+\.js)"/g)].map((m) => m[1] as string));
    const route = `/${page.slice(appDir.length + 1).replace(/\.html$/, '').replace(/^index$/, '')}`.replace(/^\/articles\/.+$/, '/articles/[slug]');
    byRoute.set(route, { gz: gzippedSize(scripts), scripts });
  }
  const counts = new Map<string, number>();
  for (const page of pages) {
    const route = page.includes('/articles/') ? '/articles/[slug]' : '';
    if (route) counts.set(route, (counts.get(route) ?? 0) + 1);
  }
  for (const [route, { gz, scripts }] of byRoute) {
    const n = counts.get(route);
    row(`first-load JS ${route}${n ? ` (${n} pages)` : ''}`, `${(gz / 1024).toFixed(1)} kB gzipped (${scripts.size} scripts)`);
  }
  // The map (Leaflet, react-leaflet, our map code) loads after first paint, client-only.
  const article = byRoute.get('/articles/[slug]');
  const chunks = join(ROOT, '.next/static/chunks');
  if (article && existsSync(chunks)) {
    const lazy = new Set<string>();
    for (const name of readdirSync(chunks)) {
      const src = `/_next/static/chunks/${name}`;
      if (name.endsWith('.js') && !article.scripts.has(src) && readFileSync(join(chunks, name), 'utf8').includes('leaflet-container')) lazy.add(src);
    }
    const lazyGz = gzippedSize(lazy);
    row('map chunk loaded after first paint (Leaflet, react-leaflet, map code)', `${(lazyGz / 1024).toFixed(1)} kB gzipped; article page total ${((article.gz + lazyGz) / 1024).toFixed(1)} kB`);
  }
}

function gzippedSize(scripts: Iterable<string>): number {
  let gz = 0;
  for (const src of scripts) {
    const file = join(ROOT, '.next', src.replace('/_next/', ''));
    if (existsSync(file)) gz += gzipSync(readFileSync(file)).length;
  }
  return gz;
}

/** Map rendering in Chromium (scripts/bench-map.ts), when a build and a browser exist. */
function benchMap() {
  if (!existsSync(join(ROOT, '.next/BUILD_ID')) || !existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium')) {
    row('map rendering', 'needs `npm run build` and Chromium at /usr/bin/chromium');
    return;
  }
  const r = spawnSync(TSX, [join(ROOT, 'scripts/bench-map.ts')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  if (r.status !== 0) {
    row('map rendering', 'bench-map failed (see above)');
    return;
  }
  for (const line of r.stdout.split('\n')) {
    const m = /^\| (.+?) \| (.+?) \|$/.exec(line);
    if (m && m[1] !== 'measure' && !m[1]?.startsWith('---')) row(`map: ${m[1]}`, m[2] as string);
  }
}

/** The collection (scripts/bench-atlas.ts): ingest throughput and the atlas query at 10,000 and 100,000 claims. */
function benchAtlas() {
  const r = spawnSync(TSX, [join(ROOT, 'scripts/bench-atlas.ts')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  if (r.status !== 0) {
    row('atlas', 'bench-atlas failed (see above)');
    return;
  }
  for (const line of r.stdout.split('\n')) {
    const m = /^\| (.+?) \| (.+?) \|$/.exec(line);
    if (m && m[1] !== 'measure' && !m[1]?.startsWith('---')) row(m[1] as string, m[2] as string);
  }
}

function main() {
  const dir = mkdtempSync(join(tmpdir(), 'claimmap-bench-'));
  row('machine', `${cpus().length} cores, Node ${process.version}`);
  const { gazetteer, collection } = benchGazetteer();
  const sentences = reportSentences(join(ROOT, 'content/articles'));
  const text = generateCorpus(1_000_000, sentences, collection, 1);
  const corpusFile = join(dir, 'corpus-1mb.txt');
  writeFileSync(corpusFile, text);
  benchEngine(gazetteer, corpusFile, text);
  benchGrowth(gazetteer, sentences, collection);
  benchBundles();
  benchMap();
  benchAtlas();
  console.log('| measure | value |\n|---|---|');
  for (const [what, value] of rows) console.log(`| ${what} | ${value} |`);
}

main();
