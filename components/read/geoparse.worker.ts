/**
 * The /read page's engine room, off the main thread so typing, scrolling and panning
 * never wait for it. For each text it fetches the shards of the place index that the
 * text's words need (geo/gazetteer/shards.ts; kept in Cache Storage, so a shard is
 * fetched once and works offline after), joins them with those fetched before, and
 * answers parse requests with the contract's GeoJSON and search requests with places.
 * The text it is given never leaves the browser: its only requests are for shards.
 */
import { admin1Names } from '@/components/export/admin1Names';
import { parseArticle } from '@/geo/article/parseArticle';
import type { Gazetteer } from '@/geo/gazetteer/gazetteer';
import { loadPacked, parsePlaceLine } from '@/geo/gazetteer/packed';
import { mergeShards, parentFeature, shardsForText, type ParentRow, type Shard, type ShardCore } from '@/geo/gazetteer/shards';
import { geoparse, GeoparseError } from '@/geo/geoparse';
import type { GazetteerCollection, GazetteerFeature } from '@/geo/types';
import { buildPlaceSearch } from './placeSearch';
import type { GazetteerSource, Progress, WorkerReply, WorkerRequest } from './workerProtocol';

/** The worker's global scope, typed for what this file uses (the project's lib is "dom"). */
const scope = self as unknown as {
  postMessage(message: WorkerReply): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerRequest>) => void): void;
};

/** A failure to get the gazetteer: its message is for the reader. */
class GazetteerLoadError extends Error {}

/** The Cache Storage bucket the shards are kept in (their URLs are content-hashed). */
const CACHE = 'claimmap-gazetteer';

interface Index {
  url: string;
  core: Promise<ShardCore>;
  shards: Map<number, Promise<Shard>>;
}

let index: Index | null = null;

scope.addEventListener('message', function answerRequest(event) {
  const request = event.data;
  const reply = request.type === 'parse' ? parse(request) : findPlaces(request);
  reply.then(scope.postMessage.bind(scope), (error: unknown) => scope.postMessage({ type: 'error', id: request.id, error: messageOf(error) }));
});

async function parse(request: Extract<WorkerRequest, { type: 'parse' }>): Promise<WorkerReply> {
  const { gazetteer, parents } = await gazetteerFor(request.gazetteer, request.text, false, request.id);
  report(request.id, { stage: 'parse' });
  const result = geoparse(request.text, gazetteer, { date: request.date, overrides: request.overrides });
  const byId = (id: string): GazetteerFeature | undefined => gazetteer.byId(id) ?? (parents.has(id) ? parentFeature(parents.get(id) as ParentRow) : undefined);
  return { type: 'result', id: request.id, result, body: parseArticle(request.text).body, admin1: admin1Names(result.features, byId) };
}

async function findPlaces(request: Extract<WorkerRequest, { type: 'search' }>): Promise<WorkerReply> {
  const { places, parents } = await gazetteerFor(request.gazetteer, request.query, true, request.id);
  const search = buildPlaceSearch(places, new Map([...parents.values()].map((row) => [row[0], row[1]])));
  return { type: 'matches', id: request.id, matches: search(request.query, { limit: 10, countries: request.countries }) };
}

/**
 * The gazetteer of every shard fetched so far, once those `text` needs are in.
 * @param all every word of the text, not only its capitalised ones (a search query)
 */
async function gazetteerFor(source: GazetteerSource, text: string, all: boolean, id: number): Promise<{ gazetteer: Gazetteer; parents: Map<string, ParentRow>; places: GazetteerCollection }> {
  if (index?.url !== source.url) index = { url: source.url, core: fetchJson<ShardCore>(`${source.url}core.json`), shards: new Map() };
  const current = index;
  const core = await current.core.catch((error: unknown) => {
    if (index === current) index = null; // retried on the next request
    throw error;
  });
  const wanted = shardsForText(text, core.count, all);
  const missing = wanted.filter((n) => !current.shards.has(n));
  let done = 0;
  report(id, { stage: 'download', received: 0, total: missing.length });
  for (const n of missing) {
    const promise = fetchJson<Shard>(`${source.url}${n}.json`);
    current.shards.set(n, promise);
    promise.then(
      () => report(id, { stage: 'download', received: ++done, total: missing.length }),
      () => current.shards.delete(n),
    );
  }
  const shards = await Promise.all([...current.shards.values()]);
  report(id, { stage: 'index' });
  const parents = new Map<string, ParentRow>();
  for (const shard of shards) for (const row of shard.parents) parents.set(row[0], row);
  const packed = mergeShards(core, shards);
  const features = packed.places ? packed.places.split('\n').map(parsePlaceLine) : [];
  // The packed form keeps spellings only as keys: they are what "Find place…" can match besides the name.
  const keys = packed.keys.split('\n');
  packed.postings.split('\n').forEach((line, k) => {
    for (const posting of line.split('|')) {
      const [place, , exact] = posting.split(':');
      const feature = features[Number(place)];
      const spelling = exact ?? keys[k];
      if (feature && spelling && !feature.properties.alternateNames.includes(spelling)) feature.properties.alternateNames.push(spelling);
    }
  });
  return { gazetteer: loadPacked(packed), parents, places: { type: 'FeatureCollection', features } };
}

/** A shard or the core: from Cache Storage when kept there, else fetched (and kept). */
async function fetchJson<T>(url: string): Promise<T> {
  let response: Response | undefined;
  const cache = typeof caches === 'undefined' ? null : await caches.open(CACHE).catch(() => null);
  response = (await cache?.match(url)) ?? undefined;
  if (!response) {
    try {
      response = await fetch(url);
    } catch {
      throw new GazetteerLoadError('the place index could not be downloaded; check the connection and try again');
    }
    if (!response.ok) throw new GazetteerLoadError(`the place index could not be downloaded (HTTP ${response.status})`);
    await cache?.put(url, response.clone()).catch(() => undefined);
  }
  try {
    return (await response.json()) as T;
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
