/**
 * Where the browser gazetteer is: `npm run build` writes it, content-hashed, under
 * public/gazetteer/ with a manifest naming it (scripts/build-browser-gazetteer.ts).
 * Read at build time by the /read page, which hands the URL to its worker.
 */
import 'server-only';
import { readFileSync } from 'node:fs';
import path from 'node:path';

export interface BrowserGazetteer {
  /** Path of the hashed file, e.g. "/gazetteer/gazetteer.429065b26496.json". */
  url: string;
  /** Its size in bytes, uncompressed and gzipped. */
  bytes: number;
  gzipBytes: number;
}

const MANIFEST = path.join(process.cwd(), 'public', 'gazetteer', 'manifest.json');

/**
 * @throws Error when the manifest is missing or malformed: the build step before `next build` did not run
 * @example browserGazetteer().url // "/gazetteer/gazetteer.429065b26496.json"
 */
export function browserGazetteer(): BrowserGazetteer {
  let manifest: Partial<{ gazetteer: unknown; bytes: unknown; gzipBytes: unknown }>;
  try {
    manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
  } catch {
    throw new Error('public/gazetteer/manifest.json is missing: run `npm run build` (it writes the browser gazetteer first)');
  }
  const { gazetteer, bytes, gzipBytes } = manifest;
  if (typeof gazetteer !== 'string' || !/^\/gazetteer\/gazetteer\.[0-9a-f]+\.json$/.test(gazetteer)) {
    throw new Error('public/gazetteer/manifest.json does not name a gazetteer file');
  }
  return { url: gazetteer, bytes: typeof bytes === 'number' ? bytes : 0, gzipBytes: typeof gzipBytes === 'number' ? gzipBytes : 0 };
}
