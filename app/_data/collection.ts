/**
 * The collection as the server sees it: one store per process (opened, migrated and
 * seeded with the bundled reports on first use), and the atlas index over its claims,
 * rebuilt when the store's change counter moves. Route handlers and pages import this.
 */
import 'server-only';
import { addReport } from '@/ingest/addReport';
import { seedBundledReports } from '@/ingest/seed';
import { loadAtlasIndex, type AtlasIndex } from '@/store/atlasIndex';
import type { Database } from '@/store/database';
import { openStore, storeConfig } from '@/store/openStore';
import { changeCounter, type ReportMeta } from '@/store/reports';
import { loadGazetteer } from './gazetteer';

interface Collection {
  store: Promise<Database>;
  /** The index being loaded, for its version. */
  index: { version: number; loading: Promise<AtlasIndex> } | null;
  /** The last index loaded: served while a newer one loads (a reload takes seconds at 100,000 claims). */
  ready: AtlasIndex | null;
}

// On globalThis: Next may bundle this module into several route chunks of one process,
// and two PGlite instances on one folder would corrupt it.
const KEY = Symbol.for('claimmap.collection');
const holder = globalThis as typeof globalThis & { [KEY]?: Collection };

function collection(): Collection {
  holder[KEY] ??= { store: openSeeded(), index: null, ready: null };
  return holder[KEY];
}

async function openSeeded(): Promise<Database> {
  const db = await openStore(storeConfig());
  await seedBundledReports(db, loadGazetteer);
  return db;
}

/** The store, opened on first use. */
export function getStore(): Promise<Database> {
  const c = collection();
  c.store.catch(() => {
    // a failed open is retried by the next request
    if (holder[KEY] === c) holder[KEY] = undefined;
  });
  return c.store;
}

/** Above this many claims, the previous index is served while a newer one loads. */
const SERVE_STALE_ABOVE = 20_000;

/**
 * The atlas index: current with the store, or, for a big collection, the previous one
 * while the current one loads (one load at a time; the first request waits for it).
 */
export async function getAtlasIndex(): Promise<AtlasIndex> {
  const db = await getStore();
  const c = collection();
  const version = await changeCounter(db);
  if (!c.index || c.index.version !== version) {
    const loading = loadAtlasIndex(db, version);
    c.index = { version, loading };
    loading.then(
      (index) => {
        if (!c.ready || c.ready.version < index.version) c.ready = index;
      },
      () => {
        if (c.index?.loading === loading) c.index = null;
      },
    );
  }
  // a small index reloads in well under a second: wait for it, so a write is seen at once
  return c.ready && c.ready.claims.length > SERVE_STALE_ABOVE ? c.ready : c.index.loading;
}

/** Geoparses and stores one report with the bundled gazetteer. */
export async function storeReport(text: string, meta: ReportMeta) {
  return addReport(await getStore(), loadGazetteer(), text, meta);
}
