/**
 * Reports in the collection: stored with their text, metadata and geoparse result, and
 * their claims as rows (one per claim and place) for the atlas. Every write bumps the
 * change counter in the same transaction.
 */
import { createHash } from 'node:crypto';
import pointOnFeature from '@turf/point-on-feature';
import type { ParseResult, PlaceFeature, PlaceGeometry } from '@/geo/types';
import type { Database, Sql } from './database';

/** What is known about a report besides its text; the geoparse result fills the gaps. */
export interface ReportMeta {
  title?: string | null;
  author?: string | null;
  publisher?: string | null;
  /** YYYY-MM-DD */
  published?: string | null;
  url?: string | null;
  siteName?: string | null;
}

export interface ReportSummary {
  id: string;
  title: string | null;
  author: string | null;
  publisher: string | null;
  published: string | null;
  url: string | null;
  siteName: string | null;
  createdAt: string;
  claimCount: number;
}

export interface StoredReport extends ReportSummary {
  text: string;
  result: ParseResult;
  engineVersion: string;
}

/** sha256 of the text, hex: two reports with the same text are one. */
export function textHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * Stores a report, its places and its claims in one transaction.
 * @returns its id, and whether it is new (false: the same text was stored before)
 * @example await saveReport(db, text, geoparse(text, gazetteer), { url }, ENGINE_VERSION)
 */
export async function saveReport(
  db: Database,
  text: string,
  result: ParseResult,
  meta: ReportMeta,
  engineVersion: string,
): Promise<{ id: string; created: boolean }> {
  const hash = textHash(text);
  return db.transaction(async (tx) => {
    const inserted = await tx.query<{ id: string }>(
      `INSERT INTO reports (text, text_hash, title, author, publisher, published, url, site_name, result, engine_version)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
       ON CONFLICT (text_hash) DO NOTHING RETURNING id::text AS id`,
      [
        text,
        hash,
        meta.title ?? result.article.title,
        meta.author ?? result.article.author,
        meta.publisher ?? result.article.publisher,
        meta.published ?? result.article.published,
        meta.url ?? null,
        meta.siteName ?? null,
        JSON.stringify(result),
        engineVersion,
      ],
    );
    const row = inserted[0];
    if (!row) {
      const existing = await tx.query<{ id: string }>('SELECT id::text AS id FROM reports WHERE text_hash = $1', [hash]);
      return { id: existing[0]!.id, created: false };
    }
    const [stored] = await tx.query<{ publisher: string | null; published: string | null }>(
      'SELECT publisher, published::text AS published FROM reports WHERE id = $1',
      [row.id],
    );
    await writeClaims(tx, row.id, result, stored?.publisher ?? null, stored?.published ?? null);
    await bumpChangeCounter(tx);
    return { id: row.id, created: true };
  });
}

/** Replaces a stored report's geoparse result and claims (`npm run reparse`). */
export async function replaceResult(db: Database, id: string, result: ParseResult, engineVersion: string): Promise<void> {
  await db.transaction(async (tx) => {
    const [report] = await tx.query<{ publisher: string | null; published: string | null }>(
      'UPDATE reports SET result = $2, engine_version = $3 WHERE id = $1 RETURNING publisher, published::text AS published',
      [id, JSON.stringify(result), engineVersion],
    );
    if (!report) return;
    await tx.query('DELETE FROM claims WHERE report_id = $1', [id]);
    await writeClaims(tx, id, result, report.publisher, report.published);
    await bumpChangeCounter(tx);
  });
}

async function writeClaims(tx: Sql, reportId: string, result: ParseResult, publisher: string | null, published: string | null) {
  const places = result.features.map(placeRow);
  if (places.length === 0) return;
  await tx.query(
    `INSERT INTO places (id, name, place_type, country, lon, lat, west, south, east, north, geometry)
     SELECT p.id, p.name, p.place_type, p.country, p.lon, p.lat, p.west, p.south, p.east, p.north, p.geometry
     FROM jsonb_to_recordset($1::jsonb) AS p(id text, name text, place_type text, country text, lon float8, lat float8,
       west float8, south float8, east float8, north float8, geometry jsonb)
     ON CONFLICT (id) DO NOTHING`,
    [JSON.stringify(places)],
  );
  const claims = result.features.flatMap((feature, i) => {
    const place = places[i]!;
    return feature.properties.claims.map((claim) => ({
      report_id: reportId,
      place_id: feature.id,
      start_offset: claim.start,
      end_offset: claim.end,
      text: claim.text,
      lon: place.lon,
      lat: place.lat,
      west: place.west,
      south: place.south,
      east: place.east,
      north: place.north,
      day: claim.date ?? published,
      event_date: claim.date,
      event_type: claim.eventType,
      sub_event_type: claim.subEventType,
      actor1: claim.actor1,
      actor2: claim.actor2,
      attribution: claim.attribution,
      source: claim.source?.text ?? null,
      cue: claim.cue,
      stance: claim.stance,
      fatalities: claim.fatalities,
      publisher,
      country: feature.properties.country,
    }));
  });
  if (claims.length === 0) return;
  await tx.query(
    `INSERT INTO claims (report_id, place_id, start_offset, end_offset, text, lon, lat, west, south, east, north, day, event_date,
       event_type, sub_event_type, actor1, actor2, attribution, source, cue, stance, fatalities, publisher, country)
     SELECT c.report_id, c.place_id, c.start_offset, c.end_offset, c.text, c.lon, c.lat, c.west, c.south, c.east, c.north, c.day,
       c.event_date, c.event_type, c.sub_event_type, c.actor1, c.actor2, c.attribution, c.source, c.cue, c.stance, c.fatalities,
       c.publisher, c.country
     FROM jsonb_to_recordset($1::jsonb) AS c(report_id bigint, place_id text, start_offset int, end_offset int, text text,
       lon float8, lat float8, west float8, south float8, east float8, north float8, day date, event_date date, event_type text,
       sub_event_type text, actor1 text, actor2 text, attribution text, source text, cue text, stance text, fatalities int,
       publisher text, country text)`,
    [JSON.stringify(claims)],
  );
}

