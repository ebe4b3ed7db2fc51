import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '@/store/openStore';
import { jobCounts } from '@/store/jobs';
import { countReports } from '@/store/reports';
import { readInputs, runIngest } from '@/scripts/ingest';

const dir = mkdtempSync(path.join(tmpdir(), 'claimmap-ingest-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('ingest', { timeout: 120_000 }, () => {
  it('reads a folder and a .jsonl, stores each document once, and a rerun adds nothing', async () => {
    const folder = path.join(dir, 'in');
    mkdirSync(folder);
    writeFileSync(path.join(folder, 'a.txt'), 'Shelling in Aleppo\n\nOn 2 May 2020 shells hit Aleppo, residents said.\n');
    writeFileSync(path.join(folder, 'b.html'), '<html><head><title>Clashes in Homs</title></head><body><p>Clashes went on in Homs on 3 May 2020, activists said.</p><script>x()</script></body></html>');
    writeFileSync(path.join(folder, 'skip.pdf'), '%PDF');
    const jsonl = path.join(dir, 'docs.jsonl');
    writeFileSync(jsonl, `${JSON.stringify({ text: 'Protest in Daraa\n\nHundreds protested in Daraa on 4 May 2020.', publisher: 'Wire' })}\nnot json\n${JSON.stringify({ url: 'x' })}\n`);

    const warnings: string[] = [];
    const inputs = [...readInputs(folder), ...readInputs(jsonl, (w) => warnings.push(w))];
    expect(inputs.map((i) => path.basename(i.source))).toEqual(['a.txt', 'b.html', 'docs.jsonl:1']);
    expect(inputs[1]!.text).toContain('Clashes went on in Homs');
    expect(inputs[1]!.text).not.toContain('x()');
    expect(warnings).toEqual([`${jsonl}:2: not JSON, skipped`, `${jsonl}:3: no "text", skipped`]);

    const db = await openStore({ databaseUrl: null, dataDir: path.join(dir, 'store') });
    try {
      const first = await runIngest(db, inputs, { workers: 2 });
      expect(first).toMatchObject({ done: 3, failed: 0, total: 3 });
      const again = await runIngest(db, inputs, { workers: 2 });
      expect(again).toMatchObject({ done: 0, total: 0 });
      expect(await countReports(db)).toBe(3);
      expect(await jobCounts(db)).toEqual({ pending: 0, running: 0, done: 3, failed: 0 });
      const [row] = await db.query<{ publisher: string }>("SELECT publisher FROM reports WHERE text LIKE 'Protest in Daraa%'");
      expect(row?.publisher).toBe('Wire');
    } finally {
      await db.close();
    }
  });
});
