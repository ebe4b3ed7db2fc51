/** The atlas with its heading and the reminder that claims are reported, not verified. Server Component. */
import Link from 'next/link';
import { AtlasLoader } from './AtlasLoader';
import './atlas.css';

export function AtlasSection({ level }: { level: 1 | 2 }) {
  const Heading = `h${level}` as const;
  return (
    <section className="atlas-section" aria-labelledby="atlas-heading">
      <Heading id="atlas-heading">Atlas of claims</Heading>
      <p>
        Every place named in the collection&apos;s reports, with what each report claims happened there and who says so.
        Claims are shown as reported, not verified; where reports disagree about a place on a day, the place is marked
        disputed and their claims stand side by side. <Link href="/reports/new">Add a report</Link>.
      </p>
      <AtlasLoader headingLevel={level === 1 ? 2 : 3} />
    </section>
  );
}
