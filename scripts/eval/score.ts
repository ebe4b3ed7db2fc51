/**
 * Scoring of a geoparser against an annotated corpus, as ../shared/eval/README.md
 * defines it: Accuracy@161km, AUC, recall@161 and precision.
 */
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import distance from '@turf/distance';
import type { Feature, Geometry, MultiPolygon, Polygon, Position } from 'geojson';

export interface Toponym {
  start: number;
  end: number;
  name: string;
  lat: number;
  lon: number;
}

/** One place a system says a span of text means. */
export interface SystemMention {
  start: number;
  end: number;
  geometry: Geometry;
}

export interface Tally {
  annotated: number;
  recognised: number;
  within161: number;
  /** Sum of ln(error + 1) / ln(20039) over recognised toponyms. */
  aucSum: number;
  systemMentions: number;
  systemCorrect: number;
}

export interface Scores {
  accuracy161: number;
  auc: number;
  recall161: number;
  precision: number;
  annotated: number;
  recognised: number;
  systemMentions: number;
}

const EARTH_HALF_CIRCUMFERENCE_KM = 20039;

function positionsOf(g: Geometry): Position[] {
  switch (g.type) {
    case 'Point': return [g.coordinates];
    case 'MultiPoint': case 'LineString': return g.coordinates;
    case 'Polygon': case 'MultiLineString': return g.coordinates.flat();
    case 'MultiPolygon': return g.coordinates.flat(2);
    case 'GeometryCollection': return g.geometries.flatMap(positionsOf);
  }
}

/**
 * Error in km from a true point to a geometry: 0 inside an area, else the distance to
 * the nearest vertex (an upper bound on the distance to the outline).
 */
export function errorKm(geometry: Geometry, lon: number, lat: number): number {
  if ((geometry.type === 'Polygon' || geometry.type === 'MultiPolygon') &&
      booleanPointInPolygon([lon, lat], { type: 'Feature', geometry, properties: {} } as Feature<Polygon | MultiPolygon>)) return 0;
  let best = Infinity;
  for (const p of positionsOf(geometry)) best = Math.min(best, distance(p, [lon, lat], { units: 'kilometers' }));
  return best;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

export function emptyTally(): Tally {
  return { annotated: 0, recognised: 0, within161: 0, aucSum: 0, systemMentions: 0, systemCorrect: 0 };
}

/** Adds one document's result to a tally. */
export function scoreDocument(tally: Tally, gold: readonly Toponym[], system: readonly SystemMention[]): Tally {
  tally.annotated += gold.length;
  tally.systemMentions += system.length;
  for (const t of gold) {
    const hits = system.filter((m) => overlaps(m, t));
    if (hits.length === 0) continue;
    const error = Math.min(...hits.map((m) => errorKm(m.geometry, t.lon, t.lat)));
    tally.recognised++;
    if (error <= 161) tally.within161++;
    tally.aucSum += Math.log(error + 1) / Math.log(EARTH_HALF_CIRCUMFERENCE_KM);
  }
  for (const m of system) if (gold.some((t) => overlaps(m, t))) tally.systemCorrect++;
  return tally;
}

/** The corpus figures from a tally. */
export function scores(t: Tally): Scores {
  const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
  return {
    accuracy161: ratio(t.within161, t.recognised),
    auc: ratio(t.aucSum, t.recognised),
    recall161: ratio(t.within161, t.annotated),
    precision: ratio(t.systemCorrect, t.systemMentions),
    annotated: t.annotated,
    recognised: t.recognised,
    systemMentions: t.systemMentions,
  };
}
