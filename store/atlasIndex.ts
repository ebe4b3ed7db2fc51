/**
 * The atlas's in-memory index of every claim: columns of typed arrays (place, day, event
 * type, actors, source, publisher, country as dictionary ids), so that a view is a scan
 * of flat arrays, not a SQL query. Built from the store's rows once per change counter;
 * a query filters, then clusters the matching places at the asked zoom (supercluster),
 * and sends the claims of the single places, at most `claimLimit` of them.
 */
import Supercluster, { type ClusterProperties, type PointFeature } from 'supercluster';
import type {
  EventType,
  PlaceGeometry,
  PlaceType,
  AtlasClaim,
  AtlasCluster,
  AtlasFacet,
  AtlasPlace,
  AtlasQuery,
  AtlasResponse,
  AtlasSummary,
  FacetValue,
} from '@/geo/types';
import type { Sql } from './database';
import { findDisputes } from './disputes';

export const atlasDefaults = {
  /** Most claims sent in one answer; the rest are counted, not sent. */
  claimLimit: 2000,
  /** Places closer than this on screen (px, of 256-px tiles) are grouped. */
  radius: 40,
  /** From this zoom on, nothing is grouped. */
  maxClusterZoom: 14,
};

export interface PlaceRecord {
  id: string;
  name: string;
  placeType: PlaceType;
  country: string;
  lon: number;
  lat: number;
  geometry: PlaceGeometry;
}

export interface ReportRecord {
  id: string;
  title: string | null;
  publisher: string | null;
  published: string | null;
}

/** A claim row as the store gives it: the atlas's claim less what the index derives, plus its place. */
export type ClaimRecord = Pick<
  AtlasClaim,
  'id' | 'reportId' | 'start' | 'end' | 'text' | 'day' | 'eventType' | 'subEventType' | 'actor1' | 'actor2' | 'attribution' | 'source' | 'cue' | 'stance' | 'fatalities' | 'publisher'
> & {
  placeId: string;
  /** The text's own event date; `day` falls back to the report's. */
  eventDate: string | null;
  country: string;
};

/** Strings as small integers; id 0 is "none". */
class Dictionary {
  readonly values: string[] = [''];
  private readonly ids = new Map<string, number>();
  id(value: string | null): number {
    if (value === null || value === '') return 0;
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.values.push(value);
      this.ids.set(value, id);
    }
    return id;
  }
  find(value: string): number {
    return this.ids.get(value) ?? -1;
  }
}

const NO_DAY = -2147483648;

export interface AtlasIndex {
  version: number;
  reportCount: number;
  places: PlaceRecord[];
  reports: ReportRecord[];
  claims: ClaimRecord[];
  /** Per claim: */
  place: Int32Array;
  report: Int32Array;
  day: Int32Array;
  eventType: Uint8Array;
  actor1: Int32Array;
  actor2: Int32Array;
  source: Int32Array;
  publisher: Int32Array;
  country: Int32Array;
  disputed: Uint8Array;
  /** Claims by place: the claims of place p are `byPlace[placeStart[p] … placeStart[p + 1]]`. */
  placeStart: Int32Array;
  byPlace: Int32Array;
  dictionaries: { eventType: Dictionary; actor: Dictionary; source: Dictionary; publisher: Dictionary; country: Dictionary };
}

export function dayNumber(day: string): number {
  return Math.floor(Date.parse(`${day}T00:00:00Z`) / 86_400_000);
}

