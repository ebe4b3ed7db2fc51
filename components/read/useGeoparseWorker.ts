'use client';
/**
 * The page's side of the geoparse worker: starts it on first use, turns its replies
 * into promises, and stops it when the page goes. Requests are answered in order;
 * callers drop the answers they no longer want.
 */
import { useCallback, useEffect, useRef } from 'react';
import type { PlaceMatch } from './placeSearch';
import type { GazetteerSource, Progress, WorkerReply, WorkerRequest } from './workerProtocol';

export type ParseReply = Extract<WorkerReply, { type: 'result' }>;

/** An error the worker reported, with its one-line message for the reader. */
export class WorkerError extends Error {}

interface Waiting {
  resolve(reply: WorkerReply): void;
  reject(error: WorkerError): void;
  onProgress?: (progress: Progress) => void;
}

/** A request as the caller gives it: the hook adds the id and where the gazetteer is. */
type Outgoing = WorkerRequest extends infer R ? (R extends WorkerRequest ? Omit<R, 'id' | 'gazetteer'> : never) : never;
type ParseRequest = Omit<Extract<Outgoing, { type: 'parse' }>, 'type'>;

export interface GeoparseWorker {
  parse(request: ParseRequest, onProgress: (progress: Progress) => void): Promise<ParseReply>;
  /** Places whose names start with `query`; those in `countries` (the report's) first. */
  search(query: string, countries?: string[]): Promise<PlaceMatch[]>;
}

/**
 * @param gazetteer where the browser gazetteer is (from the manifest)
 * @example const { parse } = useGeoparseWorker(source); const { result } = await parse({ text, date: null, overrides: {} }, show);
 */
export function useGeoparseWorker(gazetteer: GazetteerSource): GeoparseWorker {
  const worker = useRef<Worker | null>(null);
  const waiting = useRef(new Map<number, Waiting>());
  const nextId = useRef(1);

  useEffect(function stopWorkerOnLeave() {
    const pending = waiting.current;
    return function stopWorker() {
      worker.current?.terminate();
      worker.current = null;
      pending.clear();
    };
  }, []);

  const send = useCallback(
    function send(request: Outgoing, onProgress?: (progress: Progress) => void): Promise<WorkerReply> {
      const id = nextId.current++;
      const target = worker.current ?? startWorker(worker, waiting.current);
      return new Promise<WorkerReply>((resolve, reject) => {
        waiting.current.set(id, onProgress ? { resolve, reject, onProgress } : { resolve, reject });
        target.postMessage({ ...request, id, gazetteer } as WorkerRequest);
      });
    },
    [gazetteer],
  );

  const parse = useCallback(
    async function parse(request: ParseRequest, onProgress: (progress: Progress) => void): Promise<ParseReply> {
      const reply = await send({ type: 'parse', ...request }, onProgress);
      if (reply.type !== 'result') throw new WorkerError('something went wrong while mapping this text');
      return reply;
    },
    [send],
  );

  const search = useCallback(
    async function search(query: string, countries: string[] = []): Promise<PlaceMatch[]> {
      const reply = await send({ type: 'search', query, countries });
      return reply.type === 'matches' ? reply.matches : [];
    },
    [send],
  );

  return { parse, search };
}

function startWorker(slot: { current: Worker | null }, waiting: Map<number, Waiting>): Worker {
  const worker = new Worker(new URL('./geoparse.worker.ts', import.meta.url), { type: 'module' });
  worker.addEventListener('message', function deliverReply(event: MessageEvent<WorkerReply>) {
    const reply = event.data;
    const request = waiting.get(reply.id);
    if (!request) return;
    if (reply.type === 'progress') {
      request.onProgress?.(reply);
      return;
    }
    waiting.delete(reply.id);
    if (reply.type === 'error') request.reject(new WorkerError(reply.error));
    else request.resolve(reply);
  });
  worker.addEventListener('error', function failEveryRequest(event) {
    event.preventDefault();
    for (const request of waiting.values()) request.reject(new WorkerError('the mapping engine stopped unexpectedly; try again'));
    waiting.clear();
    worker.terminate();
    if (slot.current === worker) slot.current = null;
  });
  slot.current = worker;
  return worker;
}
