'use client';
/**
 * /read: the reader pastes or opens a report, and it is mapped in their browser. The
 * text goes to a Web Worker (never to a server), which answers with the contract's
 * GeoJSON; the result is shown with the same view as a bundled report, plus "Find
 * place…" for the names not placed, "Wrong place?" for each place, and the downloads.
 * Corrections re-run the engine with `overrides`, so every claim stays the engine's.
 */
import { useCallback, useEffect, useId, useMemo, useRef, useState, type DragEvent, type FormEvent } from 'react';
import { checkInput, defaultOptions, GeoparseError, resolveOptions } from '@/geo/options';
import type { Mention, ParseResult, PlaceFeature, Span } from '@/geo/types';
import './read.css';
import { ArticleView } from '../article/ArticleView';
import { plural } from '../describePlace';
import { selectPlace } from '../placeSelection';
import { addCorrection, correctionFor, overridesOf, type Correction } from './corrections';
import { SaveToAtlas } from '../atlas/NewReport';
import { htmlToText } from './htmlToText';
import { NamesNotPlaced } from './NamesNotPlaced';
import type { PlaceMatch } from './placeSearch';
import { useGeoparseWorker, WorkerError } from './useGeoparseWorker';
import type { GazetteerSource, Progress } from './workerProtocol';
import { WrongPlace } from './WrongPlace';

/** A mapped report: the text as it was mapped, the reader's corrections, and the result. */
interface Mapped {
  /** Counts "Map it" presses: a new one gives a fresh map fitted to the new places. */
  run: number;
  text: string;
  date: string | null;
  corrections: Correction[];
  result: ParseResult;
  body: Span[];
  admin1: Record<string, string>;
}

type Status =
  | { kind: 'idle'; message: string }
  | { kind: 'working'; message: string; progress: { value: number; max: number } | null }
  | { kind: 'error'; message: string };

/** Files larger than this are refused before they are read (bytes): HTML is mostly markup. */
const MAX_FILE_BYTES = 20_000_000;
const ACCEPTED = /\.(?:txt|text|md|markdown|html?)$/i;

