'use client';
/**
 * The places on the map: a marker per place (a group marker where places crowd, from
 * supercluster), area outlines, popups, and the map's half of the two-way linking. A
 * place chosen in the text or the list is flown to (no animation under
 * prefers-reduced-motion) and its popup opened; opening a popup chooses the place,
 * which marks its mentions in the text.
 *
 * Only the markers in and around the view are drawn, so ten thousand places cost no
 * more than the few hundred markers a screen can show.
 */
import {
  latLngBounds,
  point,
  type DivIcon,
  type LeafletEventHandlerFnMap,
  type LeafletKeyboardEvent,
  type Map as LeafletMap,
  type Marker as LeafletMarker,
  type PathOptions,
  type Popup as LeafletPopup,
  type PopupEvent,
  type PopupOptions,
} from 'leaflet';
import type { BBox } from 'geojson';
import { memo, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { GeoJSON, Marker, Popup, useMap } from 'react-leaflet';
import type { PlaceFeature } from '@/geo/types';
import { describePlace, plural } from '../describePlace';
import { clearSelection, selectPlace, usePlaceSelection } from '../placeSelection';
import {
  expansionZoom,
  GROUPING_MAX_ZOOM,
  groupsAt,
  indexPlaces,
  memberPositions,
  separationZoom,
  type ClusterPlace,
  type PlaceGroup,
} from './clusterPlaces';
import {
  GROUP_DOT,
  groupIcon,
  groupLabel,
  LABEL_GAP,
  LABEL_HEIGHT,
  labelWidth,
  PLACE_DOT,
  placeIcon,
  type LabelSide,
  type MarkerDecoration,
} from './markerIcons';
import { geometryBounds, type LonLat } from './placeGeometry';
import { placeLabels, type LabelBox, type LabelCandidates } from './placeLabels';
import { PlacePopup } from './PlacePopup';

/** Room kept around a place flown to (px). */
const VIEW_MARGIN = 48;
/** Markers are drawn this far (in view sizes) beyond each edge of the view. */
const DRAW_AROUND_VIEW = 0.5;

const AREA_STYLE: PathOptions = { color: '#9b2c2c', weight: 2, fillColor: '#c53030', fillOpacity: 0.12, className: 'place-area' };
const COUNTRY_STYLE: PathOptions = {
  color: '#4a5568',
  weight: 1.5,
  dashArray: '6 5',
  fillOpacity: 0.03,
  fillColor: '#4a5568',
  className: 'place-country',
};

/** A group of places made elsewhere (the atlas's server clusters), drawn as a group marker. */
export interface ExternalGroup {
  key: string;
  /** Any number, unique among the groups. */
  clusterId: number;
  position: LonLat;
  count: number;
  /** Member names, most important first (a few). */
  names: string[];
  /** Where a click on it zooms to. */
  zoom: number;
  decoration?: MarkerDecoration;
}

/** What the atlas adds to the report map; each is optional, and the report pages pass none. */
export interface PlaceLayerExtensions {
  /** Letter, colour and dispute mark of a place's marker. */
  decorate?: (place: PlaceFeature) => MarkerDecoration;
  /** The popup's body instead of the claim cards. */
  popupBody?: (place: PlaceFeature) => ReactNode;
  /** Groups already made (the places passed are then drawn as they are). */
  externalGroups?: readonly ExternalGroup[];
  /** Widest popup (px), when the content needs more than the report map's 320. */
  popupMaxWidth?: number;
}

export interface PlaceLayerProps extends PlaceLayerExtensions {
  places: PlaceFeature[];
  anchors: ReadonlyMap<string, LonLat>;
  publisher: string | null;
  /** Level of a popup's heading. */
  headingLevel: 2 | 3 | 4;
  reduceMotion: boolean;
  onStatus: (message: string) => void;
}

export function PlaceLayer({
  places,
  anchors,
  publisher,
  headingLevel,
  reduceMotion,
  onStatus,
  decorate,
  popupBody,
  externalGroups,
  popupMaxWidth,
}: PlaceLayerProps) {
  const map = useMap();
  const byId = useMemo(() => new Map(places.map((p) => [p.id, p])), [places]);
  const index = useMemo(
    () =>
      indexPlaces(
        places.map(
          (place): ClusterPlace => ({
            id: place.id,
            position: anchors.get(place.id) ?? [0, 0],
            weight: placeWeight(place),
            firstMention: firstMention(place),
          }),
        ),
      ),
    [places, anchors],
  );
  /** Each place's marker position as Leaflet wants it, one array per place for good. */
  const latLngs = useMemo(
    () => new Map([...anchors].map(([id, [lon, lat]]) => [id, [lat, lon] as [number, number]])),
    [anchors],
  );

  const [view, setView] = useState(() => currentView(map));
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

  const groups = useMemo(() => groupsAt(index, view.zoom, view.around), [index, view]);
  const labelSides = useMemo(() => labelPlacement(groups, byId, map, view), [groups, byId, map, view]);
  const selection = usePlaceSelection();
  const selectedId = selection?.placeId ?? null;

  /** Every marker on the map by its group key (a single place's key is its id). */
  const markers = useRef(new Map<string, LeafletMarker>());
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

  const requestPopupFocus = useCallback(function requestPopupFocus() {
    focusNextPopup.current = true;
  }, []);

  const openPending = useCallback(function openPendingPopup() {
    const want = pending.current;
    const marker = want && markers.current.get(want.id);
    if (!want || !marker) return;
    pending.current = null;
    if (marker.isPopupOpen()) {
      if (want.focus) marker.getPopup()?.getElement()?.querySelector<HTMLElement>('.popup-heading')?.focus({ preventScroll: true });
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
      const apart = separationZoom(index, id);
      let target = Math.max(current, apart);
      if (place.geometry.type !== 'Point') {
        const [[west, south], [east, north]] = geometryBounds(place.geometry);
        const fit = map.getBoundsZoom([[south, west], [north, east]], false, point(VIEW_MARGIN, VIEW_MARGIN));
        target = Math.max(apart, Math.min(current, fit));
      }
      target = Math.min(target, map.getMaxZoom());
      pending.current = { id, focus };

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
    [byId, anchors, map, index, reduceMotion, openPending],
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
      orderMarkersForKeyboard(groups, markers.current);
      openPending();
      const leader = focusAfterRegroup.current;
      if (leader === null) return;
      focusAfterRegroup.current = null;
      const group = groups.find((g) => g.leader.id === leader || g.members.includes(leader));
      if (group) markers.current.get(group.key)?.getElement()?.focus({ preventScroll: true });
    },
    [groups, openPending],
  );

  const zoomIntoExternal = useCallback(
    function zoomIntoExternalGroup(clusterId: number, leaderId: string, byKeyboard: boolean) {
      const group = externalGroups?.find((g) => g.clusterId === clusterId);
      if (!group) return;
      if (byKeyboard) focusAfterRegroup.current = leaderId;
      map.stop();
      map.flyTo([group.position[1], group.position[0]], Math.min(group.zoom, map.getMaxZoom()), { animate: !reduceMotion, duration: 0.6 });
    },
    [externalGroups, map, reduceMotion],
  );

  const zoomInto = useCallback(
    function zoomIntoGroup(clusterId: number, leaderId: string, byKeyboard: boolean) {
      const bounds = latLngBounds(memberPositions(index, clusterId).map(([lon, lat]) => [lat, lon] as [number, number]));
      const current = map.getZoom();
      const fit = map.getBoundsZoom(bounds, false, point(2 * VIEW_MARGIN, 2 * VIEW_MARGIN));
      // As close as the whole group fits, and at least close enough to split it.
      const target = Math.min(Math.max(current + 1, expansionZoom(index, clusterId), fit), GROUPING_MAX_ZOOM + 1, map.getMaxZoom());
      if (byKeyboard) focusAfterRegroup.current = leaderId;
      map.stop();
      map.flyTo(bounds.getCenter(), target, { animate: !reduceMotion, duration: 0.6 });
    },
    [index, map, reduceMotion],
  );

  const announceOpened = useCallback(
    function announceOpened(place: PlaceFeature) {
      onStatus(`${place.properties.name} opened on the map: ${plural(place.properties.claims.length, 'claim')}.`);
    },
    [onStatus],
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
            style={areaStyle(place, place.id === selectedId)}
            eventHandlers={{
              click() {
                reveal(place.id, false);
              },
            }}
          />
        ))}
      {groups.map((group) => {
        const position = latLngs.get(group.leader.id) ?? ORIGIN;
        const labelSide = labelSides.get(group.key) ?? 'right';
        if (group.clusterId !== null) {
          return (
            <GroupMarker
              key={group.key}
              groupKey={group.key}
              clusterId={group.clusterId}
              leaderId={group.leader.id}
              count={group.count}
              names={group.members.map((id) => byId.get(id)?.properties.name ?? id).join('\n')}
              position={position}
              labelSide={labelSide}
              markers={markers.current}
              onZoom={zoomInto}
            />
          );
        }
        const place = byId.get(group.leader.id)!;
        return (
          <PlaceMarker
            key={group.key}
            place={place}
            position={position}
            labelSide={labelSide}
            selected={place.id === selectedId}
            markers={markers.current}
            publisher={publisher}
            headingLevel={headingLevel}
            takePopupFocus={takePopupFocus}
            requestPopupFocus={requestPopupFocus}
            onOpened={announceOpened}
            decoration={decorate?.(place)}
            popupBody={popupBody}
            popupMaxWidth={popupMaxWidth}
          />
        );
      })}
      {externalGroups?.map((group) => (
        <GroupMarker
          key={group.key}
          groupKey={group.key}
          clusterId={group.clusterId}
          leaderId={group.key}
          count={group.count}
          names={group.names.join('\n')}
          position={[group.position[1], group.position[0]]}
          labelSide="right"
          markers={markers.current}
          onZoom={zoomIntoExternal}
          decoration={group.decoration}
        />
      ))}
    </>
  );
}