export function dayString(n: number): string {
  return new Date(n * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Builds the index from plain rows.
 * @example buildAtlasIndex({ places, reports, claims, version: 3 })
 */
export function buildAtlasIndex(rows: { places: PlaceRecord[]; reports: ReportRecord[]; claims: ClaimRecord[]; version: number }): AtlasIndex {
  const { places, reports, claims } = rows;
  const placeIds = new Map(places.map((p, i) => [p.id, i]));
  const reportIds = new Map(reports.map((r, i) => [r.id, i]));
  const n = claims.length;
  const dictionaries = { eventType: new Dictionary(), actor: new Dictionary(), source: new Dictionary(), publisher: new Dictionary(), country: new Dictionary() };
  const index: AtlasIndex = {
    version: rows.version,
    reportCount: reports.length,
    places,
    reports,
    claims,
    place: new Int32Array(n),
    report: new Int32Array(n),
    day: new Int32Array(n),
    eventType: new Uint8Array(n),
    actor1: new Int32Array(n),
    actor2: new Int32Array(n),
    source: new Int32Array(n),
    publisher: new Int32Array(n),
    country: new Int32Array(n),
    disputed: new Uint8Array(n),
    placeStart: new Int32Array(places.length + 1),
    byPlace: new Int32Array(n),
    dictionaries,
  };
  claims.forEach((c, i) => {
    index.place[i] = placeIds.get(c.placeId) ?? -1;
    index.report[i] = reportIds.get(c.reportId) ?? -1;
    index.day[i] = c.day ? dayNumber(c.day) : NO_DAY;
    index.eventType[i] = dictionaries.eventType.id(c.eventType);
    index.actor1[i] = dictionaries.actor.id(c.actor1);
    index.actor2[i] = dictionaries.actor.id(c.actor2);
    index.source[i] = dictionaries.source.id(sourceOf(c));
    index.publisher[i] = dictionaries.publisher.id(c.publisher);
    index.country[i] = dictionaries.country.id(c.country);
  });
  const flags = findDisputes(
    claims.map((c, i) => ({
      place: index.place[i]!,
      day: index.day[i] === NO_DAY ? null : index.day[i]!,
      report: c.reportId,
      source: sourceOf(c),
      stance: c.stance,
      actor1: c.actor1,
      subEventType: c.subEventType,
    })),
  );
  flags.forEach((flag, i) => (index.disputed[i] = flag ? 1 : 0));
  for (let i = 0; i < n; i++) if (index.place[i]! >= 0) index.placeStart[index.place[i]! + 1]!++;
  for (let p = 0; p < places.length; p++) index.placeStart[p + 1]! += index.placeStart[p]!;
  const fill = index.placeStart.slice(0, places.length);
  for (let i = 0; i < n; i++) {
    const p = index.place[i]!;
    if (p >= 0) index.byPlace[fill[p]!++] = i;
  }
  return index;
}

/** Who says so: the credited source, else the report's publisher (the report's own voice). */
function sourceOf(c: ClaimRecord): string | null {
  return c.attribution ?? c.publisher;
}

/** The claim indexes that pass the filters and, unless `ignoreDates`, the date range. */
function matchClaims(index: AtlasIndex, query: AtlasQuery, ignoreDates = false): (i: number) => boolean {
  const d = index.dictionaries;
  const ids = (dictionary: Dictionary, values: string[]) => (values.length === 0 ? null : new Set(values.map((v) => dictionary.find(v))));
  const types = ids(d.eventType, query.filters.eventType);
  const actors = ids(d.actor, query.filters.actor);
  const sources = ids(d.source, query.filters.source);
  const publishers = ids(d.publisher, query.filters.publisher);
  const countries = ids(d.country, query.filters.country);
  const from = !ignoreDates && query.from ? dayNumber(query.from) : null;
  const to = !ignoreDates && query.to ? dayNumber(query.to) : null;
  if (!types && !actors && !sources && !publishers && !countries && from === null && to === null) return () => true;
  return function matches(i: number) {
    if (from !== null || to !== null) {
      const day = index.day[i]!;
      if (day === NO_DAY || (from !== null && day < from) || (to !== null && day > to)) return false;
    }
    if (types && !types.has(index.eventType[i]!)) return false;
    if (actors && !actors.has(index.actor1[i]!) && !actors.has(index.actor2[i]!)) return false;
    if (sources && !sources.has(index.source[i]!)) return false;
    if (publishers && !publishers.has(index.publisher[i]!)) return false;
    if (countries && !countries.has(index.country[i]!)) return false;
    return true;
  };
}

/** Whether a longitude is inside [west, east], across the antimeridian too. */
function inLongitudes(lon: number, west: number, east: number): boolean {
  if (east - west >= 360) return true;
  const w = ((((west + 180) % 360) + 360) % 360) - 180;
  const e = ((((east + 180) % 360) + 360) % 360) - 180;
  return w <= e ? lon >= w && lon <= e : lon >= w || lon <= e;
}

interface PointProps {
  place: number;
}

/** What a group adds up (supercluster's map/reduce): claims, a dispute, its heaviest place, claims per event type. */
interface GroupProps {
  claims: number;
  disputed: boolean;
  leader: number;
  leaderClaims: number;
  types: number[];
}

/** The places that match one set of filters, and their clusters at one zoom (reused while the view pans). */
interface Matched {
  counts: Int32Array;
  placeTypes: Int32Array;
  disputed: Uint8Array;
  /** Place indexes with at least one matching claim. */
  places: number[];
  clusters: Supercluster<PointProps, GroupProps> | null;
}

const MATCH_CACHE = 8;
const matchCaches = new WeakMap<AtlasIndex, Map<string, Matched>>();

/** Counts every place's matching claims and clusters them at `zoom`; remembered per index for the last few keys. */
function matchPlaces(index: AtlasIndex, query: AtlasQuery, zoom: number, o: typeof atlasDefaults): Matched {
  const key = JSON.stringify([zoom, query.from, query.to, query.filters]);
  let cache = matchCaches.get(index);
  if (!cache) matchCaches.set(index, (cache = new Map()));
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key);
    cache.set(key, hit); // most recent last
    return hit;
  }
  const matches = matchClaims(index, query);
  const types = index.dictionaries.eventType.values.length;
  const n = index.places.length;
  const counts = new Int32Array(n);
  const placeTypes = new Int32Array(n * types);
  const disputed = new Uint8Array(n);
  const places: number[] = [];
  for (let p = 0; p < n; p++) {
    let count = 0;
    for (let k = index.placeStart[p]!, end = index.placeStart[p + 1]!; k < end; k++) {
      const i = index.byPlace[k]!;
      if (!matches(i)) continue;
      count++;
      placeTypes[p * types + index.eventType[i]!]!++;
      if (index.disputed[i] === 1) disputed[p] = 1;
    }
    if (count === 0) continue;
    counts[p] = count;
    places.push(p);
  }
  let clusters: Matched['clusters'] = null;
  if (zoom <= o.maxClusterZoom) {
    // one level of clusters only: the asked zoom (and its raw points)
    clusters = new Supercluster<PointProps, GroupProps>({
      minZoom: zoom,
      maxZoom: zoom,
      radius: o.radius,
      extent: 256,
      map: ({ place }) => ({
        claims: counts[place]!,
        disputed: disputed[place] === 1,
        leader: place,
        leaderClaims: counts[place]!,
        types: Array.from(placeTypes.subarray(place * types, (place + 1) * types)),
      }),
      reduce: (sum, add) => {
        sum.claims += add.claims;
        sum.disputed ||= add.disputed;
        if (add.leaderClaims > sum.leaderClaims) [sum.leader, sum.leaderClaims] = [add.leader, add.leaderClaims];
        for (let t = 0; t < types; t++) sum.types[t]! += add.types[t]!;
      },
    });
    clusters.load(
      places.map((p) => ({ type: 'Feature', geometry: { type: 'Point', coordinates: [index.places[p]!.lon, index.places[p]!.lat] }, properties: { place: p } })),
    );
  }
  const matched = { counts, placeTypes, disputed, places, clusters };
  cache.set(key, matched);
  if (cache.size > MATCH_CACHE) cache.delete(cache.keys().next().value!);
  return matched;
}

