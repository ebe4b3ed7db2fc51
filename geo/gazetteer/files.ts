/**
 * The bundled gazetteer files under geo/gazetteer/data/, in load order, for every
 * loader (CLI, pages, worker, scripts). Loaders read them; the engine never does IO.
 */
export const GAZETTEER_FILES = [
  'places.geojson', // GeoNames populated places, Natural Earth countries, curated Syrian places
  'admin1.geojson', // Natural Earth first-level divisions of the world (Syria's are in places)
  'regions.geojson', // continents and world regions, unions of Natural Earth countries
] as const;

/** Common English words that share a key with a place name (see scripts/build-wordlist.ts). */
export const ENGLISH_WORDS_FILE = 'english-words.json';
