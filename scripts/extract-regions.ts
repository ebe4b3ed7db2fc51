/**
 * Derives continents and world regions ("West Africa", "the Levant", "Southeast Asia") as
 * unions of country outlines:
 *
 *   npx tsx scripts/extract-regions.ts
 *
 * reads  node_modules/world-countries/countries.json   (ODbL: region, subregion, cca2, ccn3)
 *        node_modules/world-atlas/countries-110m.json  (Natural Earth 1:110m, public domain)
 * writes geo/gazetteer/data/regions.geojson            (GazetteerCollection, one feature per line)
 *
 * Each region is a list of ISO alpha-2 codes, taken from world-countries' region or subregion
 * and adjusted where a region is usually drawn otherwise (see REGIONS). The outline is the
 * union of the members' 1:110m outlines (topojson merge, so inner borders dissolve), simplified
 * and rounded. Countries too small for the 1:110m layer (Bahrain, Singapore…) are members
 * without area. Features are sorted by id: the output is reproducible byte for byte.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { FeatureCollection, MultiPolygon } from 'geojson';
import { merge as topoMerge } from 'topojson-client';
import type { GeometryObject, Topology } from 'topojson-specification';
import type { GazetteerFeature, GazetteerProperties, PlaceGeometry } from '../geo/types';
import { cleanPolygonal, serializeCollection, simplifyTopology } from './extract-admin1';

export const SOURCE =
  'derived: union of Natural Earth 1:110m country outlines (world-atlas) by world-countries region/subregion';

export const defaultOptions = {
  /** Douglas–Peucker tolerance, degrees of latitude. */
  tolerance: 0.02,
  decimals: 2,
  /** Polygons under this (square degrees at the equator) are dropped unless a region's largest. */
  minIslandArea: 0.01,
  minHoleArea: 0.01,
};
export type RegionOptions = typeof defaultOptions;

/** The world-countries fields used. */
export interface WorldCountry {
  cca2: string;
  ccn3: string;
  region: string;
  subregion: string;
  name: { common: string };
}

/** How one region's members are chosen. */
export interface RegionSpec {
  slug: string;
  name: string;
  alternateNames: string[];
  /** world-countries regions whose countries belong. */
  regions?: string[];
  /** world-countries subregions whose countries belong. */
  subregions?: string[];
  /** Countries added to, or removed from, those. */
  add?: string[];
  remove?: string[];
}

/**
 * world-countries 5.x departs from the UN M49 subregions in Europe (it has "Central Europe"
 * and "Southeast Europe"); the four European subregions below are M49's
 * (https://unstats.un.org/unsd/methodology/m49/). The informal regions follow the member
 * lists of their English Wikipedia articles, whole countries only.
 */
