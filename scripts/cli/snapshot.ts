/**
 * The entry of the CLI's V8 startup snapshot: scripts/build-cli.mjs bundles it into
 * dist/geoparse-snapshot.cjs and runs `node --build-snapshot` on that, writing
 * dist/geoparse.blob, which bin/geoparse starts from. Building it evaluates the engine's
 * modules and geoparses two short reports, so the blob holds the code compiled, the
 * lexicon's and chrono-node's regexps compiled to bytecode and chrono-node's parsers
 * prepared: a short report then takes ~90 ms less than from dist/geoparse.mjs.
 * The gazetteer is opened for the warm-up and closed again: its file descriptors could
 * not outlive the build, and what it read would load slower from the blob (~2.5 ms a
 * MB) than from disk. Nothing it read stays on the heap (the engine's caches are keyed
 * by text or are WeakMaps on its features), so a gazetteer rebuilt later is read afresh.
 */
import { endWarmUp } from './snapshotPrelude'; // first: it sets up what the warm-up may leave on the heap
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startupSnapshot } from 'node:v8';
import { loadPacked } from '../../geo/gazetteer/packed';
import { geoparse } from '../../geo/geoparse';
import { openPacked } from '../gazetteer/packedFiles';
import { gazetteerDir, main } from '../geoparse';

/** Texts that take the engine through its stages: one in Latin-1, one with curly quotes and dashes (V8 compiles a regexp once per string width). */
const WARM_UP = [
  'Rebels and government forces clashed near Idlib on Sunday, activists said. Shelling hit Aleppo.\n',
  'KYIV, May 14 (Reuters) – Two civilians were killed and five wounded when Russian forces shelled Kharkiv on Tuesday, the regional governor said.\n\n' +
    '“We will not withdraw from Bakhmut,” a Ukrainian commander told Reuters. According to the Syrian Observatory for Human Rights, an air strike on Maarat al-Numan killed 12 people between May 1 and May 3.\n',
];

function warmUp(): void {
  const source = openPacked(gazetteerDir());
  try {
    const gazetteer = loadPacked(source);
    for (const text of WARM_UP) geoparse(text, gazetteer, {});
  } finally {
    source.close();
  }
}

/** The blob this process started from: `--snapshot-blob PATH` (or `=PATH`) in its exec arguments. */
function blobPath(): string {
  const args = process.execArgv;
  const at = args.indexOf('--snapshot-blob');
  const path = at >= 0 ? args[at + 1] : args.find((a) => a.startsWith('--snapshot-blob='))?.slice('--snapshot-blob='.length);
  if (!path) throw new Error('started without --snapshot-blob');
  return resolve(path);
}

warmUp();
endWarmUp();

startupSnapshot.setDeserializeMainFunction(function runFromSnapshot() {
  // The code was evaluated where it was built; the files it reads are beside the blob.
  globalThis.__claimmapBundleUrl = pathToFileURL(join(dirname(blobPath()), 'geoparse.mjs')).href;
  main(process.argv.slice(1)).then((code) => (process.exitCode = code));
});
