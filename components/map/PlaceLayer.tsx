'use client';
/**
 * The places on the map: a marker per place (a group marker where places crowd), area
 * outlines, popups, and the map's half of the two-way linking. A place chosen in the
 * text or the list is flown to (no animation under prefers-reduced-motion) and its
 * popup opened; opening a popup chooses the place, which marks its mentions in the text.
 */
import {
  latLngBounds,
  point,
  type LeafletEventHandlerFnMap,
  type LeafletKeyboardEvent,
  type Map as LeafletMap,
  type Marker as LeafletMarker,
  type PathOptions,
  type Popup as LeafletPopup,
  type PopupOptions,
  type PopupEvent,
} from 'leaflet';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { GeoJSON, Marker, Popup, useMap } from 'react-leaflet';
import type { PlaceFeature } from '@/geo/types';
import { describePlace, plural } from '../describePlace';
import { clearSelection, selectPlace, usePlaceSelection } from '../placeSelection';
import { GROUPING_MAX_ZOOM, groupPlaces, placeLabels, separationZoom, type LabelBox, type LabelCandidates, type PlaceGroup, type ProjectedPlace } from './clusterPlaces';
import { GROUP_DOT, groupIcon, LABEL_GAP, LABEL_HEIGHT, labelWidth, PLACE_DOT, placeIcon, type LabelSide } from './markerIcons';
import { geometryBounds, type LonLat } from './placeGeometry';
import { PlacePopup } from './PlacePopup';

/** Markers closer than this on screen (px) are drawn as one group. */
const GROUP_RADIUS = 30;
/** Room kept around a place flown to (px). */
const VIEW_MARGIN = 48;

const AREA_STYLE: PathOptions = { color: '#9b2c2c', weight: 2, fillColor: '#c53030', fillOpacity: 0.12 };
const COUNTRY_STYLE: PathOptions = { color: '#4a5568', weight: 1.5, dashArray: '6 5', fillOpacity: 0.03, fillColor: '#4a5568' };

export interface PlaceLayerProps {
  places: PlaceFeature[];
  anchors: ReadonlyMap<string, LonLat>;
  publisher: string | null;
  reduceMotion: boolean;
  onStatus: (message: string) => void;
}