export const REGIONS: RegionSpec[] = [
  // Continents (world-countries regions)
  { slug: 'africa', name: 'Africa', alternateNames: [], regions: ['Africa'] },
  { slug: 'americas', name: 'Americas', alternateNames: ['the Americas'], regions: ['Americas'] },
  { slug: 'asia', name: 'Asia', alternateNames: [], regions: ['Asia'] },
  { slug: 'europe', name: 'Europe', alternateNames: [], regions: ['Europe'] },
  { slug: 'oceania', name: 'Oceania', alternateNames: [], regions: ['Oceania'] },
  // Subregions
  {
    slug: 'north-america',
    name: 'North America',
    alternateNames: [],
    subregions: ['North America', 'Central America', 'Caribbean'],
  },
  { slug: 'south-america', name: 'South America', alternateNames: [], subregions: ['South America'] },
  { slug: 'central-america', name: 'Central America', alternateNames: [], subregions: ['Central America'] },
  { slug: 'caribbean', name: 'Caribbean', alternateNames: ['the Caribbean'], subregions: ['Caribbean'] },
  {
    slug: 'latin-america',
    name: 'Latin America',
    alternateNames: [],
    subregions: ['Central America', 'South America', 'Caribbean'],
    add: ['MX'],
  },
  { slug: 'north-africa', name: 'North Africa', alternateNames: ['Northern Africa'], subregions: ['Northern Africa'] },
  { slug: 'west-africa', name: 'West Africa', alternateNames: ['Western Africa'], subregions: ['Western Africa'] },
  { slug: 'east-africa', name: 'East Africa', alternateNames: ['Eastern Africa'], subregions: ['Eastern Africa'] },
  { slug: 'central-africa', name: 'Central Africa', alternateNames: ['Middle Africa'], subregions: ['Middle Africa'] },
  { slug: 'southern-africa', name: 'Southern Africa', alternateNames: [], subregions: ['Southern Africa'] },
  {
    slug: 'sub-saharan-africa',
    name: 'Sub-Saharan Africa',
    alternateNames: ['sub-Saharan Africa'],
    regions: ['Africa'],
    remove: ['DZ', 'EG', 'EH', 'LY', 'MA', 'TN'],
  },
  { slug: 'central-asia', name: 'Central Asia', alternateNames: [], subregions: ['Central Asia'] },
  { slug: 'east-asia', name: 'East Asia', alternateNames: ['Eastern Asia'], subregions: ['Eastern Asia'] },
  { slug: 'south-asia', name: 'South Asia', alternateNames: ['Southern Asia'], subregions: ['Southern Asia'] },
  {
    slug: 'southeast-asia',
    name: 'Southeast Asia',
    alternateNames: ['South-East Asia', 'South-Eastern Asia', 'South East Asia'],
    subregions: ['South-Eastern Asia'],
  },
  {
    slug: 'middle-east',
    name: 'Middle East',
    alternateNames: ['Near East', 'the Middle East'],
    subregions: ['Western Asia'],
    add: ['EG', 'IR'],
  },
  {
    slug: 'western-europe',
    name: 'Western Europe',
    alternateNames: [],
    subregions: ['Western Europe'],
    add: ['AT'],
  },
  {
    slug: 'eastern-europe',
    name: 'Eastern Europe',
    alternateNames: [],
    subregions: ['Eastern Europe'],
    add: ['BG', 'CZ', 'HU', 'PL', 'RO', 'SK'],
  },
  { slug: 'northern-europe', name: 'Northern Europe', alternateNames: [], subregions: ['Northern Europe'] },
  {
    slug: 'southern-europe',
    name: 'Southern Europe',
    alternateNames: [],
    subregions: ['Southern Europe'],
    add: ['AL', 'BA', 'HR', 'XK', 'MK', 'ME', 'RS', 'SI'],
    remove: ['CY'],
  },
  // Informal regions (https://en.wikipedia.org/wiki/Scandinavia, …/Levant, …/Balkans,
  // …/Horn_of_Africa, …/Arab_states_of_the_Persian_Gulf, …/Arabian_Peninsula, …/Sahel)
  { slug: 'scandinavia', name: 'Scandinavia', alternateNames: [], add: ['NO', 'SE', 'DK'] },
  { slug: 'levant', name: 'Levant', alternateNames: ['the Levant'], add: ['SY', 'LB', 'JO', 'IL', 'PS'] },
  {
    slug: 'balkans',
    name: 'Balkans',
    alternateNames: ['the Balkans', 'Balkan Peninsula'],
    add: ['AL', 'BA', 'BG', 'HR', 'GR', 'XK', 'ME', 'MK', 'RS'],
  },
  { slug: 'horn-of-africa', name: 'Horn of Africa', alternateNames: ['the Horn of Africa'], add: ['SO', 'ET', 'ER', 'DJ'] },
  {
    slug: 'gulf-states',
    name: 'Gulf states',
    alternateNames: ['Gulf States', 'Persian Gulf states', 'Arab states of the Persian Gulf', 'Gulf countries'],
    add: ['SA', 'KW', 'BH', 'QA', 'AE', 'OM'],
  },
  {
    slug: 'arabian-peninsula',
    name: 'Arabian Peninsula',
    alternateNames: ['Arabia', 'the Arabian Peninsula'],
    add: ['SA', 'KW', 'BH', 'QA', 'AE', 'OM', 'YE'],
  },
  { slug: 'sahel', name: 'Sahel', alternateNames: ['the Sahel'], add: ['MR', 'ML', 'BF', 'NE', 'TD', 'SD', 'SN'] },
];