/**
 * The view: groups where places crowd at `query.zoom`, else each place with its claims.
 * The places matching the filters are counted and clustered once per filters and zoom
 * (claims are stored by place, so that is one pass), then the view takes what is in it.
 * @example queryAtlas(index, { bbox: [35, 32, 38, 37], zoom: 7, from: null, to: null, filters })
 */
export function queryAtlas(index: AtlasIndex, query: AtlasQuery, options: Partial<typeof atlasDefaults> = {}): AtlasResponse {
  const o = { ...atlasDefaults, ...options };
  const zoom = Math.max(0, Math.min(22, Math.round(query.zoom)));
  const [west, south, east, north] = query.bbox ?? [-180, -90, 180, 90];
  const { counts, placeTypes, disputed, places, clusters } = matchPlaces(index, query, zoom, o);
  const types = index.dictionaries.eventType.values.length;
  const features: AtlasResponse['features'] = [];
  const singles: number[] = [];
  let grouped = 0;
  if (!clusters) {
    for (const p of places) {
      const place = index.places[p]!;
      if (place.lat >= south && place.lat <= north && inLongitudes(place.lon, west, east)) singles.push(p);
    }
  } else {
    const box: [number, number, number, number] = east - west >= 360 ? [-180, south, 180, north] : [west, south, east, north];
    for (const f of clusters.getClusters(box, zoom)) {
      const props = f.properties as Partial<ClusterProperties & GroupProps> & PointProps;
      if (!props.cluster) {
        singles.push(props.place);
        continue;
      }
      grouped += props.claims!;
      const names = clusters.getLeaves(props.cluster_id!, 5).map((leaf) => index.places[leaf.properties.place]!.name);
      const leader = index.places[props.leader!]!.name;
      features.push({
        type: 'Feature',
        geometry: f.geometry,
        properties: {
          kind: 'cluster',
          clusterId: props.cluster_id!,
          count: props.point_count!,
          claimCount: props.claims!,
          eventType: topType(index, props.types!),
          disputed: props.disputed!,
          names: [leader, ...names.filter((n) => n !== leader)].slice(0, 5),
          expansionZoom: Math.min(zoom + 2, o.maxClusterZoom + 1),
        },
      });
    }
  }
  // places with the most claims first get their claims while the limit lasts
  singles.sort((a, b) => counts[b]! - counts[a]!);
  const matches = matchClaims(index, query);
  let returned = 0;
  let withPlaces = 0;
  for (const p of singles) {
    withPlaces += counts[p]!;
    const room = Math.max(0, o.claimLimit - returned);
    const sent: number[] = [];
    for (let k = index.placeStart[p]!, end = index.placeStart[p + 1]!; k < end && sent.length < room; k++) {
      if (matches(index.byPlace[k]!)) sent.push(index.byPlace[k]!);
    }
    returned += sent.length;
    features.push(placeFeature(index, p, counts[p]!, sent, topType(index, Array.from(placeTypes.subarray(p * types, (p + 1) * types))), disputed[p] === 1));
  }
  const claimCount = grouped + withPlaces;
  return {
    type: 'FeatureCollection',
    features,
    meta: {
      zoom,
      claimCount,
      groupedClaims: grouped,
      claimsReturned: returned,
      claimLimit: o.claimLimit,
      truncated: returned < withPlaces,
      version: index.version,
    },
  };
}

