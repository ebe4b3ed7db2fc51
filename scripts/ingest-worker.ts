/**
 * One ingest worker thread: geoparses the texts the main thread sends, with its own copy
 * of the bundled gazetteer. The store stays with the main thread (PGlite is one process).
 */
import { parentPort } from 'node:worker_threads';
import { geoparse, GeoparseError } from '../geo/geoparse';
import { loadGazetteer } from './geoparse';

export interface IngestRequest {
  id: string;
  text: string;
  published: string | null;
}
export type IngestAnswer = { id: string; result: ReturnType<typeof geoparse> } | { id: string; error: string };

loadGazetteer();
parentPort?.on('message', (request: IngestRequest) => {
  let answer: IngestAnswer;
  try {
    answer = { id: request.id, result: geoparse(request.text, loadGazetteer(), { date: request.published }) };
  } catch (error) {
    answer = { id: request.id, error: error instanceof GeoparseError ? error.message : `internal error: ${(error as Error).message}` };
  }
  parentPort?.postMessage(answer);
});
parentPort?.postMessage({ ready: true });