/** world-atlas 1:110m outlines without an ISO numeric id, by name. */
const UNNUMBERED: Record<string, string> = { 'N. Cyprus': 'CY', Somaliland: 'SO', Kosovo: 'XK' };

export function membersOf(spec: RegionSpec, countries: readonly WorldCountry[]): string[] {
  const members = new Set<string>();
  for (const c of countries) {
    if (spec.regions?.includes(c.region) || spec.subregions?.includes(c.subregion)) members.add(c.cca2);
  }
  for (const code of spec.add ?? []) members.add(code);
  for (const code of spec.remove ?? []) members.delete(code);
  return [...members].sort();
}

export function extractRegions(
  countries: readonly WorldCountry[],
  atlas: Topology,
  options: Partial<RegionOptions> = {},
): { collection: FeatureCollection<PlaceGeometry, GazetteerProperties>; members: Record<string, string[]> } {
  const opts = { ...defaultOptions, ...options };
  const known = new Set(countries.map((c) => c.cca2));
  const byNumeric = new Map(countries.map((c) => [c.ccn3, c.cca2]));
  const collection = atlas.objects.countries;
  if (!collection || collection.type !== 'GeometryCollection') throw new Error('world-atlas: no countries collection');
  const simplified = simplifyTopology(atlas, opts.tolerance);
  const outlinesOf = new Map<string, GeometryObject[]>();
  for (const g of collection.geometries as GeometryObject[]) {
    const name = (g.properties as { name?: string } | undefined)?.name ?? '';
    const code = (g.id !== undefined ? byNumeric.get(String(g.id)) : undefined) ?? UNNUMBERED[name];
    if (!code) throw new Error(`world-atlas outline ${g.id ?? ''} ${name} has no world-countries code`);
    outlinesOf.set(code, [...(outlinesOf.get(code) ?? []), g]);
  }

  const features: GazetteerFeature[] = [];
  const members: Record<string, string[]> = {};
  for (const spec of REGIONS) {
    const codes = membersOf(spec, countries);
    for (const code of codes) if (!known.has(code)) throw new Error(`${spec.slug}: unknown country ${code}`);
    const parts = codes.flatMap((code) => outlinesOf.get(code) ?? []);
    const geometry = cleanPolygonal(topoMerge(simplified, parts as never) as MultiPolygon, opts);
    if (!geometry) throw new Error(`${spec.slug}: no outline`);
    const id = `region:${spec.slug}`;
    members[id] = codes;
    features.push({
      type: 'Feature',
      id,
      geometry,
      properties: {
        name: spec.name,
        alternateNames: spec.alternateNames.filter((n) => n !== spec.name),
        placeType: 'region',
        country: codes.length === 1 ? codes[0]! : '',
        parent: null,
        population: null,
        source: SOURCE,
      },
    });
  }
  features.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { collection: { type: 'FeatureCollection', features }, members };
}

function main(): void {
  const started = performance.now();
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const readJson = <T>(path: string): T => JSON.parse(readFileSync(join(root, 'node_modules', path), 'utf8')) as T;
  const { collection } = extractRegions(
    readJson<WorldCountry[]>('world-countries/countries.json'),
    readJson<Topology>('world-atlas/countries-110m.json'),
  );
  const text = serializeCollection(collection);
  writeFileSync(join(root, 'geo/gazetteer/data/regions.geojson'), text);
  console.log(
    `regions.geojson: ${collection.features.length} features, ${(text.length / 1e6).toFixed(2)} MB, ` +
      `${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
