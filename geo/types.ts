/**
 * The nouns of claimmap's domain, in one place. Everything that crosses a boundary
 * (engine → CLI, server → client, worker → page) is one of these plain, serialisable
 * shapes; the result is an RFC 7946 FeatureCollection (see DESIGN.md, "The contract").
 */
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';

/** A run of the input text: `input.slice(start, end) === text` (UTF-16 offsets). */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** A place name as written in the report. */
export type Mention = Span;

/** What kind of place a gazetteer feature is. Kept coarse on purpose. */
export type PlaceType =
  | 'country'
  | 'governorate' // first-level division (province, governorate, state)
  | 'region' // informal area: Western Ghouta, Qalamoun, Jazira
  | 'city'
  | 'town'
  | 'village'
  | 'district' // a quarter or suburb of a city
  | 'camp'
  | 'airbase'
  | 'landmark';

export type PlaceGeometry = Point | Polygon | MultiPolygon;

/** Properties of one bundled gazetteer feature. */
export interface GazetteerProperties {
  /** Preferred English name. */
  name: string;
  /** Other spellings and transliterations (not normalised; the index does that). */
  alternateNames: string[];
  placeType: PlaceType;
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** Id of the admin parent feature (governorate or country), null for countries. */
  parent: string | null;
  population: number | null;
  /** Where the record comes from: "geonames", "naturalearth", or a URL for curated rows. */
  source: string;
  /** The name as the source spells it, when the display name differs ("Ālbū Kamāl" for "Albu Kamal"). */
  gazetteerName?: string;
  /** Countries only: adjectives and demonyms ("Syrian"), which are not place mentions. */
  demonyms?: string[];
}

/** A gazetteer feature; `id` is stable across builds ("geonames:170063", "curated:qaboun"). */
export type GazetteerFeature = Feature<PlaceGeometry, GazetteerProperties> & { id: string };
export type GazetteerCollection = FeatureCollection<PlaceGeometry, GazetteerProperties>;

/** The report with its metadata and the parts of it that are the body. */
export interface Article {
  title: string | null;
  author: string | null;
  publisher: string | null;
  /** YYYY-MM-DD. */
  published: string | null;
  /** Where the body runs in the input; everything else is boilerplate. */
  body: Span[];
}

/** The metadata block of the result. */
export type ArticleMeta = Omit<Article, 'body'>;

/** An organisation a report may name (an armed group, a state force, a media outlet…), or a leader. */
export interface Organisation {
  /** Canonical name, as actors are listed. */
  name: string;
  kind: 'armed' | 'state' | 'media' | 'monitor' | 'agency' | 'person';
  /** Other names; those written in capitals ("ISIS", "SDF") only match in capitals. */
  aliases: string[];
  /** State forces: their country (ISO 3166-1 alpha-2); their ACLED actor is "Military Forces of" it. */
  country?: string;
}

/** An organisation named in the report (or a capitalised name that reads as one). */
export interface OrganisationMention extends Span {
  /** Null for a name found by its shape ("Aleppo Media Center"), not in the lexicon. */
  organisation: Organisation | null;
}

/** A gazetteer feature a mention could mean, and how well the spelling fits (0–1). */
export interface CandidatePlace {
  feature: GazetteerFeature;
  nameScore: number;
  /** The report spells the name as the gazetteer lists it (case and diacritics aside). */
  exactSpelling?: boolean;
}

/** A mention with the gazetteer features it could mean. */
export interface Candidate {
  mention: Mention;
  places: CandidatePlace[];
  /** The place a reader said this mention means (geoparse's `overrides`): it wins whatever the evidence. */
  chosen?: GazetteerFeature;
  /** The mention names the place a public body serves ("the Ohio Supreme Court"), not where something happened. */
  affiliation?: boolean;
  /** The words around say it is a place: "in Hopkinton", "four Hopkinton homes". */
  placedByText?: boolean;
}

