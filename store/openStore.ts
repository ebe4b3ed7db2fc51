/**
 * The collection's one entry point: opens the store the environment chooses, applies
 * the migrations, and makes sure it is closed on every way out of the process.
 *
 * - `CLAIMMAP_DATABASE_URL` set: that PostgreSQL server.
 * - otherwise the embedded PGlite store under `CLAIMMAP_DATA_DIR` (default `./data`).
 */
import path from 'node:path';
import { openPglite, openPostgres, type Database } from './database';
import { migrate } from './migrate';

export interface StoreConfig {
  databaseUrl: string | null;
  dataDir: string;
}

/** The store the environment asks for. */
export function storeConfig(env: NodeJS.ProcessEnv = process.env): StoreConfig {
  const url = env.CLAIMMAP_DATABASE_URL?.trim();
  return {
    databaseUrl: url ? url : null,
    dataDir: path.resolve(env.CLAIMMAP_DATA_DIR?.trim() || 'data'),
  };
}

/**
 * Opens and migrates a store.
 * @example const db = await openStore(storeConfig())
 */
export async function openStore(config: StoreConfig): Promise<Database> {
  const db = config.databaseUrl ? await openPostgres(config.databaseUrl) : await openPglite(path.join(config.dataDir, 'store'));
  try {
    await migrate(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  closeOnExit(db);
  return db;
}

/**
 * The open stores and whether the signal handlers are in, kept on the global object:
 * Next bundles this module more than once (the instrumentation hook, each route), and
 * every copy must close the same stores, with one set of handlers.
 */
const shared = ((globalThis as { __claimmapStores?: { open: Set<Database>; guarded: boolean } }).__claimmapStores ??= {
  open: new Set<Database>(),
  guarded: false,
});
const open = shared.open;

/**
 * Closes `db` when the process ends: SIGINT, SIGTERM, an empty event loop (beforeExit).
 * A PGlite store left unclosed once made the next open hang; SIGKILL cannot be caught,
 * which is what the lock takeover in database.ts and the crash test are for.
 */
export function closeOnExit(db: Database) {
  open.add(db);
  const close = db.close.bind(db);
  db.close = async () => {
    open.delete(db);
    await close();
  };
  closeStoresOnSignals();
}

/**
 * On SIGINT or SIGTERM, closes every open store, then exits (130 or 143); on an empty
 * event loop, closes them. Idempotent. The server calls it at start (instrumentation.ts),
 * with Next's own signal handling off (`NEXT_MANUAL_SIG_HANDLE`, set by `npm start`),
 * so that a stop waits for the store to close instead of exiting under it.
 */
export function closeStoresOnSignals() {
  if (shared.guarded) return;
  shared.guarded = true;
  async function closeAll() {
    await Promise.allSettled([...open].map((d) => d.close()));
  }
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, function closeStoresThenExit() {
      void closeAll().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
    });
  }
  process.on('beforeExit', function closeStoresBeforeExit() {
    if (open.size > 0) void closeAll();
  });
}
