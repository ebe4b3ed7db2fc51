/**
 * A worker thread of corpus mode: loads the gazetteer once, then answers
 * `{ index, json }` messages with `{ index, line }` (see parseDocument).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadGazetteer } from '../geoparse';
import { parseDocument, type DocumentOptions } from './parseDocument';

const options = workerData as DocumentOptions;
const gazetteer = loadGazetteer();
parentPort?.on('message', function parseMessage({ index, json }: { index: number; json: string }) {
  parentPort?.postMessage({ index, line: parseDocument(json, gazetteer, index, options) });
});
