import { describe, expect, it } from 'vitest';
import { atlasQueryToParams, parseAtlasQuery } from '@/components/atlas/atlasQuery';

describe('parseAtlasQuery', () => {
  it('reads a view and writes it back the same', () => {
    const text = 'bbox=35.1,32,38,37.25&zoom=7&from=2017-05-01&to=2017-05-31&eventType=Battles&actor=Rebels&actor=Army';
    const parsed = parseAtlasQuery(new URLSearchParams(text));
    if ('error' in parsed) throw new Error(parsed.error);
    expect(parsed.query.bbox).toEqual([35.1, 32, 38, 37.25]);
    expect(parsed.query.filters.actor).toEqual(['Rebels', 'Army']);
    expect(decodeURIComponent(atlasQueryToParams(parsed.query).toString())).toBe(text);
  });

  it('says what is wrong with a malformed view', () => {
    const error = (text: string) => (parseAtlasQuery(new URLSearchParams(text)) as { error: string }).error;
    expect(error('bbox=1,2,3')).toMatch(/west,south,east,north/);
    expect(error('bbox=0,50,10,40')).toMatch(/south ≤ north/);
    expect(error('zoom=99')).toMatch(/zoom/);
    expect(error('from=May')).toMatch(/YYYY-MM-DD/);
    expect(error('from=2020-02-01&to=2020-01-01')).toMatch(/after/);
  });
});
