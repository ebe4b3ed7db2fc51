/**
 * Where the browser gazetteer is: `npm run build` writes it, sharded by name key, under
 * public/gazetteer/<hash>/ with a manifest naming the folder
 * (scripts/build-browser-gazetteer.ts). Read at build time by the /read page, which hands
 * the folder to its worker; the worker fetches only the shards a text needs.
 */
import 'server-only';
import { readFileSync } from 'node:fs';
import path from 'node:path';

export interface BrowserGazetteer {
  /** The content-hashed folder, e.g. "/gazetteer/429065b26496/" (core.json, 0.json, 1.json …). */
  url: string;
  /** How many shards it has. */
  shards: number;
  /** The size of all shards together, uncompressed and gzipped (a report fetches a few hundredths of it). */
  bytes: number;
  gzipBytes: number;
}

const MANIFEST = path.join(process.cwd(), 'public', 'gazetteer', 'manifest.json');

/**
 * @throws Error when the manifest is missing or malformed: the build step before `next build` did not run
 * @example browserGazetteer().url // "/gazetteer/429065b26496/"
 */
export function browserGazetteer(): BrowserGazetteer {
  let manifest: Partial<{ gazetteer: unknown; shards: unknown; bytes: unknown; gzipBytes: unknown }>;
  try {
    manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
  } catch {
    throw new Error('public/gazetteer/manifest.json is missing: run `npm run build` (it writes the browser gazetteer first)');
  }
  const { gazetteer, shards, bytes, gzipBytes } = manifest;
  if (typeof gazetteer !== 'string' || !/^\/gazetteer\/[0-9a-f]+\/$/.test(gazetteer) || typeof shards !== 'number') {
    throw new Error('public/gazetteer/manifest.json does not name a sharded gazetteer');
  }
  const number = (x: unknown) => (typeof x === 'number' ? x : 0);
  return { url: gazetteer, shards, bytes: number(bytes), gzipBytes: number(gzipBytes) };
}
