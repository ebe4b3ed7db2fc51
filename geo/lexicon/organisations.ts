/**
 * Organisations that reports on today's wars name (armed groups, state forces, media,
 * monitors, agencies) and leaders, from `organisations.json`. Their names often contain
 * a place and must never yield one; the armed groups and forces are the actors of
 * claims, the media and monitors their sources. A general lexicon, not a list for any
 * one report.
 */
import type { Organisation } from '../types';
import DATA from './organisations.json';

interface Row {
  name: string;
  kind: string;
  aliases: string[];
  country?: string;
}

const KINDS: ReadonlySet<string> = new Set(['armed', 'state', 'media', 'monitor', 'agency', 'person']);

function organisation(row: Row): Organisation {
  if (!KINDS.has(row.kind)) throw new Error(`organisations.json: "${row.name}" has an unknown kind "${row.kind}"`);
  const o: Organisation = { name: row.name, kind: row.kind as Organisation['kind'], aliases: row.aliases };
  if (row.country) o.country = row.country;
  return Object.freeze(o);
}

/** The lexicon, built once. */
export const ORGANISATIONS: readonly Organisation[] = [...(DATA.organisations as Row[]), ...(DATA.people as Row[])].map(organisation);
