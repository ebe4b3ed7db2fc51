/**
 * The baseline for `npm run bench`, as a whole process: read a text file, print how many
 * places compromise's `nlp(text).places()` finds. `npm run bench` bundles it with esbuild and runs it with plain node, as it runs the CLI.
 */
import { readFileSync } from 'node:fs';
import nlp from 'compromise';

const text = readFileSync(process.argv[2] as string, 'utf8');
const places = nlp(text).places().out('array') as string[];
process.stdout.write(`${places.length}\n`);
