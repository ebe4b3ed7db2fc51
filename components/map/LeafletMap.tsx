'use client';
/**
 * The Leaflet map: a bundled Natural Earth basemap under the tiles (so the map still
 * says where things are when tiles fail), the tiles, and the places. Client only; it is
 * loaded through `ClaimMap`.
 *
 * Tiles come from two build-time environment variables:
 * - `NEXT_PUBLIC_TILE_URL`: a Leaflet URL template; default OpenStreetMap's standard
 *   tiles. Set it to an empty string (or `none`) to use the bundled basemap only.
 * - `NEXT_PUBLIC_TILE_ATTRIBUTION`: the attribution HTML the tile provider requires;
 *   default the OpenStreetMap credit.
 */
import 'leaflet/dist/leaflet.css';
import type { FitBoundsOptions } from 'leaflet';
import { useEffect, useMemo, useRef } from 'react';
import { MapContainer, Pane, TileLayer, useMap } from 'react-leaflet';
import type { PlaceFeature } from '@/geo/types';
import { Basemap } from './Basemap';
import { initialBounds, placeAnchors } from './placeGeometry';
import { PlaceLayer, type PlaceLayerExtensions } from './PlaceLayer';

const DEFAULT_TILE_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
const DEFAULT_TILE_ATTRIBUTION =
  '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors';

const tileUrl = process.env.NEXT_PUBLIC_TILE_URL ?? DEFAULT_TILE_URL;
const tileAttribution = process.env.NEXT_PUBLIC_TILE_ATTRIBUTION ?? DEFAULT_TILE_ATTRIBUTION;
const hasTiles = tileUrl !== '' && tileUrl !== 'none';

/** Room around the places on load; more on the right, where labels run. */
const FIT_OPTIONS: FitBoundsOptions = { paddingTopLeft: [36, 36], paddingBottomRight: [110, 36], maxZoom: 10 };

/** [west, south, east, north] and zoom of what the map shows. */
export interface MapView {
  bbox: [number, number, number, number];
  zoom: number;
}

/** What the atlas adds: a view to open on and to report, and the place layer's extensions. */
export interface MapExtensions extends PlaceLayerExtensions {
  /** Bounds to open on ([west, south, east, north]) instead of fitting the places; null: the world. */
  initialBbox?: [number, number, number, number] | null;
  /** Called after each move or zoom, and once when the map is ready. */
  onViewChange?: (view: MapView) => void;
}

export interface LeafletMapProps extends MapExtensions {
  places: PlaceFeature[];
  label: string;
  publisher: string | null;
  headingLevel: 2 | 3 | 4;
  onStatus: (message: string) => void;
}

export default function LeafletMap({ places, label, publisher, headingLevel, onStatus, initialBbox, onViewChange, ...extensions }: LeafletMapProps) {
  const anchors = useMemo(() => placeAnchors(places), [places]);
  const fitted = useMemo(() => initialBounds(places, anchors), [places, anchors]);
  const bounds: typeof fitted =
    initialBbox === undefined
      ? fitted
      : initialBbox && [
          [initialBbox[0], initialBbox[1]],
          [initialBbox[2], initialBbox[3]],
        ];
  const reduceMotion = useMemo(() => window.matchMedia('(prefers-reduced-motion: reduce)').matches, []);
  const view = bounds
    ? {
        bounds: [
          [bounds[0][1], bounds[0][0]],
          [bounds[1][1], bounds[1][0]],
        ] as [[number, number], [number, number]],
        boundsOptions: FIT_OPTIONS,
      }
    : { center: [30, 20] as [number, number], zoom: 2 };

  return (
    <MapContainer
      {...view}
      className="claim-map"
      minZoom={2}
      maxZoom={18}
      worldCopyJump
      zoomAnimation={!reduceMotion}
      fadeAnimation={!reduceMotion}
      markerZoomAnimation={!reduceMotion}
    >
      <NameTheMap label={label} />
      <Pane name="basemap" style={{ zIndex: 150 }}>
        <Basemap />
      </Pane>
      {hasTiles && <TileLayer url={tileUrl} attribution={tileAttribution} />}
      <Pane name="areas" style={{ zIndex: 380 }} />
      <PlaceLayer
        places={places}
        anchors={anchors}
        publisher={publisher}
        headingLevel={headingLevel}
        reduceMotion={reduceMotion}
        onStatus={onStatus}
        {...extensions}
      />
      {onViewChange && <ReportView onViewChange={onViewChange} />}
    </MapContainer>
  );
}

/** Tells `onViewChange` what the map shows, after every move and once at the start. */
function ReportView({ onViewChange }: { onViewChange: (view: MapView) => void }) {
  const map = useMap();
  const callback = useRef(onViewChange);
  callback.current = onViewChange;
  useEffect(
    function followView() {
      function reportView() {
        const b = map.getBounds();
        callback.current({ bbox: [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()], zoom: map.getZoom() });
      }
      map.whenReady(reportView);
      map.on('moveend', reportView);
      return function stopFollowingView() {
        map.off('moveend', reportView);
      };
    },
    [map],
  );
  return null;
}

/** Gives the map container a role, a name and its keyboard instructions. */
function NameTheMap({ label }: { label: string }) {
  const map = useMap();
  useEffect(
    function labelMapContainer() {
      const container = map.getContainer();
      container.setAttribute('role', 'region');
      container.setAttribute('aria-label', label);
      container.setAttribute('aria-describedby', 'map-help');
      return function unlabelMapContainer() {
        container.removeAttribute('aria-label');
        container.removeAttribute('aria-describedby');
      };
    },
    [map, label],
  );
  return null;
}
