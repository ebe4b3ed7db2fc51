'use client';
/**
 * Country outlines from the bundled Natural Earth file (`public/basemap/`), drawn under
 * the tiles: invisible once tiles load, and all there is when they cannot.
 */
import type { FeatureCollection } from 'geojson';
import { useEffect, useState } from 'react';
import { GeoJSON } from 'react-leaflet';

const BASEMAP_URL = '/basemap/countries.geojson';

/** The colours are the light theme's; app/globals.css sets both themes' (.basemap-land). */
const LAND_STYLE = {
  className: 'basemap-land',
  color: '#8d949c',
  weight: 0.8,
  fillColor: '#f1efe9',
  fillOpacity: 1,
  interactive: false,
} as const;

export function Basemap() {
  const [countries, setCountries] = useState<FeatureCollection | null>(null);

  useEffect(function loadBasemap() {
    const request = new AbortController();
    fetch(BASEMAP_URL, { signal: request.signal })
      .then((response) => (response.ok ? (response.json() as Promise<FeatureCollection>) : null))
      .then((data) => {
        if (data) setCountries(data);
      })
      .catch(function ignoreMissingBasemap() {
        // Aborted on unmount, or the file is missing: the tiles (if any) still show.
      });
    return function cancelBasemap() {
      request.abort();
    };
  }, []);

  if (!countries) return null;
  // `style`, not `pathOptions`: only options given when the paths are made set their class.
  return <GeoJSON data={countries} style={LAND_STYLE} interactive={false} attribution="Basemap: Natural Earth" />;
}
