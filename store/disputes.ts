/**
 * Which claims disagree: two claims about the same place on the same day, from different
 * reports or different sources, where one asserts and the other denies, or where each
 * says a different actor took or holds the place. Pure: plain records in, flags out.
 */

export interface DisputeInput {
  place: number;
  /** Day number (days since 1970-01-01); claims without a day are never disputed. */
  day: number | null;
  report: string;
  source: string | null;
  stance: 'asserts' | 'denies';
  actor1: string | null;
  subEventType: string | null;
}

/** ACLED sub-event types that say who took or holds a place. */
const TERRITORIAL = new Set(['Government regains territory', 'Non-state actor overtakes territory', 'Non-violent transfer of territory', 'Headquarters or base established']);

/**
 * Flags each claim that is part of a disagreement.
 * @returns one flag per input claim, in order
 * @example findDisputes([{ …, stance: 'asserts' }, { …, stance: 'denies' }]) // [true, true]
 */
export function findDisputes(claims: readonly DisputeInput[]): boolean[] {
  const flags = new Array<boolean>(claims.length).fill(false);
  const groups = new Map<string, number[]>();
  claims.forEach((claim, i) => {
    if (claim.day === null) return;
    const key = `${claim.place}:${claim.day}`;
    const group = groups.get(key);
    if (group) group.push(i);
    else groups.set(key, [i]);
  });
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    for (let a = 0; a < group.length; a++) {
      for (let b = a + 1; b < group.length; b++) {
        const x = claims[group[a]!]!;
        const y = claims[group[b]!]!;
        if (disagree(x, y)) {
          flags[group[a]!] = true;
          flags[group[b]!] = true;
        }
      }
    }
  }
  return flags;
}

function disagree(x: DisputeInput, y: DisputeInput): boolean {
  // one voice contradicting itself within a sentence pair is not a dispute between sources
  if (x.report === y.report && (x.source ?? '') === (y.source ?? '')) return false;
  if (x.stance !== y.stance) return true;
  const xHolds = x.subEventType !== null && TERRITORIAL.has(x.subEventType) && x.actor1 !== null && x.stance === 'asserts';
  const yHolds = y.subEventType !== null && TERRITORIAL.has(y.subEventType) && y.actor1 !== null && y.stance === 'asserts';
  return xHolds && yHolds && x.actor1 !== y.actor1;
}
