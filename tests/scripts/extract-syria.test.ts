import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
  assemblePolygons,
  douglasPeucker,
  extractGovernorates,
  extractSubdistricts,
  parseDbf,
  parseShpPolygons,
  serialize,
  signedArea,
  simplifySharedRings,
  subdistrictSpellings,
  type OpenSyriaSubdistrict,
} from '../../scripts/extract-syria';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bytes = (path: string) => readFileSync(root + path);
const text = (path: string) => readFileSync(root + path, 'utf8');

const SHP = 'scripts/sources/ocha-syr-admin1/syr_admin1.shp';
const DBF = 'scripts/sources/ocha-syr-admin1/syr_admin1.dbf';
const SUBDISTRICTS = 'scripts/sources/opensyria/subdistricts.json';

const rings = (g: Polygon | MultiPolygon): Position[][] => (g.type === 'Polygon' ? g.coordinates : g.coordinates.flat());

describe('shapefile and dBASE readers', () => {
  it('read the 14 OCHA governorates with their P-codes and English names', () => {
    const rows = parseDbf(bytes(DBF));
    const shapes = parseShpPolygons(bytes(SHP));
    expect(rows).toHaveLength(14);
    expect(shapes).toHaveLength(14);
    expect(rows.map((r) => r.PCODE)).toEqual(Array.from({ length: 14 }, (_, i) => `SY${String(i + 1).padStart(2, '0')}`));
    expect(rows.find((r) => r.PCODE === 'SY03')?.NAME_EN).toBe('Rural Damascus');
    expect(rows.find((r) => r.PCODE === 'SY03')?.NAME_AR).toBe('ريف دمشق');
    // Rif Dimashq has a hole where Damascus is.
    const rif = assemblePolygons(shapes[2]!);
    expect(rif.some((p) => p.length === 2)).toBe(true);
  });
});

describe('geometry', () => {
  it('Douglas–Peucker keeps the ends and the far corners', () => {
    const line: Position[] = [[0, 0], [1, 0.001], [2, 0], [2, 1], [2.001, 2]];
    expect(douglasPeucker(line, 0.01)).toEqual([[0, 0], [2, 0], [2.001, 2]]);
  });

  it('simplifies a border two features share once, so they still meet', () => {
    // Two squares sharing the wavy edge x ≈ 1 (shapefile shells are clockwise).
    const wave: Position[] = [[1, 0], [1.001, 0.25], [0.999, 0.5], [1.001, 0.75], [1, 1]];
    const left: Position[] = [[0, 0], [0, 1], ...[...wave].reverse(), [0, 0]];
    const right: Position[] = [...wave, [2, 1], [2, 0], [1, 0]];
    const [lf, rf] = simplifySharedRings([[left], [right]], 0.01);
    const l = lf![0];
    const r = rf![0];
    const shared = (ring: Position[]) => [...new Set(ring.filter((p) => p[0]! > 0.9 && p[0]! < 1.1).map((p) => p.join(',')))].sort();
    expect(shared(l!)).toEqual(shared(r!));
    expect(shared(l!)).toEqual(['1,0', '1,1']); // the wave is gone, on both sides
    expect(signedArea(l!)).toBeLessThan(0); // orientation kept
  });
});

describe('the committed Syrian extracts', () => {
  it('syria-admin.geojson is what the extract makes of the committed sources', () => {
    expect(serialize(extractGovernorates(bytes(SHP), bytes(DBF))) === text('geo/gazetteer/data/syria-admin.geojson')).toBe(true);
  });

  it('syria-subdistricts.geojson is what the extract makes of the committed sources', () => {
    const records = JSON.parse(text(SUBDISTRICTS)) as OpenSyriaSubdistrict[];
    expect(serialize(extractSubdistricts(records)) === text('geo/gazetteer/data/syria-subdistricts.geojson')).toBe(true);
  });

  it('has 14 small, valid governorate outlines; Damascus fills the hole in Rif Dimashq', () => {
    expect(Buffer.byteLength(text('geo/gazetteer/data/syria-admin.geojson'))).toBeLessThan(400_000);
    const admin = JSON.parse(text('geo/gazetteer/data/syria-admin.geojson'));
    expect(admin.features).toHaveLength(14);
    for (const f of admin.features) {
      expect(f.geometry.type).toMatch(/^(Multi)?Polygon$/);
      for (const [i, ring] of (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates).flatMap((p: Position[][]) => p.map((r, k) => [k, r] as const))) {
        expect(ring[0]).toEqual(ring[ring.length - 1]);
        // RFC 7946: shells counter-clockwise, holes clockwise.
        expect(signedArea(ring) > 0, `${f.properties.pcode} ring ${i}`).toBe(i === 0);
      }
    }
    const damascus = admin.features.find((f: { properties: { pcode: string } }) => f.properties.pcode === 'SY01');
    const rif = admin.features.find((f: { properties: { pcode: string } }) => f.properties.pcode === 'SY03');
    const key = (ring: Position[]) => new Set(ring.map((p) => p.join(',')));
    const hole = rings(rif.geometry).find((r) => signedArea(r) < 0)!;
    expect(key(hole)).toEqual(key(rings(damascus.geometry)[0]!));
  });

  it('names each sub-district by its OCHA P-code, without administrative forms', () => {
    const subs = JSON.parse(text('geo/gazetteer/data/syria-subdistricts.geojson')).features;
    expect(subs).toHaveLength(272);
    const kafrBatna = subs.find((f: { id: string }) => f.id === 'ocha:SY030105');
    expect(kafrBatna.properties).toMatchObject({ name: 'Kafr Batna', admin1: 'SY03' });
    for (const f of subs) {
      for (const n of [f.properties.name, ...f.properties.alternateNames]) expect(n).not.toMatch(/Subdistrict|N[āa][ḩh]iyat|^Markaz /);
    }
  });

  it('keeps the place name inside an administrative form', () => {
    expect(subdistrictSpellings('Duma', ['Duma Subdistrict', 'Nāḩiyat Markaz Dūmā', 'Nahiyat Markaz Duma', 'nahyt mrkz dwma'])).toEqual(['Duma', 'Dūmā']);
    expect(subdistrictSpellings('Markaz Darayya', ['ناحية مركز داريا'])).toEqual(['Darayya']);
  });
});
