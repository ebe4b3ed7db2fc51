/**
 * `npm run bench:atlas` (also run by `npm run bench`): the collection's speed.
 * - ingest throughput: synthetic reports (sentences of the bundled reports, shuffled
 *   with a seeded generator) through `runIngest` on every core, into a fresh store;
 * - the atlas query at 10,000 and 100,000 synthetic claims (seeded): the work of
 *   `GET /api/claims` in process (change counter, in-memory index, filter, cluster,
 *   JSON), p50 and p95 over a mix of views; and over HTTP from `next start` when a
 *   build exists.
 * Prints a markdown table on stdout.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { emptyFilters } from '../components/atlas/atlasQuery';
import type { AtlasQuery } from '../geo/types';
import { loadAtlasIndex, queryAtlas } from '../store/atlasIndex';
import type { Database } from '../store/database';
import { openStore } from '../store/openStore';
import { changeCounter } from '../store/reports';
import { startNextServer } from '../tests/e2e/nextServer';
import { prng } from './bench/corpus';
import { readInputs, runIngest } from './ingest';

const ROOT = path.resolve(import.meta.dirname, '..');
const rows: [string, string][] = [];
const row = (what: string, value: string) => rows.push([what, value]);

const percentile = (xs: number[], p: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
};

async function benchIngest(reports: number) {
  const dir = mkdtempSync(path.join(tmpdir(), 'claimmap-bench-ingest-'));
  const db = await openStore({ databaseUrl: null, dataDir: dir });
  try {
    const articles = path.join(ROOT, 'content', 'articles');
    const sentences = readdirSync(articles)
      .filter((f) => f.endsWith('.txt'))
      .flatMap((f) => readFileSync(path.join(articles, f), 'utf8').split(/(?<=[.!?])\s+/))
      .filter((s) => s.length > 40 && s.length < 400);
    const next = prng(7);
    const inputs = Array.from({ length: reports }, (_, i) => {
      const body = Array.from({ length: 12 }, () => sentences[Math.floor(next() * sentences.length)]).join(' ');
      return { source: `synthetic ${i}`, text: `Synthetic report ${i}\n\n${body}\n`, meta: {} };
    });
    const workers = availableParallelism();
    const started = performance.now();
    const run = await runIngest(db, inputs, { workers });
    const seconds = (performance.now() - started) / 1000;
    row(`ingest: ${reports} synthetic reports, ${workers} worker threads`, `${(run.done / seconds).toFixed(1)} reports/s (${seconds.toFixed(1)} s, with the workers' gazetteer load; ${run.failed} failed)`);
  } finally {
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const EVENT_TYPES = ['Battles', 'Explosions/Remote violence', 'Violence against civilians', 'Protests', 'Riots', 'Strategic developments', 'Other'];

/** Seeds `claims` synthetic claims (over claims/5 places and claims/100 reports) with SQL. */
async function seedClaims(db: Database, claims: number) {
  const next = prng(claims);
  const placeCount = Math.max(10, Math.floor(claims / 5));
  const reportCount = Math.max(1, Math.floor(claims / 100));
  const pick = <T,>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!;
  const actors = Array.from({ length: 40 }, (_, i) => `Actor ${i}`);
  const sources = Array.from({ length: 60 }, (_, i) => `Source ${i}`);
  const publishers = Array.from({ length: 20 }, (_, i) => `Publisher ${i}`);
  const countries = ['SY', 'IQ', 'TR', 'LB', 'JO', 'IL', 'SA', 'IR'];
  // dense around a few centres, sparse elsewhere, as real reporting is
  const centres = Array.from({ length: 30 }, () => [30 + next() * 25, 25 + next() * 15] as const);
  const places = Array.from({ length: placeCount }, (_, i) => {
    const [cx, cy] = pick(centres);
    const spread = next() < 0.7 ? 0.5 : 6;
    const lon = cx + (next() - 0.5) * spread;
    const lat = cy + (next() - 0.5) * spread;
    return { id: `synthetic:${i}`, name: `Place ${i}`, place_type: 'town', country: pick(countries), lon, lat, west: lon, south: lat, east: lon, north: lat, geometry: { type: 'Point', coordinates: [lon, lat] } };
  });
  const reports = Array.from({ length: reportCount }, (_, i) => ({ text: `synthetic ${claims} ${i}`, hash: `synthetic-${claims}-${i}`, publisher: pick(publishers) }));
  await db.query('UPDATE store_state SET seeded_at = now()');
  await db.query(
    `INSERT INTO places (id, name, place_type, country, lon, lat, west, south, east, north, geometry)
     SELECT * FROM jsonb_to_recordset($1::jsonb) AS p(id text, name text, place_type text, country text, lon float8, lat float8, west float8, south float8, east float8, north float8, geometry jsonb)`,
    [JSON.stringify(places)],
  );
  const ids = await db.query<{ id: string }>(
    `INSERT INTO reports (text, text_hash, publisher, published, result, engine_version)
     SELECT r.text, r.hash, r.publisher, DATE '2020-01-01', '{}'::jsonb, 'synthetic' FROM jsonb_to_recordset($1::jsonb) AS r(text text, hash text, publisher text)
     RETURNING id::text AS id`,
    [JSON.stringify(reports)],
  );
  const start = Date.parse('2020-01-01');
  for (let done = 0; done < claims; done += 5000) {
    const batch = Array.from({ length: Math.min(5000, claims - done) }, (_, k) => {
      const place = pick(places);
      const r = Math.floor(next() * reportCount);
      const day = new Date(start + Math.floor(next() * 730) * 86_400_000).toISOString().slice(0, 10);
      return {
        report_id: ids[r]!.id,
        place_id: place.id,
        start_offset: k,
        end_offset: k + 80,
        text: `Synthetic claim ${done + k} about ${place.name}: something was reported to have happened here on that day.`,
        lon: place.lon,
        lat: place.lat,
        day,
        event_type: pick(EVENT_TYPES),
        actor1: next() < 0.7 ? pick(actors) : null,
        actor2: next() < 0.4 ? pick(actors) : null,
        attribution: next() < 0.6 ? pick(sources) : null,
        stance: next() < 0.05 ? 'denies' : 'asserts',
        publisher: reports[r]!.publisher,
        country: place.country,
      };
    });
    await db.query(
      `INSERT INTO claims (report_id, place_id, start_offset, end_offset, text, lon, lat, west, south, east, north, day, event_date, event_type,
         actor1, actor2, attribution, source, cue, stance, fatalities, publisher, country)
       SELECT c.report_id, c.place_id, c.start_offset, c.end_offset, c.text, c.lon, c.lat, c.lon, c.lat, c.lon, c.lat, c.day, c.day, c.event_type,
         c.actor1, c.actor2, c.attribution, c.attribution, NULL, c.stance, NULL, c.publisher, c.country
       FROM jsonb_to_recordset($1::jsonb) AS c(report_id bigint, place_id text, start_offset int, end_offset int, text text, lon float8, lat float8,
         day date, event_type text, actor1 text, actor2 text, attribution text, stance text, publisher text, country text)`,
      [JSON.stringify(batch)],
    );
  }
  await db.query('UPDATE store_state SET change_counter = change_counter + 1');
}

