/**
 * `GET /api/reports/:id` → the stored report: text, metadata and geoparse result (public).
 * `DELETE /api/reports/:id` (with the token) → 204; its claims leave the atlas.
 */
import { deleteReport, getReport } from '@/store/reports';
import { getStore } from '@/app/_data/collection';
import { checkRate, checkToken, refusalResponse, refuse } from '../requestChecks';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

interface Context {
  params: Promise<{ id: string }>;
}

export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const { id } = await params;
  const report = await getReport(await getStore(), id);
  if (!report) return refuse(404, `no report ${id}`);
  return Response.json(report, { headers: { 'Cache-Control': 'no-store' } });
}

export async function DELETE(request: Request, { params }: Context): Promise<Response> {
  try {
    checkToken(request);
    checkRate(request);
  } catch (error) {
    return refusalResponse(error);
  }
  const { id } = await params;
  if (!(await deleteReport(await getStore(), id))) return refuse(404, `no report ${id}`);
  return new Response(null, { status: 204 });
}
