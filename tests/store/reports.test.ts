import { afterEach, describe, expect, it } from 'vitest';
import type { Database } from '@/store/database';
import { changeCounter, countReports, deleteReport, getReport, listReports, replaceResult, saveReport } from '@/store/reports';
import { backends, type Backend } from './backends';
import { sampleReport } from './sampleReport';

for (const make of backends) {
  const backend: Backend = make();
  describe(`store/reports on ${backend.name}`, { timeout: 60_000 }, () => {
    let db: Database | null = null;
    afterEach(async () => {
      await db?.close();
      db = null;
      await backend.cleanup();
    });

    it('stores a report with its claims once, and gives it back', async () => {
      db = await backend.open();
      const { text, result } = sampleReport(
        [
          { place: 'alpha', sentence: 'Rebels took Alphaville on Monday.', date: '2020-03-02' },
          { place: 'area', sentence: 'Shelling hit the Gamma Plain.' },
        ],
        { published: '2020-03-04', title: 'Weekly round-up' },
      );
      const before = await changeCounter(db);
      const first = await saveReport(db, text, result, { url: 'https://example.org/a' }, 'test-1');
      expect(first.created).toBe(true);
      const again = await saveReport(db, text, result, {}, 'test-1');
      expect(again).toEqual({ id: first.id, created: false });
      expect(await countReports(db)).toBe(1);
      expect(await changeCounter(db)).toBe(before + 1);

      const stored = await getReport(db, first.id);
      expect(stored?.text).toBe(text);
      expect(stored?.title).toBe('Weekly round-up');
      expect(stored?.published).toBe('2020-03-04');
      expect(stored?.url).toBe('https://example.org/a');
      expect(stored?.result.features.map((f) => f.id)).toEqual(['test:alpha', 'test:area']);
      expect(stored?.claimCount).toBe(2);

      const days = await db.query<{ place_id: string; day: string; lon: number }>(
        'SELECT place_id, day::text AS day, lon FROM claims ORDER BY place_id',
      );
      // the event date when the text gives one, else the report's date
      expect(days.map((d) => [d.place_id, d.day])).toEqual([
        ['test:alpha', '2020-03-02'],
        ['test:area', '2020-03-04'],
      ]);
      // an area's marker is a point inside it
      const area = days[1]!;
      expect(area.lon).toBeGreaterThanOrEqual(20);
      expect(area.lon).toBeLessThanOrEqual(22);
    });

    it('lists, reparses and deletes', async () => {
      db = await backend.open();
      const a = sampleReport([{ place: 'alpha', sentence: 'Clashes in Alphaville.' }], { title: 'Old', published: '2019-01-01' });
      const b = sampleReport([{ place: 'beta', sentence: 'Protest in Betatown.' }], { title: 'New', published: '2021-01-01' });
      const idA = (await saveReport(db, a.text, a.result, {}, 'v1')).id;
      const idB = (await saveReport(db, b.text, b.result, {}, 'v1')).id;
      expect((await listReports(db)).map((r) => r.title)).toEqual(['New', 'Old']);

      const twoClaims = sampleReport([
        { place: 'alpha', sentence: 'Clashes in Alphaville.' },
        { place: 'beta', sentence: 'and Betatown' },
      ]).result;
      await replaceResult(db, idA, twoClaims, 'v2');
      const reparsed = await getReport(db, idA);
      expect(reparsed?.engineVersion).toBe('v2');
      expect(reparsed?.claimCount).toBe(2);

      expect(await deleteReport(db, idB)).toBe(true);
      expect(await deleteReport(db, idB)).toBe(false);
      expect(await getReport(db, idB)).toBeNull();
      expect(await getReport(db, 'not-an-id')).toBeNull();
      const [{ n }] = (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM claims WHERE report_id = $1', [idB])) as [{ n: number }];
      expect(n).toBe(0);
    });

    it('keeps what was stored across a reopen, and applies no migration twice', async () => {
      db = await backend.open();
      const { text, result } = sampleReport([{ place: 'beta', sentence: 'Airstrike on Betatown.' }]);
      const { id } = await saveReport(db, text, result, {}, 'v1');
      await db.close();
      db = await backend.reopen();
      expect((await getReport(db, id))?.text).toBe(text);
      const migrations = await db.query<{ version: number }>('SELECT version FROM schema_migrations');
      expect(migrations.map((m) => m.version)).toEqual([1]);
    });
  });
}