/** A seeded mix of views: the world, a region, a city, with and without dates and filters. */
function views(count: number): AtlasQuery[] {
  const next = prng(42);
  return Array.from({ length: count }, () => {
    const kind = next();
    const zoom = kind < 0.2 ? 2 : kind < 0.5 ? 5 : kind < 0.8 ? 8 : 11;
    const width = 360 / 2 ** zoom * 4;
    const lon = 30 + next() * 25;
    const lat = 25 + next() * 15;
    const bbox: [number, number, number, number] = zoom === 2 ? [-180, -85, 180, 85] : [lon - width / 2, lat - width / 4, lon + width / 2, lat + width / 4];
    const dated = next() < 0.5;
    const from = dated ? `2020-${String(1 + Math.floor(next() * 12)).padStart(2, '0')}-01` : null;
    const filters = emptyFilters();
    if (next() < 0.3) filters.eventType = [EVENT_TYPES[Math.floor(next() * EVENT_TYPES.length)]!];
    if (next() < 0.15) filters.actor = [`Actor ${Math.floor(next() * 40)}`];
    return { bbox, zoom, from, to: dated ? '2021-06-30' : null, filters };
  });
}

async function benchQuery(claims: number) {
  const dir = mkdtempSync(path.join(tmpdir(), 'claimmap-bench-atlas-'));
  let db: Database | null = await openStore({ databaseUrl: null, dataDir: dir });
  try {
    await seedClaims(db, claims);
    const loadStarted = performance.now();
    const index = await loadAtlasIndex(db, await changeCounter(db));
    row(`atlas: index load at ${claims.toLocaleString('en')} claims`, `${Math.round(performance.now() - loadStarted)} ms (once per change)`);
    const mix = views(220);
    const times: number[] = [];
    const cpu: number[] = [];
    let bytes = 0;
    for (const [i, view] of mix.entries()) {
      const started = performance.now();
      const cpuStarted = process.cpuUsage();
      await changeCounter(db); // what each request does to know the index is current
      const body = JSON.stringify(queryAtlas(index, view));
      const ms = performance.now() - started;
      const used = process.cpuUsage(cpuStarted);
      if (i >= 20) cpu.push((used.user + used.system) / 1000);
      if (process.env.BENCH_SLOW && ms > 50) process.stderr.write(`slow ${ms.toFixed(0)} ms: zoom ${view.zoom} from ${view.from} filters ${JSON.stringify(view.filters)} features ${body.length}\n`);
      if (i >= 20) {
        times.push(ms);
        bytes += body.length;
      }
    }
    row(
      `atlas: /api/claims work at ${claims.toLocaleString('en')} claims, in process`,
      `p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms wall; CPU time p50 ${percentile(cpu, 50).toFixed(1)} ms, p95 ${percentile(cpu, 95).toFixed(1)} ms (${times.length} views, ${Math.round(bytes / times.length / 1024)} KB a view; load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores)`,
    );
    await db.close();
    db = null;
    if (!existsSync(path.join(ROOT, '.next', 'BUILD_ID')) || process.env.BENCH_NO_HTTP) {
      row(`atlas: /api/claims over HTTP at ${claims.toLocaleString('en')} claims`, 'needs `npm run build`');
      return;
    }
    const server = await startNextServer('npm run build', { CLAIMMAP_DATA_DIR: dir });
    try {
      const url = (q: AtlasQuery) => {
        const params = new URLSearchParams({ bbox: q.bbox!.join(','), zoom: String(q.zoom) });
        if (q.from) params.set('from', q.from);
        if (q.to) params.set('to', q.to);
        for (const v of q.filters.eventType) params.append('eventType', v);
        for (const v of q.filters.actor) params.append('actor', v);
        return `${server.baseURL}/api/claims?${params}`;
      };
      await fetch(url(mix[0]!), { signal: AbortSignal.timeout(120_000) }); // opens the store, loads the index
      const http: number[] = [];
      for (const [i, view] of mix.entries()) {
        const started = performance.now();
        const response = await fetch(url(view));
        await response.arrayBuffer();
        if (i >= 20) http.push(performance.now() - started);
      }
      row(`atlas: GET /api/claims over HTTP at ${claims.toLocaleString('en')} claims`, `p50 ${percentile(http, 50).toFixed(1)} ms, p95 ${percentile(http, 95).toFixed(1)} ms`);
    } finally {
      server.stop();
      await server.exited;
    }
  } finally {
    await db?.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main() {
  const only = process.argv[2];
  if (!only || only === 'ingest') await benchIngest(Number(process.env.BENCH_INGEST_REPORTS ?? 200));
  if (only === 'query100') await benchQuery(100_000);
  if (!only || only === 'query') {
    await benchQuery(10_000);
    await benchQuery(100_000);
  }
  console.log('| measure | value |\n|---|---|');
  for (const [what, value] of rows) console.log(`| ${what} | ${value} |`);
}

main().catch((error: Error) => {
  process.stderr.write(`bench-atlas: ${error.stack ?? error.message}\n`);
  process.exitCode = 1;
});