/** The most frequent event type of per-type counts (dictionary ids). */
function topType(index: AtlasIndex, counts: readonly number[]): EventType {
  let best = 0;
  for (let t = 1; t < counts.length; t++) if (counts[t]! > counts[best]!) best = t;
  return (index.dictionaries.eventType.values[best] || 'Other') as EventType;
}

function placeFeature(index: AtlasIndex, p: number, claimCount: number, sent: number[], eventType: EventType, disputed: boolean): AtlasPlace {
  const place = index.places[p]!;
  const claims = sent.map((i) => atlasClaim(index, i)).sort((a, b) => (a.day ?? '').localeCompare(b.day ?? '') || a.start - b.start);
  return {
    type: 'Feature',
    id: place.id,
    geometry: place.geometry,
    properties: {
      kind: 'place',
      id: place.id,
      name: place.name,
      placeType: place.placeType,
      country: place.country,
      anchor: [place.lon, place.lat],
      claimCount,
      claims,
      eventType,
      disputed,
    },
  };
}

function atlasClaim(index: AtlasIndex, i: number): AtlasClaim {
  const c = index.claims[i]!;
  const report = index.reports[index.report[i]!];
  return {
    id: c.id,
    reportId: c.reportId,
    reportTitle: report?.title ?? null,
    publisher: c.publisher,
    published: report?.published ?? null,
    text: c.text,
    start: c.start,
    end: c.end,
    day: c.day,
    dated: c.eventDate !== null,
    eventType: c.eventType,
    subEventType: c.subEventType,
    actor1: c.actor1,
    actor2: c.actor2,
    attribution: c.attribution,
    source: c.source,
    cue: c.cue,
    stance: c.stance,
    fatalities: c.fatalities,
    disputed: index.disputed[i] === 1,
  };
}

