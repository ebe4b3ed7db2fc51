import { describe, expect, test } from 'vitest';
import {
  expansionZoom,
  GROUPING_MAX_ZOOM,
  groupsAt,
  indexPlaces,
  NAMED_MEMBERS,
  separationZoom,
  type ClusterPlace,
} from '@/components/map/clusterPlaces';

// [lon, lat]: Damascus and Qaboun are 6 km apart, Aleppo 300 km north.
const places: ClusterPlace[] = [
  { id: 'qaboun', position: [36.33, 33.56], weight: 10, firstMention: 50 },
  { id: 'damascus', position: [36.29, 33.51], weight: 30, firstMention: 80 },
  { id: 'aleppo', position: [37.16, 36.2], weight: 10, firstMention: 10 },
];
const index = indexPlaces(places);

function membersAt(zoom: number) {
  return groupsAt(index, zoom).map((g) => g.members);
}

describe('groupsAt', () => {
  test('groups places closer than the radius under the heaviest one, drawn at its position', () => {
    const groups = groupsAt(index, 6);
    expect(groups.map((g) => g.members)).toEqual([['aleppo'], ['damascus', 'qaboun']]);
    const group = groups[1]!;
    expect(group.count).toBe(2);
    expect(group.leader.id).toBe('damascus');
    expect(group.leader.position).toEqual([36.29, 33.51]);
    expect(group.clusterId).not.toBeNull();
    expect(group.key).toMatch(/^group:\d+$/);
  });

  test('orders markers by the first mention of any member', () => {
    expect(groupsAt(index, 6).map((g) => g.firstMention)).toEqual([10, 50]);
  });

  test('draws every place alone above the grouping zoom', () => {
    expect(membersAt(GROUPING_MAX_ZOOM + 1)).toEqual([['aleppo'], ['qaboun'], ['damascus']]);
    expect(groupsAt(index, GROUPING_MAX_ZOOM + 1).every((g) => g.clusterId === null && g.key === g.leader.id)).toBe(true);
  });

  test('returns only the markers inside the bounding box', () => {
    const aroundDamascus: [number, number, number, number] = [35.5, 33, 37, 34];
    expect(groupsAt(index, GROUPING_MAX_ZOOM + 1, aroundDamascus).map((g) => g.leader.id).sort()).toEqual(['damascus', 'qaboun']);
  });

  test('a big group names only its leader, and counts every member', () => {
    const crowd: ClusterPlace[] = Array.from({ length: NAMED_MEMBERS + 8 }, (_, i) => ({
      id: `p${i}`,
      position: [36 + i * 0.001, 33],
      weight: i,
      firstMention: 100 - i,
    }));
    const [group, ...rest] = groupsAt(indexPlaces(crowd), 4);
    expect(rest).toEqual([]);
    expect(group!.count).toBe(crowd.length);
    expect(group!.members).toEqual([`p${crowd.length - 1}`]);
    expect(group!.firstMention).toBe(100 - (crowd.length - 1));
  });

  test('ten thousand places: every place in exactly one marker at every zoom', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    const many: ClusterPlace[] = Array.from({ length: 10_000 }, (_, i) => ({
      id: `p${i}`,
      position: [35 + random() * 7, 32 + random() * 5],
      weight: Math.floor(random() * 30),
      firstMention: i,
    }));
    const big = indexPlaces(many);
    for (const zoom of [3, 6, 9, 12, 14]) {
      expect(groupsAt(big, zoom).reduce((sum, g) => sum + g.count, 0)).toBe(10_000);
    }
  });
});

describe('separationZoom and expansionZoom', () => {
  test('separationZoom is the first zoom at which a place is drawn alone', () => {
    const zoom = separationZoom(index, 'qaboun');
    expect(membersAt(zoom)).toContainEqual(['qaboun']);
    expect(membersAt(zoom - 1)).toContainEqual(['damascus', 'qaboun']);
    const aleppo = separationZoom(index, 'aleppo');
    expect(aleppo).toBeLessThanOrEqual(6);
    expect(membersAt(aleppo)).toContainEqual(['aleppo']);
    expect(membersAt(aleppo - 1).find((m) => m.includes('aleppo'))!.length).toBeGreaterThan(1);
  });

  test('places on the same spot separate only past the grouping zoom', () => {
    const twins = indexPlaces([...places, { id: 'twin', position: [36.29, 33.51], weight: 1, firstMention: 0 }]);
    expect(separationZoom(twins, 'twin')).toBe(GROUPING_MAX_ZOOM + 1);
  });

  test('a group splits at its expansion zoom', () => {
    const group = groupsAt(index, 6).find((g) => g.count === 2)!;
    const zoom = expansionZoom(index, group.clusterId!);
    expect(zoom).toBe(separationZoom(index, 'qaboun'));
  });
});
