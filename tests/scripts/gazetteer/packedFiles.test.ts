/**
 * The packed gazetteer on disk answers every lookup and id exactly as the same
 * gazetteer held in memory, while reading its lines only when asked for.
 */
import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { foldedKey } from '@/geo/gazetteer/normalize';
import { loadPacked, packGazetteer, PACKED_FILES } from '@/geo/gazetteer/packed';
import { openPacked, writePacked } from '@/scripts/gazetteer/packedFiles';
import { SMALL } from '../../geo/smallGazetteer';

const packed = packGazetteer(SMALL, ['mobile']);
const dir = mkdtempSync(join(tmpdir(), 'claimmap-packed-'));
writePacked(dir, packed);

describe('openPacked', () => {
  const inMemory = loadPacked(packed);
  const source = openPacked(dir);
  const onDisk = loadPacked(source);
  const names = SMALL.features.flatMap((f) => [f.properties.name, ...f.properties.alternateNames]);

  it('answers every name as the in-memory gazetteer does', () => {
    expect(onDisk.size).toBe(inMemory.size);
    for (const name of [...names, 'Nowhere at all', 'Deir al-Zor']) {
      const key = foldedKey(name);
      const view = (g: typeof onDisk) => g.lookup(key).map((e) => [e.feature.id, e.exact, e.weight, e.feature.geometry, e.feature.properties.name]);
      expect(view(onDisk), name).toEqual(view(inMemory));
    }
  });

  it('finds every feature by id, and nothing for an unknown id', () => {
    for (const f of SMALL.features) expect(onDisk.byId(String(f.id))?.properties.country).toBe(f.properties.country);
    expect(onDisk.byId('geonames:0')).toBeUndefined();
  });

  it('reads a line only when asked for it', () => {
    expect(source.places.count).toBe(SMALL.features.length);
    expect(source.places.line(source.places.count - 1).split('\t')[0]).toBe(packed.places.split('\n').at(-1)?.split('\t')[0]);
    source.close();
  });

  it('reads the same lines before and after it reads a whole line index, or the whole keys (after 2,048 lines)', () => {
    const fresh = openPacked(dir);
    for (const file of ['places', 'keys'] as const) {
      const lines = packed[file].split('\n');
      expect(fresh[file].count).toBe(lines.length);
      for (let round = 0; round * lines.length < 2048 + 2 * lines.length; round++) {
        for (let i = lines.length - 1; i >= 0; i--) expect(fresh[file].line(i)).toBe(lines[i]);
      }
    }
    fresh.close();
  });

  it('fails, not hangs, on a file shorter than its line index says', () => {
    const cut = mkdtempSync(join(tmpdir(), 'claimmap-packed-'));
    writePacked(cut, packed);
    truncateSync(join(cut, PACKED_FILES.places), Math.floor(Buffer.byteLength(packed.places) / 2));
    const broken = openPacked(cut);
    expect(() => broken.places.line(broken.places.count - 1)).toThrow(/incomplete.*npm run build:gazetteer/);
    broken.close();
  });

  it('names the command to run when the build is missing or incomplete', () => {
    expect(() => openPacked(join(dir, 'nope'))).toThrow(/npm run build:gazetteer/);
    const partial = mkdtempSync(join(tmpdir(), 'claimmap-packed-'));
    writeFileSync(join(partial, PACKED_FILES.meta), JSON.stringify(packed.meta));
    expect(() => openPacked(partial)).toThrow(/incomplete.*npm run build:gazetteer/);
  });
});