export function PlaceLayer({ places, anchors, publisher, reduceMotion, onStatus }: PlaceLayerProps) {
  const map = useMap();
  const byId = useMemo(() => new Map(places.map((p) => [p.id, p])), [places]);
  const projected = useMemo(
    () =>
      places.map((place): ProjectedPlace => {
        const [lon, lat] = anchors.get(place.id) ?? [0, 0];
        const { x, y } = map.project([lat, lon], 0);
        return { id: place.id, x, y, weight: placeWeight(place) };
      }),
    [places, anchors, map],
  );

  const [view, setView] = useState(() => currentView(map));
  const zoom = view.zoom;
  useEffect(
    function followView() {
      function updateView() {
        setView(currentView(map));
      }
      map.on('moveend resize', updateView);
      return function stopFollowingView() {
        map.off('moveend resize', updateView);
      };
    },
    [map],
  );

  const groups = useMemo(
    () => groupPlaces(projected, zoom, GROUP_RADIUS).sort((a, b) => firstMentionOf(a, byId) - firstMentionOf(b, byId)),
    [projected, zoom, byId],
  );
  const labelSides = useMemo(() => labelPlacement(groups, byId, view), [groups, byId, view]);
  const selection = usePlaceSelection();
  const selectedId = selection?.placeId ?? null;

  const placeMarkers = useRef(new Map<string, LeafletMarker>());
  const groupMarkers = useRef(new Map<string, LeafletMarker>());
  /** A place to open once its own marker is on the map. */
  const pending = useRef<{ id: string; focus: boolean } | null>(null);
  /** Whether the next popup to open takes the focus (opened by keyboard or from the list). */
  const focusNextPopup = useRef(false);
  /** After a group is zoomed into by keyboard: the place whose marker gets the focus. */
  const focusAfterRegroup = useRef<string | null>(null);

  const takePopupFocus = useCallback(function takePopupFocus() {
    const focus = focusNextPopup.current;
    focusNextPopup.current = false;
    return focus;
  }, []);

  const openPending = useCallback(function openPendingPopup() {
    const want = pending.current;
    const marker = want && placeMarkers.current.get(want.id);
    if (!want || !marker) return;
    pending.current = null;
    if (marker.isPopupOpen()) {
      if (want.focus) marker.getPopup()?.getElement()?.querySelector<HTMLElement>('h3')?.focus({ preventScroll: true });
      return;
    }
    focusNextPopup.current = want.focus;
    marker.openPopup();
  }, []);

  const reveal = useCallback(
    function revealPlace(id: string, focus: boolean) {
      const place = byId.get(id);
      const anchor = anchors.get(id);
      if (!place || !anchor) return;
      const at: [number, number] = [anchor[1], anchor[0]];
      const current = map.getZoom();
      const apart = separationZoom(projected, id, GROUP_RADIUS);
      let target = Math.max(current, apart);
      if (place.geometry.type !== 'Point') {
        const [[west, south], [east, north]] = geometryBounds(place.geometry);
        const fit = map.getBoundsZoom([[south, west], [north, east]], false, point(VIEW_MARGIN, VIEW_MARGIN));
        target = Math.max(apart, Math.min(current, fit));
      }
      target = Math.min(target, map.getMaxZoom());
      pending.current = { id, focus };
      onStatus(`${place.properties.name} shown on the map: ${plural(place.properties.claims.length, 'claim')}.`);

      const size = map.getSize();
      const onScreen = map.latLngToContainerPoint(at);
      const inView =
        onScreen.x > VIEW_MARGIN && onScreen.y > VIEW_MARGIN && onScreen.x < size.x - VIEW_MARGIN && onScreen.y < size.y - VIEW_MARGIN;
      if (target === current && inView) {
        openPending();
        return;
      }
      map.stop();
      map.once('moveend', openPending);
      map.flyTo(at, target, { animate: !reduceMotion, duration: 0.8 });
    },
    [byId, anchors, map, projected, reduceMotion, onStatus, openPending],
  );

  useEffect(
    function revealChosenPlace() {
      if (!selection || selection.origin === 'map') return;
      bringIntoView(map.getContainer(), reduceMotion);
      reveal(selection.placeId, selection.origin === 'list');
    },
    [selection, reveal, map, reduceMotion],
  );

  useEffect(
    function afterRegroup() {
      openPending();
      const leader = focusAfterRegroup.current;
      if (leader === null) return;
      focusAfterRegroup.current = null;
      const group = groups.find((g) => g.members.some((m) => m.id === leader));
      const marker = group && (group.members.length === 1 ? placeMarkers.current.get(leader) : groupMarkers.current.get(groupKey(group)));
      marker?.getElement()?.focus({ preventScroll: true });
    },
    [groups, openPending],
  );

  const zoomInto = useCallback(
    function zoomIntoGroup(group: PlaceGroup, byKeyboard: boolean) {
      const bounds = latLngBounds(
        group.members.map((m) => {
          const [lon, lat] = anchors.get(m.id) ?? [0, 0];
          return [lat, lon] as [number, number];
        }),
      );
      const current = map.getZoom();
      const fit = map.getBoundsZoom(bounds, false, point(2 * VIEW_MARGIN, 2 * VIEW_MARGIN));
      const target = Math.min(Math.max(fit, current + 1), GROUPING_MAX_ZOOM + 1, map.getMaxZoom());
      if (byKeyboard) focusAfterRegroup.current = group.leader.id;
      map.stop();
      map.flyTo(bounds.getCenter(), target, { animate: !reduceMotion, duration: 0.6 });
    },
    [anchors, map, reduceMotion],
  );

  const placeHandlers = useMemo(
    () =>
      new Map(
        places.map((place): [string, LeafletEventHandlerFnMap] => [
          place.id,
          {
            popupopen() {
              selectPlace(place.id, 'map');
            },
            popupclose(event) {
              clearSelection(place.id);
              returnFocusToMarker(event as PopupEvent, placeMarkers.current.get(place.id));
            },
            keypress(event) {
              if ((event as LeafletKeyboardEvent).originalEvent.key === 'Enter') focusNextPopup.current = true;
            },
            keydown(event) {
              const key = (event as LeafletKeyboardEvent).originalEvent;
              const marker = placeMarkers.current.get(place.id);
              if (key.key === 'Escape') {
                marker?.closePopup();
              } else if (key.key === ' ') {
                key.preventDefault();
                focusNextPopup.current = true;
                marker?.openPopup();
              }
            },
          },
        ]),
      ),
    [places],
  );

  const icons = useMemo(
    () =>
      new Map(
        groups.map((group) => {
          const key = groupKey(group);
          const labelSide = labelSides.get(key) ?? 'right';
          if (group.members.length > 1) {
            return [key, groupIcon({ names: group.members.map((m) => byId.get(m.id)?.properties.name ?? m.id), labelSide })];
          }
          const place = byId.get(group.leader.id)!;
          return [
            key,
            placeIcon({
              name: place.properties.name,
              description: `${describePlace(place.properties)}, ${plural(place.properties.claims.length, 'claim')}`,
              claimCount: place.properties.claims.length,
              labelSide,
              selected: place.id === selectedId,
            }),
          ];
        }),
      ),
    [groups, labelSides, byId, selectedId],
  );

  return (
    <>
      {places
        .filter((place) => place.geometry.type !== 'Point')
        .map((place) => (
          <GeoJSON
            key={place.id}
            data={place}
            pane="areas"
            interactive={place.properties.placeType !== 'country'}
            pathOptions={areaStyle(place, place.id === selectedId)}
            eventHandlers={{
              click() {
                reveal(place.id, false);
              },
            }}
          />
        ))}
      {groups.map((group) => {
        const key = groupKey(group);
        const [lon, lat] = anchors.get(group.leader.id) ?? [0, 0];
        const icon = icons.get(key)!;
        if (group.members.length > 1) {
          return (
            <Marker
              key={key}
              position={[lat, lon]}
              icon={icon}
              ref={(marker) => {
                if (marker) groupMarkers.current.set(key, marker);
                else groupMarkers.current.delete(key);
              }}
              eventHandlers={{
                click() {
                  zoomInto(group, false);
                },
                keypress(event) {
                  if ((event as LeafletKeyboardEvent).originalEvent.key === 'Enter') zoomInto(group, true);
                },
                keydown(event) {
                  const key = (event as LeafletKeyboardEvent).originalEvent;
                  if (key.key !== ' ') return;
                  key.preventDefault();
                  zoomInto(group, true);
                },
              }}
            />
          );
        }
        const place = byId.get(group.leader.id)!;
        return (
          <PlaceMarker
            key={key}
            place={place}
            position={[lat, lon]}
            icon={icon}
            selected={place.id === selectedId}
            handlers={placeHandlers.get(place.id)!}
            markers={placeMarkers.current}
            publisher={publisher}
            takePopupFocus={takePopupFocus}
          />
        );
      })}
    </>
  );
}

