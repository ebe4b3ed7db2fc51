import { describe, expect, it } from 'vitest';
import { emptyFilters } from '@/components/atlas/atlasQuery';
import type { AtlasPlace, AtlasQuery } from '@/geo/types';
import { buildAtlasIndex, queryAtlas, summarizeAtlas, type ClaimRecord, type PlaceRecord, type ReportRecord } from '@/store/atlasIndex';

const place = (id: string, lon: number, lat: number): PlaceRecord => ({
  id,
  name: id.toUpperCase(),
  placeType: 'town',
  country: lon > 0 ? 'SY' : 'US',
  lon,
  lat,
  geometry: { type: 'Point', coordinates: [lon, lat] },
});

const places = [place('a', 36.0, 35.0), place('b', 36.01, 35.01), place('c', 40.0, 33.0), place('w', -100, 40)];
const reports: ReportRecord[] = [
  { id: '1', title: 'First', publisher: 'Wire One', published: '2020-01-10' },
  { id: '2', title: 'Second', publisher: 'Wire Two', published: '2020-01-12' },
];
let next = 0;
function claim(placeId: string, reportId: string, over: Partial<ClaimRecord> = {}): ClaimRecord {
  next++;
  return {
    id: String(next),
    reportId,
    placeId,
    start: next * 10,
    end: next * 10 + 5,
    text: `claim ${next}`,
    day: '2020-01-10',
    eventDate: null,
    eventType: 'Battles',
    subEventType: null,
    actor1: null,
    actor2: null,
    attribution: null,
    source: null,
    cue: null,
    stance: 'asserts',
    fatalities: null,
    publisher: reportId === '1' ? 'Wire One' : 'Wire Two',
    country: placeId === 'w' ? 'US' : 'SY',
    ...over,
  };
}

const claims = [
  claim('a', '1', { actor1: 'Rebels', attribution: 'Monitor' }),
  claim('a', '2', { stance: 'denies', attribution: 'Ministry' }),
  claim('b', '1', { eventType: 'Explosions/Remote violence', day: '2020-01-05', eventDate: '2020-01-05' }),
  claim('c', '2', { eventType: 'Protests', day: '2020-01-12' }),
  claim('w', '2', { day: null }),
];
const index = buildAtlasIndex({ places, reports, claims, version: 7 });
const view = (over: Partial<AtlasQuery> = {}): AtlasQuery => ({ bbox: null, zoom: 12, from: null, to: null, filters: emptyFilters(), ...over });
const placesOf = (q: AtlasQuery) =>
  queryAtlas(index, q)
    .features.filter((f): f is AtlasPlace => f.properties.kind === 'place')
    .map((f) => f.properties.id)
    .sort();

describe('queryAtlas', () => {
  it('gives every place with claims, and its claims with their reports', () => {
    const answer = queryAtlas(index, view());
    expect(answer.meta).toMatchObject({ claimCount: 5, claimsReturned: 5, truncated: false, version: 7 });
    const a = answer.features.find((f) => f.properties.kind === 'place' && f.properties.id === 'a') as AtlasPlace;
    expect(a.properties.claims.map((c) => [c.reportTitle, c.publisher, c.attribution])).toEqual([
      ['First', 'Wire One', 'Monitor'],
      ['Second', 'Wire Two', 'Ministry'],
    ]);
    // one asserts, the other denies, same place and day, two reports
    expect(a.properties.disputed).toBe(true);
    expect(a.properties.claims.every((c) => c.disputed)).toBe(true);
  });

  it('keeps what is in the bounds, across the antimeridian too', () => {
    expect(placesOf(view({ bbox: [35, 34, 37, 36] }))).toEqual(['a', 'b']);
    expect(placesOf(view({ bbox: [170, 30, 270, 50] }))).toEqual(['w']);
  });

  it('filters by date range, event type, actor, source, publisher and country', () => {
    expect(placesOf(view({ from: '2020-01-06', to: '2020-01-11' }))).toEqual(['a']);
    expect(placesOf(view({ filters: { ...emptyFilters(), eventType: ['Protests', 'Explosions/Remote violence'] } }))).toEqual(['b', 'c']);
    expect(placesOf(view({ filters: { ...emptyFilters(), actor: ['Rebels'] } }))).toEqual(['a']);
    // the report's own voice counts as its publisher
    expect(placesOf(view({ filters: { ...emptyFilters(), source: ['Wire Two'] } }))).toEqual(['c', 'w']);
    expect(placesOf(view({ filters: { ...emptyFilters(), publisher: ['Wire One'] } }))).toEqual(['a', 'b']);
    expect(placesOf(view({ filters: { ...emptyFilters(), country: ['US'] } }))).toEqual(['w']);
    expect(placesOf(view({ filters: { ...emptyFilters(), actor: ['nobody'] } }))).toEqual([]);
  });

  it('groups places that crowd at a low zoom and parts them when zoomed in', () => {
    const far = queryAtlas(index, view({ zoom: 5 }));
    const group = far.features.find((f) => f.properties.kind === 'cluster');
    expect(group?.properties).toMatchObject({ kind: 'cluster', count: 2, claimCount: 3 });
    expect(placesOf(view({ zoom: 5 }))).toEqual(['c', 'w']);
    expect(placesOf(view({ zoom: 13 }))).toEqual(['a', 'b', 'c', 'w']);
  });

  it('sends at most claimLimit claims and says so', () => {
    const answer = queryAtlas(index, view(), { claimLimit: 2 });
    expect(answer.meta).toMatchObject({ claimCount: 5, claimsReturned: 2, truncated: true });
    const sent = answer.features.reduce((n, f) => n + (f.properties.kind === 'place' ? f.properties.claims.length : 0), 0);
    expect(sent).toBe(2);
  });
});

describe('summarizeAtlas', () => {
  it('counts claims per day whatever the range, and the facet values', () => {
    const summary = summarizeAtlas(index, view({ from: '2020-01-11' }));
    expect(summary.days).toEqual([
      { day: '2020-01-05', count: 1 },
      { day: '2020-01-10', count: 2 },
      { day: '2020-01-12', count: 1 },
    ]);
    expect(summary.undated).toBe(1);
    expect(summary.facets.publisher).toEqual([
      { value: 'Wire Two', count: 3 },
      { value: 'Wire One', count: 2 },
    ]);
    expect(summary.facets.eventType[0]).toEqual({ value: 'Battles', count: 3 });
  });
});
