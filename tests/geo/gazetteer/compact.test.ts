import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromCompact, toCompact } from '@/geo/gazetteer/compact';
import { buildGazetteer } from '@/geo/gazetteer/gazetteer';
import { geoparse } from '@/geo/geoparse';
import { readGazetteerData } from '@/scripts/geoparse';
import { SMALL } from '../smallGazetteer';

describe('compact gazetteer', () => {
  it('round-trips every feature', () => {
    const { collection, englishWords } = fromCompact(JSON.parse(JSON.stringify(toCompact(SMALL, ['mobile']))));
    expect(collection.features).toEqual(SMALL.features);
    expect(englishWords).toEqual(['mobile']);
  });

  it('gives the browser the same result as the server on a report', () => {
    const data = readGazetteerData();
    const words = JSON.parse(readFileSync('geo/gazetteer/data/english-words.json', 'utf8')) as string[];
    const unpacked = fromCompact(JSON.parse(JSON.stringify(toCompact(data, words))));
    const text = readFileSync('content/articles/globalresearch-2017-05-17-al-qaeda-confrontation.txt', 'utf8');
    expect(geoparse(text, buildGazetteer(unpacked.collection, unpacked.englishWords))).toEqual(geoparse(text, buildGazetteer(data, words)));
  });

  it('refuses data that is not a compact gazetteer', () => {
    expect(() => fromCompact({ type: 'FeatureCollection', features: [] })).toThrow(/not a claimmap gazetteer/);
    expect(() => fromCompact(null)).toThrow(/not a claimmap gazetteer/);
  });
});
