'use client';
/**
 * The benchmark's data, made in the browser from a seed: `count` point events, most
 * around the region's cities and the rest anywhere over Syria and its neighbours, each
 * with one claim. Deterministic, so every run maps the same events.
 */
import { useMemo } from 'react';
import type { EventType, PlaceFeature } from '@/geo/types';
import { ClaimMap } from '@/components/map/ClaimMap';

/** [lon, lat, share of the clustered events] of the cities events crowd around. */
const HUBS: ReadonlyArray<readonly [number, number, number]> = [
  [37.16, 36.2, 3], // Aleppo
  [36.29, 33.51, 3], // Damascus
  [36.72, 34.73, 2], // Homs
  [36.63, 35.93, 2], // Idlib
  [40.14, 35.33, 1], // Deir ez-Zor
  [39.01, 35.95, 1], // Raqqa
  [36.1, 32.62, 1], // Daraa
  [35.5, 33.89, 1], // Beirut
  [35.93, 31.95, 1], // Amman
  [43.13, 36.34, 1], // Mosul
  [37.38, 37.07, 1], // Gaziantep
  [36.75, 35.13, 1], // Hama
];
/** West, south, east, north of the area the scattered events fall in. */
const AREA = [34.8, 31.5, 43.5, 37.6] as const;
const EVENTS: readonly EventType[] = ['Battles', 'Explosions/Remote violence', 'Violence against civilians', 'Protests', 'Strategic developments'];

/** Park–Miller: small, seedable, and the same in every browser. */
function randomFrom(seed: number): () => number {
  let state = seed % 2147483647 || 1;
  return function next() {
    state = (state * 16807) % 2147483647;
    return (state - 1) / 2147483646;
  };
}

function gaussian(random: () => number): number {
  return Math.sqrt(-2 * Math.log(random() || 1e-12)) * Math.cos(2 * Math.PI * random());
}

/**
 * @example syntheticEvents(3, 1).map((f) => f.properties.name) // ['Event 1', 'Event 2', 'Event 3']
 */
function syntheticEvents(count: number, seed: number): PlaceFeature[] {
  const random = randomFrom(seed);
  const hubWeight = HUBS.reduce((sum, hub) => sum + hub[2], 0);
  const features: PlaceFeature[] = [];
  for (let i = 0; i < count; i++) {
    let lon: number;
    let lat: number;
    if (random() < 0.7) {
      let pick = random() * hubWeight;
      const hub = HUBS.find((h) => (pick -= h[2]) < 0) ?? HUBS[0]!;
      lon = hub[0] + gaussian(random) * 0.25;
      lat = hub[1] + gaussian(random) * 0.2;
    } else {
      lon = AREA[0] + random() * (AREA[2] - AREA[0]);
      lat = AREA[1] + random() * (AREA[3] - AREA[1]);
    }
    const eventType = EVENTS[Math.floor(random() * EVENTS.length)] ?? 'Other';
    const day = 1 + Math.floor(random() * 28);
    const text = `Synthetic event ${i + 1}: ${eventType} reported here.`;
    features.push({
      type: 'Feature',
      id: `bench:${i + 1}`,
      geometry: { type: 'Point', coordinates: [Math.round(lon * 1e5) / 1e5, Math.round(lat * 1e5) / 1e5] },
      properties: {
        name: `Event ${i + 1}`,
        placeType: 'village',
        country: 'SY',
        mentions: [],
        claims: [
          {
            start: i * 64,
            end: i * 64 + text.length,
            text,
            attribution: null,
            source: null,
            cue: null,
            stance: 'asserts',
            actors: [],
            actor1: null,
            actor2: null,
            eventType,
            subEventType: null,
            fatalities: null,
            date: `2017-05-${String(day).padStart(2, '0')}`,
          },
        ],
        score: 1,
        runnerUp: null,
      },
    });
  }
  return features;
}

export function SyntheticMap({ count, seed }: { count: number; seed: number }) {
  const places = useMemo(() => syntheticEvents(count, seed), [count, seed]);
  return <ClaimMap places={places} label={`Map of ${count.toLocaleString('en')} synthetic events`} publisher={null} />;
}