const ORIGIN: [number, number] = [0, 0];

interface GroupMarkerProps {
  groupKey: string;
  clusterId: number;
  leaderId: string;
  count: number;
  /** Member names, heaviest first, one a line (a string, so that memo can compare it). */
  names: string;
  position: [number, number];
  labelSide: LabelSide;
  markers: Map<string, LeafletMarker>;
  onZoom: (clusterId: number, leaderId: string, byKeyboard: boolean) => void;
  decoration?: MarkerDecoration | undefined;
}

const GroupMarker = memo(function GroupMarker({ groupKey, clusterId, leaderId, count, names, position, labelSide, markers, onZoom, decoration }: GroupMarkerProps) {
  const icon = useMemo(() => groupIcon({ names: names.split('\n'), count, labelSide, decoration }), [names, count, labelSide, decoration]);
  const handlers = useMemo(
    (): LeafletEventHandlerFnMap => ({
      click() {
        onZoom(clusterId, leaderId, false);
      },
      keypress(event) {
        if ((event as LeafletKeyboardEvent).originalEvent.key === 'Enter') onZoom(clusterId, leaderId, true);
      },
      keydown(event) {
        const key = (event as LeafletKeyboardEvent).originalEvent;
        if (key.key !== ' ') return;
        key.preventDefault();
        onZoom(clusterId, leaderId, true);
      },
    }),
    [clusterId, leaderId, onZoom],
  );
  const register = useCallback(
    (marker: LeafletMarker | null) => {
      if (marker) markers.set(groupKey, marker);
      else markers.delete(groupKey);
    },
    [markers, groupKey],
  );
  return <Marker position={position} icon={icon} ref={register} eventHandlers={handlers} />;
});

