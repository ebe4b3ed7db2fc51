/**
 * The packed gazetteer on disk (geo/gazetteer/data/build/): written by the build, opened
 * by the CLI and the server. Beside each text file, a `.idx` file holds where each of its
 * lines starts (little-endian 32-bit byte offsets, one more than the lines), so opening
 * reads only the meta; a line, and where it starts, is read from disk when a lookup
 * first needs it (the keys, and the line indexes, are read whole once many lines have
 * been asked for): the whole world is never read at start.
 */
import { closeSync, fstatSync, mkdirSync, openSync, readFileSync, readSync, writeFileSync } from 'node:fs';
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

/** Reads `length` bytes at `position` into `buffer`; a file shorter than its index says is an error, not a hang. */
function readAt(fd: number, buffer: Uint8Array, length: number, position: number): void {
  for (let read = 0; read < length; ) {
    const n = readSync(fd, buffer, read, length - read, position + read);
    if (n === 0) throw new Error('the gazetteer build is incomplete (a file ends before its index says): run `npm run build:gazetteer`');
    read += n;
  }
}

/**
 * After this many lines, a file's whole line index is read (a megabyte, ~0.7 ms) instead
 * of two offsets per line: a short report reads a few hundred lines, a long corpus many
 * thousands.
 */
const LINES_BEFORE_WHOLE_INDEX = 2048;

/** Lines of a file left on disk, read by position when asked for (places, postings, ids). */
function diskLines(dir: string, file: LinesFile, fds: number[]): PackedLines {
  const fd = openSync(join(dir, PACKED_FILES[file]), 'r');
  fds.push(fd);
  const indexFd = openSync(join(dir, `${PACKED_FILES[file]}.idx`), 'r');
  fds.push(indexFd);
  let starts: Uint32Array | null = null;
  let linesRead = 0;
  const pair = new Uint32Array(2); // line i's start and line i+1's, as the index holds them
  const pairBytes = new Uint8Array(pair.buffer);
  let scratch = Buffer.alloc(1 << 16);
  return {
    count: fstatSync(indexFd).size / 4 - 1,
    line(i) {
      if (starts === null && ++linesRead > LINES_BEFORE_WHOLE_INDEX) starts = offsets(dir, file);
      if (starts === null) readAt(indexFd, pairBytes, 8, i * 4);
      const start = starts ? (starts[i] as number) : (pair[0] as number);
      const length = (starts ? (starts[i + 1] as number) : (pair[1] as number)) - 1 - start;
      if (length > scratch.length) scratch = Buffer.alloc(length);
      readAt(fd, scratch, length, start);
      return scratch.toString('utf8', 0, length);
    },
  };
}

/**
 * The keys, read from disk like the other files at first (a short report reads about a
 * hundred of them); a binary search reads ~18 per lookup, so after 2,048 lines the whole
 * file (4 MB) and its index are read into memory.
 */
function keyLines(dir: string, fds: number[]): PackedLines {
  const onDisk = diskLines(dir, 'keys', fds);
  let inMemory: PackedLines | null = null;
  let linesRead = 0;
  return {
    count: onDisk.count,
    line(i) {
      if (inMemory === null && ++linesRead > LINES_BEFORE_WHOLE_INDEX) inMemory = bufferLines(dir, 'keys');
      return (inMemory ?? onDisk).line(i);
    },
  };
}

/**
 * Opens the packed gazetteer in `dir` for `loadPacked`, reading only its meta now.
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
      keys: keyLines(dir, fds),
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
