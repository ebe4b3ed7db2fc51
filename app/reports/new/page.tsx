import type { Metadata } from 'next';
import { NewReport } from '@/components/atlas/NewReport';
import '@/components/atlas/atlas.css';

export const metadata: Metadata = { title: 'Add a report', description: 'Add a report to the atlas by text, file or URL.' };

export default function NewReportPage() {
  return (
    <section className="intro" aria-labelledby="new-heading">
      <h1 id="new-heading">Add a report to the atlas</h1>
      <p>
        The report is mapped on the server and its claims join the atlas at once. Adding needs the admin token the server
        was started with (<code>CLAIMMAP_ADMIN_TOKEN</code>); the same text twice is stored once.
      </p>
      <NewReport />
    </section>
  );
}