interface PlaceMarkerProps {
  place: PlaceFeature;
  position: [number, number];
  icon: ReturnType<typeof placeIcon>;
  selected: boolean;
  handlers: LeafletEventHandlerFnMap;
  markers: Map<string, LeafletMarker>;
  publisher: string | null;
  takePopupFocus: () => boolean;
}

function PlaceMarker({ place, position, icon, selected, handlers, markers, publisher, takePopupFocus }: PlaceMarkerProps) {
  const map = useMap();
  const popup = useRef<LeafletPopup>(null);
  const onShown = useCallback(
    function popupContentShown() {
      // The content renders after Leaflet laid the popup out: lay it out again.
      popup.current?.update();
      return takePopupFocus();
    },
    [takePopupFocus],
  );
  return (
    <Marker
      position={position}
      icon={icon}
      zIndexOffset={selected ? 1000 : 0}
      eventHandlers={handlers}
      ref={(marker) => {
        if (marker) markers.set(place.id, marker);
        else markers.delete(place.id);
      }}
    >
      <Popup ref={popup} {...popupOptions(map.getSize())}>
        <PlacePopup place={place} publisher={publisher} onShown={onShown} />
      </Popup>
    </Marker>
  );
}

/** Popups that fit the map, clear of the zoom buttons (top left), on a phone too. */
function popupOptions(size: { x: number; y: number }): PopupOptions {
  const maxWidth = Math.max(180, Math.min(320, size.x - 100));
  return {
    maxWidth,
    minWidth: Math.min(220, maxWidth),
    maxHeight: Math.max(160, Math.min(380, size.y - 90)),
    autoPanPaddingTopLeft: [52, 12],
    autoPanPaddingBottomRight: [12, 12],
  };
}

