/**
 * Reads a corpus file `{ "documents": [ {…}, {…} ] }` one document at a time, without
 * parsing (or holding) the whole file: a scanner over UTF-8 chunks that tracks strings
 * and nesting, and hands out the JSON text of each element of the top-level
 * "documents" array. Memory stays bounded by the largest document, whatever the corpus.
 */
import { closeSync, openSync, readSync } from 'node:fs';

/** A corpus that is not `{ documents: [...] }` JSON; the message is one line for a person. */
export class CorpusError extends Error {}

export interface CorpusElement {
  /** The element's JSON text. */
  json: string;
  /** Bytes of the file read so far, for progress. */
  bytesRead: number;
}

const CHUNK = 1 << 20;

/**
 * The elements of the corpus's "documents" array, in order.
 * @param file a path, or 0 for standard input
 * @param chunkSize bytes read at a time
 * @throws CorpusError when the file is not a JSON object with a "documents" array
 * @example for (const { json } of readCorpus('docs.json')) JSON.parse(json).id
 */
export function* readCorpus(file: string | number, chunkSize = CHUNK): Generator<CorpusElement> {
  const fd = typeof file === 'number' ? file : openSync(file, 'r');
  const buffer = Buffer.alloc(chunkSize);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let bytesRead = 0;
  // Scanner state, kept across chunks.
  const stack: string[] = []; // '{' or '['
  let inString = false;
  let escaped = false;
  let started = false;
  let stringStart = -1;
  let pendingKey: string | null = null; // a string just closed at depth 1, maybe a key
  let key: string | null = null; // the key whose value is being read at depth 1
  let docsDepth = -1; // stack depth inside the documents array, when in it
  let found = false;
  let element: string[] | null = null; // pieces of the element being read
  let elementFrom = 0; // where the element starts in the current chunk
  let keyPieces: string[] = [];
  let chunk = '';
  let out: CorpusElement[] = [];
  /** Ends the element being read at `end` of the current chunk. */
  function flush(end: number) {
    const json = (element ?? []).join('') + chunk.slice(elementFrom, end);
    element = null;
    if (json.trim()) out.push({ json: json.trim(), bytesRead });
  }

  try {
    for (;;) {
      let n: number;
      try {
        n = readSync(fd, buffer, 0, chunkSize, null);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'EAGAIN') continue;
        throw err;
      }
      try {
        chunk = decoder.decode(buffer.subarray(0, n), { stream: n > 0 });
      } catch {
        throw new CorpusError('the corpus is not valid UTF-8 text');
      }
      bytesRead += n;
      out = [];
      if (element) elementFrom = 0;
      for (let i = 0; i < chunk.length; i++) {
        const c = chunk.charCodeAt(i);
        if (inString) {
          if (escaped) escaped = false;
          else if (c === 0x5c) escaped = true;
          else if (c === 0x22) {
            inString = false;
            if (stack.length === 1 && stringStart >= -1) {
              keyPieces.push(chunk.slice(Math.max(stringStart, 0), i));
              pendingKey = keyPieces.join('');
              keyPieces = [];
              stringStart = -2;
            }
          }
          continue;
        }
        if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) continue;
        if (!started) {
          if (c !== 0x7b) throw new CorpusError('the corpus is not a JSON object: it should be { "documents": [ { "id": …, "text": … } ] }');
          started = true;
        }
        const depth = stack.length;
        if (docsDepth >= 0 && depth === docsDepth && element === null && c !== 0x2c && c !== 0x5d) {
          element = [];
          elementFrom = i;
        }
        switch (c) {
          case 0x22: // "
            inString = true;
            stringStart = depth === 1 && !element ? i + 1 : -2;
            keyPieces = [];
            break;
          case 0x3a: // :
            if (depth === 1) key = pendingKey;
            break;
          case 0x7b: // {
          case 0x5b: // [
            stack.push(c === 0x7b ? '{' : '[');
            if (depth === 1 && c === 0x5b && key === 'documents' && !found) {
              found = true;
              docsDepth = stack.length;
            }
            break;
          case 0x7d: // }
          case 0x5d: // ]
            if (stack.pop() !== (c === 0x7d ? '{' : '[')) throw new CorpusError('the corpus is not JSON: its brackets do not match');
            if (docsDepth >= 0 && stack.length === docsDepth - 1) {
              if (element) flush(i);
              docsDepth = -1;
            }
            break;
          case 0x2c: // ,
            if (depth === 1) key = null;
            if (docsDepth >= 0 && depth === docsDepth && element) flush(i);
            break;
        }
        if (docsDepth >= 0 && element && stack.length === docsDepth && (c === 0x7d || c === 0x5d) && depth === docsDepth + 1) {
          flush(i + 1);
        }
      }
      if (element) element.push(chunk.slice(elementFrom));
      if (inString && stringStart >= -1) keyPieces.push(chunk.slice(Math.max(stringStart, 0)));
      if (inString) stringStart = stringStart >= -1 ? -1 : -2;
      for (const e of out) yield e;
      if (n === 0) break;
    }
  } finally {
    if (typeof file !== 'number') closeSync(fd);
  }
  if (!started) throw new CorpusError('the corpus is empty');
  if (stack.length > 0 || inString) throw new CorpusError('the corpus is not JSON: it ends before its brackets close');
  if (!found) throw new CorpusError('the corpus has no "documents" array');
}
