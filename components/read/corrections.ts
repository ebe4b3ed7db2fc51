/**
 * The reader's corrections on /read, kept as a list (so each can be undone) and handed
 * to the engine as `overrides` (mention "start:end" → place id), which re-runs
 * geoparse: a corrected place gets its mentions and claims exactly as the engine would
 * give them. Pure data, no React.
 */
import { overrideKey } from '@/geo/resolve/overrides';
import type { Mention } from '@/geo/types';

export interface Correction {
  /** The mentions corrected, as override keys ("start:end"). */
  keys: string[];
  /** The name(s) as the report writes them. */
  names: string[];
  placeId: string;
  placeName: string;
}

/**
 * A correction putting these mentions at this place.
 * @example correctionFor(unresolved, { id: 'geonames:164816', name: 'Sarāqib' })
 */
export function correctionFor(mentions: readonly Mention[], place: { id: string; name: string }): Correction {
  return {
    keys: mentions.map(overrideKey),
    names: [...new Set(mentions.map((m) => m.text))],
    placeId: place.id,
    placeName: place.name,
  };
}

/**
 * Adds a correction; an earlier one whose mentions it all covers again goes.
 * @example addCorrection([], correction).length // 1
 */
export function addCorrection(corrections: readonly Correction[], correction: Correction): Correction[] {
  const covered = new Set(correction.keys);
  return [...corrections.filter((c) => !c.keys.every((key) => covered.has(key))), correction];
}

/**
 * The overrides for geoparse: later corrections win where they overlap.
 * @example overridesOf([correctionFor([{ start: 4, end: 10, text: 'Aleppo' }], { id: 'a', name: 'A' })]) // { '4:10': 'a' }
 */
export function overridesOf(corrections: readonly Correction[]): Record<string, string> {
  const overrides: Record<string, string> = {};
  for (const c of corrections) for (const key of c.keys) overrides[key] = c.placeId;
  return overrides;
}
