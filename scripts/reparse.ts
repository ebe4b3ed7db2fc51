/**
 * `npm run reparse`: geoparses every stored report again with the current engine and
 * gazetteer, replacing its claims (after an engine change). Progress goes to stderr.
 */
import { reparseReport } from '../ingest/addReport';
import { openStore, storeConfig } from '../store/openStore';
import { reportIds } from '../store/reports';
import { loadGazetteer } from './geoparse';

async function main(): Promise<number> {
  const db = await openStore(storeConfig());
  try {
    const ids = await reportIds(db);
    const gazetteer = loadGazetteer();
    const started = Date.now();
    let failed = 0;
    for (const [i, id] of ids.entries()) {
      try {
        await reparseReport(db, gazetteer, id);
      } catch (error) {
        failed++;
        process.stderr.write(`\nreparse: report ${id}: ${(error as Error).message}\n`);
      }
      const line = `reparse ${i + 1}/${ids.length} reports, ${((i + 1) / ((Date.now() - started) / 1000)).toFixed(1)}/s`;
      process.stderr.write(process.stderr.isTTY ? `\r${line}` : `${line}\n`);
    }
    process.stderr.write(`${process.stderr.isTTY ? '\n' : ''}reparse: ${ids.length - failed} reports reparsed, ${failed} failed\n`);
    return failed ? 2 : 0;
  } finally {
    await db.close();
  }
}

main().then(
  (code) => (process.exitCode = code),
  (error: Error) => {
    process.stderr.write(`reparse: ${error.message}\n`);
    process.exitCode = 2;
  },
);
