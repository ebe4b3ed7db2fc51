/**
 * Writes geo/gazetteer/data/ukraine.tsv: Ukraine's settlements, hromadas (territorial
 * communities) and raions (districts) with their OCHA P-codes, English names and a point
 * each, from the location tables of the Danish Refugee Council's Ukraine "infoportal"
 * (github.com/DRC-UA/infoportal, packages/infoportal-common; ActivityInfo's list of OCHA
 * settlements, hromadas and raions, with centroids). See geo/gazetteer/data/SOURCES.md.
 *
 *   npx tsx scripts/extract-ukraine.ts [--raw-dir DIR]    (default /tmp/claimmap-raw/ukraine/)
 *
 * DIR holds the four raw files (not committed; their sha256 is checked):
 *   aiSettlements.ts, hromadas.ts, raions.ts  git show fa9d406ab6e2e5f92dc3c879ed3b0a20552fa24e:packages/infoportal-common/src/location/<file>
 *   settlementsGeoLoc.json                    git show 299644c0b207ede0c3ff0f9f3500dce14153138e:packages/infoportal-common/ressources/settlementsGeoLoc.json
 *
 * Output, one place a line, sorted by P-code (reproducible, no timestamps):
 *   pcode \t kind (settlement|hromada|raion) \t English name \t lat \t lon \t parent P-code
 * Coordinates are rounded to 4 decimals (about 10 m).
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SHA256: Record<string, string> = {
  'aiSettlements.ts': '6c5743dcd38fd43e51e8ea805671d007902d6c350e1b2859ec142b1d106fa69e',
  'hromadas.ts': '5842cc43845bfde70eef3c1a42134298c4884d3f21d4162e01da2cd74c10f1a7',
  'raions.ts': '806562eece540b0ab8c8a974eae7e55a8ce47ed0274968f9225c639d2c3d74da',
  'settlementsGeoLoc.json': '212fcd91beaf35acebcde7c5d1538a798dad5f4888495b3a077078fcc21d8485',
};

/** One row of ukraine.tsv. */
export interface UkraineRow {
  pcode: string;
  kind: 'settlement' | 'hromada' | 'raion';
  name: string;
  lat: number;
  lon: number;
  parent: string;
}

/**
 * The rows of the four raw files.
 * @param files the raw files' text by file name
 * @returns the rows, sorted by P-code
 * @example extractUkraine({ 'aiSettlements.ts': "  Kurakhove_UA1416011001_Курахове: 'x',", 'settlementsGeoLoc.json': '{"UA1416011001": [47.98449, 37.28127]}', 'hromadas.ts': '5842cc43845bfde70eef3c1a42134298c4884d3f21d4162e01da2cd74c10f1a7', 'raions.ts': '' })[0].name // 'Kurakhove'
 */
export function extractUkraine(files: Record<string, string>): UkraineRow[] {
  const rows: UkraineRow[] = [];
  const geo = JSON.parse(files['settlementsGeoLoc.json'] ?? '{}') as Record<string, [number, number]>;
  // Keys are bare, in single quotes, or in double quotes when the name holds an apostrophe ("Bilokamiane_…_Білокам'яне").
  for (const m of (files['aiSettlements.ts'] ?? '').matchAll(/^\s*['"]?(.+?)_(UA\d{10})_.+?['"]?:\s*'/gm)) {
    const [, name, pcode] = m as unknown as [string, string, string];
    const at = geo[pcode];
    if (!at) continue;
    rows.push({ pcode, kind: 'settlement', name: name.trim(), lat: at[0], lon: at[1], parent: pcode.slice(0, 9) });
  }
  // hromadas.ts and raions.ts: objects with iso, parent, en, lat_centroid, lon_centroid.
  const objects = (text: string) =>
    [...text.matchAll(/\{([^{}]*)\}/g)].map((m) => {
      const field = (key: string) => m[1]!.match(new RegExp(`\\b${key}:\\s*'?([^',\\n]+)'?`))?.[1]?.trim();
      return { iso: field('iso'), parent: field('parent'), en: field('en'), lat: Number(field('lat_centroid')), lon: Number(field('lon_centroid')) };
    });
  for (const [file, kind] of [['hromadas.ts', 'hromada'], ['raions.ts', 'raion']] as const) {
    for (const o of objects(files[file] ?? '')) {
      if (!o.iso || !o.en || !o.parent || !Number.isFinite(o.lat) || !Number.isFinite(o.lon)) continue;
      rows.push({ pcode: o.iso, kind, name: o.en, lat: o.lat, lon: o.lon, parent: o.parent });
    }
  }
  rows.sort((a, b) => (a.pcode < b.pcode ? -1 : a.pcode > b.pcode ? 1 : 0));
  return rows.filter((r, i) => i === 0 || r.pcode !== rows[i - 1]!.pcode);
}

/** The rows as ukraine.tsv's text. */
export function serializeUkraine(rows: readonly UkraineRow[]): string {
  const round = (x: number) => String(Math.round(x * 1e4) / 1e4);
  return rows.map((r) => [r.pcode, r.kind, r.name, round(r.lat), round(r.lon), r.parent].join('\t')).join('\n') + '\n';
}

function main(): void {
  const at = process.argv.indexOf('--raw-dir');
  const dir = at > 0 ? process.argv[at + 1]! : '/tmp/claimmap-raw/ukraine';
  const files: Record<string, string> = {};
  for (const [name, sha] of Object.entries(SHA256)) {
    const buffer = readFileSync(join(dir, name));
    const actual = createHash('sha256').update(buffer).digest('hex');
    if (sha && actual !== sha) throw new Error(`${name}: sha256 ${actual}, expected ${sha}`);
    files[name] = buffer.toString('utf8');
  }
  const rows = extractUkraine(files);
  const out = join(dirname(fileURLToPath(import.meta.url)), '../geo/gazetteer/data/ukraine.tsv');
  writeFileSync(out, serializeUkraine(rows));
  const count = (kind: string) => rows.filter((r) => r.kind === kind).length;
  console.log(`ukraine.tsv: ${count('settlement')} settlements, ${count('hromada')} hromadas, ${count('raion')} raions`);
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) main();
