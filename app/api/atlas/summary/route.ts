/**
 * `GET /api/atlas/summary?` (the filters of /api/claims) → the timeline's claims per day
 * and every facet's values with their counts. Public.
 */
import { parseAtlasQuery } from '@/components/atlas/atlasQuery';
import { summarizeAtlas } from '@/store/atlasIndex';
import { getAtlasIndex } from '@/app/_data/collection';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export async function GET(request: Request): Promise<Response> {
  const parsed = parseAtlasQuery(new URL(request.url).searchParams);
  if ('error' in parsed) return Response.json({ error: parsed.error }, { status: 400 });
  return Response.json(summarizeAtlas(await getAtlasIndex(), parsed.query), { headers: { 'Cache-Control': 'no-store' } });
}
