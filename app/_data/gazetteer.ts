/**
 * The bundled gazetteer, read from disk once per server process and indexed once.
 * Only Server Components and build-time code may import this: the index is several
 * megabytes and must never reach a browser bundle.
 */
import 'server-only';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { bundledGazetteer } from '@/geo/gazetteer/files';
import type { Gazetteer } from '@/geo/gazetteer/gazetteer';

const DATA = path.join(process.cwd(), 'geo', 'gazetteer', 'data');

let gazetteer: Gazetteer | null = null;

/**
 * The name index over the files of `geo/gazetteer/files.ts`, built on first use.
 * @returns the same immutable index on every call
 * @example geoparse(text, loadGazetteer())
 */
export function loadGazetteer(): Gazetteer {
  gazetteer ??= bundledGazetteer((file) => JSON.parse(readFileSync(path.join(DATA, file), 'utf8')));
  return gazetteer;
}