interface PlaceMarkerProps {
  place: PlaceFeature;
  position: [number, number];
  labelSide: LabelSide;
  selected: boolean;
  markers: Map<string, LeafletMarker>;
  publisher: string | null;
  headingLevel: 2 | 3 | 4;
  takePopupFocus: () => boolean;
  requestPopupFocus: () => void;
  onOpened: (place: PlaceFeature) => void;
  decoration?: MarkerDecoration | undefined;
  popupBody?: ((place: PlaceFeature) => ReactNode) | undefined;
  popupMaxWidth?: number | undefined;
}

const PlaceMarker = memo(function PlaceMarker({
  place,
  position,
  labelSide,
  selected,
  markers,
  publisher,
  headingLevel,
  takePopupFocus,
  requestPopupFocus,
  onOpened,
  decoration,
  popupBody,
  popupMaxWidth,
}: PlaceMarkerProps) {
  const map = useMap();
  const popup = useRef<LeafletPopup>(null);
  const { name, claims } = place.properties;
  const icon: DivIcon = useMemo(
    () =>
      placeIcon({
        name,
        description: `${describePlace(place.properties)}, ${plural(claims.length, 'claim')}${decoration?.disputed ? ', disputed' : ''}`,
        claimCount: claims.length,
        labelSide,
        selected,
        decoration,
      }),
    [name, place.properties, claims.length, labelSide, selected, decoration],
  );
  const handlers = useMemo(
    (): LeafletEventHandlerFnMap => ({
      popupopen() {
        selectPlace(place.id, 'map');
        onOpened(place);
      },
      popupclose(event) {
        clearSelection(place.id);
        returnFocusToMarker(event as PopupEvent, markers.get(place.id));
      },
      keypress(event) {
        if ((event as LeafletKeyboardEvent).originalEvent.key === 'Enter') requestPopupFocus();
      },
      keydown(event) {
        const key = (event as LeafletKeyboardEvent).originalEvent;
        const marker = markers.get(place.id);
        if (key.key === 'Escape') {
          marker?.closePopup();
        } else if (key.key === ' ') {
          key.preventDefault();
          requestPopupFocus();
          marker?.openPopup();
        }
      },
    }),
    [place, markers, onOpened, requestPopupFocus],
  );
  const register = useCallback(
    (marker: LeafletMarker | null) => {
      if (marker) markers.set(place.id, marker);
      else markers.delete(place.id);
    },
    [markers, place.id],
  );
  const onShown = useCallback(
    function popupContentShown() {
      // The content renders after Leaflet laid the popup out: lay it out again.
      popup.current?.update();
      return takePopupFocus();
    },
    [takePopupFocus],
  );
  return (
    <Marker position={position} icon={icon} zIndexOffset={selected ? 1000 : 0} eventHandlers={handlers} ref={register}>
      <Popup ref={popup} {...popupOptions(map.getSize(), popupMaxWidth)}>
        <PlacePopup place={place} publisher={publisher} headingLevel={headingLevel} onShown={onShown} body={popupBody?.(place)} />
      </Popup>
    </Marker>
  );
});

