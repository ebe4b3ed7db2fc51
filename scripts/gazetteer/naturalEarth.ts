/**
 * Natural Earth country outlines (public domain, via `world-atlas`) with world-countries'
 * names and demonyms (ODbL), and the offline basemap. A source module of `npm run build:gazetteer`.
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { feature as topoFeature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { GazetteerCollection, GazetteerFeature, GazetteerProperties, PlaceGeometry, PlaceType } from '../../geo/types';
import { cutAtAntimeridian, point, roundPolygonal } from './geometry';
import { makeFeature, unique } from './features';
import { isCodeLike, isLatinScript } from './geonames';
import { defaultOptions, type BuildOptions } from './options';

/** The fields of a world-countries record that the build uses. */
export interface WorldCountry {
  name: { common: string; official: string };
  cca2: string;
  ccn3: string;
  altSpellings: string[];
  latlng: [number, number];
  demonyms?: { eng?: { m?: string; f?: string } };
}

/**
 * Country features: names from world-countries, outlines from Natural Earth 1:50m.
 * Matched on ISO 3166-1 numeric (ccn3 ↔ world-atlas id); a country without a ccn3
 * (Kosovo) is matched on its common name; one without any outline gets its latlng point.
 */
export function countryFeatures(
  countries: readonly WorldCountry[],
  atlas50m: Topology,
  options: BuildOptions = defaultOptions,
  atlas110m?: Topology,
): GazetteerFeature[] {
  const index = (topology: Topology) => {
    const byId = new Map<string, Feature<Polygon | MultiPolygon>[]>();
    const byName = new Map<string, Feature<Polygon | MultiPolygon>[]>();
    for (const f of atlasFeatures(topology)) {
      const key = f.id === undefined ? null : String(f.id);
      const map = key ? byId : byName;
      const k = key ?? String(f.properties?.name ?? '');
      map.set(k, [...(map.get(k) ?? []), f]);
    }
    return (c: WorldCountry) => (c.ccn3 ? byId.get(c.ccn3) : byName.get(c.name.common)) ?? [];
  };
  const detailed = index(atlas50m);
  // The coarse outlines, where given, keep country features small (the browser fetches
  // them by name); the 1:50m ones stand in for small countries the 1:110m atlas lacks.
  const coarse = atlas110m ? index(atlas110m) : null;
  return countries.map((c) => {
    const small = coarse?.(c) ?? [];
    const parts = small.length > 0 ? small : detailed(c);
    const geometry =
      roundPolygonal(mergePolygons(parts.map((p) => p.geometry)), options.countryDecimals) ??
      point(c.latlng[1], c.latlng[0], options.pointDecimals);
    const name = c.name.common;
    const alternateNames = unique(
      [c.name.official, ...c.altSpellings.filter((s) => !isCodeLike(s)), ...(COUNTRY_ABBREVIATIONS[c.cca2] ?? [])].filter((s) => s !== name && isLatinScript(s)),
    );
    const demonyms = unique([c.demonyms?.eng?.m, c.demonyms?.eng?.f].filter((s): s is string => !!s));
    return makeFeature(`country:${c.cca2}`, geometry, {
      name,
      alternateNames,
      placeType: 'country',
      country: c.cca2,
      parent: null,
      population: null,
      source: 'naturalearth+world-countries',
      demonyms,
    });
  });
}

/**
 * The abbreviations reports write for a few countries ("the U.S. military", "UK forces").
 * Codes are otherwise left out (isCodeLike): "IT" and "IN" are words.
 */
const COUNTRY_ABBREVIATIONS: Readonly<Record<string, readonly string[]>> = {
  US: ['US', 'U.S.', 'USA', 'U.S.A.'], GB: ['UK', 'U.K.'], AE: ['UAE', 'U.A.E.'], CD: ['DRC'], CN: ['PRC'], KR: ['ROK'], KP: ['DPRK'], SA: ['KSA'],
};

function atlasFeatures(topology: Topology): Feature<Polygon | MultiPolygon>[] {
  const object = topology.objects.countries as GeometryCollection;
  const fc = topoFeature(topology, object) as FeatureCollection<Polygon | MultiPolygon | null>;
  return fc.features.filter((f): f is Feature<Polygon | MultiPolygon> => f.geometry !== null);
}

function mergePolygons(geometries: (Polygon | MultiPolygon)[]): MultiPolygon | null {
  if (geometries.length === 0) return null;
  const polygons = geometries.flatMap((g) => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates));
  return { type: 'MultiPolygon', coordinates: polygons };
}

/**
 * The offline basemap: Natural Earth 1:110m outlines, replaced by 1:50m ones for the
 * countries whose outline meets `basemapDetailBox` (the Levant to Iran), properties { name }.
 */
export function buildBasemap(atlas110m: Topology, atlas50m: Topology, options: BuildOptions = defaultOptions): FeatureCollection<Polygon | MultiPolygon, { name: string }> {
  const box = options.basemapDetailBox;
  // A vertex inside the box, not a bbox overlap: the bboxes of Russia, the USA or Fiji
  // span the antimeridian and would meet any box.
  const meets = (f: Feature<Polygon | MultiPolygon>) =>
    positions(f.geometry).some(([x, y]) => x! >= box[0] && x! <= box[2] && y! >= box[1] && y! <= box[3]);
  const pick = (features: Feature<Polygon | MultiPolygon>[], detail: boolean, decimals: number) =>
    features
      .filter((f) => meets(f) === detail)
      .map((f) => ({ name: String(f.properties?.name ?? ''), geometry: roundPolygonal(f.geometry, decimals) }))
      .filter((f): f is { name: string; geometry: Polygon | MultiPolygon } => f.geometry !== null);
  const features = [
    ...pick(atlasFeatures(atlas110m), false, options.basemapWorldDecimals),
    ...pick(atlasFeatures(atlas50m), true, options.basemapDetailDecimals),
  ]
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map(({ name, geometry }) => ({ type: 'Feature' as const, properties: { name }, geometry: cutAtAntimeridian(geometry) }));
  return { type: 'FeatureCollection', features };
}

function positions(geometry: Polygon | MultiPolygon): Position[] {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.flat(2);
}
