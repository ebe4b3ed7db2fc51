// Bundles the command line (scripts/geoparse.ts and its corpus worker) into
// dist/geoparse.mjs and dist/geoparse-worker.mjs with esbuild, so `npm run geoparse`
// starts without compiling TypeScript, then builds its V8 startup snapshot
// (dist/geoparse.blob, see scripts/cli/snapshot.ts) which bin/geoparse starts from. Run by `npm install` (prepare, after the gazetteer) and `npm run build`.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

const banner = "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);";
const { metafile } = await build({
  entryPoints: { geoparse: 'scripts/cli/bin.ts', 'geoparse-worker': 'scripts/cli/corpusWorker.ts' },
  outdir: 'dist',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  splitting: true, // --check's validator is a chunk of its own, loaded only when asked for
  chunkNames: '[name]-[hash]', // beside the entries: the code finds data and the worker relative to itself
  minify: true, // less for V8 to parse at every start
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Some dependencies are CommonJS and call require(); give the ESM bundle one.
  banner: { js: banner },
  logLevel: 'warning',
  legalComments: 'none',
  metafile: true,
});
// Chunks of earlier builds (their names hash their content) would pile up.
const made = new Set(Object.keys(metafile.outputs).map((path) => path.replace(/^dist\//, '')));
for (const name of readdirSync('dist')) if (name.endsWith('.mjs') && !made.has(name)) rmSync(`dist/${name}`);

// A snapshot is built from one CommonJS script that loads only Node's built-in modules.
await build({
  entryPoints: { 'geoparse-snapshot': 'scripts/cli/snapshot.ts' },
  outdir: 'dist',
  outExtension: { '.js': '.cjs' },
  bundle: true,
  minify: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // Set by scripts/cli/snapshotPrelude.ts; CommonJS has no import.meta.
  define: { 'import.meta.url': 'globalThis.__claimmapBundleUrl' },
  // import() of a built-in module becomes require(): code started from a snapshot has no
  // dynamic import (runCorpus loads node:worker_threads so, only when workers start).
  supported: { 'dynamic-import': false },
  logLevel: 'warning',
  legalComments: 'none',
});

// V8 loads a snapshot only into the same build of itself: geoparse.blob.node names the
// node that wrote the blob, and bin/geoparse falls back to dist/geoparse.mjs under any other.
for (const name of readdirSync('dist')) if (/^geoparse.*\.blob(\.node)?$/.test(name)) rmSync(`dist/${name}`);
const blob = 'dist/geoparse.blob';
if (!existsSync('geo/gazetteer/data/build/meta.json')) {
  console.warn('build-cli: no gazetteer yet (npm run build:gazetteer), so no startup snapshot: bin/geoparse runs dist/geoparse.mjs');
} else {
  // The warm-up opens the gazetteer; writing to a temporary name first means a failed
  // build never leaves half a blob for bin/geoparse to load.
  const tmp = `${blob}.${process.pid}.tmp`;
  const r = spawnSync(process.execPath, ['--snapshot-blob', tmp, '--build-snapshot', 'dist/geoparse-snapshot.cjs'], { encoding: 'utf8' });
  if (r.status === 0 && existsSync(tmp)) {
    writeFileSync(`${blob}.node`, `${process.execPath}\n${process.version}\n`);
    renameSync(tmp, blob);
  } else {
    rmSync(tmp, { force: true });
    console.warn(`build-cli: the startup snapshot failed (${r.signal ?? `exit ${r.status}`}), bin/geoparse runs dist/geoparse.mjs:\n${r.stderr.split('\n').slice(0, 8).join('\n')}`);
  }
}
