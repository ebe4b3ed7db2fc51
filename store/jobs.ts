/**
 * The ingest queue: one row per input document. Enqueueing the same document again adds
 * nothing (its key is unique), and work is claimed with `FOR UPDATE SKIP LOCKED`, so
 * that ingest processes on several machines can share one PostgreSQL database.
 */
import type { Database, Sql } from './database';

export interface Job<Payload> {
  id: string;
  key: string;
  payload: Payload;
  attempts: number;
}

/** Adds jobs; those whose key is queued already are left as they are. @returns how many were new */
export async function enqueueJobs(db: Sql, jobs: { key: string; payload: unknown }[]): Promise<number> {
  if (jobs.length === 0) return 0;
  const rows = await db.query(
    `INSERT INTO jobs (key, payload)
     SELECT j.key, j.payload FROM jsonb_to_recordset($1::jsonb) AS j(key text, payload jsonb)
     ON CONFLICT (key) DO NOTHING RETURNING id`,
    [JSON.stringify(jobs)],
  );
  return rows.length;
}

/**
 * Claims up to `limit` jobs: pending ones, and running ones whose process is presumed
 * dead (claimed more than `staleAfterSeconds` ago).
 */
export async function claimJobs<Payload>(db: Database, limit: number, staleAfterSeconds: number): Promise<Job<Payload>[]> {
  return db.transaction((tx) =>
    tx.query<Job<Payload>>(
      `UPDATE jobs SET state = 'running', claimed_at = now(), attempts = attempts + 1
       WHERE id IN (
         SELECT id FROM jobs
         WHERE state = 'pending' OR (state = 'running' AND claimed_at <= now() - make_interval(secs => $2))
         ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED)
       RETURNING id::text AS id, key, payload, attempts`,
      [limit, staleAfterSeconds],
    ),
  );
}

/** Marks a job done (with its report) and drops its payload, which the report now holds. */
export async function finishJob(db: Sql, id: string, reportId: string | null, error: string | null = null): Promise<void> {
  await db.query(
    `UPDATE jobs SET state = $2, report_id = $3, error = $4, payload = CASE WHEN $2 = 'done' THEN '{}'::jsonb ELSE payload END WHERE id = $1`,
    [id, error ? 'failed' : 'done', reportId, error],
  );
}

export async function jobCounts(db: Sql): Promise<Record<'pending' | 'running' | 'done' | 'failed', number>> {
  const rows = await db.query<{ state: string; n: number }>('SELECT state, count(*)::int AS n FROM jobs GROUP BY state');
  const counts = { pending: 0, running: 0, done: 0, failed: 0 };
  for (const row of rows) counts[row.state as keyof typeof counts] = row.n;
  return counts;
}

/** Puts every running job back in the queue: for a store only this process can open (PGlite). */
export async function releaseRunningJobs(db: Sql): Promise<void> {
  await db.query("UPDATE jobs SET state = 'pending' WHERE state = 'running'");
}
