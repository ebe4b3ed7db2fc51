/**
 * A ParseResult as an events table in the shape analysts load ACLED data in: one row
 * per claim and place, ACLED's event and sub-event types, actor1 (who acted) and actor2
 * (acted upon), the source the text credits, the claim quoted verbatim in `notes`, and
 * the fatalities it reports (empty when it gives none). Pure: the download button turns
 * the string into a file.
 */
import pointOnFeature from '@turf/point-on-feature';
import type { Feature, Point } from 'geojson';
import type { ParseResult, PlaceFeature, PlaceType } from '@/geo/types';

export const CSV_COLUMNS = [
  'event_date',
  'event_type',
  'sub_event_type',
  'actor1',
  'actor2',
  'location',
  'admin1',
  'country',
  'latitude',
  'longitude',
  'geo_precision',
  'source',
  'notes',
  'fatalities',
] as const;

/** ACLED's geo_precision: 1 the town itself, 2 a part of a region near it, 3 only the larger region. */
const PRECISION: Record<PlaceType, 1 | 2 | 3> = {
  city: 1, town: 1, village: 1, camp: 1, airbase: 1, landmark: 1,
  district: 2, region: 2,
  governorate: 3, country: 3,
};

export interface CsvOptions {
  /** Place id → the name of its first-level division (see `admin1Names`); absent means unknown. */
  admin1?: Readonly<Record<string, string>>;
}

/**
 * The rows of the table, one per claim about each place, in the order places are first named.
 * @param result a geoparse result (corrections included)
 * @returns the CSV text: a header line, then the rows; CRLF line ends (RFC 4180)
 * @example toCsv(result, { admin1: { 'geonames:164816': 'Idlib Governorate' } }).split('\r\n')[0]
 * // "event_date,event_type,sub_event_type,actor1,actor2,location,admin1,country,latitude,longitude,geo_precision,source,notes,fatalities"
 */
export function toCsv(result: ParseResult, options: CsvOptions = {}): string {
  const lines = [CSV_COLUMNS.join(',')];
  const places = [...result.features].sort((a, b) => firstMention(a) - firstMention(b));
  for (const place of places) {
    const [lon, lat] = anchorOf(place);
    const p = place.properties;
    for (const claim of p.claims) {
      const row: Array<string | number> = [
        claim.date ?? '',
        claim.eventType,
        claim.subEventType ?? '',
        claim.actor1 ?? '',
        claim.actor2 ?? '',
        p.name,
        options.admin1?.[place.id] ?? '',
        p.country,
        lat,
        lon,
        PRECISION[p.placeType] ?? 1,
        claim.attribution ?? result.article.publisher ?? '',
        claim.text,
        claim.fatalities ?? '',
      ];
      lines.push(row.map(csvCell).join(','));
    }
  }
  return `${lines.join('\r\n')}\r\n`;
}

/**
 * One CSV field: numbers as they are; text quoted when it must be, and defused when a
 * spreadsheet would read it as a formula (a leading =, +, -, @, tab or carriage return
 * gets a ' in front, OWASP's advice).
 * @example csvCell('=HYPERLINK("x")') // "'=HYPERLINK(""x"")" quoted
 */
export function csvCell(value: string | number): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The place's point, or a point inside its area; rounded to about 10 cm. */
function anchorOf(place: PlaceFeature): [number, number] {
  const point = place.geometry.type === 'Point' ? place.geometry : pointOnFeature(place as Feature).geometry as Point;
  const [lon = 0, lat = 0] = point.coordinates;
  return [round(lon), round(lat)];
}

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

function firstMention(place: PlaceFeature): number {
  return Math.min(...place.properties.mentions.map((m) => m.start), Number.MAX_SAFE_INTEGER);
}
