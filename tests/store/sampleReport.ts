/** A small hand-made report and its ParseResult, so store tests need no gazetteer. */
import type { Claim, ParseResult, PlaceFeature } from '@/geo/types';

export interface SampleClaim {
  place: 'alpha' | 'beta' | 'area';
  sentence: string;
  date?: string | null;
  stance?: Claim['stance'];
  actor1?: string | null;
  eventType?: Claim['eventType'];
  subEventType?: Claim['subEventType'];
  attribution?: string | null;
}

const PLACES: Record<SampleClaim['place'], Omit<PlaceFeature, 'properties'> & { name: string; placeType: PlaceFeature['properties']['placeType'] }> = {
  alpha: { type: 'Feature', id: 'test:alpha', name: 'Alphaville', placeType: 'town', geometry: { type: 'Point', coordinates: [36.5, 35.5] } },
  beta: { type: 'Feature', id: 'test:beta', name: 'Betatown', placeType: 'city', geometry: { type: 'Point', coordinates: [10.25, -5.75] } },
  area: {
    type: 'Feature',
    id: 'test:area',
    name: 'Gamma Plain',
    placeType: 'region',
    geometry: { type: 'Polygon', coordinates: [[[20, 10], [22, 10], [22, 12], [20, 12], [20, 10]]] },
  },
};

/**
 * Builds a report text from sentences and the result the engine would give for it.
 * @example sampleReport([{ place: 'alpha', sentence: 'Fighting in Alphaville.' }], { published: '2020-01-02' })
 */
export function sampleReport(claims: SampleClaim[], meta: { title?: string; published?: string | null; publisher?: string } = {}) {
  let text = `${meta.title ?? 'A sample report'}\n\n`;
  const byPlace = new Map<string, PlaceFeature>();
  for (const c of claims) {
    const start = text.length;
    text += `${c.sentence} `;
    const place = PLACES[c.place];
    let feature = byPlace.get(place.id);
    if (!feature) {
      feature = {
        type: 'Feature',
        id: place.id,
        geometry: place.geometry,
        properties: { name: place.name, placeType: place.placeType, country: 'SY', mentions: [], claims: [], score: 1, runnerUp: null },
      };
      byPlace.set(place.id, feature);
    }
    feature.properties.claims.push({
      start,
      end: start + c.sentence.length,
      text: c.sentence,
      attribution: c.attribution ?? null,
      source: null,
      cue: c.attribution ? 'said' : null,
      stance: c.stance ?? 'asserts',
      actors: c.actor1 ? [c.actor1] : [],
      actor1: c.actor1 ?? null,
      actor2: null,
      eventType: c.eventType ?? 'Battles',
      subEventType: c.subEventType ?? null,
      fatalities: null,
      date: c.date ?? null,
    });
  }
  const result: ParseResult = {
    type: 'FeatureCollection',
    article: { title: meta.title ?? 'A sample report', author: null, publisher: meta.publisher ?? 'Sample Wire', published: meta.published ?? null },
    features: [...byPlace.values()],
    unresolved: [],
  };
  return { text, result };
}
