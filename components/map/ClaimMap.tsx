'use client';
/**
 * The map's client wrapper: Leaflet touches `window` when imported, so the real map is
 * loaded in the browser only (`ssr: false`), behind a placeholder of the same size.
 */
import dynamic from 'next/dynamic';
import { useState } from 'react';
import type { PlaceFeature } from '@/geo/types';
import type { MapExtensions } from './LeafletMap';

export interface ClaimMapProps extends MapExtensions {
  places: PlaceFeature[];
  /** Accessible name of the map, e.g. "Map of the 8 places named in the report". */
  label: string;
  /** Named in popups when a claim is the article's own ("according to the article (…)"). */
  publisher: string | null;
  /** Level of a popup's heading: one below the heading of the report the map belongs to. */
  headingLevel?: 2 | 3 | 4;
  /** Replaces the keyboard help below the map. */
  help?: string;
}

function MapPlaceholder() {
  return (
    <div className="map-placeholder" role="status">
      Loading the map…
    </div>
  );
}

const LeafletMap = dynamic(() => import('./LeafletMap'), { ssr: false, loading: MapPlaceholder });

const HELP =
  'Tab to reach the places on the map; press Enter to open one. Numbered circles are places with the number of ' +
  'claims about them; double circles are groups of nearby places, which Enter zooms into. Arrow keys pan the map, ' +
  'plus and minus zoom. The list of places and claims below the text holds the same information.';

export function ClaimMap({ places, label, publisher, headingLevel = 3, help = HELP, ...extensions }: ClaimMapProps) {
  const [status, setStatus] = useState('');
  return (
    <div className="map-frame">
      <LeafletMap places={places} label={label} publisher={publisher} headingLevel={headingLevel} onStatus={setStatus} {...extensions} />
      <p id="map-help" className="visually-hidden">
        {help}
      </p>
      <p className="visually-hidden" aria-live="polite">
        {status}
      </p>
    </div>
  );
}