interface PlaceRow {
  id: string;
  name: string;
  place_type: string;
  country: string;
  lon: number;
  lat: number;
  west: number;
  south: number;
  east: number;
  north: number;
  geometry: PlaceGeometry;
}

function placeRow(feature: PlaceFeature): PlaceRow {
  const [lon, lat] = feature.geometry.type === 'Point' ? feature.geometry.coordinates : pointOnFeature(feature).geometry.coordinates;
  const [west, south, east, north] = bounds(feature.geometry);
  const { name, placeType, country } = feature.properties;
  return { id: feature.id, name, place_type: placeType, country, lon: lon!, lat: lat!, west, south, east, north, geometry: feature.geometry };
}

function bounds(geometry: PlaceGeometry): [number, number, number, number] {
  if (geometry.type === 'Point') {
    const [lon, lat] = geometry.coordinates as [number, number];
    return [lon, lat, lon, lat];
  }
  let west = Infinity, south = Infinity, east = -Infinity, north = -Infinity;
  const rings = geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
  for (const ring of rings) {
    for (const [lon, lat] of ring as [number, number][]) {
      if (lon < west) west = lon;
      if (lon > east) east = lon;
      if (lat < south) south = lat;
      if (lat > north) north = lat;
    }
  }
  return [west, south, east, north];
}

async function bumpChangeCounter(tx: Sql) {
  await tx.query('UPDATE store_state SET change_counter = change_counter + 1 WHERE id = 1');
}

/** The change counter: any write moves it. */
export async function changeCounter(db: Sql): Promise<number> {
  const [row] = await db.query<{ n: string }>('SELECT change_counter::text AS n FROM store_state WHERE id = 1');
  return Number(row?.n ?? 0);
}

const SUMMARY = `r.id::text AS id, r.title, r.author, r.publisher, r.published::text AS published, r.url, r.site_name AS "siteName",
  to_char(r.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "createdAt",
  (SELECT count(*)::int FROM claims c WHERE c.report_id = r.id) AS "claimCount"`;

/** Every stored report, newest publication first (undated last). */
export async function listReports(db: Sql, limit = 1000): Promise<ReportSummary[]> {
  return db.query<ReportSummary>(`SELECT ${SUMMARY} FROM reports r ORDER BY r.published DESC NULLS LAST, r.id DESC LIMIT $1`, [limit]);
}

/** One stored report with its text and result, or null. */
export async function getReport(db: Sql, id: string): Promise<StoredReport | null> {
  if (!/^\d{1,18}$/.test(id)) return null;
  const rows = await db.query<StoredReport>(
    `SELECT ${SUMMARY}, r.text, r.result, r.engine_version AS "engineVersion" FROM reports r WHERE r.id = $1`,
    [id],
  );
  return rows[0] ?? null;
}

/** Deletes a report and its claims. @returns whether there was one */
export async function deleteReport(db: Database, id: string): Promise<boolean> {
  if (!/^\d{1,18}$/.test(id)) return false;
  return db.transaction(async (tx) => {
    const rows = await tx.query('DELETE FROM reports WHERE id = $1 RETURNING id', [id]);
    if (rows.length === 0) return false;
    await bumpChangeCounter(tx);
    return true;
  });
}

/** The ids of every stored report, oldest first (for reparse). */
export async function reportIds(db: Sql): Promise<string[]> {
  return (await db.query<{ id: string }>('SELECT id::text AS id FROM reports ORDER BY id')).map((r) => r.id);
}

export async function countReports(db: Sql): Promise<number> {
  const [row] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM reports');
  return row?.n ?? 0;
}
