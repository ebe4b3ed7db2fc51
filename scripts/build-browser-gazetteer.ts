/**
 * Writes the gazetteer the browser fetches for /read: the packed world gazetteer cut into
 * shards by name key (geo/gazetteer/shards.ts), under a folder named after a hash of its
 * content so every file can be cached for good: public/gazetteer/<hash>/core.json and
 * <n>.json for each shard, plus public/gazetteer/manifest.json naming the folder. Runs
 * before `next build` (and builds the gazetteer first when it is missing); the output is
 * generated, not committed.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { BUILD_DIR, readPacked } from '../geo/gazetteer/files';
import { PACKED_FILES } from '../geo/gazetteer/packed';
import { cutShards, type ParentRow } from '../geo/gazetteer/shards';
import type { PlaceType } from '../geo/types';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = `${ROOT}public/gazetteer/`;
const BUILD = `${ROOT}geo/gazetteer/data/${BUILD_DIR}/`;

/** Shards: enough that a report's words fetch little besides their own names (see README). */
export const SHARD_COUNT = 8192;

function main() {
  if (!existsSync(`${BUILD}${PACKED_FILES.meta}`)) {
    const r = spawnSync(process.execPath, ['--import', 'tsx', `${ROOT}scripts/build-gazetteer.ts`], { stdio: 'inherit', cwd: ROOT });
    if (r.status !== 0) throw new Error('npm run build:gazetteer failed');
  }
  const packed = readPacked((file) => readFileSync(`${BUILD}${file}`, 'utf8'));
  const hash = createHash('sha256').update(JSON.stringify(packed.meta)).update(packed.places).update(packed.keys).update(packed.postings).update(String(SHARD_COUNT)).digest('hex').slice(0, 12);
  const rows = new Map<string, string[]>();
  for (const line of packed.places.split('\n')) {
    const cols = line.split('\t');
    if (cols[3] === 'governorate' || cols[3] === 'country' || cols[3] === 'region') rows.set(cols[0] as string, cols);
  }
  const parentOf = (id: string): ParentRow | undefined => {
    const c = rows.get(id);
    return c ? [c[0] as string, c[1] as string, c[3] as PlaceType, c[5] || null] : undefined;
  };
  const { core, shards } = cutShards(packed, SHARD_COUNT, parentOf);

  mkdirSync(OUT, { recursive: true });
  for (const old of readdirSync(OUT)) if (old !== hash) rmSync(`${OUT}${old}`, { recursive: true, force: true });
  const dir = `${OUT}${hash}/`;
  mkdirSync(dir, { recursive: true });
  let bytes = 0;
  let gzipBytes = 0;
  const write = (name: string, value: unknown) => {
    const json = JSON.stringify(value);
    writeFileSync(`${dir}${name}`, json);
    bytes += json.length;
    gzipBytes += gzipSync(json).length;
  };
  write('core.json', core);
  shards.forEach((shard, n) => write(`${n}.json`, shard));
  const manifest = { gazetteer: `/gazetteer/${hash}/`, shards: SHARD_COUNT, bytes, gzipBytes };
  writeFileSync(`${OUT}manifest.json`, `${JSON.stringify(manifest, null, 2)}\n`);
  console.log(`public/gazetteer/${hash}/: ${SHARD_COUNT} shards, ${(bytes / 1e6).toFixed(1)} MB, ${(gzipBytes / 1e6).toFixed(1)} MB gzipped in all`);
}

main();
