/**
 * A map of many synthetic events, for `npm run bench:map` only: not linked from the
 * site and not indexed. `?count=` and `?seed=` choose the data (default 10,000 events,
 * seed 1); the events are generated in the browser, so the page itself stays small.
 */
import type { Metadata } from 'next';
import { SyntheticMap } from './SyntheticMap';

export const metadata: Metadata = {
  title: 'Map benchmark',
  robots: { index: false, follow: false },
};

const DEFAULT_COUNT = 10_000;
const MAX_COUNT = 100_000;

interface BenchPageProps {
  searchParams: Promise<{ count?: string; seed?: string }>;
}

function whole(value: string | undefined, fallback: number, max: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? Math.min(n, max) : fallback;
}

export default async function MapBenchPage({ searchParams }: BenchPageProps) {
  const query = await searchParams;
  const count = whole(query.count, DEFAULT_COUNT, MAX_COUNT);
  const seed = whole(query.seed, 1, 2 ** 31 - 2);
  return (
    <section aria-labelledby="bench-heading">
      <h1 id="bench-heading">Map benchmark</h1>
      <p>
        {count.toLocaleString('en')} synthetic events (seed {seed}) over Syria and its neighbours. Not real data.
      </p>
      <SyntheticMap count={count} seed={seed} />
    </section>
  );
}
