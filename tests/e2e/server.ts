/**
 * Global setup of the e2e project: starts the production server (`next start`) from the
 * `.next` build that `npm run test:e2e` makes first, on a free port, and hands its URL
 * to the tests (`inject('baseURL')`). Stops it afterwards.
 */
import type { TestProject } from 'vitest/node';
import { startNextServer } from './nextServer';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

export default async function startServer(project: TestProject) {
  const server = await startNextServer('npx next build');
  project.provide('baseURL', server.baseURL);
  // the first use of the store opens it and seeds the bundled reports: do it before the tests
  const warm = await fetch(`${server.baseURL}/api/atlas/summary`, { signal: AbortSignal.timeout(110_000) });
  if (!warm.ok) throw new Error(`the atlas did not answer: ${warm.status} ${await warm.text()}`);
  return async function teardown() {
    server.stop();
  };
}
