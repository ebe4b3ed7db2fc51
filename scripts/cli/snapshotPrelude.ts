/**
 * Evaluated first when the startup snapshot is built (scripts/cli/snapshot.ts imports it
 * before anything else), so that what the engine's modules create while they are
 * evaluated and warmed up can be written into a V8 snapshot:
 * - `import.meta.url`, which the snapshot bundle cannot have (it is CommonJS), is read
 *   from `globalThis.__claimmapBundleUrl` (scripts/build-cli.mjs defines it so): here the
 *   bundle beside this one, dist/geoparse.mjs; the snapshot's main points it at the
 *   dist/ of the blob it was started from.
 * - Regular expressions stay in V8's regexp interpreter while the snapshot is built
 *   (native code after 1,000 runs instead of after the first): with V8's default, writing
 *   the blob aborts ("unreachable code" in the serializer, on native regexp code). So
 *   the blob holds the lexicon's and chrono-node's regexps as bytecode, a short report
 *   runs them on it, and after about 1,000 runs they are compiled to native code as
 *   usual, so a long report is not slowed. (`--regexp-interpret-all` would keep them interpreted
 *   for good: 10% slower on 1 MB.) The flag is set back before the blob is written, so it
 *   loads under plain `node` (V8 refuses a blob built under other flags).
 * - `Intl.Segmenter` objects hold ICU state V8 cannot serialize, and the engine makes
 *   one when its module is evaluated (geo/claims/extractClaims.ts): while building, a
 *   segmenter is a stand-in that makes the real one on first use and drops it before
 *   the blob is written, so the run makes its own (ICU's ~8 ms are paid there).
 */
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { setFlagsFromString, startupSnapshot } from 'node:v8';

declare global {
  // eslint-disable-next-line no-var
  var __claimmapBundleUrl: string;
}

globalThis.__claimmapBundleUrl = pathToFileURL(join(__dirname, 'geoparse.mjs')).href;

setFlagsFromString('--regexp-tier-up-ticks=1000');

const RealSegmenter = Intl.Segmenter;
const standIns = new Set<LazySegmenter>();

/** An Intl.Segmenter made on first use, which can be dropped before the heap is serialized. */
class LazySegmenter {
  readonly #args: ConstructorParameters<typeof Intl.Segmenter>;
  #real: Intl.Segmenter | undefined;
  constructor(...args: ConstructorParameters<typeof Intl.Segmenter>) {
    this.#args = args;
    standIns.add(this);
  }
  segment(input: string): Intl.Segments {
    this.#real ??= new RealSegmenter(...this.#args);
    return this.#real.segment(input);
  }
  resolvedOptions(): Intl.ResolvedSegmenterOptions {
    this.#real ??= new RealSegmenter(...this.#args);
    return this.#real.resolvedOptions();
  }
  drop(): void {
    this.#real = undefined;
  }
}
/** Intl's constructors are writable properties; TypeScript declares them read-only. */
const writableIntl = Intl as { -readonly [K in keyof typeof Intl]: (typeof Intl)[K] };
writableIntl.Segmenter = LazySegmenter as unknown as typeof Intl.Segmenter;

/** Called by snapshot.ts after the warm-up: V8's defaults back, no ICU object left on the heap. */
export function endWarmUp(): void {
  setFlagsFromString('--regexp-tier-up-ticks=1');
  writableIntl.Segmenter = RealSegmenter;
  startupSnapshot.addSerializeCallback(function dropSegmenters() {
    for (const segmenter of standIns) segmenter.drop();
  });
}
