/**
 * Camps for refugees and displaced people (geo/gazetteer/data/camps.tsv, extracted from
 * UNHCR's displacement locations by scripts/extract-camps.ts) as gazetteer features.
 * A step of `npm run build:gazetteer`.
 */
import { foldedKey } from '../../geo/gazetteer/normalize';
import type { GazetteerCollection, GazetteerFeature } from '../../geo/types';

/** Credited on every camp: where the rows come from and how to cite them. */
export const CAMP_SOURCE = 'UNHCR ODSS displacement locations, via Zhou & Shaver (2021), github.com/global-displacement-locations/displacement_locations_unhcr';

/**
 * The camps of camps.tsv, under their countries.
 * @param tsv the file's text
 * @param countries the country ids the gazetteer has ("country:SD"): a camp in another is left out
 * @example campFeatures('SDNs015686\tZamzam\t\tSD\t13.48423\t25.30767\tidp\n', new Set(['country:SD'])).features[0].properties.placeType // 'camp'
 */
export function campFeatures(tsv: string, countries: ReadonlySet<string>): GazetteerCollection {
  const features: GazetteerFeature[] = [];
  for (const line of tsv.split('\n')) {
    const [pcode, name, alternate, country, lat, lon, kind] = line.split('\t');
    if (!pcode || !name || !country || !countries.has(`country:${country}`)) continue;
    const alternateNames = [alternate, `${name} camp`, kind === 'idp' ? `${name} IDP camp` : `${name} refugee camp`].filter((n): n is string => !!n);
    features.push({
      type: 'Feature',
      id: `unhcr:${pcode}`,
      geometry: { type: 'Point', coordinates: [Number(lon), Number(lat)] },
      properties: { name, alternateNames, placeType: 'camp', country, parent: `country:${country}`, population: null, source: CAMP_SOURCE },
    });
  }
  return { type: 'FeatureCollection', features };
}

/**
 * Leaves out the "camps" that are a town of the same name: UNHCR lists the refugees
 * living in Aleppo as a location "Aleppo", at the city.
 * @param camps the camp features
 * @param places the populated places (points)
 * @param km how near a namesake must be to be the same place
 */
export function withoutTowns(camps: GazetteerCollection, places: readonly GazetteerFeature[], km = 10): GazetteerCollection {
  const byKey = new Map<string, [number, number][]>();
  for (const f of places) {
    if (f.geometry.type !== 'Point') continue;
    for (const name of [f.properties.name, ...f.properties.alternateNames]) {
      const key = foldedKey(name);
      let points = byKey.get(key);
      if (!points) byKey.set(key, (points = []));
      points.push(f.geometry.coordinates as [number, number]);
    }
  }
  const near = ([lon, lat]: [number, number], [x, y]: [number, number]) =>
    Math.hypot((lon - x) * 111.32 * Math.cos((lat * Math.PI) / 180), (lat - y) * 110.574) <= km;
  const features = camps.features.filter((c) => {
    const at = c.geometry.coordinates as [number, number];
    return !(byKey.get(foldedKey(c.properties.name)) ?? []).some((p) => near(at, p));
  });
  return { type: 'FeatureCollection', features };
}