/**
 * The timeline (claims per day over the filters, whatever the date range) and the
 * values of each facet with their counts (over every claim).
 */
export function summarizeAtlas(index: AtlasIndex, query: AtlasQuery): AtlasSummary {
  const matches = matchClaims(index, query, true);
  const perDay = new Map<number, number>();
  let undated = 0;
  const n = index.claims.length;
  for (let i = 0; i < n; i++) {
    if (!matches(i)) continue;
    const day = index.day[i]!;
    if (day === NO_DAY) undated++;
    else perDay.set(day, (perDay.get(day) ?? 0) + 1);
  }
  const facetCounts = (column: (i: number) => number[], dictionary: Dictionary): FacetValue[] => {
    const counts = new Map<number, number>();
    for (let i = 0; i < n; i++) for (const id of column(i)) if (id > 0) counts.set(id, (counts.get(id) ?? 0) + 1);
    return [...counts]
      .map(([id, count]) => ({ value: dictionary.values[id]!, count }))
      .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  };
  const d = index.dictionaries;
  const facets: Record<AtlasFacet, FacetValue[]> = {
    eventType: facetCounts((i) => [index.eventType[i]!], d.eventType),
    actor: facetCounts((i) => (index.actor1[i] === index.actor2[i] ? [index.actor1[i]!] : [index.actor1[i]!, index.actor2[i]!]), d.actor),
    source: facetCounts((i) => [index.source[i]!], d.source),
    publisher: facetCounts((i) => [index.publisher[i]!], d.publisher),
    country: facetCounts((i) => [index.country[i]!], d.country),
  };
  return {
    days: [...perDay].sort((a, b) => a[0] - b[0]).map(([day, count]) => ({ day: dayString(day), count })),
    undated,
    facets,
    reportCount: index.reportCount,
    claimCount: n,
    version: index.version,
  };
}

/** Reads every claim, place and report from the store into an index. */
export async function loadAtlasIndex(db: Sql, version: number): Promise<AtlasIndex> {
  const [places, reports, claims] = await Promise.all([
    db.query<PlaceRecord>('SELECT id, name, place_type AS "placeType", country, lon, lat, geometry FROM places'),
    db.query<ReportRecord>('SELECT id::text AS id, title, publisher, published::text AS published FROM reports'),
    db.query<ClaimRecord>(
      `SELECT id::text AS id, report_id::text AS "reportId", place_id AS "placeId", start_offset AS start, end_offset AS "end", text,
         day::text AS day, event_date::text AS "eventDate", event_type AS "eventType", sub_event_type AS "subEventType", actor1, actor2,
         attribution, source, cue, stance, fatalities, publisher, country
       FROM claims ORDER BY id`,
    ),
  ]);
  return buildAtlasIndex({ places, reports, claims, version });
}
