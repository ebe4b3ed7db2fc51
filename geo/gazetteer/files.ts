/**
 * Where the gazetteer is and how it becomes one index. `npm run build:gazetteer` (run by
 * `npm install` and before `npm run build`) packs every source under geo/gazetteer/data/
 * into geo/gazetteer/data/build/ (git-ignored); every loader (CLI, pages, scripts) passes
 * its own `readText` for that folder: the engine never does IO.
 */
import type { Gazetteer } from './gazetteer';
import { loadPacked, PACKED_FILES, type PackedGazetteer, type PackedMeta } from './packed';

/** The folder of the built gazetteer, relative to geo/gazetteer/data/. */
export const BUILD_DIR = 'build';

/** Reads one file of geo/gazetteer/data/build/ by name, as text. */
export type ReadText = (file: string) => string;

/**
 * The packed gazetteer's four texts.
 * @throws Error naming the command to run when the build is missing
 */
export function readPacked(readText: ReadText): PackedGazetteer {
  let meta: PackedMeta;
  try {
    meta = JSON.parse(readText(PACKED_FILES.meta)) as PackedMeta;
  } catch {
    throw new Error('the gazetteer is not built (geo/gazetteer/data/build/ is missing): run `npm run build:gazetteer`');
  }
  return { meta, places: readText(PACKED_FILES.places), keys: readText(PACKED_FILES.keys), postings: readText(PACKED_FILES.postings) };
}

/**
 * The bundled gazetteer, loaded and ready for lookups.
 * @example geoparse(text, bundledGazetteer((f) => readFileSync(`${DATA}build/${f}`, 'utf8')))
 */
export function bundledGazetteer(readText: ReadText): Gazetteer {
  return loadPacked(readPacked(readText));
}
