/**
 * The atlas view as URL parameters and back: `bbox=w,s,e,n&zoom=Z&from=…&to=…` plus the
 * filters (`eventType=`, `actor=`, `source=`, `publisher=`, `country=`, each repeatable).
 * The page's URL and the API query use the same names, so a view can be shared.
 */
import { ATLAS_FACETS, type AtlasFacet, type AtlasQuery } from '@/geo/types';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function emptyFilters(): Record<AtlasFacet, string[]> {
  return { eventType: [], actor: [], source: [], publisher: [], country: [] };
}

/**
 * Reads a view from URL parameters.
 * @returns the query, or a one-line reason it is malformed
 * @example parseAtlasQuery(new URLSearchParams('bbox=35,32,38,37&zoom=7'))
 */
export function parseAtlasQuery(params: URLSearchParams): { query: AtlasQuery } | { error: string } {
  let bbox: AtlasQuery['bbox'] = null;
  const box = params.get('bbox');
  if (box !== null && box !== '') {
    const parts = box.split(',').map(Number);
    if (parts.length !== 4 || parts.some((n) => !Number.isFinite(n))) return { error: 'bbox must be west,south,east,north in degrees' };
    const [west, south, east, north] = parts as [number, number, number, number];
    if (south < -90 || north > 90 || south > north) return { error: 'bbox latitudes must run south ≤ north within ±90' };
    bbox = [west, south, east, north];
  }
  const zoomText = params.get('zoom');
  const zoom = zoomText === null || zoomText === '' ? 2 : Number(zoomText);
  if (!Number.isFinite(zoom) || zoom < 0 || zoom > 22) return { error: 'zoom must be a number from 0 to 22' };
  const from = params.get('from') || null;
  const to = params.get('to') || null;
  for (const [name, value] of [['from', from], ['to', to]] as const) {
    if (value !== null && (!DAY.test(value) || Number.isNaN(Date.parse(value)))) return { error: `${name} must be a date, YYYY-MM-DD` };
  }
  if (from && to && from > to) return { error: 'from must not be after to' };
  const filters = emptyFilters();
  for (const facet of ATLAS_FACETS) filters[facet] = params.getAll(facet).filter((v) => v !== '');
  return { query: { bbox, zoom: Math.round(zoom), from, to, filters } };
}

/**
 * Writes a view as URL parameters (the inverse of `parseAtlasQuery`).
 * @example atlasQueryToParams(query).toString() // 'bbox=35,32,38,37&zoom=7&from=2017-05-01'
 */
export function atlasQueryToParams(query: AtlasQuery, precision = 4): URLSearchParams {
  const params = new URLSearchParams();
  if (query.bbox) params.set('bbox', query.bbox.map((n) => Number(n.toFixed(precision))).join(','));
  params.set('zoom', String(query.zoom));
  if (query.from) params.set('from', query.from);
  if (query.to) params.set('to', query.to);
  for (const facet of ATLAS_FACETS) for (const value of query.filters[facet]) params.append(facet, value);
  return params;
}
