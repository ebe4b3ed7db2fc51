/**
 * Extracts the camps for refugees and displaced people from UNHCR's global list of
 * displacement locations, as published with Zhou & Shaver (2021) in
 * github.com/global-displacement-locations/displacement_locations_unhcr:
 *
 *   npx tsx scripts/extract-camps.ts PATH/displacement_locations_unhcr.csv
 *
 * writes geo/gazetteer/data/camps.tsv: one camp per line, sorted by P-code, tab-separated
 * (pcode, name, alternate name, ISO alpha-2 country, latitude, longitude, kind), committed
 * once; the build (scripts/gazetteer/camps.ts) turns it into gazetteer features.
 *
 * Kept: camps and settlements of every status, and the "IDP/Refugee Location" rows whose
 * name is a place name (not a church, a school or "Host families"). Rows named alike in
 * one country within `duplicateKm` are one camp: the most recently updated row wins.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const OUT = fileURLToPath(new URL('../geo/gazetteer/data/camps.tsv', import.meta.url));
const COUNTRIES = fileURLToPath(new URL('../node_modules/world-countries/countries.json', import.meta.url));

export const defaultOptions = {
  /** Location types kept whatever their name. */
  campTypes: ['Refugee Camp', 'IDP Camp', 'Refugee Settlement', 'IDP Settlement', 'Returnee Camp', 'Returnee Settlement'] as readonly string[],
  /** Types kept when the name is a place's, not a building's or a group's. */
  locationTypes: ['IDP Location', 'Refugee Location'] as readonly string[],
  duplicateKm: 30,
};

/** Words that make a location a building, an institution or a group of people, not a camp. */
const NOT_A_PLACE = /\b(?:church|chapel|catholic|mission|mosque|school|ecole|école|hospital|clinic|centre|center|host|families|familles|urban|dispersed|whole of|unknown|various|other|hotel|office|warehouse|stadium|university|collective|shelter|site \d|block|zone \d|camp \d|\d{2,})\b/i;

/** A CSV line split into fields (double quotes, doubled inside). */
export function csvFields(line: string): string[] {
  const out: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i] as string;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      out.push(field);
      field = '';
    } else field += c;
  }
  out.push(field);
  return out;
}

export interface CampRow {
  pcode: string;
  name: string;
  alternate: string;
  country: string;
  lat: number;
  lon: number;
  kind: 'refugee' | 'idp' | 'returnee';
  updated: string;
}

function isoDate(us: string): string {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{2})$/.exec(us);
  return m ? `20${m[3]}-${(m[1] as string).padStart(2, '0')}-${(m[2] as string).padStart(2, '0')}` : '';
}

function km(a: CampRow, b: CampRow): number {
  const dy = (a.lat - b.lat) * 110.574;
  const dx = (a.lon - b.lon) * 111.32 * Math.cos(((a.lat + b.lat) / 2) * (Math.PI / 180));
  return Math.hypot(dx, dy);
}

/**
 * The camps of the CSV.
 * @param iso2 ISO alpha-3 → alpha-2 (P-codes start with the alpha-3 code)
 */
export function extractCamps(csv: string, iso2: ReadonlyMap<string, string>, options = defaultOptions): CampRow[] {
  const [header, ...lines] = csv.split(/\r?\n/).filter((l) => l.trim());
  const cols = csvFields(header ?? '');
  const at = (name: string) => cols.indexOf(name);
  const [iPcode, iName, iAlt, iType, iUpdated, iX, iY] = ['pcode', 'name', 'name_alt', 'loc_type', 'updatedate', 'POINT_X', 'POINT_Y'].map(at) as number[];
  const rows: CampRow[] = [];
  for (const line of lines) {
    const f = csvFields(line);
    const type = f[iType as number] ?? '';
    const name = (f[iName as number] ?? '').trim();
    // An alternate in lower case is a note ("updated", "deactivate"), not a name.
    const alternate = (f[iAlt as number] ?? '').trim().replace(/^NA$/, '').replace(/^[^\p{Lu}]*$/u, '').replace(/^\p{Lu}\p{Ll}+\p{Lu}\p{Ll}+\p{Lu}\S*$/u, ''); // "NewToAdd"
    const pcode = f[iPcode as number] ?? '';
    const country = iso2.get(pcode.slice(0, 3)) ?? '';
    const lat = Number(f[iY as number]);
    const lon = Number(f[iX as number]);
    if (!name || !country || !Number.isFinite(lat) || !Number.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180 || (lat === 0 && lon === 0)) continue;
    const camp = options.campTypes.includes(type);
    if (!camp && !(options.locationTypes.includes(type) && !NOT_A_PLACE.test(`${name} ${alternate}`))) continue;
    if (!/\p{L}{3}/u.test(name)) continue;
    const kind = type.startsWith('IDP') ? 'idp' : type.startsWith('Returnee') ? 'returnee' : 'refugee';
    rows.push({ pcode, name, alternate: alternate === name ? '' : alternate, country, lat: Math.round(lat * 1e5) / 1e5, lon: Math.round(lon * 1e5) / 1e5, kind, updated: isoDate(f[iUpdated as number] ?? '') });
  }
  // Newest first, then P-code: the row kept for a camp listed twice.
  rows.sort((a, b) => (a.updated === b.updated ? (a.pcode < b.pcode ? -1 : 1) : a.updated < b.updated ? 1 : -1));
  const kept: CampRow[] = [];
  const pcodes = new Set<string>();
  for (const r of rows) {
    const key = r.name.toLowerCase();
    if (pcodes.has(r.pcode)) continue; // a P-code listed twice: the newest row
    pcodes.add(r.pcode);
    if (kept.some((k) => k.country === r.country && k.name.toLowerCase() === key && km(k, r) <= options.duplicateKm)) continue;
    kept.push(r);
  }
  return kept.sort((a, b) => (a.pcode < b.pcode ? -1 : a.pcode > b.pcode ? 1 : 0));
}

function main() {
  const path = process.argv[2];
  if (!path) {
    process.stderr.write('usage: tsx scripts/extract-camps.ts PATH/displacement_locations_unhcr.csv\n');
    process.exitCode = 1;
    return;
  }
  const countries = JSON.parse(readFileSync(COUNTRIES, 'utf8')) as { cca2: string; cca3: string }[];
  const camps = extractCamps(readFileSync(path, 'utf8'), new Map(countries.map((c) => [c.cca3, c.cca2])));
  const clean = (s: string) => s.replace(/[\t\n\r]/g, ' ');
  writeFileSync(OUT, `${camps.map((c) => [c.pcode, clean(c.name), clean(c.alternate), c.country, c.lat, c.lon, c.kind].join('\t')).join('\n')}\n`);
  console.log(`camps.tsv: ${camps.length} camps`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
