/**
 * One SQL interface over the two backends: PGlite (PostgreSQL in WebAssembly, embedded,
 * a folder on disk) and a PostgreSQL server through `pg`. The queries are the same text
 * on both; only opening, transactions and closing differ.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** What a query runs on: the store itself, or one transaction. */
export interface Sql {
  query<Row = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<Row[]>;
}

export interface Database extends Sql {
  readonly kind: 'pglite' | 'postgres';
  /** Several statements without parameters (a migration file). */
  exec(text: string): Promise<void>;
  /** Runs `work` in one transaction: all of it is stored, or none. */
  transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Opening the store failed in a way the user can act on. */
export class StoreError extends Error {}

/** How long opening PGlite may take before we say it hangs (the first start takes ~10 s). */
const OPEN_LIMIT_MS = 60_000;
const LOCK_FILE = 'claimmap.lock';

/**
 * Opens the embedded store in `dir` (created when missing). One process at a time: a
 * lock file names the owner, and a lock left by a process that is gone (killed) is taken
 * over; a live owner is an error, since two PGlite instances on one folder corrupt it.
 * @example const db = await openPglite('./data')
 */
export async function openPglite(dir: string): Promise<Database> {
  const { PGlite } = await import('@electric-sql/pglite');
  mkdirSync(dir, { recursive: true });
  const lock = path.join(dir, LOCK_FILE);
  takeLock(lock);
  let timer: NodeJS.Timeout | undefined;
  const opening = PGlite.create(path.join(dir, 'pgdata'));
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new StoreError(`the store in ${dir} did not open within ${OPEN_LIMIT_MS / 1000} s`)), OPEN_LIMIT_MS);
    timer.unref();
  });
  let db: Awaited<typeof opening>;
  try {
    db = await Promise.race([opening, timeout]);
  } catch (error) {
    rmSync(lock, { force: true });
    throw error;
  } finally {
    clearTimeout(timer);
  }
  let closed = false;
  return {
    kind: 'pglite',
    async query<Row>(text: string, params?: readonly unknown[]) {
      return (await db.query<Row>(text, params as unknown[])).rows;
    },
    async exec(text: string) {
      await db.exec(text);
    },
    transaction<T>(work: (tx: Sql) => Promise<T>) {
      return db.transaction((tx) => work({ query: async <Row,>(text: string, params?: readonly unknown[]) => (await tx.query<Row>(text, params as unknown[])).rows }));
    },
    async close() {
      if (closed) return;
      closed = true;
      try {
        await db.close();
      } finally {
        rmSync(lock, { force: true });
      }
    },
  };
}

function takeLock(lock: string) {
  let owner = NaN;
  try {
    owner = Number(readFileSync(lock, 'utf8').trim());
  } catch {
    // no lock: nobody holds the store
  }
  if (Number.isInteger(owner) && owner !== process.pid && isAlive(owner)) {
    throw new StoreError(`the store is open in process ${owner}; stop it first (or remove ${lock} if that process is not claimmap)`);
  }
  writeFileSync(lock, `${process.pid}\n`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Connects to a PostgreSQL server (a pool: route handlers query concurrently).
 * @example const db = await openPostgres('postgres://claimmap@127.0.0.1:5433/claimmap')
 */
export async function openPostgres(url: string): Promise<Database> {
  const { default: pg } = await import('pg');
  // dates stay YYYY-MM-DD strings, as in PGlite's results below
  pg.types.setTypeParser(1082, (value: string) => value);
  const pool = new pg.Pool({ connectionString: url, max: 8 });
  try {
    await pool.query('SELECT 1');
  } catch (error) {
    await pool.end();
    throw new StoreError(`cannot reach the database at CLAIMMAP_DATABASE_URL: ${(error as Error).message}`);
  }
  let closed = false;
  return {
    kind: 'postgres',
    async query<Row>(text: string, params?: readonly unknown[]) {
      return (await pool.query(text, params as unknown[])).rows as Row[];
    },
    async exec(text: string) {
      await pool.query(text);
    },
    async transaction<T>(work: (tx: Sql) => Promise<T>) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work({ query: async <Row,>(text: string, params?: readonly unknown[]) => (await client.query(text, params as unknown[])).rows as Row[] });
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      await pool.end();
    },
  };
}
