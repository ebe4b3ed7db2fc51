/**
 * `GET /api/claims?bbox=w,s,e,n&zoom=Z&from=YYYY-MM-DD&to=YYYY-MM-DD&eventType=&actor=&source=&publisher=&country=`
 * → the atlas view as GeoJSON: groups where places crowd at that zoom, else each place
 * with its claims and their reports (store/atlasIndex.ts). Public.
 */
import { parseAtlasQuery } from '@/components/atlas/atlasQuery';
import { queryAtlas } from '@/store/atlasIndex';
import { getAtlasIndex } from '@/app/_data/collection';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export async function GET(request: Request): Promise<Response> {
  const parsed = parseAtlasQuery(new URL(request.url).searchParams);
  if ('error' in parsed) return Response.json({ error: parsed.error }, { status: 400 });
  const index = await getAtlasIndex();
  return Response.json(queryAtlas(index, parsed.query), { headers: { 'Cache-Control': 'no-store' } });
}