/** The place chosen for one mention, how sure, and what came second. */
export interface Resolution {
  mention: Mention;
  place: GazetteerFeature;
  score: number;
  runnerUp: { id: string; name: string; score: number } | null;
  /** The mention spells the place's name as the gazetteer lists it: the map may show it so. */
  exactSpelling?: boolean;
  /** As the candidate's: the place a public body serves, which takes a sentence's claim only when it names no other place. */
  affiliation?: boolean;
}

/** ACLED's event types (ACLED Codebook, 2023), exactly as the codebook spells them; "Other" when none fits. */
export type EventType =
  | 'Battles'
  | 'Explosions/Remote violence'
  | 'Violence against civilians'
  | 'Protests'
  | 'Riots'
  | 'Strategic developments'
  | 'Other';

/** ACLED's sub-event types, exactly as the codebook spells them. */
export type SubEventType =
  // Battles
  | 'Armed clash'
  | 'Government regains territory'
  | 'Non-state actor overtakes territory'
  // Explosions/Remote violence
  | 'Chemical weapon'
  | 'Air/drone strike'
  | 'Suicide bomb'
  | 'Shelling/artillery/missile attack'
  | 'Remote explosive/landmine/IED'
  | 'Grenade'
  // Violence against civilians
  | 'Sexual violence'
  | 'Attack'
  | 'Abduction/forced disappearance'
  // Protests
  | 'Peaceful protest'
  | 'Protest with intervention'
  | 'Excessive force against protesters'
  // Riots
  | 'Violent demonstration'
  | 'Mob violence'
  // Strategic developments
  | 'Agreement'
  | 'Arrests'
  | 'Change to group/activity'
  | 'Disrupted weapons use'
  | 'Headquarters or base established'
  | 'Looting/property destruction'
  | 'Non-violent transfer of territory'
  | 'Other';

/** Whether the claim asserts that something happened or denies it ("denied any gains"). */
export type Stance = 'asserts' | 'denies';

/** What the report claims happened, quoted word for word. */
export interface Claim extends Span {
  /** Who the text credits, resolved ("him" → the person named before); null when it is the article's own voice. */
  attribution: string | null;
  /** The words naming the source in this sentence (a pronoun too), or null. */
  source: Span | null;
  /** The reporting words as written ("said", "According to", "denied"), or null. */
  cue: string | null;
  stance: Stance;
  /** Every actor named, canonical names, once each. */
  actors: string[];
  /** Who acted, ACLED naming ("Military Forces of Ukraine"); null when the text does not say. */
  actor1: string | null;
  /** Who was acted upon; null when the text does not say. */
  actor2: string | null;
  eventType: EventType;
  subEventType: SubEventType | null;
  /** The number the sentence reports killed; null when it gives none. */
  fatalities: number | null;
  /** YYYY-MM-DD when the text gives or implies a date, else null (for a range, its first day). */
  date: string | null;
  /** When the text gives a range of days ("between 12 and 14 May"): its first and last day. */
  dateRange?: { start: string; end: string };
}

export interface PlaceProperties {
  /** The name readers know: the report's spelling when the gazetteer lists it, else the gazetteer's without diacritics. */
  name: string;
  /** The name as the gazetteer spells it ("Ālbū Kamāl"). */
  gazetteerName?: string;
  placeType: PlaceType;
  country: string;
  mentions: Mention[];
  claims: Claim[];
  /** Resolution confidence in [0, 1] and the runner-up, for the UI. */
  score: number;
  runnerUp: Resolution['runnerUp'];
}

export type PlaceFeature = Feature<PlaceGeometry, PlaceProperties> & { id: string };

/** What `geoparse()` returns: the contract of DESIGN.md. */
export interface ParseResult extends FeatureCollection<PlaceGeometry, PlaceProperties> {
  article: ArticleMeta;
  features: PlaceFeature[];
  unresolved: Mention[];
}

/*
 * The atlas: what `GET /api/claims` and `GET /api/atlas/summary` send, plain GeoJSON and
 * counts. The server (store/atlasIndex.ts) builds these; the atlas page draws them.
 */

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
