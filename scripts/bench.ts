/**
 * `npm run bench`: one table of speed and size figures, all measured in this run on the
 * same inputs (medians of several runs), with the machine's core count. Figures go to
 * the README; tests make no timed assertions.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { BUILD_DIR, readPacked } from '../geo/gazetteer/files';
import { loadPacked, parsePlaceLine } from '../geo/gazetteer/packed';
import { shardsForText } from '../geo/gazetteer/shards';
import { openPacked } from './gazetteer/packedFiles';
import type { Gazetteer } from '../geo/gazetteer/gazetteer';
import type { GazetteerCollection } from '../geo/types';
import { generateCorpus, reportSentences } from './bench/corpus';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DATA = join(ROOT, 'geo/gazetteer/data');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
/** What users run (`npm run geoparse`): the CLI started from its startup snapshot. */
const CLI = join(ROOT, 'bin/geoparse');
/** The plain bundle bin/geoparse falls back to without a snapshot for this Node. */
const BUNDLE = join(ROOT, 'dist/geoparse.mjs');
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
  const build = join(DATA, BUILD_DIR);
  // As the CLI and the server do: open the files and read the meta (keys and line indexes are read as lookups need them).
  const openMs = medianOf(5, () => {
    const source = openPacked(build);
    loadPacked(source);
    source.close();
  });
  gc();
  const before = process.memoryUsage().heapUsed;
  const gazetteer = loadPacked(openPacked(build));
  gc();
  const heap = process.memoryUsage().heapUsed - before;
  // The whole world in memory, as the tests of the packed form and the browser shards use it.
  const readText = (file: string): string => readFileSync(join(build, file), 'utf8');
  const [packed, readMs] = timed(() => readPacked(readText));
  const loadMs = medianOf(5, () => loadPacked(packed));
  const onDisk = readdirSync(build).reduce((sum, f) => sum + statSync(join(build, f)).size, 0);
  const lines = packed.places.split('\n');
  row('gazetteer: places / name keys (world, packed)', `${lines.length.toLocaleString('en')} / ${packed.keys.split('\n').length.toLocaleString('en')}`);
  row('gazetteer: size on disk (geo/gazetteer/data/build/, not committed)', `${mb(onDisk).toFixed(1)} MB`);
  row('gazetteer: open + index, as the CLI and the server do (median of 5)', `${openMs.toFixed(1)} ms`);
  row('gazetteer: heap held after opening', `${mb(heap).toFixed(1)} MB${(globalThis as { gc?: unknown }).gc ? '' : ' (run with --expose-gc for an exact figure)'}`);
  row('gazetteer: whole world in memory: read / split into lines (median of 5)', `${readMs.toFixed(0)} ms / ${loadMs.toFixed(0)} ms`);
  // The corpus generator swaps Syrian place names: it needs only those features.
  const features = lines.filter((l) => l.split('\t')[4] === 'SY').map(parsePlaceLine);
  return { gazetteer, collection: { type: 'FeatureCollection', features } };
}

/**
 * Median wall times of geoparse on each file, in a child process that runs the engine
 * bundled as the CLI runs it (scripts/bench/engine.ts), the first file parsed twice
 * before to warm up.
 */
