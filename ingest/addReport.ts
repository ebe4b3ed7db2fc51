/**
 * Text in, stored report out: geoparse with the engine, then save report, places and
 * claims in one transaction. Shared by the API, the seeding, `npm run reparse` and
 * `npm run ingest`; the caller passes the gazetteer (each loads it its own way).
 */
import { geoparse } from '@/geo/geoparse';
import type { Gazetteer } from '@/geo/gazetteer/gazetteer';
import type { ParseResult } from '@/geo/types';
import type { Database } from '@/store/database';
import { replaceResult, saveReport, textHash, type ReportMeta } from '@/store/reports';
import packageJson from '@/package.json';

/** Stored with each result, so a reparse can tell what made it. */
export const ENGINE_VERSION = `claimmap ${packageJson.version}`;

/**
 * Geoparses and stores one report (once: the same text again gives the stored id).
 * @throws GeoparseError when the engine refuses the text (nothing is stored)
 * @example await addReport(db, gazetteer, text, { url })
 */
export async function addReport(db: Database, gazetteer: Gazetteer, text: string, meta: ReportMeta = {}) {
  const existing = await db.query<{ id: string }>('SELECT id::text AS id FROM reports WHERE text_hash = $1', [textHash(text)]);
  if (existing[0]) return { id: existing[0].id, created: false };
  const result = geoparse(text, gazetteer, { date: meta.published ?? null });
  return saveReport(db, text, result, meta, ENGINE_VERSION);
}

/** Geoparses a stored report again and replaces its claims. */
export async function reparseReport(db: Database, gazetteer: Gazetteer, id: string): Promise<boolean> {
  const [row] = await db.query<{ text: string; published: string | null }>('SELECT text, published::text AS published FROM reports WHERE id = $1', [id]);
  if (!row) return false;
  const result: ParseResult = geoparse(row.text, gazetteer, { date: row.published });
  await replaceResult(db, id, result, ENGINE_VERSION);
  return true;
}
