/**
 * What `GET /api/claims` and `GET /api/atlas/summary` send: plain GeoJSON and counts.
 * The server (store/atlasIndex.ts) builds these; the atlas page draws them.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { EventType, PlaceGeometry, PlaceType, Stance, SubEventType } from '@/geo/types';

/** One claim about one place, with the report it comes from. */
export interface AtlasClaim {
  id: string;
  reportId: string;
  reportTitle: string | null;
  publisher: string | null;
  /** The report's date, YYYY-MM-DD. */
  published: string | null;
  text: string;
  /** Offsets of the sentence in the report's text (`/reports/<id>#claim-<start>-<end>`). */
  start: number;
  end: number;
  /** The event date, else the report's date (what the timeline counts); null when neither. */
  day: string | null;
  /** True when the day is the text's own event date, not the report's. */
  dated: boolean;
  eventType: EventType;
  subEventType: SubEventType | null;
  actor1: string | null;
  actor2: string | null;
  attribution: string | null;
  source: string | null;
  cue: string | null;
  stance: Stance;
  fatalities: number | null;
  /** Part of a disagreement about this place on this day. */
  disputed: boolean;
}

export interface AtlasPlaceProperties {
  kind: 'place';
  id: string;
  name: string;
  placeType: PlaceType;
  country: string;
  /** [lon, lat] of the marker (an area's marker is a point inside it). */
  anchor: [number, number];
  /** Claims about this place that pass the filters; `claims` may hold fewer (see `meta`). */
  claimCount: number;
  claims: AtlasClaim[];
  /** The most frequent event type among the matching claims: the marker's colour and letter. */
  eventType: EventType;
  disputed: boolean;
}

export interface AtlasClusterProperties {
  kind: 'cluster';
  clusterId: number;
  /** Places in the group. */
  count: number;
  claimCount: number;
  eventType: EventType;
  disputed: boolean;
  /** Up to five member names, most claims first. */
  names: string[];
  /** The zoom at which the group splits. */
  expansionZoom: number;
}

export type AtlasPlace = Feature<PlaceGeometry, AtlasPlaceProperties>;
export type AtlasCluster = Feature<Point, AtlasClusterProperties>;

export interface AtlasResponse extends FeatureCollection {
  features: (AtlasPlace | AtlasCluster)[];
  meta: {
    zoom: number;
    /** Claims that pass the filters in the view. */
    claimCount: number;
    /** Of those, the claims of places drawn as groups (not sent: zoom in). */
    groupedClaims: number;
    /** Claims sent in `claims` arrays, at most `claimLimit`. */
    claimsReturned: number;
    claimLimit: number;
    /** True when the single places in view have more claims than `claimLimit`: some were not sent. */
    truncated: boolean;
    /** The store's change counter the answer was computed from. */
    version: number;
  };
}

export interface FacetValue {
  value: string;
  count: number;
}

export interface AtlasSummary {
  /** Claims per day (YYYY-MM-DD), over the filters but not the date range; undated claims aside. */
  days: { day: string; count: number }[];
  undated: number;
  facets: Record<AtlasFacet, FacetValue[]>;
  reportCount: number;
  claimCount: number;
  version: number;
}

export const ATLAS_FACETS = ['eventType', 'actor', 'source', 'publisher', 'country'] as const;
export type AtlasFacet = (typeof ATLAS_FACETS)[number];

/** A view of the atlas: what the URL and the API query hold. */
export interface AtlasQuery {
  /** [west, south, east, north]; null: the whole world. */
  bbox: [number, number, number, number] | null;
  zoom: number;
  /** YYYY-MM-DD, inclusive; null: open. */
  from: string | null;
  to: string | null;
  /** Each facet's chosen values (any of them matches); empty: no filter. */
  filters: Record<AtlasFacet, string[]>;
}