function engineMs(files: string[], runs: number): number[] {
  const r = spawnSync(process.execPath, [engineBundle(), join(DATA, BUILD_DIR), String(runs), ...files], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  if (r.status !== 0) throw new Error('scripts/bench/engine.ts failed (see above)');
  const medians = JSON.parse(r.stdout) as Record<string, number>;
  return files.map((file) => medians[file] as number);
}
let engineBundlePath: string | null = null;
const engineBundle = () => (engineBundlePath ??= bundle('scripts/bench/engine.ts'));

function benchEngine(corpusFile: string, text: string) {
  const bytes = Buffer.byteLength(text);
  const words = text.split(/\s+/).length;
  const [engine] = engineMs([corpusFile], 5) as [number];
  row(`engine: geoparse ${mb(bytes).toFixed(2)} MB, gazetteer loaded (median of 5, bundled as the CLI runs it)`, `${engine.toFixed(0)} ms — ${(mb(bytes) / (engine / 1000)).toFixed(2)} MB/s, ${Math.round(words / (engine / 1000)).toLocaleString('en')} words/s`);
  row('engine: time per MB of report text (target ≤ 150 ms/MB)', `${(engine / mb(bytes)).toFixed(0)} ms/MB`);

  // Both sides as prebuilt bundles run by plain node, so neither pays for compiling TypeScript.
  const compromiseBundle = bundle('scripts/bench/compromise-places.ts');
  const cliMs = processMs([CLI, corpusFile], 3);
  const compromiseMs = processMs([compromiseBundle, corpusFile], 3);
  row('whole process: claimmap CLI (load + parse + print, median of 3)', `${(cliMs / 1000).toFixed(2)} s — ${(mb(bytes) / (cliMs / 1000)).toFixed(2)} MB/s`);
  row('whole process: compromise nlp(text).places() (median of 3)', `${(compromiseMs / 1000).toFixed(2)} s — ${(mb(bytes) / (compromiseMs / 1000)).toFixed(2)} MB/s`);
  row('speed-up over compromise, whole processes', `${(compromiseMs / cliMs).toFixed(1)}×`);
  row('speed-up over compromise, engine time vs its process', `${(compromiseMs / engine).toFixed(1)}×`);

  // The same text eight times over as a corpus of report-sized documents (8 MB: under
  // 4 MB the CLI keeps to one thread, see poolSize): one thread, then one worker per core.
  const documents: { id: string; text: string }[] = [];
  for (let copy = 0; copy < 8; copy++) {
    for (const part of text.split(/(?<=\n\n)(?=\S)/)) {
      const last = documents.at(-1);
      if (last && last.text.length < 5_000) last.text += part;
      else documents.push({ id: String(documents.length), text: part });
    }
  }
  const corpusJson = corpusFile.replace(/\.txt$/, '.json');
  writeFileSync(corpusJson, JSON.stringify({ documents }));
  const cores = cpus().length;
  const oneThreadMs = processMs([CLI, '--corpus', corpusJson, '--workers', '0'], 3);
  const poolMs = processMs([CLI, '--corpus', corpusJson, '--workers', String(cores)], 3);
  row(`corpus mode: ${documents.length} documents, this thread / ${cores} workers (median of 3)`, `${(oneThreadMs / 1000).toFixed(2)} s / ${(poolMs / 1000).toFixed(2)} s (${(oneThreadMs / poolMs).toFixed(2)}× on ${cores} cores)`);
}

/** Wall time of a whole process: `node ARGS`, or the program `CLI` when the first argument. */
function processMs(args: string[], runs: number, env: NodeJS.ProcessEnv = process.env): number {
  const [program, rest] = args[0] === CLI ? [CLI, args.slice(1)] : [process.execPath, args];
  return median(Array.from({ length: runs }, () => {
    const t0 = performance.now();
    const r = spawnSync(program, rest, { encoding: 'utf8', maxBuffer: 1 << 30, env });
    if (r.status !== 0) throw new Error(`${args.join(' ')} failed: ${r.stderr}`);
    return performance.now() - t0;
  }));
}

/** Bundles a script with esbuild into a temporary .mjs, as scripts/build-cli.mjs does for the CLI. */
function bundle(entry: string): string {
  const out = join(mkdtempSync(join(tmpdir(), 'claimmap-bench-bundle-')), 'bundle.mjs');
  const banner = "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);";
  const r = spawnSync(join(ROOT, 'node_modules/.bin/esbuild'), [join(ROOT, entry), '--bundle', '--platform=node', '--format=esm', `--outfile=${out}`, `--banner:js=${banner}`, '--log-level=warning'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`esbuild ${entry} failed: ${r.stderr}`);
  return out;
}

/** The CLI from process start to its result on one short report: what a user waits for. */
function benchStartup(dir: string) {
  const report = join(dir, 'short-report.txt');
  writeFileSync(report, 'Rebels and government forces clashed near Idlib on Sunday, activists said. Shelling hit Aleppo.\n');
  const nodeMs = processMs(['-e', '0'], 7);
  // bin/geoparse leaves out NODE_EXTRA_CA_CERTS (Node parses those certificates at every start; the CLI has no TLS).
  const { NODE_EXTRA_CA_CERTS: certs, ...withoutCerts } = process.env;
  const bareNodeMs = certs ? processMs(['-e', '0'], 7, withoutCerts) : nodeMs;
  const cliMs = processMs([CLI, report], 7);
  const bundleMs = processMs([BUNDLE, report], 7);
  const snapshot = existsSync(join(ROOT, 'dist/geoparse.blob')) ? 'from its startup snapshot' : 'NO SNAPSHOT for this Node, so the bundle';
  const nodeItself = certs ? `\`node -e 0\`: ${nodeMs.toFixed(0)} ms, ${bareNodeMs.toFixed(0)} ms without the NODE_EXTRA_CA_CERTS set here` : `\`node -e 0\`: ${nodeMs.toFixed(0)} ms`;
  row(`CLI start: one short report, whole process, bin/geoparse (${snapshot}; median of 7; target < 100 ms)`, `${cliMs.toFixed(0)} ms (node itself, ${nodeItself}; ours: ${(cliMs - bareNodeMs).toFixed(0)} ms)`);
  row('CLI start: the same, plain bundle (`node dist/geoparse.mjs`, median of 7)', `${bundleMs.toFixed(0)} ms`);
}

function benchGrowth(dir: string, sentences: string[], collection: GazetteerCollection) {
  const sizes = [10_000, 100_000, 1_000_000, 5_000_000];
  const files = sizes.map((size) => {
    const file = join(dir, `growth-${size}.txt`);
    writeFileSync(file, generateCorpus(size, sentences, collection, 7));
    return file;
  });
  // A report exported as one line (no paragraph breaks): the sentence splitter once took seconds on it.
  const oneLine = join(dir, 'one-line-1mb.txt');
  writeFileSync(oneLine, generateCorpus(1_000_000, sentences, collection, 7).replace(/\s*\n\s*/g, ' '));
  const times = engineMs([...files, oneLine], 3);
  const perKb = sizes.map((size, i) => (times[i] as number) / (size / 1000));
  sizes.forEach((size, i) => row(`growth: ${(size / 1000).toLocaleString('en')} KB (median of 3)`, `${(times[i] as number).toFixed(1)} ms (${(perKb[i] as number).toFixed(3)} ms/KB)`));
  const ratio = (perKb.at(-1) as number) / (perKb[1] as number);
  row('growth: ms/KB at 5 MB ÷ at 100 KB', `${ratio.toFixed(2)} (${ratio < 1.5 ? 'linear' : 'super-linear'})`);
  row('growth: 1 MB written as one line', `${(times.at(-1) as number).toFixed(0)} ms`);
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
    // What a current browser loads: not the noModule polyfills, which only old browsers fetch.
    const tags = [...html.matchAll(/<script\b[^>]*\bsrc="(\/_next\/static\/[^"]+\.js)"[^>]*>/g)].filter((m) => !/\bnoModule\b/i.test(m[0]));
    const scripts = new Set(tags.map((m) => m[1] as string));
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

/** What /read fetches for each bundled report and test report: its shards, gzipped (public/gazetteer/, from `npm run build`). */
function benchShards() {
  const manifestFile = join(ROOT, 'public/gazetteer/manifest.json');
  if (!existsSync(manifestFile)) {
    row('browser gazetteer shards', 'no public/gazetteer/: run `npm run build` first');
    return;
  }
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { gazetteer: string; shards: number; gzipBytes: number };
  const dir = join(ROOT, 'public', manifest.gazetteer);
  const gz = (file: string) => gzipSync(readFileSync(join(dir, file))).length;
  const core = gz('core.json');
  const texts = [
    ...readdirSync(join(ROOT, 'content/articles')).filter((f) => f.endsWith('.txt')).map((f) => join(ROOT, 'content/articles', f)),
    ...readdirSync(join(ROOT, 'tests/fixtures')).filter((f) => f.endsWith('.txt')).map((f) => join(ROOT, 'tests/fixtures', f)),
  ];
  const sizes = texts.map((file) => shardsForText(readFileSync(file, 'utf8'), manifest.shards).reduce((sum, n) => sum + gz(`${n}.json`), core));
  const kb = (b: number) => `${(b / 1024).toFixed(0)} kB`;
  row(`browser gazetteer: ${manifest.shards.toLocaleString('en')} shards, all of them`, `${(manifest.gzipBytes / 1e6).toFixed(1)} MB gzipped (never fetched whole)`);
  row(`browser gazetteer: fetched per report, gzipped, median / max over ${texts.length} reports`, `${kb(median(sizes))} / ${kb(Math.max(...sizes))}`);
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
  row('machine', `${cpus().length} cores, Node ${process.version}, load average ${loadavg()[0]?.toFixed(1)}`);
  const { collection } = benchGazetteer();
  const sentences = reportSentences(join(ROOT, 'content/articles'));
  const text = generateCorpus(1_000_000, sentences, collection, 1);
  const corpusFile = join(dir, 'corpus-1mb.txt');
  writeFileSync(corpusFile, text);
  if (!existsSync(BUNDLE)) spawnSync(process.execPath, [join(ROOT, 'scripts/build-cli.mjs')], { stdio: 'inherit', cwd: ROOT });
  benchStartup(dir);
  benchEngine(corpusFile, text);
  benchGrowth(dir, sentences, collection);
  benchBundles();
  benchShards();
  benchMap();
  benchAtlas();
  console.log('| measure | value |\n|---|---|');
  for (const [what, value] of rows) console.log(`| ${what} | ${value} |`);
}

main();
