/**
 * Syria's OCHA governorate outlines (CC BY 3.0 IGO) and OpenSyria sub-district spellings
 * (CC BY 4.0), from the extracts of scripts/extract-syria.ts. A source module of
 * `npm run build:gazetteer`.
 */
import type { FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import type { GazetteerCollection, GazetteerFeature, GazetteerProperties, PlaceGeometry, PlaceType } from '../../geo/types';
import { exactKey, foldedKey } from '../../geo/gazetteer/normalize';
import { distanceKm } from './geometry';
import type { CuratedEntry } from './curated';
import { defaultOptions, type BuildOptions } from './options';

/** syria-admin.geojson (scripts/extract-syria.ts): OCHA admin1 outlines by P-code. */
export type SyriaAdminCollection = FeatureCollection<Polygon | MultiPolygon, { pcode: string; name: string; alternateNames: string[]; source: string }>;

/** syria-subdistricts.geojson (scripts/extract-syria.ts): OCHA admin3 units at their centroid. */
export type SyriaSubdistrictCollection = FeatureCollection<
  Point,
  { pcode: string; name: string; alternateNames: string[]; admin1: string; district: string; areaKm2: number | null; geonamesAdm3: string | null }
>;

/**
 * Gives every curated entry with an `ochaPcode` its OCHA outline instead of a derived point,
 * and adds "<OCHA name> Governorate" to its names ("Al-Hasakeh Governorate", "As-Sweida
 * Governorate") when no name it has is the same spelling. Ids, parents and the other names
 * are kept, so nothing that refers to a governorate changes.
 * @throws when a P-code has no outline, or an outline is claimed by no entry
 */
export function withSyriaOutlines(curated: readonly CuratedEntry[], admin: SyriaAdminCollection): CuratedEntry[] {
  const byPcode = new Map(admin.features.map((f) => [f.properties.pcode, f]));
  const used = new Set<string>();
  const out = curated.map((entry) => {
    if (!entry.ochaPcode) return entry;
    const outline = byPcode.get(entry.ochaPcode);
    if (!outline) throw new Error(`${entry.id}: no outline for ${entry.ochaPcode} in syria-admin.geojson`);
    if (used.has(entry.ochaPcode)) throw new Error(`${entry.id}: ${entry.ochaPcode} is claimed twice`);
    used.add(entry.ochaPcode);
    const names = [...(entry.properties.alternateNames ?? [])];
    const keys = new Set([entry.properties.name ?? '', ...names].map(exactKey));
    for (const n of [outline.properties.name, ...outline.properties.alternateNames]) {
      const governorate = `${n} Governorate`;
      if (keys.has(exactKey(governorate))) continue;
      keys.add(exactKey(governorate));
      names.push(governorate);
    }
    const { derive: _derive, ...rest } = entry;
    return { ...rest, geometry: outline.geometry, properties: { ...entry.properties, alternateNames: names } };
  });
  const unused = [...byPcode.keys()].filter((p) => !used.has(p));
  if (unused.length > 0) throw new Error(`outlines claimed by no curated entry: ${unused.join(', ')}`);
  return out;
}

/** The place types a sub-district's spellings may be given to. */
const SUBDISTRICT_SEAT_TYPES: ReadonlySet<PlaceType> = new Set<PlaceType>(['city', 'town', 'village', 'district']);

/**
 * Gives each Syrian sub-district's spellings to the place it is named after: the Syrian
 * point (city, town, village or district) sharing a folded name with it that lies nearest
 * its centroid, within max(subdistrictMinRadiusKm, subdistrictRadiusFactor × √(area / π)) km.
 * Only spellings whose exact key the place lacks and whose folded key is within
 * subdistrictMaxSpellingDistance of one of its folded names are added ("Dhameer" to
 * Aḑ Ḑumayr, "Thiban" to Dhībān, "Oqeirbat" to ‘Uqayribāt). A sub-district without such a
 * place adds nothing: its centroid is not where a town is.
 * @param features all features (not mutated)
 * @returns the features, and per sub-district P-code the id it was merged into (or null)
 */
export function applySyriaSubdistricts(
  features: readonly GazetteerFeature[],
  subdistricts: SyriaSubdistrictCollection,
  options: BuildOptions = defaultOptions,
): { features: GazetteerFeature[]; mergedInto: Map<string, string | null> } {
  const candidates = features
    .filter((f) => f.properties.country === 'SY' && f.geometry.type === 'Point' && SUBDISTRICT_SEAT_TYPES.has(f.properties.placeType))
    .map((f) => ({ id: f.id, at: (f.geometry as Point).coordinates, folded: new Set([f.properties.name, ...f.properties.alternateNames].map(foldedKey)) }));
  const additions = new Map<string, string[]>();
  const mergedInto = new Map<string, string | null>();
  for (const s of [...subdistricts.features].sort((a, b) => (a.properties.pcode < b.properties.pcode ? -1 : 1))) {
    const spellings = [s.properties.name, ...s.properties.alternateNames];
    const keys = new Set(spellings.map(foldedKey).filter((k) => k.length > 0));
    const radius = Math.max(options.subdistrictMinRadiusKm, options.subdistrictRadiusFactor * Math.sqrt((s.properties.areaKm2 ?? 0) / Math.PI));
    let best: (typeof candidates)[number] | null = null;
    let bestKm = Infinity;
    for (const c of candidates) {
      if (![...c.folded].some((k) => keys.has(k))) continue;
      const km = distanceKm(s.geometry.coordinates, c.at);
      if (km < bestKm || (km === bestKm && best !== null && c.id < best.id)) {
        best = c;
        bestKm = km;
      }
    }
    const target = best && bestKm <= radius ? best.id : null;
    mergedInto.set(s.properties.pcode, target);
    if (target) additions.set(target, [...(additions.get(target) ?? []), ...spellings]);
  }
  const out = features.map((f) => {
    const extra = additions.get(f.id);
    if (!extra) return f;
    const { name } = f.properties;
    const names = [...f.properties.alternateNames];
    const keys = new Set([name, ...names].map(exactKey));
    const folded = [...new Set([name, ...names].map(foldedKey))];
    for (const n of extra) {
      const k = exactKey(n);
      if (!k || keys.has(k)) continue;
      const fk = foldedKey(n);
      if (!folded.some((g) => editDistance(fk, g) <= options.subdistrictMaxSpellingDistance * Math.max(fk.length, g.length))) continue;
      keys.add(k);
      names.push(n);
    }
    return names.length === f.properties.alternateNames.length ? f : { ...f, properties: { ...f.properties, alternateNames: names } };
  });
  return { features: out, mergedInto };
}

/** Levenshtein distance. */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row.push(Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    prev = row;
  }
  return prev[b.length]!;
}
