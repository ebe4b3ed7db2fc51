'use client';
/**
 * The atlas: every place with claims from every report, on the shared map (clusters
 * from the server where places crowd), with a timeline, filters, a legend and a list
 * that mirrors the map. The view (bounds, zoom, date range, filters) lives in the URL,
 * so it can be shared; the page asks the server only for what is in view.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Claim, PlaceFeature } from '@/geo/types';
import { countryName, describePlace, eventLabel, plural } from '../describePlace';
import { ClaimMap } from '../map/ClaimMap';
import type { MapView } from '../map/LeafletMap';
import type { ExternalGroup } from '../map/PlaceLayer';
import { selectPlace } from '../placeSelection';
import { AtlasClaims } from './AtlasClaims';
import { atlasQueryToParams, emptyFilters, parseAtlasQuery } from './atlasQuery';
import type { AtlasFacet, AtlasPlace, AtlasQuery, AtlasResponse, AtlasSummary } from '@/geo/types';
import { EVENT_STYLES, eventDecoration } from './eventTypes';
import { Timeline } from './Timeline';

const FACET_LABELS: Record<AtlasFacet, string> = {
  eventType: 'Event type',
  actor: 'Actor',
  source: 'Source (who says so)',
  publisher: 'Publisher',
  country: 'Country',
};

const HELP =
  'Tab to reach the places on the map; press Enter to open one. Each marker shows the letter of its most frequent ' +
  'event type (see the legend) and its number of claims; "!" and a dashed ring mark a place where claims disagree. ' +
  'Double circles are groups of places, which Enter zooms into. The list below the map holds the same places.';

function initialQuery(): AtlasQuery {
  const parsed = parseAtlasQuery(new URLSearchParams(window.location.search));
  return 'query' in parsed ? parsed.query : { bbox: null, zoom: 2, from: null, to: null, filters: emptyFilters() };
}

/** An atlas place as the map's place feature; its claims as the engine's claim shape. */
function toPlaceFeature(place: AtlasPlace): PlaceFeature {
  const p = place.properties;
  const claims = p.claims.map(
    (c): Claim => ({
      start: c.start,
      end: c.end,
      text: c.text,
      attribution: c.attribution,
      source: null,
      cue: c.cue,
      stance: c.stance,
      actors: [c.actor1, c.actor2].filter((a): a is string => a !== null),
      actor1: c.actor1,
      actor2: c.actor2,
      eventType: c.eventType,
      subEventType: null,
      fatalities: c.fatalities,
      date: c.day,
    }),
  );
  return {
    type: 'Feature',
    id: p.id,
    geometry: place.geometry,
    properties: { name: p.name, placeType: p.placeType, country: p.country, mentions: [], claims, score: 1, runnerUp: null },
  };
}

function describeView({ meta }: AtlasResponse): string {
  let line = `${plural(meta.claimCount, 'claim')} in and around the view`;
  if (meta.groupedClaims > 0) line += `, ${meta.groupedClaims} of them in groups of places (zoom in to see them)`;
  if (meta.truncated) line += `; only the ${meta.claimsReturned} about the busiest places are listed (at most ${meta.claimLimit} at once)`;
  return `${line}.`;
}

type Box = [number, number, number, number];

function contains(outer: Box, inner: Box): boolean {
  return inner[0] >= outer[0] && inner[1] >= outer[1] && inner[2] <= outer[2] && inner[3] <= outer[3];
}

function pad([west, south, east, north]: Box, share: number): Box {
  const dx = (east - west) * share;
  const dy = (north - south) * share;
  return [west - dx, Math.max(-90, south - dy), east + dx, Math.min(90, north + dy)];
}

/** The atlas map's width in pixels (the page's, less its margins, before the map exists). */
function mapWidth(): number {
  return Math.max(200, (document.querySelector('.atlas')?.clientWidth ?? window.innerWidth) - 32);
}

/** Width of the world at the map's lowest zoom (2), in pixels of 256-px tiles. */
const WORLD_PX_AT_MIN_ZOOM = 1024;

/**
 * [west, south, east, north] around every marker of an answer, or null when there are
 * none. Where they span more than the map can show at its lowest zoom (a phone, a world
 * of reports), the box is as wide as the map and centred on the claims' weighted centre,
 * so the map opens where most claims are, not on the ocean between them.
 */
