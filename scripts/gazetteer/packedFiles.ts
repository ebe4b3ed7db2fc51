/**
 * The packed gazetteer on disk (geo/gazetteer/data/build/): written by the build, opened
 * by the CLI and the server. Beside each text file, a `.idx` file holds where each of its
 * lines starts (little-endian 32-bit byte offsets, one more than the lines), so opening
 * reads only the keys (a few megabytes) and every other line is read from disk
 * when a lookup first needs it: the whole world is never read at start.
 */
import { closeSync, mkdirSync, openSync, readFileSync, readSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKED_FILES, type PackedGazetteer, type PackedLines, type PackedMeta, type PackedSource } from '../../geo/gazetteer/packed';

type LinesFile = Exclude<keyof typeof PACKED_FILES, 'meta'>;
const LINE_FILES: readonly LinesFile[] = ['places', 'keys', 'postings', 'ids'];

/** Byte offsets of the starts of a text's lines, and of its end plus one. */
function lineStarts(text: Buffer): Buffer {
  const starts: number[] = [0];
  for (let at = text.indexOf(10); at >= 0; at = text.indexOf(10, at + 1)) starts.push(at + 1);
  starts.push(text.length + 1);
  const index = Buffer.alloc(starts.length * 4);
  starts.forEach((s, i) => index.writeUInt32LE(s, i * 4));
  return index;
}

/**
 * Writes a packed gazetteer and its line indexes into `dir`.
 * @example writePacked('geo/gazetteer/data/build', packGazetteer(world, words))
 */
export function writePacked(dir: string, packed: PackedGazetteer): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, PACKED_FILES.meta), `${JSON.stringify(packed.meta)}\n`);
  for (const file of LINE_FILES) {
    const text = Buffer.from(packed[file] ?? '', 'utf8');
    writeFileSync(join(dir, PACKED_FILES[file]), text);
    writeFileSync(join(dir, `${PACKED_FILES[file]}.idx`), lineStarts(text));
  }
}

function offsets(dir: string, file: LinesFile): Uint32Array {
  const index = readFileSync(join(dir, `${PACKED_FILES[file]}.idx`));
  return new Uint32Array(index.buffer, index.byteOffset, index.length / 4);
}

/** Lines of a file held in memory (the keys: a binary search reads many of them per lookup). */
function bufferLines(dir: string, file: LinesFile): PackedLines {
  const text = readFileSync(join(dir, PACKED_FILES[file]));
  const starts = offsets(dir, file);
  return { count: starts.length - 1, line: (i) => text.toString('utf8', starts[i], (starts[i + 1] as number) - 1) };
}

/** Lines of a file left on disk, read by position when asked for (places, postings, ids). */
function diskLines(dir: string, file: LinesFile, fds: number[]): PackedLines {
  const fd = openSync(join(dir, PACKED_FILES[file]), 'r');
  fds.push(fd);
  const starts = offsets(dir, file);
  let scratch = Buffer.alloc(1 << 16);
  return {
    count: starts.length - 1,
    line(i) {
      const start = starts[i] as number;
      const length = (starts[i + 1] as number) - 1 - start;
      if (length > scratch.length) scratch = Buffer.alloc(length);
      let read = 0;
      while (read < length) read += readSync(fd, scratch, read, length - read, start + read);
      return scratch.toString('utf8', 0, length);
    },
  };
}

/**
 * Opens the packed gazetteer in `dir` for `loadPacked`, reading only its meta, keys
 * and line indexes now.
 * @throws Error naming the command to run when the build is missing or incomplete
 * @example loadPacked(openPacked('geo/gazetteer/data/build')).lookup('tokmak')
 */
export function openPacked(dir: string): PackedSource & { close(): void } {
  let meta: PackedMeta;
  try {
    meta = JSON.parse(readFileSync(join(dir, PACKED_FILES.meta), 'utf8')) as PackedMeta;
  } catch {
    throw new Error('the gazetteer is not built (geo/gazetteer/data/build/ is missing): run `npm run build:gazetteer`');
  }
  const fds: number[] = [];
  try {
    return {
      meta,
      keys: bufferLines(dir, 'keys'),
      ids: diskLines(dir, 'ids', fds),
      places: diskLines(dir, 'places', fds),
      postings: diskLines(dir, 'postings', fds),
      close: () => fds.splice(0).forEach((fd) => closeSync(fd)),
    };
  } catch (err) {
    fds.forEach((fd) => closeSync(fd));
    throw new Error(`the gazetteer build is incomplete (${(err as Error).message}): run \`npm run build:gazetteer\``);
  }
}
