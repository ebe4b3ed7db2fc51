/**
 * The /read page's engine room, off the main thread so typing, scrolling and panning
 * never wait for it. On first use it downloads the browser gazetteer (reporting bytes
 * received), unpacks it and builds the name index once; then it answers parse requests
 * with the contract's GeoJSON and search requests with places from the gazetteer.
 * The text it is given never leaves the browser: its only request is the gazetteer.
 */
import { admin1Names } from '@/components/export/admin1Names';
import { parseArticle } from '@/geo/article/parseArticle';
import { fromCompact } from '@/geo/gazetteer/compact';
import { buildGazetteer, type Gazetteer } from '@/geo/gazetteer/gazetteer';
import { geoparse, GeoparseError } from '@/geo/geoparse';
import type { GazetteerCollection } from '@/geo/types';
import { buildPlaceSearch, type PlaceSearch } from './placeSearch';
import type { GazetteerSource, Progress, WorkerReply, WorkerRequest } from './workerProtocol';

/** The worker's global scope, typed for what this file uses (the project's lib is "dom"). */
const scope = self as unknown as {
  postMessage(message: WorkerReply): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerRequest>) => void): void;
};

/** A failure to get the gazetteer: its message is for the reader. */
class GazetteerLoadError extends Error {}

interface Loaded {
  gazetteer: Gazetteer;
  collection: GazetteerCollection;
}

/** Progress messages at most this often (ms). */
const PROGRESS_INTERVAL = 80;

let loading: { url: string; promise: Promise<Loaded> } | null = null;
let search: PlaceSearch | null = null;

scope.addEventListener('message', function answerRequest(event) {
  const request = event.data;
  const reply = request.type === 'parse' ? parse(request) : findPlaces(request);
  reply.then(scope.postMessage.bind(scope), (error: unknown) => scope.postMessage({ type: 'error', id: request.id, error: messageOf(error) }));
});

async function parse(request: Extract<WorkerRequest, { type: 'parse' }>): Promise<WorkerReply> {
  const { gazetteer } = await load(request.gazetteer, request.id);
  report(request.id, { stage: 'parse' });
  const result = geoparse(request.text, gazetteer, { date: request.date, overrides: request.overrides });
  return {
    type: 'result',
    id: request.id,
    result,
    body: parseArticle(request.text).body,
    admin1: admin1Names(result.features, gazetteer.byId),
  };
}

async function findPlaces(request: Extract<WorkerRequest, { type: 'search' }>): Promise<WorkerReply> {
  const { collection } = await load(request.gazetteer, request.id);
  search ??= buildPlaceSearch(collection);
  return { type: 'matches', id: request.id, matches: search(request.query, { limit: 10, countries: request.countries }) };
}

/** The gazetteer, downloaded and indexed on first use; a failed load is retried next time. */
function load(source: GazetteerSource, id: number): Promise<Loaded> {
  if (loading?.url === source.url) return loading.promise;
  const promise = download(source, id).then((data) => {
    report(id, { stage: 'index' });
    const { collection, englishWords } = fromCompact(data);
    return { collection, gazetteer: buildGazetteer(collection, englishWords) };
  });
  loading = { url: source.url, promise };
  search = null;
  promise.catch(function forgetFailedLoad() {
    if (loading?.promise === promise) loading = null;
  });
  return promise;
}

async function download(source: GazetteerSource, id: number): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(source.url);
  } catch {
    throw new GazetteerLoadError('the place index could not be downloaded; check the connection and try again');
  }
  if (!response.ok || !response.body) throw new GazetteerLoadError(`the place index could not be downloaded (HTTP ${response.status})`);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  let reported = 0;
  report(id, { stage: 'download', received: 0, total: source.bytes });
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    received += value.byteLength;
    if (Date.now() - reported >= PROGRESS_INTERVAL) {
      reported = Date.now();
      report(id, { stage: 'download', received, total: source.bytes });
    }
  }
  report(id, { stage: 'download', received, total: source.bytes });
  const bytes = new Uint8Array(received);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    throw new GazetteerLoadError('the place index is damaged; reload the page and try again');
  }
}

function report(id: number, progress: Progress) {
  scope.postMessage({ type: 'progress', id, ...progress });
}

/** One line for the reader: the engine's own message for bad input, never a stack. */
function messageOf(error: unknown): string {
  if (error instanceof GeoparseError || error instanceof GazetteerLoadError) return error.message;
  return 'something went wrong while mapping this text';
}
