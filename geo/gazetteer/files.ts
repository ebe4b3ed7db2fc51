/**
 * The bundled gazetteer files under geo/gazetteer/data/, in load order, and how they
 * become one gazetteer. Every loader (CLI, pages, scripts) passes its own `readJson`:
 * the engine never does IO.
 */
import type { GazetteerCollection } from '../types';
import { buildGazetteer, type Gazetteer } from './gazetteer';

export const GAZETTEER_FILES = [
  'places.geojson', // GeoNames populated places, Natural Earth countries, curated Syrian places
  'admin1.geojson', // Natural Earth first-level divisions of the world (Syria's are in places)
  'regions.geojson', // continents and world regions, unions of Natural Earth countries
] as const;

/** Common English words that share a key with a place name (see scripts/build-wordlist.ts). */
export const ENGLISH_WORDS_FILE = 'english-words.json';

/** Reads and parses one file of geo/gazetteer/data/ by name. */
export type ReadJson = (file: string) => unknown;

/**
 * The bundled files as one collection.
 * @example bundledCollection((f) => JSON.parse(readFileSync(`${DATA}${f}`, 'utf8'))).features.length
 */
export function bundledCollection(readJson: ReadJson): GazetteerCollection {
  const features = GAZETTEER_FILES.flatMap((file) => (readJson(file) as GazetteerCollection).features);
  return { type: 'FeatureCollection', features };
}

/**
 * The bundled gazetteer, indexed: the files and the English words.
 * @example geoparse(text, bundledGazetteer(readJson))
 */
export function bundledGazetteer(readJson: ReadJson, collection = bundledCollection(readJson)): Gazetteer {
  return buildGazetteer(collection, readJson(ENGLISH_WORDS_FILE) as string[]);
}