function boundsOf(view: AtlasResponse, mapWidthPx: number): [number, number, number, number] | null {
  let [west, south, east, north] = [180, 90, -180, -90];
  let weighted = 0;
  let total = 0;
  for (const f of view.features) {
    const [lon, lat] = f.properties.kind === 'place' ? f.properties.anchor : (f.geometry.coordinates as [number, number]);
    [west, south, east, north] = [Math.min(west, lon), Math.min(south, lat), Math.max(east, lon), Math.max(north, lat)];
    weighted += lon * f.properties.claimCount;
    total += f.properties.claimCount;
  }
  if (west > east) return null;
  const pad = Math.max(1, (east - west) * 0.05);
  const visible = (360 * mapWidthPx) / WORLD_PX_AT_MIN_ZOOM;
  if (east - west + 2 * pad > visible && total > 0) {
    const centre = Math.min(180 - visible / 2, Math.max(-180 + visible / 2, weighted / total));
    [west, east] = [centre - visible / 2 + pad, centre + visible / 2 - pad];
  }
  return [west - pad, Math.max(-85, south - pad), east + pad, Math.min(85, north + pad)];
}

export default function Atlas({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const [query, setQuery] = useState<AtlasQuery>(initialQuery);
  // the map opens on the URL's bounds, else around every claim (known after the first answer)
  const [opening, setOpening] = useState<[number, number, number, number] | null | undefined>(() => query.bbox ?? undefined);
  const [view, setView] = useState<AtlasResponse | null>(null);
  const [summary, setSummary] = useState<AtlasSummary | null>(null);
  const [error, setError] = useState('');

  const filterKey = useMemo(() => {
    const { bbox: _b, zoom: _z, from: _f, to: _t, ...rest } = query;
    return atlasQueryToParams({ ...rest, bbox: null, zoom: 0, from: null, to: null }).toString();
  }, [query]);

  useEffect(
    function keepViewInUrl() {
      const params = atlasQueryToParams(query).toString();
      window.history.replaceState(window.history.state, '', `${window.location.pathname}?${params}${window.location.hash}`);
    },
    [query],
  );

  useEffect(
    function fetchSummary() {
      const controller = new AbortController();
      fetch(`/api/atlas/summary?${filterKey}`, { signal: controller.signal })
        .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`the server answered ${r.status}`))))
        .then((s: AtlasSummary) => setSummary(s))
        .catch((e: Error) => e.name !== 'AbortError' && setError(`Could not load the timeline: ${e.message}`));
      return function cancelSummary() {
        controller.abort();
      };
    },
    [filterKey],
  );

  // what is asked of the server: the view and half a view around it, so that small moves
  // (a popup panning into view) need no new answer and the markers stay as they are
  const asked = useRef<AtlasQuery | null>(null);
  const fetchQuery = useMemo(() => {
    const last = asked.current;
    const same = last && last.zoom === query.zoom && last.from === query.from && last.to === query.to && JSON.stringify(last.filters) === JSON.stringify(query.filters);
    if (same && (last.bbox === null || (query.bbox && contains(last.bbox, query.bbox)))) return last;
    const next = { ...query, bbox: query.bbox && pad(query.bbox, 0.5) };
    asked.current = next;
    return next;
  }, [query]);

  useEffect(
    function fetchView() {
      const controller = new AbortController();
      fetch(`/api/claims?${atlasQueryToParams(fetchQuery).toString()}`, { signal: controller.signal })
        .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`the server answered ${r.status}`))))
        .then((v: AtlasResponse) => {
          setView(v);
          setError('');
          setOpening((o) => (o === undefined ? boundsOf(v, mapWidth()) : o));
        })
        .catch((e: Error) => e.name !== 'AbortError' && setError(`Could not load the claims: ${e.message}`));
      return function cancelView() {
        controller.abort();
      };
    },
    [fetchQuery],
  );

  const onViewChange = useCallback(function followMap({ bbox, zoom }: MapView) {
    setQuery((q) => ({ ...q, bbox, zoom }));
  }, []);

  const atlasPlaces = useMemo(() => (view?.features ?? []).filter((f): f is AtlasPlace => f.properties.kind === 'place'), [view]);
  const byId = useMemo(() => new Map(atlasPlaces.map((p) => [p.properties.id, p])), [atlasPlaces]);
  const places = useMemo(() => atlasPlaces.map(toPlaceFeature), [atlasPlaces]);
  const groups = useMemo(
    (): ExternalGroup[] =>
      (view?.features ?? []).flatMap((f) =>
        f.properties.kind === 'cluster'
          ? [
              {
                key: `cluster:${f.properties.clusterId}`,
                clusterId: f.properties.clusterId,
                position: f.geometry.coordinates as [number, number],
                count: f.properties.count,
                names: f.properties.names,
                zoom: f.properties.expansionZoom,
                decoration: eventDecoration(f.properties.eventType, f.properties.disputed),
              },
            ]
          : [],
      ),
    [view],
  );
  const decorate = useCallback(
    (place: PlaceFeature) => {
      const p = byId.get(place.id)?.properties;
      return eventDecoration(p?.eventType ?? 'Other', p?.disputed ?? false);
    },
    [byId],
  );
  const popupBody = useCallback(
    (place: PlaceFeature) => {
      const p = byId.get(place.id)?.properties;
      // the popup's heading is at the atlas's level (the map comes before the list's heading), its days one below
      return p ? <AtlasClaims claims={p.claims} claimCount={p.claimCount} headingLevel={headingLevel === 2 ? 3 : 4} /> : null;
    },
    [byId, headingLevel],
  );

  function setFilter(facet: AtlasFacet, value: string) {
    setQuery((q) => ({ ...q, filters: { ...q.filters, [facet]: value ? [value] : [] } }));
  }

  const H = `h${headingLevel}` as const;
  const H2 = `h${headingLevel + 1}` as 'h3' | 'h4';
  return (
    <div className="atlas">
      <p className="atlas-status" role="status">
        {error || (view ? describeView(view) : 'Loading the atlas…')}
      </p>
      <div className="atlas-map">
        {opening === undefined ? (
          <div className="map-frame">
            <div className="map-placeholder">Loading the atlas…</div>
          </div>
        ) : (
        <ClaimMap
          places={places}
          label="Atlas: the places every report names, with their claims"
          publisher={null}
          headingLevel={headingLevel}
          help={HELP}
          initialBbox={opening}
          onViewChange={onViewChange}
          decorate={decorate}
          popupBody={popupBody}
          externalGroups={groups}
          popupMaxWidth={560}
        />
        )}
        <ul className="atlas-legend" aria-label="Legend">
          {Object.entries(EVENT_STYLES).map(([type, style]) => (
            <li key={type}>
              <span className={`event-chip ${style.tone}`} aria-hidden="true">
                {style.letter}
              </span>{' '}
              {eventLabel({ eventType: type as Claim['eventType'], subEventType: null })}
            </li>
          ))}
          <li>
            <span className="event-chip is-disputed-chip" aria-hidden="true">
              !
            </span>{' '}
            Disputed: claims disagree
          </li>
        </ul>
      </div>
      <div className="atlas-controls">
        <fieldset className="atlas-filters">
          <legend>Filters</legend>
          {(Object.keys(FACET_LABELS) as AtlasFacet[]).map((facet) => (
            <label key={facet}>
              {FACET_LABELS[facet]}
              <select value={query.filters[facet][0] ?? ''} onChange={(e) => setFilter(facet, e.target.value)}>
                <option value="">All</option>
                {(summary?.facets[facet] ?? []).slice(0, 200).map(({ value, count }) => (
                  <option key={value} value={value}>
                    {facet === 'country' ? countryName(value) : facet === 'eventType' ? eventLabel({ eventType: value as Claim['eventType'], subEventType: null }) : value} ({count})
                  </option>
                ))}
                {query.filters[facet][0] && !summary?.facets[facet].some((f) => f.value === query.filters[facet][0]) && (
                  <option value={query.filters[facet][0]}>{query.filters[facet][0]}</option>
                )}
              </select>
            </label>
          ))}
        </fieldset>
        <section className="atlas-timeline" aria-label="Timeline of claims per day">
          {summary && (
            <Timeline days={summary.days} undated={summary.undated} from={query.from} to={query.to} onChange={(from, to) => setQuery((q) => ({ ...q, from, to }))} />
          )}
        </section>
      </div>
      <section className="atlas-list" aria-labelledby="atlas-list-heading">
        <H id="atlas-list-heading">Places in and around the view</H>
        {view && atlasPlaces.length === 0 && groups.length === 0 && <p>No claims in view: zoom out or widen the filters.</p>}
        <ul className="atlas-places">
          {groups.map((group) => (
            <li key={group.key} className="atlas-group">
              Group of {group.count} places ({group.names.slice(0, 3).join(', ')}
              {group.count > 3 ? '…' : ''}): zoom in on the map to see them.
            </li>
          ))}
          {[...atlasPlaces]
            .sort((a, b) => b.properties.claimCount - a.properties.claimCount)
            .map((place) => {
              const p = place.properties;
              return (
                <li key={p.id} className={p.disputed ? 'atlas-place is-disputed' : 'atlas-place'}>
                  <H2>
                    {p.name}
                    {p.disputed && <span className="disputed-tag"> (disputed)</span>}
                  </H2>
                  <p className="place-meta">
                    {describePlace(p)} · {plural(p.claimCount, 'claim')} · mostly {eventLabel({ eventType: p.eventType, subEventType: null })}{' '}
                    <button type="button" className="outline-button" onClick={() => selectPlace(p.id, 'list')}>
                      Show on map
                    </button>
                  </p>
                  <details>
                    <summary>Claims about {p.name}</summary>
                    <AtlasClaims claims={p.claims} claimCount={p.claimCount} headingLevel={headingLevel === 2 ? 4 : 5} />
                  </details>
                </li>
              );
            })}
        </ul>
      </section>
    </div>
  );
}
