/**
 * Starts the production server (`next start`) from an existing `.next` build on a free
 * port, and stops it. Shared by the e2e global setup (server.ts) and the map benchmark
 * (scripts/bench-map.ts); it builds nothing itself.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:net';
import path from 'node:path';

/** The project root. */
export const root = path.resolve(import.meta.dirname, '../..');
const STARTUP_LIMIT_MS = 60_000;

export interface NextServer {
  baseURL: string;
  stop(): void;
  /** Kills the server's process group at once (SIGKILL): the crash test's power cut. */
  kill(): void;
  /** Resolves when the server process has exited. */
  exited: Promise<void>;
}

/** The admin token the e2e servers accept. */
export const TEST_TOKEN = 'e2e-admin-token';

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
export async function startNextServer(hint = 'npm run build', env: Record<string, string> = {}): Promise<NextServer> {
  if (!existsSync(path.join(root, '.next', 'BUILD_ID'))) {
    throw new Error(`No production build in .next: run \`${hint}\` first.`);
  }
  const port = await freePort();
  const baseURL = `http://127.0.0.1:${port}`;
  let log = '';
  const server = spawn(process.execPath, [path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next'), 'start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      // as `npm start` runs it: our handlers close the store on SIGTERM (instrumentation.ts)
      NEXT_MANUAL_SIG_HANDLE: 'true',
      // a store of its own in a temporary folder (seeded on first use), writes with a test token
      CLAIMMAP_DATA_DIR: env.CLAIMMAP_DATA_DIR ?? mkdtempSync(path.join(tmpdir(), 'claimmap-e2e-')),
      CLAIMMAP_ADMIN_TOKEN: TEST_TOKEN,
      CLAIMMAP_FETCH_ALLOW_LOOPBACK: '1',
      CLAIMMAP_RATE_LIMIT: '10000',
      CLAIMMAP_DATABASE_URL: '',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  server.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const stop = () => stopServer(server);
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
  const kill = () => {
    if (server.pid === undefined || server.exitCode !== null) return;
    try {
      process.kill(-server.pid, 'SIGKILL');
    } catch {
      server.kill('SIGKILL');
    }
  };
  try {
    await waitUntilAnswering(baseURL, server, () => log);
  } catch (error) {
    stop();
    throw error;
  }
  return { baseURL, stop, kill, exited };
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
