/**
 * The bundled gazetteer, read from disk once per server process and indexed once.
 * Only Server Components and build-time code may import this: the index is several
 * megabytes and must never reach a browser bundle.
 */
import 'server-only';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ENGLISH_WORDS_FILE, GAZETTEER_FILES } from '@/geo/gazetteer/files';
import { buildGazetteer, type Gazetteer } from '@/geo/gazetteer/gazetteer';
import type { GazetteerCollection } from '@/geo/types';

const DATA = path.join(process.cwd(), 'geo', 'gazetteer', 'data');
const readJson = (file: string): unknown => JSON.parse(readFileSync(path.join(DATA, file), 'utf8'));

let gazetteer: Gazetteer | null = null;

/**
 * The name index over the files of `geo/gazetteer/files.ts`, built on first use.
 * @returns the same immutable index on every call
 * @example geoparse(text, loadGazetteer())
 */
export function loadGazetteer(): Gazetteer {
  if (gazetteer === null) {
    const features = GAZETTEER_FILES.flatMap((file) => (readJson(file) as GazetteerCollection).features);
    gazetteer = buildGazetteer({ type: 'FeatureCollection', features }, readJson(ENGLISH_WORDS_FILE) as string[]);
  }
  return gazetteer;
}
