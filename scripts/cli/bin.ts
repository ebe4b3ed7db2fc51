/** The entry of the CLI bundle (dist/geoparse.mjs): runs the command line of scripts/geoparse.ts. */
import { main } from '../geoparse';

main(process.argv.slice(2)).then((code) => (process.exitCode = code));