/** Popups that fit the map, clear of the zoom buttons (top left), on a phone too. */
function popupOptions(size: { x: number; y: number }, widest = 320): PopupOptions {
  const maxWidth = Math.max(180, Math.min(widest, size.x - 100));
  return {
    maxWidth,
    minWidth: Math.min(220, maxWidth),
    maxHeight: Math.max(160, Math.min(380, size.y - 90)),
    autoPanPaddingTopLeft: [52, 12],
    autoPanPaddingBottomRight: [12, 12],
  };
}

function placeWeight(place: PlaceFeature): number {
  const { claims, mentions, placeType } = place.properties;
  return claims.length * 10 + mentions.length * 3 + (placeType === 'country' ? 0 : 1);
}

function firstMention(place: PlaceFeature): number {
  let first = Number.MAX_SAFE_INTEGER;
  for (const mention of place.properties.mentions) first = Math.min(first, mention.start);
  return first;
}

interface MapView {
  zoom: number;
  /** The visible area in global pixels at `zoom`. */
  box: LabelBox;
  /** The area whose markers are drawn ([west, south, east, north]): the view and some. */
  around: BBox;
}

function currentView(map: LeafletMap): MapView {
  const bounds = map.getPixelBounds();
  const min = bounds.min ?? point(0, 0);
  const max = bounds.max ?? point(0, 0);
  const around = map.getBounds().pad(DRAW_AROUND_VIEW);
  return {
    zoom: map.getZoom(),
    box: { id: 'view', x: min.x, y: min.y, width: max.x - min.x, height: max.y - min.y },
    around: [around.getWest(), around.getSouth(), around.getEast(), around.getNorth()],
  };
}

const SIDES: readonly LabelSide[] = ['right', 'left'];

/** Each marker's label: right of its dot, else left, else hidden (shown on hover and focus). */
function labelPlacement(
  groups: readonly PlaceGroup[],
  byId: ReadonlyMap<string, PlaceFeature>,
  map: LeafletMap,
  view: MapView,
): Map<string, LabelSide> {
  const byWeight = [...groups].sort((a, b) => b.leader.weight - a.leader.weight);
  const dots: LabelBox[] = [];
  const labels: LabelCandidates[] = [];
  for (const group of byWeight) {
    const id = group.key;
    const size = group.clusterId !== null ? GROUP_DOT : PLACE_DOT;
    const [lon, lat] = group.leader.position;
    const { x, y } = map.project([lat, lon], view.zoom);
    const name = byId.get(group.leader.id)?.properties.name ?? '';
    const width = labelWidth(group.clusterId !== null ? groupLabel(name, group.count) : name);
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

/**
 * Puts the marker elements in the order of `groups` (the order the text names the
 * places), so that Tab goes through the map as through the text. Leaflet appends each
 * new marker at the end; its stacking order comes from z-index, not from this order.
 */
function orderMarkersForKeyboard(groups: readonly PlaceGroup[], markers: ReadonlyMap<string, LeafletMarker>) {
  const elements = groups.map((g) => markers.get(g.key)?.getElement()).filter((el): el is HTMLElement => el !== undefined);
  const pane = elements[0]?.parentElement;
  if (!pane) return;
  const focused = document.activeElement;
  let previous: Element | null = null;
  for (const element of elements) {
    if (element.parentElement !== pane) continue;
    const wanted: Element | null = previous ? previous.nextElementSibling : pane.firstElementChild;
    if (element !== wanted) pane.insertBefore(element, wanted);
    previous = element;
  }
  if (focused instanceof HTMLElement && focused !== document.activeElement) focused.focus({ preventScroll: true });
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
