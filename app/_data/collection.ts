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
  index: { version: number; loading: Promise<AtlasIndex> } | null;
}

// On globalThis: Next may bundle this module into several route chunks of one process,
// and two PGlite instances on one folder would corrupt it.
const KEY = Symbol.for('claimmap.collection');
const holder = globalThis as typeof globalThis & { [KEY]?: Collection };

function collection(): Collection {
  holder[KEY] ??= { store: openSeeded(), index: null };
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

/** The atlas index, current with the store (one reload at a time). */
export async function getAtlasIndex(): Promise<AtlasIndex> {
  const db = await getStore();
  const c = collection();
  const version = await changeCounter(db);
  if (c.index && c.index.version === version) return c.index.loading;
  const loading = loadAtlasIndex(db, version);
  c.index = { version, loading };
  loading.catch(() => {
    if (c.index?.loading === loading) c.index = null;
  });
  return loading;
}

/** Geoparses and stores one report with the bundled gazetteer. */
export async function storeReport(text: string, meta: ReportMeta) {
  return addReport(await getStore(), loadGazetteer(), text, meta);
}
