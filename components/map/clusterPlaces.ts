/**
 * Which markers to draw at a zoom: places closer on screen than a marker's width are
 * drawn as one group marker. The grouping is supercluster's (a KD-tree per zoom, built
 * once per set of places); this module adds what the map needs on top of it: each group
 * led by its heaviest place, the first place the text names, and the zooms at which a
 * place stands alone or a group splits. No DOM and no Leaflet, so it runs in tests.
 */
import type { BBox, Feature, Point } from 'geojson';
import Supercluster from 'supercluster';

/** A place to cluster: where it is drawn, and how much it matters. */
export interface ClusterPlace {
  id: string;
  /** [lon, lat] of its marker. */
  position: readonly [number, number];
  /** Higher wins: leads its group and keeps its label. */
  weight: number;
  /** Offset of the place's first mention in the text; orders markers for the keyboard. */
  firstMention: number;
}

/** One marker on screen: a single place, or several close together. */
export interface PlaceGroup {
  /** Stable while the group is on screen: the place id, or `group:<cluster id>`. */
  key: string;
  /** The heaviest member; the group is drawn at its position and named after it. */
  leader: ClusterPlace;
  /** How many places the marker stands for. */
  count: number;
  /**
   * The members' ids, heaviest first (leader first), when there are at most
   * `NAMED_MEMBERS`; for bigger groups only the leader.
   */
  members: string[];
  /** The earliest first mention among the members. */
  firstMention: number;
  /** supercluster's id of a group; null for a single place. */
  clusterId: number | null;
}

/** The clusters of one set of places; build with `indexPlaces`, then ask it for groups. */
export interface PlaceIndex {
  readonly places: ReadonlyMap<string, ClusterPlace>;
  readonly clusters: Supercluster<PointProperties, LeaderProperties>;
}

export const clusterDefaults = {
  /** Markers closer than this on screen (px) are drawn as one group. */
  radius: 30,
  /** Above this zoom nothing is grouped: everything is apart by then. */
  maxZoom: 13,
};

/** Above this zoom nothing is grouped. */
export const GROUPING_MAX_ZOOM = clusterDefaults.maxZoom;

/** Groups up to this size list every member by name (for the marker's spoken label). */
export const NAMED_MEMBERS = 12;

/** Leaflet's tiles are 256 px: with this extent, supercluster's radius is screen pixels. */
const TILE_SIZE = 256;

// Type aliases, not interfaces: supercluster wants GeoJSON properties (an index signature).
type PointProperties = { id: string; weight: number; firstMention: number };
type LeaderProperties = { leaderId: string; leaderWeight: number; firstMention: number };

function heavier(a: { weight: number; id: string }, b: { weight: number; id: string }): boolean {
  return a.weight > b.weight || (a.weight === b.weight && a.id < b.id);
}

/**
 * Builds the cluster index for a set of places, once; every zoom is then a lookup.
 * @param radius screen distance in px under which two markers would overlap
 * @example const index = indexPlaces([{ id: 'a', position: [36.3, 33.5], weight: 10, firstMention: 0 }])
 */
export function indexPlaces(places: readonly ClusterPlace[], radius = clusterDefaults.radius): PlaceIndex {
  const byId = new Map(places.map((p) => [p.id, p]));
  // Heaviest first: supercluster grows each cluster from the first unvisited point.
  const points = [...places]
    .sort((a, b) => (heavier(a, b) ? -1 : heavier(b, a) ? 1 : 0))
    .map(
      (p): Feature<Point, PointProperties> => ({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [p.position[0], p.position[1]] },
        properties: { id: p.id, weight: p.weight, firstMention: p.firstMention },
      }),
    );
  const clusters = new Supercluster<PointProperties, LeaderProperties>({
    radius,
    extent: TILE_SIZE,
    maxZoom: clusterDefaults.maxZoom,
    map: (p) => ({ leaderId: p.id, leaderWeight: p.weight, firstMention: p.firstMention }),
    reduce(group, other) {
      if (heavier({ id: other.leaderId, weight: other.leaderWeight }, { id: group.leaderId, weight: group.leaderWeight })) {
        group.leaderId = other.leaderId;
        group.leaderWeight = other.leaderWeight;
      }
      group.firstMention = Math.min(group.firstMention, other.firstMention);
    },
  });
  clusters.load(points);
  return { places: byId, clusters };
}

/** The whole world, for `groupsAt` without a view. */
export const WORLD: BBox = [-180, -85, 180, 85];

/**
 * The markers to draw at `zoom` for the places inside `bbox` ([west, south, east, north]),
 * in the order the text first names them.
 * @example groupsAt(index, 6).map((g) => g.count) // [5, 1, 1, 1]
 */
export function groupsAt(index: PlaceIndex, zoom: number, bbox: BBox = WORLD): PlaceGroup[] {
  const groups: PlaceGroup[] = [];
  for (const feature of index.clusters.getClusters(bbox, zoom)) {
    const properties = feature.properties;
    if ('cluster' in properties && properties.cluster) {
      const leader = index.places.get(properties.leaderId);
      if (!leader) continue;
      const clusterId = properties.cluster_id;
      const count = properties.point_count;
      groups.push({
        key: `group:${clusterId}`,
        leader,
        count,
        members: count <= NAMED_MEMBERS ? memberIds(index, clusterId) : [leader.id],
        firstMention: properties.firstMention,
        clusterId,
      });
    } else {
      const place = index.places.get((properties as PointProperties).id);
      if (!place) continue;
      groups.push({ key: place.id, leader: place, count: 1, members: [place.id], firstMention: place.firstMention, clusterId: null });
    }
  }
  return groups.sort((a, b) => a.firstMention - b.firstMention || (heavier(a.leader, b.leader) ? -1 : 1));
}

/** Every member of a group, heaviest first. */
export function memberIds(index: PlaceIndex, clusterId: number): string[] {
  return index.clusters
    .getLeaves(clusterId, Infinity)
    .map((leaf) => index.places.get(leaf.properties.id))
    .filter((p): p is ClusterPlace => p !== undefined)
    .sort((a, b) => (heavier(a, b) ? -1 : 1))
    .map((p) => p.id);
}

/** The positions of every member of a group ([lon, lat]). */
export function memberPositions(index: PlaceIndex, clusterId: number): Array<readonly [number, number]> {
  return index.clusters.getLeaves(clusterId, Infinity).map((leaf) => [leaf.geometry.coordinates[0] ?? 0, leaf.geometry.coordinates[1] ?? 0] as const);
}

/**
 * The zoom at which a group splits into several markers.
 * @example expansionZoom(index, group.clusterId) // 9
 */
export function expansionZoom(index: PlaceIndex, clusterId: number): number {
  return index.clusters.getClusterExpansionZoom(clusterId);
}

/**
 * The lowest zoom at which `id` is drawn on its own. Clusters nest from zoom to zoom,
 * so from that zoom up it stays alone. Never more than one above GROUPING_MAX_ZOOM.
 * @example separationZoom(index, 'geonames:169304') // 11
 */
export function separationZoom(index: PlaceIndex, id: string): number {
  const place = index.places.get(id);
  if (!place) return 0;
  const [lon, lat] = place.position;
  const near: BBox = [lon - 1e-6, lat - 1e-6, lon + 1e-6, lat + 1e-6];
  for (let zoom = 0; zoom <= GROUPING_MAX_ZOOM; zoom++) {
    const alone = index.clusters.getClusters(near, zoom).some((f) => !('cluster' in f.properties) && f.properties.id === id);
    if (alone) return zoom;
  }
  return GROUPING_MAX_ZOOM + 1;
}
