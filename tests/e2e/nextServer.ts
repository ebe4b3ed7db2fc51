/**
 * Starts the production server (`next start`) from an existing `.next` build on a free
 * port, and stops it. Shared by the e2e global setup (server.ts) and the map benchmark
 * (scripts/bench-map.ts); it builds nothing itself.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';

/** The project root. */
export const root = path.resolve(import.meta.dirname, '../..');
const STARTUP_LIMIT_MS = 60_000;

export interface NextServer {
  baseURL: string;
  stop(): void;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

async function waitUntilAnswering(url: string, server: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + STARTUP_LIMIT_MS;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`next start exited with ${server.exitCode}:\n${output()}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`next start did not answer ${url} within ${STARTUP_LIMIT_MS / 1000} s:\n${output()}`);
}

/**
 * Starts `next start` on a free port of 127.0.0.1 and waits until it answers.
 * @param hint what to run when there is no build, for the error message
 * @example const server = await startNextServer(); … server.stop();
 */
export async function startNextServer(hint = 'npm run build'): Promise<NextServer> {
  if (!existsSync(path.join(root, '.next', 'BUILD_ID'))) {
    throw new Error(`No production build in .next: run \`${hint}\` first.`);
  }
  const port = await freePort();
  const baseURL = `http://127.0.0.1:${port}`;
  let log = '';
  const server = spawn(process.execPath, [path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next'), 'start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: root,
    env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  server.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const stop = () => stopServer(server);
  try {
    await waitUntilAnswering(baseURL, server, () => log);
  } catch (error) {
    stop();
    throw error;
  }
  return { baseURL, stop };
}

/** Stops the server we started (its process group: next start forks a worker). */
function stopServer(server: ChildProcess) {
  if (server.pid === undefined || server.exitCode !== null) return;
  try {
    process.kill(-server.pid, 'SIGTERM');
  } catch {
    server.kill('SIGTERM');
  }
}
