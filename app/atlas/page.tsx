import type { Metadata } from 'next';
import { AtlasSection } from '@/components/atlas/AtlasSection';

export const metadata: Metadata = {
  title: 'Atlas',
  description: 'Every claim of every report in the collection on one map, over time, with the sources side by side.',
};

export default function AtlasPage() {
  return <AtlasSection level={1} />;
}
