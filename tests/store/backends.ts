/**
 * The stores a store test runs on: always a fresh PGlite folder; and a PostgreSQL
 * server when `CLAIMMAP_TEST_DATABASE_URL` is set (each store in its own schema, so
 * test files do not see each other). `CLAIMMAP_REQUIRE_POSTGRES=1` (CI) makes a missing
 * URL an error rather than a skip.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { Database } from '@/store/database';
import { openStore } from '@/store/openStore';

export interface Backend {
  name: 'pglite' | 'postgres';
  /** Opens a new, empty, migrated store. */
  open(): Promise<Database>;
  /** Opens the same store again (after closing it), as a restart would. */
  reopen(): Promise<Database>;
  cleanup(): Promise<void>;
}

const url = process.env.CLAIMMAP_TEST_DATABASE_URL || '';
if (!url && process.env.CLAIMMAP_REQUIRE_POSTGRES === '1') {
  throw new Error('CLAIMMAP_REQUIRE_POSTGRES=1 but CLAIMMAP_TEST_DATABASE_URL is not set');
}

function pgliteBackend(): Backend {
  let dir = '';
  return {
    name: 'pglite',
    async open() {
      dir = mkdtempSync(path.join(tmpdir(), 'claimmap-store-'));
      return openStore({ databaseUrl: null, dataDir: dir });
    },
    reopen: () => openStore({ databaseUrl: null, dataDir: dir }),
    async cleanup() {
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

function postgresBackend(): Backend {
  let schema = '';
  const inSchema = () => `${url}${url.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
  return {
    name: 'postgres',
    async open() {
      schema = `test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(`CREATE SCHEMA ${schema}`);
      await client.end();
      return openStore({ databaseUrl: inSchema(), dataDir: '' });
    },
    reopen: () => openStore({ databaseUrl: inSchema(), dataDir: '' }),
    async cleanup() {
      if (!schema) return;
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await client.end();
    },
  };
}

/** One factory per backend available here. */
export const backends: (() => Backend)[] = url ? [pgliteBackend, postgresBackend] : [pgliteBackend];
