'use client';
/** The atlas reads the URL and the map needs the browser: it is loaded there only. */
import dynamic from 'next/dynamic';

function AtlasPlaceholder() {
  return (
    <div className="map-placeholder atlas-placeholder" role="status">
      Loading the atlas…
    </div>
  );
}

export const AtlasLoader = dynamic(() => import('./Atlas'), { ssr: false, loading: AtlasPlaceholder });
