/**
 * The engine timed as the CLI runs it, for `npm run bench`: bench.ts bundles this file
 * with esbuild and runs it with plain node (under tsx, its name-keeping wrappers cost the
 * engine about 12%). Arguments: the gazetteer's build directory, runs, then text files;
 * the first file is geoparsed twice first to warm up (V8 is still optimising the engine
 * during the second pass). Prints one JSON object: each
 * file's median wall time in ms.
 */
import { readFileSync } from 'node:fs';
import { loadPacked } from '../../geo/gazetteer/packed';
import { geoparse } from '../../geo/geoparse';
import { openPacked } from '../gazetteer/packedFiles';

const [build, runs, ...files] = process.argv.slice(2);
const gazetteer = loadPacked(openPacked(build as string));
const texts = files.map((file) => readFileSync(file, 'utf8'));
const options = { maxLength: 20_000_000 };
for (let warm = 0; warm < 2 && texts[0] !== undefined; warm++) geoparse(texts[0], gazetteer, options);
const medians: Record<string, number> = {};
files.forEach((file, i) => {
  const times = Array.from({ length: Number(runs) }, () => {
    const t0 = performance.now();
    geoparse(texts[i] as string, gazetteer, options);
    return performance.now() - t0;
  }).sort((a, b) => a - b);
  medians[file] = times[Math.floor(times.length / 2)] as number;
});
process.stdout.write(`${JSON.stringify(medians)}\n`);
