import type { Metadata } from 'next';
import { ReadReport } from '@/components/read/ReadReport';
import { browserGazetteer } from '../_data/browserGazetteer';

export const metadata: Metadata = {
  title: 'Map your own report',
  description: 'Paste or open a report: the places it names and what it claims happened there, mapped in your browser.',
};

export default function ReadPage() {
  const { url, bytes, gzipBytes } = browserGazetteer();
  return (
    <>
      <section className="intro read-intro" aria-labelledby="read-heading">
        <h1 id="read-heading">Map your own report</h1>
        <p>
          Paste a news report about a war, or open one saved as a file: the places it names and what it claims happened
          at each, quoted word for word, on a map. You can place the names it could not, correct any place, and download
          the result as GeoJSON or CSV.
        </p>
        <p className="hint">
          The first time, your browser downloads the place index ({(gzipBytes / 1e6).toFixed(1)} MB); after that it is
          kept.
        </p>
      </section>
      <ReadReport gazetteer={{ url, bytes: bytes > 0 ? bytes : null }} />
    </>
  );
}
