/**
 * What the words around a mention say about the place meant: its kind ("refugee
 * camp", "the province of"), and its relation to the next place named ("in", "near",
 * "east of", "in eastern …").
 */
import type { Candidate, PlaceType } from '../types';
import type { Direction } from './geometry';

export interface Qualifiers {
  /** The kind of place the text says this is, if it says. */
  type: PlaceType | null;
  /** The next mention this one is placed by ("Douma east of Damascus" → Damascus), if any. */
  anchor: number | null;
  /** How it is placed: inside/near the anchor, or towards a side of it. */
  relation: 'in' | 'near' | 'list' | Direction | null;
  /** The mention, lower case, when a kind-of-place word follows it ("the Bakhmut raion" → "bakhmut"). */
  typedName: string | null;
}

const TYPE_AFTER: ReadonlyArray<[RegExp, PlaceType]> = [
  [/^\s+(?:refugee\s+|palestinian\s+|displacement\s+|idp\s+)?camps?\b/i, 'camp'],
  [/^\s+(?:provinces?|governorates?|muhafazah|oblasts?|regions?|regional|states?)\b/i, 'governorate'],
  [/^\s+(?:military\s+)?(?:air\s*base|airbase|airport|air\s*field|airfield|airstrip)\b/i, 'airbase'],
  [/^\s+(?:district|neighbou?rhood|quarter|suburb|raion|hromada|(?:territorial\s+)?community|locality)\b/i, 'district'],
  [/^\s+(?:city)\b/i, 'city'],
  [/^\s+(?:town)\b/i, 'town'],
  [/^\s+(?:village)\b/i, 'village'],
];

/** An apposition that says what the place is: "Bayda, a village near Baniyas", "Kupiansk, a frontline town". */
const APPOSITION = /^\s*,\s+an?\s+(?:[\p{L}-]+\s+){0,2}?(village|town|city|camp|district|neighbou?rhood|suburb)\b/iu;
const APPOSITION_TYPE: Record<string, PlaceType> = { village: 'village', town: 'town', city: 'city', camp: 'camp', district: 'district', neighbourhood: 'district', neighborhood: 'district', suburb: 'district' };

const TYPE_BEFORE: ReadonlyArray<[RegExp, PlaceType]> = [
  [/\b(?:province|governorate|oblast|region|state)\s+of\s+(?:the\s+)?$/i, 'governorate'],
  [/\b(?:refugee\s+)?camp\s+of\s+$/i, 'camp'],
  [/\b(?:air\s*base|airbase|airport|airfield)\s+(?:of|at|in)?\s*$/i, 'airbase'],
  [/\b(?:neighbou?rhood|district|quarter|suburb)s?\s+of\s+$/i, 'district'],
  [/\bcity\s+of\s+$/i, 'city'],
  [/\btown\s+of\s+$/i, 'town'],
  [/\bvillages?\s+of\s+$/i, 'village'],
  [/\bcountry\s+$/i, 'country'],
];

const SIDE = '(north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)';
const RELATIONS: ReadonlyArray<[RegExp, (m: RegExpExecArray) => Qualifiers['relation']]> = [
  [new RegExp(`^\\s*(?:\\d+\\s*(?:km|kilometres|kilometers|miles)\\s+)?${SIDE}\\s+of\\s+(?:the\\s+)?$`, 'i'), (m) => side(m[1])],
  [new RegExp(`^\\s*,?\\s*(?:in|of)\\s+(?:the\\s+)?${SIDE}(?:ern)?\\s+(?:part\\s+of\\s+|outskirts\\s+of\\s+|countryside\\s+of\\s+)?(?:the\\s+)?$`, 'i'), (m) => side(m[1])],
  [/^\s*,?\s*(?:in|inside|within|of)\s+(?:the\s+)?(?:(?:province|governorate|city|town|region|countryside|suburbs|outskirts)\s+of\s+)?(?:the\s+)?$/i, () => 'in'],
  [/^\s*,?\s*(?:near|outside|close\s+to|next\s+to|on\s+the\s+outskirts\s+of|not\s+far\s+from|around)\s+(?:the\s+)?$/i, () => 'near'],
  [/^\s*,\s*$/, () => 'list'],
];

function side(word: string | undefined): Direction {
  return (word ?? 'north').toLowerCase().replace('-', '') as Direction;
}

/**
 * Reads the qualifiers of each candidate mention from the words around it.
 * @param text the masked report text
 * @param candidates the mentions in text order
 * @returns one Qualifiers per candidate
 * @example readQualifiers("Douma east of Damascus", cands)[0] // { type: null, anchor: 1, relation: "east" }
 */
export function readQualifiers(text: string, candidates: readonly Candidate[]): Qualifiers[] {
  return candidates.map((c, i) => {
    const before = text.slice(Math.max(0, c.mention.start - 40), c.mention.start);
    const after = text.slice(c.mention.end, c.mention.end + 40);
    const typeAfter = TYPE_AFTER.find(([re]) => re.test(after));
    const apposed = APPOSITION.exec(after)?.[1]?.toLowerCase();
    const type = typeAfter?.[1] ?? TYPE_BEFORE.find(([re]) => re.test(before))?.[1] ?? (apposed ? (APPOSITION_TYPE[apposed] ?? null) : null);
    const typedName = typeAfter ? c.mention.text.toLowerCase() : null;
    const next = candidates[i + 1];
    let anchor: number | null = null;
    let relation: Qualifiers['relation'] = null;
    if (next && next.mention.start - c.mention.end <= 60) {
      const gap = text.slice(c.mention.end, next.mention.start);
      for (const [re, read] of RELATIONS) {
        const m = re.exec(gap);
        if (m) {
          anchor = i + 1;
          relation = read(m);
          break;
        }
      }
    }
    return { type, anchor, relation, typedName };
  });
}
