import type { Metadata } from 'next';
import { ReadReport } from '@/components/read/ReadReport';
import { browserGazetteer } from '../_data/browserGazetteer';

export const metadata: Metadata = {
  title: 'Map your own report',
  description: 'Paste or open a report: the places it names and what it claims happened there, mapped in your browser.',
};

export default function ReadPage() {
  const { url } = browserGazetteer();
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
          Your browser fetches only the parts of the place index that the names in your text need (a few hundred
          kilobytes) and keeps them: once fetched, they work offline.
        </p>
      </section>
      <ReadReport gazetteer={{ url, bytes: null }} />
    </>
  );
}
