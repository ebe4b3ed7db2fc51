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
  return async function teardown() {
    server.stop();
  };
}
