/**
 * The antimeridian cut of the gazetteer build: an outline that straddles ±180° becomes
 * parts each side of it, every position within range and no step across the map.
 */
import { readFileSync } from 'node:fs';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { cutAtAntimeridian } from '@/scripts/gazetteer/geometry';

const positions = (g: Polygon | MultiPolygon): Position[] => (g.type === 'Polygon' ? g.coordinates.flat() : g.coordinates.flat(2));
const steps = (g: Polygon | MultiPolygon) => {
  const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  return polygons.flat().flatMap((ring) => ring.slice(1).map((p, i) => Math.abs(p[0]! - ring[i]![0]!)));
};

describe('cutAtAntimeridian', () => {
  it('cuts a square across 180° into one part each side, closed and in range', () => {
    const square: Polygon = { type: 'Polygon', coordinates: [[[178, -10], [-178, -10], [-178, -14], [178, -14], [178, -10]]] };
    const cut = cutAtAntimeridian(square);
    expect(cut.type).toBe('MultiPolygon');
    const parts = (cut as MultiPolygon).coordinates;
    expect(parts).toHaveLength(2);
    for (const [ring] of parts) {
      expect(ring![0]).toEqual(ring![ring!.length - 1]);
      const lons = ring!.map((p) => p[0]!);
      expect(Math.max(...lons) - Math.min(...lons)).toBeLessThanOrEqual(2);
    }
    expect(parts.map(([ring]) => Math.min(...ring!.map((p) => p[0]!))).sort((a, b) => a - b)).toEqual([-180, 178]);
  });

  it('leaves a polygon that does not cross alone', () => {
    const box: Polygon = { type: 'Polygon', coordinates: [[[36, 33], [37, 33], [37, 34], [36, 34], [36, 33]]] };
    expect(cutAtAntimeridian(box)).toBe(box);
  });

  it("cuts Natural Earth's Russia and Fiji: no step wider than the map's half", () => {
    const topology = JSON.parse(readFileSync('node_modules/world-atlas/countries-110m.json', 'utf8')) as Topology;
    const countries = feature(topology, topology.objects.countries as GeometryCollection).features as unknown as { properties: { name: string }; geometry: Polygon | MultiPolygon }[];
    for (const name of ['Russia', 'Fiji']) {
      const outline = countries.find((c) => c.properties.name === name)!.geometry;
      expect(Math.max(...steps(outline)), `${name} before`).toBeGreaterThan(180);
      const cut = cutAtAntimeridian(outline);
      expect(Math.max(...steps(cut)), name).toBeLessThan(180);
      expect(positions(cut).every(([lon, lat]) => lon! >= -180 && lon! <= 180 && lat! >= -90 && lat! <= 90)).toBe(true);
    }
  });
});
