/**
 * The API's route handlers on a real embedded store in a temporary folder (seeded with
 * the bundled reports on first use), called as Next calls them.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AtlasPlace, AtlasResponse, AtlasSummary } from '@/geo/types';

const dir = mkdtempSync(path.join(tmpdir(), 'claimmap-api-'));
process.env.CLAIMMAP_DATA_DIR = dir;
delete process.env.CLAIMMAP_DATABASE_URL;
process.env.CLAIMMAP_ADMIN_TOKEN = 'test-token';
process.env.CLAIMMAP_RATE_LIMIT = '1000';

const reports = await import('@/app/api/reports/route');
const report = await import('@/app/api/reports/[id]/route');
const claims = await import('@/app/api/claims/route');
const summary = await import('@/app/api/atlas/summary/route');
const { getStore } = await import('@/app/_data/collection');

const BASE = 'http://claimmap.test';
const post = (body: unknown, headers: Record<string, string> = {}) =>
  reports.POST(
    new Request(`${BASE}/api/reports`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer test-token', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    }),
  );
const params = (id: string) => ({ params: Promise.resolve({ id }) });
const count = async () => ((await (await reports.GET()).json()) as { reports: unknown[] }).reports.length;

const REPORT = `Shelling in Aleppo\n\nGovernment forces shelled eastern Aleppo on 3 March 2021, the Syrian Observatory for Human Rights said.`;

let page: Server;
let pageUrl = '';
beforeAll(async () => {
  page = createServer((request, response) => {
    if (request.url === '/report') {
      response.setHeader('content-type', 'text/html; charset=utf-8');
      response.end(
        `<html><head><title>Clashes in Idlib as the offensive goes on | Test Wire</title><meta property="og:site_name" content="Test Wire"></head>
         <body><nav>Home World</nav><article><h1>Clashes in Idlib as the offensive goes on</h1>
         <p>Rebels clashed with government forces near Idlib on Sunday, activists said. ${'The fighting went on into the night. '.repeat(12)}</p></article></body></html>`,
      );
    } else if (request.url === '/image') {
      response.setHeader('content-type', 'image/png');
      response.end('x');
    } else response.writeHead(302, { location: '/report' }).end();
  });
  await new Promise<void>((resolve) => page.listen(0, '127.0.0.1', resolve));
  const address = page.address();
  pageUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
}, 120_000);

afterAll(async () => {
  page?.close();
  await (await getStore()).close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the reports API', { timeout: 120_000 }, () => {
  it('serves the bundled reports of an empty store, on the atlas too', async () => {
    expect(await count()).toBe(10);
    const view = (await (await claims.GET(new Request(`${BASE}/api/claims?zoom=14`))).json()) as AtlasResponse;
    expect(view.meta.claimCount).toBeGreaterThan(20);
    const reportIds = new Set(view.features.flatMap((f) => (f.properties.kind === 'place' ? f.properties.claims.map((c) => c.reportId) : [])));
    expect(reportIds.size).toBe(10);
  });

  it('stores a posted report once, with its claims on the atlas', async () => {
    const first = await post({ text: REPORT, publisher: 'Test Desk' });
    expect(first.status).toBe(201);
    const { id } = (await first.json()) as { id: string };
    const again = await post({ text: REPORT });
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual({ id });

    const stored = (await (await report.GET(new Request(`${BASE}/api/reports/${id}`), params(id))).json()) as { text: string; publisher: string };
    expect(stored.text).toBe(REPORT);
    expect(stored.publisher).toBe('Test Desk');

    const view = (await (await claims.GET(new Request(`${BASE}/api/claims?zoom=14&publisher=Test+Desk`))).json()) as AtlasResponse;
    const places = view.features.filter((f): f is AtlasPlace => f.properties.kind === 'place');
    expect(places.map((p) => p.properties.name)).toContain('Aleppo');
    expect(places.flatMap((p) => p.properties.claims.map((c) => c.day))).toContain('2021-03-03');

    const days = (await (await summary.GET(new Request(`${BASE}/api/atlas/summary?publisher=Test+Desk`))).json()) as AtlasSummary;
    expect(days.days).toEqual([{ day: '2021-03-03', count: places.reduce((n, p) => n + p.properties.claimCount, 0) }]);

    const gone = await report.DELETE(new Request(`${BASE}/api/reports/${id}`, { method: 'DELETE', headers: { authorization: 'Bearer test-token' } }), params(id));
    expect(gone.status).toBe(204);
    expect((await report.GET(new Request(`${BASE}/api/reports/${id}`), params(id))).status).toBe(404);
  });

  it('refuses each bad request with one message, and stores nothing', async () => {
    const before = await count();
    const refusals: [Response, number, RegExp][] = [
      [await post({ text: REPORT }, { authorization: 'Bearer nope' }), 401, /wrong token/],
      [await post({ text: REPORT }, { authorization: '' }), 401, /Authorization: Bearer/],
      [await post({ text: REPORT }, { 'content-type': 'text/plain' }), 415, /send JSON/],
      [await post('{"text": "unfinished'), 400, /malformed JSON/],
      [await post({ text: 'x'.repeat(2_000_001) }), 413, /limit is 2,000,000/],
      [await post({ text: '\u0000\u0001 binary' }), 422, /cannot be mapped/],
      [await post({ title: 'no text' }), 400, /send "text"/],
      [await post({ text: REPORT, published: 'yesterday' }), 400, /YYYY-MM-DD/],
      [await post({ url: 'file:///etc/passwd' }), 400, /only http and https/],
      [await post({ url: `${pageUrl}/report` }), 400, /loopback/],
      [await post({ url: 'http://169.254.169.254/latest/meta-data/' }), 400, /metadata/],
      [await post({ url: 'http://10.1.2.3/' }), 400, /private/],
      [await claims.GET(new Request(`${BASE}/api/claims?bbox=1,2,3`)), 400, /bbox/],
    ];
    for (const [response, status, message] of refusals) {
      expect(response.status, message.source).toBe(status);
      expect(((await response.json()) as { error: string }).error).toMatch(message);
    }
    expect(await count()).toBe(before);
  });

  it('refuses every write when no token is configured', async () => {
    process.env.CLAIMMAP_ADMIN_TOKEN = '';
    try {
      const response = await post({ text: REPORT });
      expect(response.status).toBe(403);
      expect(await response.json()).toEqual({ error: 'this server accepts no writes: set CLAIMMAP_ADMIN_TOKEN' });
    } finally {
      process.env.CLAIMMAP_ADMIN_TOKEN = 'test-token';
    }
  });

  it('fetches a report from a URL when loopback is allowed for tests, following a redirect', async () => {
    process.env.CLAIMMAP_FETCH_ALLOW_LOOPBACK = '1';
    try {
      expect((await post({ url: `${pageUrl}/image` })).status).toBe(400);
      const response = await post({ url: `${pageUrl}/moved` });
      expect(response.status).toBe(201);
      const { id } = (await response.json()) as { id: string };
      const stored = (await (await report.GET(new Request(`${BASE}/api/reports/${id}`), params(id))).json()) as Record<string, string>;
      expect(stored.url).toBe(`${pageUrl}/report`);
      expect(stored.title).toBe('Clashes in Idlib as the offensive goes on');
      expect(stored.publisher).toBe('Test Wire');
      expect(stored.text).toContain('Rebels clashed with government forces near Idlib on Sunday');
      expect(stored.text).not.toContain('Home World');
    } finally {
      delete process.env.CLAIMMAP_FETCH_ALLOW_LOOPBACK;
    }
  });
});
