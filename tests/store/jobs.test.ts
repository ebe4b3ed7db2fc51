import { afterEach, describe, expect, it } from 'vitest';
import type { Database } from '@/store/database';
import { claimJobs, enqueueJobs, finishJob, jobCounts, releaseRunningJobs } from '@/store/jobs';
import { backends } from './backends';

for (const make of backends) {
  const backend = make();
  describe(`store/jobs on ${backend.name}`, { timeout: 60_000 }, () => {
    let db: Database | null = null;
    afterEach(async () => {
      await db?.close();
      db = null;
      await backend.cleanup();
    });

    it('queues each key once and hands each job to one claimer', async () => {
      db = await backend.open();
      const jobs = ['a', 'b', 'c', 'd', 'e'].map((key) => ({ key, payload: { text: key } }));
      expect(await enqueueJobs(db, jobs)).toBe(5);
      expect(await enqueueJobs(db, jobs)).toBe(0);
      const claims = await Promise.all([claimJobs<{ text: string }>(db, 2, 600), claimJobs<{ text: string }>(db, 2, 600), claimJobs<{ text: string }>(db, 2, 600)]);
      const keys = claims.flat().map((j) => j.key).sort();
      expect(keys).toEqual(['a', 'b', 'c', 'd', 'e']);
      expect(await jobCounts(db)).toEqual({ pending: 0, running: 5, done: 0, failed: 0 });
      const first = claims.flat()[0]!;
      await finishJob(db, first.id, null);
      await finishJob(db, claims.flat()[1]!.id, null, 'the input is empty');
      expect(await claimJobs(db, 10, 600)).toEqual([]);
      // a crashed run's jobs go back to the queue
      await releaseRunningJobs(db);
      expect(await jobCounts(db)).toEqual({ pending: 3, running: 0, done: 1, failed: 1 });
      const again = await claimJobs(db, 10, 600);
      expect(again).toHaveLength(3);
      expect(again.every((j) => j.attempts === 2)).toBe(true);
    });
  });
}
