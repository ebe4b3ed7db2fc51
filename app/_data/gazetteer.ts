/**
 * The bundled gazetteer, read from disk once per server process and indexed once.
 * Only Server Components and build-time code may import this: the index is several
 * megabytes and must never reach a browser bundle.
 */
import 'server-only';
import path from 'node:path';
import { BUILD_DIR } from '@/geo/gazetteer/files';
import type { Gazetteer } from '@/geo/gazetteer/gazetteer';
import { loadPacked } from '@/geo/gazetteer/packed';
import { openPacked } from '@/scripts/gazetteer/packedFiles';

const BUILD = path.join(process.cwd(), 'geo', 'gazetteer', 'data', BUILD_DIR);

let gazetteer: Gazetteer | null = null;

/**
 * The packed world gazetteer of geo/gazetteer/data/build/, loaded on first use.
 * @returns the same immutable index on every call
 * @example geoparse(text, loadGazetteer())
 */
export function loadGazetteer(): Gazetteer {
  gazetteer ??= loadPacked(openPacked(BUILD));
  return gazetteer;
}
