// Bundles the command line (scripts/geoparse.ts and its corpus worker) into
// dist/geoparse.mjs and dist/geoparse-worker.mjs with esbuild, so `npm run geoparse`
// starts without compiling TypeScript. Run by `npm install` (prepare) and `npm run build`.
import { build } from 'esbuild';

await build({
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
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  logLevel: 'warning',
  legalComments: 'none',
});
