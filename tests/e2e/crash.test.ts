/**
 * The crash test: while 50 reports are being posted concurrently, the server is killed
 * with SIGKILL (no handler runs, the store is not closed). After a restart on the same
 * data folder the store opens, and every report that had been answered 201 is there,
 * whole (the exact text), with its claims.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startNextServer, TEST_TOKEN, type NextServer } from './nextServer';

const dir = mkdtempSync(path.join(tmpdir(), 'claimmap-crash-'));
const servers: NextServer[] = [];

afterAll(() => {
  for (const s of servers) s.stop();
  rmSync(dir, { recursive: true, force: true });
});

const PLACES = ['Aleppo', 'Idlib', 'Homs', 'Hama', 'Raqqa', 'Deir ez-Zor', 'Daraa', 'Latakia', 'Tartus', 'Damascus'];
function report(i: number): string {
  const place = PLACES[i % PLACES.length]!;
  const day = (i % 28) + 1;
  return `Report ${i}: fighting near ${place}\n\nOn ${day} April 2020 government forces shelled ${place}, activists said (dispatch ${i}).\n`;
}

async function start(): Promise<NextServer> {
  const server = await startNextServer('npm run build', { CLAIMMAP_DATA_DIR: dir });
  servers.push(server);
  const warm = await fetch(`${server.baseURL}/api/atlas/summary`, { signal: AbortSignal.timeout(110_000) });
  expect(warm.status).toBe(200);
  return server;
}

describe('crash', () => {
  it('keeps every report answered 201 across a SIGKILL', { timeout: 300_000 }, async () => {
    const first = await start();
    const answered = new Map<string, string>(); // id → text
    let killed = false;
    const posts = Array.from({ length: 50 }, (_, i) =>
      fetch(`${first.baseURL}/api/reports`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${TEST_TOKEN}` },
        body: JSON.stringify({ text: report(i) }),
      })
        .then(async (response) => {
          if (response.status === 201) answered.set(((await response.json()) as { id: string }).id, report(i));
          // kill once some have been stored and others are still on their way
          if (answered.size >= 10 && !killed) {
            killed = true;
            first.kill();
          }
        })
        .catch(() => undefined), // cut off by the kill
    );
    await Promise.all(posts);
    if (!killed) first.kill(); // every post was answered before the kill: kill anyway
    await first.exited;
    expect(answered.size).toBeGreaterThanOrEqual(10);

    const second = await start();
    for (const [id, text] of answered) {
      const response = await fetch(`${second.baseURL}/api/reports/${id}`);
      expect(response.status, `report ${id}`).toBe(200);
      const stored = (await response.json()) as { text: string; claimCount: number; result: { features: { properties: { claims: unknown[] } }[] } };
      expect(stored.text).toBe(text);
      const claims = stored.result.features.reduce((n, f) => n + f.properties.claims.length, 0);
      expect(claims).toBeGreaterThan(0);
      expect(stored.claimCount).toBe(claims);
    }
    // and the store still takes writes
    const after = await fetch(`${second.baseURL}/api/reports`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TEST_TOKEN}` },
      body: JSON.stringify({ text: report(1000) }),
    });
    expect(after.status).toBe(201);
  });
});
