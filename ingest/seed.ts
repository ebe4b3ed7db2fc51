/**
 * The bundled reports of `content/articles/` go into an empty store on its first start,
 * so that a fresh clone shows a full atlas. Once only: a store whose reports were all
 * deleted stays empty.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Gazetteer } from '@/geo/gazetteer/gazetteer';
import type { Database } from '@/store/database';
import { addReport } from './addReport';

export const BUNDLED_DIR = path.join(process.cwd(), 'content', 'articles');

/**
 * Loads the bundled reports unless the store was seeded before.
 * @returns how many reports were added (0 when it had been seeded)
 */
export async function seedBundledReports(db: Database, gazetteer: () => Gazetteer): Promise<number> {
  const [state] = await db.query<{ seeded: boolean }>('SELECT seeded_at IS NOT NULL AS seeded FROM store_state WHERE id = 1');
  if (state?.seeded) return 0;
  // each report is stored once (by its text), so a seeding cut short, or run by two
  // processes at once, ends with each bundled report stored once
  let added = 0;
  for (const file of readdirSync(BUNDLED_DIR).filter((f) => f.endsWith('.txt')).sort()) {
    const text = readFileSync(path.join(BUNDLED_DIR, file), 'utf8');
    if ((await addReport(db, gazetteer(), text)).created) added++;
  }
  await db.query('UPDATE store_state SET seeded_at = now() WHERE id = 1');
  return added;
}
