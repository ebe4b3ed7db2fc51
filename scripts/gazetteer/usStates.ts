/**
 * The abbreviations US news writes after a town for its state ("Alexandria, Va.",
 * "Gainesville, Fla."), the AP style, as alternate names of the states' Natural Earth
 * divisions. Left out: those that are also common words or names in English text
 * ("Miss.", "Mass.", "Me.", "La.", "Wash.", "Ind.", "Del.", "Mo.", "Ore.", "Ill.").
 * A step of `npm run build:gazetteer`.
 */
import type { GazetteerCollection } from '../../geo/types';

/** Natural Earth id → AP abbreviations. */
export const AP_ABBREVIATIONS: Readonly<Record<string, readonly string[]>> = {
  'ne-admin1:US-AL': ['Ala.'], 'ne-admin1:US-AZ': ['Ariz.'], 'ne-admin1:US-AR': ['Ark.'], 'ne-admin1:US-CA': ['Calif.'],
  'ne-admin1:US-CO': ['Colo.'], 'ne-admin1:US-CT': ['Conn.'], 'ne-admin1:US-FL': ['Fla.'], 'ne-admin1:US-GA': ['Ga.'],
  'ne-admin1:US-KS': ['Kan.', 'Kans.'], 'ne-admin1:US-KY': ['Ky.'], 'ne-admin1:US-MD': ['Md.'], 'ne-admin1:US-MI': ['Mich.'],
  'ne-admin1:US-MN': ['Minn.'], 'ne-admin1:US-MT': ['Mont.'], 'ne-admin1:US-NE': ['Neb.', 'Nebr.'], 'ne-admin1:US-NV': ['Nev.'],
  'ne-admin1:US-OK': ['Okla.'], 'ne-admin1:US-TN': ['Tenn.'], 'ne-admin1:US-TX': ['Tex.'], 'ne-admin1:US-VA': ['Va.'],
  'ne-admin1:US-VT': ['Vt.'], 'ne-admin1:US-WI': ['Wis.', 'Wisc.'], 'ne-admin1:US-WY': ['Wyo.'],
  // Initials with full stops are never English words.
  'ne-admin1:US-NC': ['N.C.'], 'ne-admin1:US-SC': ['S.C.'], 'ne-admin1:US-ND': ['N.D.'], 'ne-admin1:US-SD': ['S.D.'],
  'ne-admin1:US-NH': ['N.H.'], 'ne-admin1:US-NJ': ['N.J.'], 'ne-admin1:US-NM': ['N.M.'], 'ne-admin1:US-NY': ['N.Y.'],
  'ne-admin1:US-RI': ['R.I.'], 'ne-admin1:US-WV': ['W.Va.', 'W. Va.'], 'ne-admin1:US-DC': ['D.C.'], 'ne-admin1:US-PA': ['Pa.'],
};

/**
 * The divisions with their AP abbreviations added (not mutated).
 * @example withApAbbreviations(admin1).features.find((f) => f.id === 'ne-admin1:US-VA').properties.alternateNames // [..., 'Va.']
 */
export function withApAbbreviations(admin1: GazetteerCollection): GazetteerCollection {
  return {
    type: 'FeatureCollection',
    features: admin1.features.map((f) => {
      const extra = AP_ABBREVIATIONS[String(f.id)];
      return extra ? { ...f, properties: { ...f.properties, alternateNames: [...f.properties.alternateNames, ...extra] } } : f;
    }),
  };
}
