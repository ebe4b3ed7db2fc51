import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '@/geo/gazetteer/gazetteer';
import { foldedKey } from '@/geo/gazetteer/normalize';
import { loadPacked, packGazetteer } from '@/geo/gazetteer/packed';
import { cutShards, mergeShards, shardsForText, shardWord, type ParentRow } from '@/geo/gazetteer/shards';
import { geoparse } from '@/geo/geoparse';
import { loadGazetteer } from '@/scripts/geoparse';
import { readPacked } from '@/geo/gazetteer/files';
import { SMALL } from '../smallGazetteer';

const noParents = (): ParentRow | undefined => undefined;

describe('shards of the gazetteer', () => {
  const packed = packGazetteer(SMALL, ['paris']);
  const { core, shards } = cutShards(packed, 16, noParents);

  it('put every key in exactly one shard', () => {
    const keys = shards.flatMap((s) => s.keys);
    expect(keys.sort()).toEqual(packed.keys.split('\n').sort());
  });
  it('answer the lookups of a text as the whole gazetteer does, from its shards only', () => {
    const text = 'Shelling hit Deir ez-Zor, Qaboun and Paris; the al-Yarmouk Camp was hit.';
    const needed = shardsForText(text, core.count);
    expect(needed.length).toBeLessThan(core.count);
    const merged = loadPacked(mergeShards(core, needed.map((n) => shards[n]!)));
    const whole = buildGazetteer(SMALL, ['paris']);
    for (const name of ['Deir ez-Zor', 'Qaboun', 'Paris', 'Yarmouk', 'al-Yarmouk camp']) {
      expect(merged.lookup(foldedKey(name)).map((e) => [e.feature.id, e.exact, e.weight]), name).toEqual(
        whole.lookup(foldedKey(name)).map((e) => [e.feature.id, e.exact, e.weight]),
      );
    }
    expect(merged.isEnglishWord('paris')).toBe(true);
  });
  it('file a key under its rarest capitalised word, never "of" or an article', () => {
    const frequency = new Map([['state', 40], ['of', 90], ['qatar', 2]]);
    expect(shardWord('state of qatar', frequency)).toBe('qatar');
    expect(shardWord('of', frequency)).toBe('of');
  });
  it('refuse a core of another format', () => {
    expect(() => mergeShards({ ...core, version: 2 } as never, [])).toThrow(/not a claimmap shard index/);
  });
});

describe('the bundled reports, geoparsed over shards and over the whole world gazetteer', () => {
  it('give the same results', () => {
    const packed = readPacked((f) => readFileSync(`geo/gazetteer/data/build/${f}`, 'utf8'));
    const { core, shards } = cutShards(packed, 8192, noParents);
    const whole = loadGazetteer();
    const dir = 'content/articles/';
    const reports = readdirSync(dir).filter((f) => f.endsWith('.txt'));
    const fixtures = readdirSync('tests/fixtures').filter((f) => f.endsWith('.txt')).map((f) => `tests/fixtures/${f}`);
    expect(reports.length).toBeGreaterThan(3);
    for (const file of [...reports.map((f) => `${dir}${f}`), ...fixtures]) {
      const text = readFileSync(file, 'utf8');
      const sharded = loadPacked(mergeShards(core, shardsForText(text, core.count).map((n) => shards[n]!)));
      expect(JSON.stringify(geoparse(text, sharded)), file).toBe(JSON.stringify(geoparse(text, whole)));
    }
  }, 180_000);
});
