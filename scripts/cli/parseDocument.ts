/**
 * One corpus document → its line of the corpus output. Shared by the in-process path
 * and the worker threads, so both give the same answer. A document that cannot be
 * parsed comes back as `{ id, error }`; the others still succeed.
 */
import { readSentences } from '../../geo/claims/readSentences';
import type { Gazetteer } from '../../geo/gazetteer/gazetteer';
import { geoparse, GeoparseError } from '../../geo/geoparse';

export interface DocumentOptions {
  date: string | undefined;
  /** Every body sentence with its source (`--sentences`) instead of the FeatureCollection. */
  sentences: boolean;
}

/** What one document becomes: its FeatureCollection, or its sentences and their sources. */
function read(text: string, gazetteer: Gazetteer, options: DocumentOptions): object {
  if (!options.sentences) return geoparse(text, gazetteer, { date: options.date });
  const sentences = readSentences(text, gazetteer).map(({ start, end, attribution }) => ({ start, end, attribution: attribution?.source ?? null }));
  return { sentences };
}

/**
 * @param json the document's JSON text, as `readCorpus` gives it
 * @param index its position in the corpus, for documents without an id
 * @returns the JSON text of `{ id, ...FeatureCollection }` (or `{ id, sentences }`) or `{ id, error }`
 * @example parseDocument('{"id":"a","text":"Clashes in Idlib."}', gaz, 0, { date: undefined, sentences: false }) // '{"id":"a","type":"FeatureCollection",…}'
 */
export function parseDocument(json: string, gazetteer: Gazetteer, index: number, options: DocumentOptions): string {
  let doc: unknown;
  try {
    doc = JSON.parse(json);
  } catch {
    return JSON.stringify({ id: `#${index}`, error: 'the document is not valid JSON' });
  }
  const { id, text } = (doc ?? {}) as { id?: unknown; text?: unknown };
  const name = typeof id === 'string' || typeof id === 'number' ? String(id) : `#${index}`;
  try {
    if (typeof text !== 'string') throw new GeoparseError('the document has no "text" string');
    return JSON.stringify({ id: name, ...read(text, gazetteer, options) });
  } catch (err) {
    if (err instanceof GeoparseError) return JSON.stringify({ id: name, error: err.message });
    return JSON.stringify({ id: name, error: `internal error: ${(err as Error).message}` });
  }
}
