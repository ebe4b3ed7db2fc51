// Bundles the command line (scripts/geoparse.ts and its corpus worker) into
// dist/geoparse.mjs and dist/geoparse-worker.mjs with esbuild, so `npm run geoparse`
// starts without compiling TypeScript. Run by `npm install` (prepare) and `npm run build`.
import { build } from 'esbuild';

await build({
  entryPoints: { geoparse: 'scripts/geoparse.ts', 'geoparse-worker': 'scripts/cli/corpusWorker.ts' },
  outdir: 'dist',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Some dependencies are CommonJS and call require(); give the ESM bundle one.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  logLevel: 'warning',
  legalComments: 'none',
});
