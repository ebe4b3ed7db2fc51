/**
 * The messages between the /read page and its geoparse worker: plain, serialisable
 * data only (the result is the contract's GeoJSON). Every request carries an id; every
 * reply names the request it answers.
 */
import type { ParseResult, Span } from '@/geo/types';
import type { PlaceMatch } from './placeSearch';

/** Where the browser gazetteer is (public/gazetteer/manifest.json): the folder of its shards. */
export interface GazetteerSource {
  /** The content-hashed folder, "/gazetteer/<hash>/", holding core.json and <n>.json per shard. */
  url: string;
  /** Size to expect, for progress; null when unknown (a text fetches only its shards). */
  bytes: number | null;
}

export type WorkerRequest =
  | {
      type: 'parse';
      id: number;
      gazetteer: GazetteerSource;
      text: string;
      /** Publication date (YYYY-MM-DD) for relative dates, or null to use the report's. */
      date: string | null;
      /** The reader's corrections: mention "start:end" → place id. */
      overrides: Record<string, string>;
    }
  | {
      type: 'search';
      id: number;
      gazetteer: GazetteerSource;
      query: string;
      /** Countries the report is about: their places first. */
      countries: string[];
    };

export type Progress =
  | { stage: 'download'; received: number; total: number | null }
  | { stage: 'index' }
  | { stage: 'parse' };

export type WorkerReply =
  | ({ type: 'progress'; id: number } & Progress)
  | {
      type: 'result';
      id: number;
      result: ParseResult;
      /** The body spans of the text (everything else is boilerplate), for the text pane. */
      body: Span[];
      /** Place id → governorate name, for the CSV's admin1 column. */
      admin1: Record<string, string>;
    }
  | { type: 'matches'; id: number; matches: PlaceMatch[] }
  /** One line for a person: a GeoparseError's message or a short generic one, never a stack. */
  | { type: 'error'; id: number; error: string };