export function ReadReport({ gazetteer }: { gazetteer: GazetteerSource }) {
  const id = useId();
  const { parse, search } = useGeoparseWorker(gazetteer);
  const [text, setText] = useState('');
  const [date, setDate] = useState('');
  const [status, setStatus] = useState<Status>({ kind: 'idle', message: '' });
  const [mapped, setMapped] = useState<Mapped | null>(null);
  const [dragging, setDragging] = useState(false);
  const latest = useRef(0);
  const resultSection = useRef<HTMLElement>(null);
  const focusResult = useRef(false);
  const busy = status.kind === 'working';
  const countries = useMemo(() => [...new Set(mapped?.result.features.map((f) => f.properties.country))], [mapped]);
  const searchPlaces = useCallback((query: string) => search(query, countries), [search, countries]);

  useEffect(function preloadMap() {
    // The map's code (Leaflet) loads while the reader pastes, so a result shows its map at once.
    void import('../map/LeafletMap');
  }, []);

  useEffect(
    function showNewResult() {
      if (!mapped || !focusResult.current) return;
      focusResult.current = false;
      resultSection.current?.focus({ preventScroll: true });
      const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
      resultSection.current?.scrollIntoView({ block: 'start', behavior: reduceMotion ? 'auto' : 'smooth' });
    },
    [mapped],
  );

  /** Runs the engine in the worker; only the newest request's answer is used. */
  const run = useCallback(
    async function runGeoparse(request: { text: string; date: string | null; corrections: Correction[] }): Promise<Omit<Mapped, 'run'> | null> {
      const ticket = ++latest.current;
      setStatus({ kind: 'working', message: 'Starting…', progress: null });
      try {
        const reply = await parse({ text: request.text, date: request.date, overrides: overridesOf(request.corrections) }, (progress) => {
          if (ticket === latest.current) setStatus({ kind: 'working', ...describeProgress(progress) });
        });
        if (ticket !== latest.current) return null;
        return { ...request, result: reply.result, body: reply.body, admin1: reply.admin1 };
      } catch (error) {
        if (ticket !== latest.current) return null;
        const message = error instanceof WorkerError ? error.message : 'something went wrong while mapping this text';
        setStatus({ kind: 'error', message: `Could not map this text: ${message}.` });
        return null;
      }
    },
    [parse],
  );

  async function mapIt(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const refusal = refusalOf(text, date);
    if (refusal) {
      setStatus({ kind: 'error', message: `Could not map this text: ${refusal}.` });
      return;
    }
    const next = await run({ text, date: date || null, corrections: [] });
    if (!next) return;
    focusResult.current = true;
    setMapped((previous) => ({ ...next, run: (previous?.run ?? 0) + 1 }));
    setStatus({ kind: 'idle', message: summary(next.result) });
  }

  async function recompute(corrections: Correction[], done: string, show: string | null) {
    if (!mapped) return;
    const next = await run({ text: mapped.text, date: mapped.date, corrections });
    if (!next) return;
    setMapped({ ...next, run: mapped.run });
    setStatus({ kind: 'idle', message: `${done} ${summary(next.result)}` });
    if (show) selectPlace(show, 'list');
  }

  function correct(mentions: Mention[], place: { id: string; name: string }) {
    if (!mapped) return;
    const correction = correctionFor(mentions, place);
    void recompute(addCorrection(mapped.corrections, correction), `“${correction.names.join('”, “')}” placed at ${place.name}.`, place.id);
  }

  function undo(correction: Correction) {
    if (!mapped) return;
    void recompute(
      mapped.corrections.filter((c) => c !== correction),
      `Undone: “${correction.names.join('”, “')}” at ${correction.placeName}.`,
      null,
    );
  }

  async function openFile(file: File | undefined) {
    if (!file) return;
    if (!ACCEPTED.test(file.name) && !/^text\/(?:plain|markdown|html)$/.test(file.type)) {
      setStatus({ kind: 'error', message: `${file.name} is not a .txt, .md or .html file.` });
      return;
    }
    if (file.size > MAX_FILE_BYTES) {
      setStatus({ kind: 'error', message: `${file.name} is ${(file.size / 1e6).toFixed(1)} MB; files up to ${MAX_FILE_BYTES / 1e6} MB can be opened.` });
      return;
    }
    try {
      const content = await file.text();
      const isHtml = /\.html?$/i.test(file.name) || file.type === 'text/html';
      const loaded = isHtml ? htmlToText(content) : content;
      setText(loaded);
      setStatus({ kind: 'idle', message: `Opened ${file.name}: ${loaded.length.toLocaleString('en')} characters. Press “Map it” to map it.` });
    } catch {
      setStatus({ kind: 'error', message: `${file.name} could not be read.` });
    }
  }

  function dropFile(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setDragging(false);
    void openFile(event.dataTransfer.files[0]);
  }

  const tooLong = text.length > defaultOptions.maxLength;
  return (
    <>
      <form className="read-form" onSubmit={mapIt} aria-describedby={`${id}-privacy`}>
        <p id={`${id}-privacy`} className="privacy-note">
          Your text is geoparsed in your browser; it never leaves this machine.
        </p>
        <div
          className={`drop-zone${dragging ? ' is-dragging' : ''}`}
          onDragOver={(event) => {
            event.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={dropFile}
        >
          <label htmlFor={`${id}-text`} className="field-label">
            The report
          </label>
          <p id={`${id}-text-hint`} className="hint">
            Paste the text of a news report (title and date first, if you have them), or drop a .txt, .md or .html file here.
          </p>
          <textarea
            id={`${id}-text`}
            className="report-input"
            value={text}
            onChange={(event) => setText(event.target.value)}
            aria-describedby={`${id}-text-hint ${id}-count`}
            aria-invalid={tooLong || undefined}
            rows={10}
            spellCheck={false}
          />
          <p id={`${id}-count`} className={`hint char-count${tooLong ? ' is-over' : ''}`}>
            {text.length.toLocaleString('en')} of {defaultOptions.maxLength.toLocaleString('en')} characters
          </p>
        </div>
        <div className="read-options">
          <div className="field">
            <label htmlFor={`${id}-file`} className="field-label">
              Or open a file
            </label>
            <input
              id={`${id}-file`}
              type="file"
              accept=".txt,.text,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html"
              onChange={(event) => {
                void openFile(event.target.files?.[0]);
                event.target.value = '';
              }}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-date`} className="field-label">
              Publication date <span className="hint">(optional)</span>
            </label>
            <input
              id={`${id}-date`}
              type="date"
              value={date}
              onChange={(event) => setDate(event.target.value)}
              aria-describedby={`${id}-date-hint`}
            />
            <p id={`${id}-date-hint`} className="hint">
              For dates like “on Sunday”; otherwise the date in the report is used.
            </p>
          </div>
          <div className="field map-it">
            <button type="submit" className="primary-button" disabled={busy}>
              Map it
            </button>
          </div>
        </div>
        <div className={`read-status is-${status.kind}`} role="status" aria-live="polite">
          {status.message && <p>{status.message}</p>}
          {status.kind === 'working' && (
            <progress
              aria-label={status.message}
              {...(status.progress ? { value: status.progress.value, max: status.progress.max } : {})}
            />
          )}
        </div>
      </form>

      {mapped && (
        <section ref={resultSection} className="read-result" aria-label="Your report, mapped" tabIndex={-1} aria-busy={busy}>
          <SaveToAtlas text={mapped.text} published={date} />
          <ArticleView
            key={mapped.run}
            slug="Your report"
            text={mapped.text}
            result={mapped.result}
            body={mapped.body}
            admin1={mapped.admin1}
            level={2}
            unplacedNames={
              <NamesNotPlaced
                unresolved={mapped.result.unresolved}
                corrections={mapped.corrections}
                search={searchPlaces}
                onPlace={(mentions, match: PlaceMatch) => correct(mentions, match)}
                onUndo={undo}
              />
            }
            placeActions={(place: PlaceFeature) => (
              <WrongPlace place={place} search={searchPlaces} onChoose={(wrong, choice) => correct(wrong.properties.mentions, choice)} />
            )}
          />
        </section>
      )}
    </>
  );
}

/**
 * The engine's own input checks, run here first (they are quick) so that empty or
 * oversized text is refused at once, without loading the gazetteer.
 */
function refusalOf(text: string, date: string): string | null {
  try {
    checkInput(text, resolveOptions({ date: date || null }));
    return null;
  } catch (error) {
    return error instanceof GeoparseError ? error.message : null;
  }
}

function describeProgress(progress: Progress): { message: string; progress: { value: number; max: number } | null } {
  switch (progress.stage) {
    case 'download': {
      // Counted in shards: a text fetches only the parts of the index its names need.
      const total = progress.total && progress.total > 0 ? progress.total : null;
      const received = total ? Math.min(progress.received, total) : progress.received;
      return {
        message: total ? `Loading the place index… ${received} of ${total} parts` : 'Loading the place index…',
        progress: total ? { value: received, max: total } : null,
      };
    }
    case 'index':
      return { message: 'Building the place index…', progress: null };
    case 'parse':
      return { message: 'Finding places…', progress: null };
  }
}

function summary(result: ParseResult): string {
  const claims = new Set(result.features.flatMap((f) => f.properties.claims.map((c) => c.start))).size;
  const unplaced = new Set(result.unresolved.map((m) => m.text)).size;
  return `Mapped: ${plural(result.features.length, 'place')}, ${plural(claims, 'claim')}${unplaced ? `; ${plural(unplaced, 'name')} not placed` : ''}.`;
}
