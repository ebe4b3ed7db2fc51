/**
 * Ukraine's settlements, hromadas (territorial communities) and raions (districts) as
 * gazetteer points, from geo/gazetteer/data/ukraine.tsv (OCHA P-codes and points, made by
 * scripts/extract-ukraine.ts). Villages far below GeoNames cities500 ("Kleban-Byk") and the
 * second-level divisions reports name ("Pokrovsk Raion", "Kurakhove hromada").
 * A step of `npm run build:gazetteer`.
 */
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { MultiPolygon, Polygon } from 'geojson';
import { foldedKey } from '../../geo/gazetteer/normalize';
import type { GazetteerCollection, GazetteerFeature, PlaceType } from '../../geo/types';

export const UKRAINE_SOURCE = 'OCHA P-codes and points of Ukraine settlements, hromadas and raions, via the DRC Ukraine infoportal (github.com/DRC-UA/infoportal)';

interface Row {
  pcode: string;
  kind: string;
  name: string;
  lon: number;
  lat: number;
  parent: string;
}

function parseRows(tsv: string): Row[] {
  const rows: Row[] = [];
  for (const line of tsv.split('\n')) {
    const [pcode, kind, name, lat, lon, parent] = line.split('\t');
    if (!pcode || !kind || !name || !parent || !Number.isFinite(Number(lat)) || !Number.isFinite(Number(lon))) continue;
    rows.push({ pcode, kind, name, lat: Number(lat), lon: Number(lon), parent });
  }
  return rows;
}

/**
 * The first-level division of each oblast P-code ("UA14" → "ne-admin1:UA-14"): the
 * Natural Earth division that holds most of its settlements (OCHA's codes are KOATUU's,
 * which ISO 3166-2 renumbers for a few: Luhansk UA44 is UA-09).
 */
function oblastDivisions(rows: readonly Row[], divisions: readonly GazetteerFeature[]): Map<string, string> {
  const outlines = divisions.filter((d) => d.properties.country === 'UA' && d.geometry.type !== 'Point');
  const votes = new Map<string, Map<string, number>>();
  for (const r of rows) {
    if (r.kind !== 'settlement') continue;
    const oblast = r.pcode.slice(0, 4);
    const inside = outlines.find((d) => booleanPointInPolygon([r.lon, r.lat], d.geometry as Polygon | MultiPolygon));
    if (!inside) continue;
    let tally = votes.get(oblast);
    if (!tally) votes.set(oblast, (tally = new Map()));
    tally.set(inside.id, (tally.get(inside.id) ?? 0) + 1);
  }
  const out = new Map<string, string>();
  for (const [oblast, tally] of votes) out.set(oblast, [...tally].sort((a, b) => b[1] - a[1])[0]![0]);
  return out;
}

/** "Pokrovskyi" → the settlement of that raion it is named after ("Pokrovsk"), if one is. */
function raionCentre(raion: Row, settlements: readonly Row[]): string | undefined {
  const stem = raion.name.replace(/(?:s'?kyi|ckyi|zkyi|kyi|yi)$/, '');
  if (stem.length < 3) return undefined;
  const inside = settlements.filter((s) => s.pcode.startsWith(raion.pcode) && s.name.startsWith(stem));
  inside.sort((a, b) => Number(!a.pcode.endsWith('001')) - Number(!b.pcode.endsWith('001')) || a.name.length - b.name.length);
  return inside[0]?.name;
}

/**
 * The features of ukraine.tsv.
 * @param tsv the file's text
 * @param divisions the gazetteer's first-level divisions (Natural Earth outlines): each feature's parent
 * @example ukraineFeatures(tsv, admin1.features).features.find((f) => f.properties.name === 'Kleban-Byk')
 */
export function ukraineFeatures(tsv: string, divisions: readonly GazetteerFeature[]): GazetteerCollection {
  const rows = parseRows(tsv);
  const settlements = rows.filter((r) => r.kind === 'settlement');
  const oblast = oblastDivisions(rows, divisions);
  const features: GazetteerFeature[] = [];
  for (const r of rows) {
    const parent = oblast.get(r.pcode.slice(0, 4)) ?? 'country:UA';
    let name = r.name;
    let alternateNames: string[] = [];
    let placeType: PlaceType = 'village';
    if (r.kind === 'hromada') {
      // "Kurakhivska hromada". Not "Kurakhove hromada": its centre's name would make the
      // hromada a candidate for every mention of the town.
      name = `${r.name} hromada`;
      alternateNames = [`${r.name} territorial community`, `${r.name} community`];
      placeType = 'district';
    } else if (r.kind === 'raion') {
      // "Pokrovskyi Raion", "Pokrovsk Raion", "Pokrovsk district".
      const centre = raionCentre(r, settlements);
      name = centre ? `${centre} Raion` : `${r.name} Raion`;
      alternateNames = [`${r.name} Raion`, `${r.name} district`, ...(centre ? [`${centre} district`] : [])].filter((n) => n !== name);
      placeType = 'district';
    }
    features.push({
      type: 'Feature',
      id: `ocha:${r.pcode}`,
      geometry: { type: 'Point', coordinates: [r.lon, r.lat] },
      properties: { name, alternateNames, placeType, country: 'UA', parent, population: null, source: UKRAINE_SOURCE },
    });
  }
  return { type: 'FeatureCollection', features };
}

/**
 * Leaves out the register's villages that share a name with a Ukrainian town of GeoNames
 * of `minPopulation` or more: a report naming Kostiantynivka means the city, not the
 * village of that name near Kurakhove.
 * @param ukraine the features of ukraineFeatures
 * @param places the GeoNames places
 */
export function withoutTownNamesakes(ukraine: GazetteerCollection, places: readonly GazetteerFeature[], minPopulation = 10000): GazetteerCollection {
  const towns = new Set<string>();
  for (const f of places) {
    if (f.properties.country !== 'UA' || (f.properties.population ?? 0) < minPopulation) continue;
    for (const n of [f.properties.name, ...f.properties.alternateNames]) towns.add(foldedKey(n));
  }
  return { type: 'FeatureCollection', features: ukraine.features.filter((f) => f.properties.placeType !== 'village' || !towns.has(foldedKey(f.properties.name))) };
}
