/**
 * `GET /api/reports` → the stored reports (public).
 * `POST /api/reports` with `{ text, title?, publisher?, published?, url? }` or `{ url }`
 * (JSON, with `Authorization: Bearer $CLAIMMAP_ADMIN_TOKEN`) → `201 { id }`, or
 * `200 { id }` when the same text is stored already. Refusals: requestChecks.ts, plus
 * 400 for a refused URL, 413 for an oversize text, 422 for a text the engine refuses.
 */
import { defaultOptions, GeoparseError } from '@/geo/geoparse';
import { FetchRefused } from '@/ingest/fetchPage';
import { reportFromUrl } from '@/ingest/reportFromUrl';
import { listReports, type ReportMeta } from '@/store/reports';
import { getStore, storeReport } from '@/app/_data/collection';
import { checkRate, checkToken, readJsonBody, refusalResponse, refuse, Refusal } from './requestChecks';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export async function GET(): Promise<Response> {
  return Response.json({ reports: await listReports(await getStore()) }, { headers: { 'Cache-Control': 'no-store' } });
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export async function POST(request: Request): Promise<Response> {
  let text: string;
  let meta: ReportMeta;
  try {
    checkToken(request);
    checkRate(request);
    const body = await readJsonBody(request);
    ({ text, meta } = await readReport(body));
  } catch (error) {
    if (error instanceof FetchRefused) return refuse(400, `the URL was refused: ${error.message}`);
    return refusalResponse(error);
  }
  try {
    const { id, created } = await storeReport(text, meta);
    return Response.json({ id }, { status: created ? 201 : 200, headers: { Location: `/api/reports/${id}` } });
  } catch (error) {
    if (error instanceof GeoparseError) return refuse(422, `the text cannot be mapped: ${error.message}`);
    throw error;
  }
}

async function readReport(body: Record<string, unknown>): Promise<{ text: string; meta: ReportMeta }> {
  const optional = (key: string, max = 500): string | null => {
    const value = body[key];
    if (value === undefined || value === null || value === '') return null;
    if (typeof value !== 'string') throw new Refusal(400, `"${key}" must be a string`);
    if (value.length > max) throw new Refusal(400, `"${key}" is over ${max} characters`);
    return value;
  };
  const title = optional('title');
  const publisher = optional('publisher');
  const published = optional('published', 10);
  const url = optional('url', 2000);
  if (published !== null && (!DAY.test(published) || Number.isNaN(Date.parse(published)))) throw new Refusal(400, '"published" must be a date, YYYY-MM-DD');
  const given = body.text;
  if (given !== undefined && typeof given !== 'string') throw new Refusal(400, '"text" must be a string');
  if (typeof given === 'string' && given.length > defaultOptions.maxLength) {
    throw new Refusal(413, `the text is ${given.length.toLocaleString('en')} characters; the limit is ${defaultOptions.maxLength.toLocaleString('en')}`);
  }
  if (typeof given === 'string' && given.trim() !== '') {
    return { text: given, meta: { title, publisher, published, url } };
  }
  if (url === null) throw new Refusal(400, 'send "text" (the report) or "url" (a page to fetch)');
  const fetched = await reportFromUrl(url);
  if (fetched.text.length > defaultOptions.maxLength) throw new Refusal(413, 'the page\'s text is over the limit of 2,000,000 characters');
  return { text: fetched.text, meta: { ...fetched.meta, ...(title && { title }), ...(publisher && { publisher }), ...(published && { published }) } };
}