function groupKey(group: PlaceGroup): string {
  return group.members.length === 1 ? group.leader.id : `group:${group.members.map((m) => m.id).join('|')}`;
}

function placeWeight(place: PlaceFeature): number {
  const { claims, mentions, placeType } = place.properties;
  return claims.length * 10 + mentions.length * 3 + (placeType === 'country' ? 0 : 1);
}

function firstMentionOf(group: PlaceGroup, byId: ReadonlyMap<string, PlaceFeature>): number {
  let first = Number.MAX_SAFE_INTEGER;
  for (const member of group.members) {
    for (const mention of byId.get(member.id)?.properties.mentions ?? []) first = Math.min(first, mention.start);
  }
  return first;
}

interface MapView {
  zoom: number;
  /** The visible area in global pixels at `zoom`. */
  box: LabelBox;
}

function currentView(map: LeafletMap): MapView {
  const bounds = map.getPixelBounds();
  const min = bounds.min ?? point(0, 0);
  const max = bounds.max ?? point(0, 0);
  return { zoom: map.getZoom(), box: { id: 'view', x: min.x, y: min.y, width: max.x - min.x, height: max.y - min.y } };
}

const SIDES: readonly LabelSide[] = ['right', 'left'];

/** Each marker's label: right of its dot, else left, else hidden (shown on hover and focus). */
function labelPlacement(groups: readonly PlaceGroup[], byId: ReadonlyMap<string, PlaceFeature>, view: MapView): Map<string, LabelSide> {
  const scale = 2 ** view.zoom;
  const byWeight = [...groups].sort((a, b) => b.leader.weight - a.leader.weight);
  const dots: LabelBox[] = [];
  const labels: LabelCandidates[] = [];
  for (const group of byWeight) {
    const id = groupKey(group);
    const size = group.members.length > 1 ? GROUP_DOT : PLACE_DOT;
    const x = group.leader.x * scale;
    const y = group.leader.y * scale;
    const name = byId.get(group.leader.id)?.properties.name ?? '';
    const width = labelWidth(group.members.length > 1 ? `${name} +${group.members.length - 1}` : name);
    const top = y - LABEL_HEIGHT / 2;
    dots.push({ id, x: x - size / 2, y: y - size / 2, width: size, height: size });
    labels.push({
      id,
      boxes: [
        { id, x: x + size / 2 + LABEL_GAP, y: top, width, height: LABEL_HEIGHT },
        { id, x: x - size / 2 - LABEL_GAP - width, y: top, width, height: LABEL_HEIGHT },
      ],
    });
  }
  const chosen = placeLabels(labels, dots, view.box);
  return new Map([...chosen].map(([id, index]) => [id, SIDES[index] ?? 'hidden']));
}

function areaStyle(place: PlaceFeature, selected: boolean): PathOptions {
  const base = place.properties.placeType === 'country' ? COUNTRY_STYLE : AREA_STYLE;
  return selected ? { ...base, weight: (base.weight ?? 2) + 1.5 } : base;
}

/** After a popup closes with the focus inside it, the focus goes back to its marker. */
function returnFocusToMarker(event: PopupEvent, marker: LeafletMarker | undefined) {
  const active = document.activeElement;
  const popupElement = event.popup.getElement();
  if (active === document.body || active === null || popupElement?.contains(active)) {
    marker?.getElement()?.focus({ preventScroll: true });
  }
}

/** On a phone the map sits above the text: scroll it back into view when half hidden. */
function bringIntoView(container: HTMLElement, reduceMotion: boolean) {
  const box = container.getBoundingClientRect();
  const visible = Math.min(box.bottom, window.innerHeight) - Math.max(box.top, 0);
  if (visible < box.height / 2) container.scrollIntoView({ block: 'nearest', behavior: reduceMotion ? 'auto' : 'smooth' });
}
