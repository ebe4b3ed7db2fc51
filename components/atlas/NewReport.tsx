'use client';
/**
 * `/reports/new`: add a report to the collection by pasting it, dropping or opening a
 * file (.txt, .md, or .html read with the same Readability extraction as /read), or
 * giving its URL for the server to fetch. Writes need the admin token.
 */
import Link from 'next/link';
import { useId, useState, type DragEvent, type FormEvent } from 'react';
import { htmlToText } from '../read/htmlToText';
import { postReport, type PostOutcome } from './postReport';
import './atlas.css';

export function NewReport() {
  const id = useId();
  const [text, setText] = useState('');
  const [url, setUrl] = useState('');
  const [title, setTitle] = useState('');
  const [published, setPublished] = useState('');
  const [token, setToken] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<PostOutcome | null>(null);

  async function openFile(file: File | undefined) {
    if (!file) return;
    const content = await file.text();
    setText(/\.html?$/i.test(file.name) || file.type === 'text/html' ? htmlToText(content) : content);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setOutcome({ ok: true, id: null, message: url && !text ? 'Fetching the page and mapping it…' : 'Mapping and saving…' });
    const body: Record<string, string> = {};
    if (text.trim()) body.text = text;
    if (url.trim()) body.url = url.trim();
    if (title.trim()) body.title = title.trim();
    if (published) body.published = published;
    setOutcome(await postReport(body, token));
    setBusy(false);
  }

  function drop(event: DragEvent) {
    event.preventDefault();
    void openFile(event.dataTransfer.files[0]);
  }

  return (
    <form className="new-report" onSubmit={submit} onDragOver={(e) => e.preventDefault()} onDrop={drop}>
      <div className="field">
        <label htmlFor={`${id}-text`} className="field-label">
          The report&apos;s text
        </label>
        <p id={`${id}-text-hint`} className="hint">
          Paste it, or drop a .txt, .md or .html file here. Leave it empty to fetch the URL below.
        </p>
        <textarea id={`${id}-text`} className="report-input" rows={10} value={text} onChange={(e) => setText(e.target.value)} aria-describedby={`${id}-text-hint`} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-file`} className="field-label">
          Or open a file
        </label>
        <input id={`${id}-file`} type="file" accept=".txt,.md,.html,.htm,text/plain,text/markdown,text/html" onChange={(e) => void openFile(e.target.files?.[0])} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-url`} className="field-label">
          URL of the report <span className="hint">(fetched by the server when there is no text; kept as its source otherwise)</span>
        </label>
        <input id={`${id}-url`} type="url" value={url} onChange={(e) => setUrl(e.target.value)} placeholder="https://" />
      </div>
      <div className="field">
        <label htmlFor={`${id}-title`} className="field-label">
          Title <span className="hint">(optional)</span>
        </label>
        <input id={`${id}-title`} type="text" value={title} onChange={(e) => setTitle(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-date`} className="field-label">
          Publication date <span className="hint">(optional)</span>
        </label>
        <input id={`${id}-date`} type="date" value={published} onChange={(e) => setPublished(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-token`} className="field-label">
          Admin token
        </label>
        <input id={`${id}-token`} type="password" autoComplete="current-password" value={token} onChange={(e) => setToken(e.target.value)} />
      </div>
      <button type="submit" className="primary-button" disabled={busy}>
        Save to the atlas
      </button>
      <div className={`read-status ${outcome && !outcome.ok ? 'is-error' : ''}`} role="status" aria-live="polite">
        {outcome && (
          <p>
            {outcome.message}{' '}
            {outcome.id && (
              <>
                <Link href={`/reports/${outcome.id}`}>Open the report</Link> or <Link href="/atlas">see the atlas</Link>.
              </>
            )}
          </p>
        )}
      </div>
    </form>
  );
}

/** "Save to the atlas" under /read's result: sends the mapped text with the token. */
export function SaveToAtlas({ text, published }: { text: string; published: string }) {
  const id = useId();
  const [token, setToken] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<PostOutcome | null>(null);
  async function save(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setOutcome(await postReport(published ? { text, published } : { text }, token));
    setBusy(false);
  }
  return (
    <form className="save-to-atlas" onSubmit={save}>
      <label htmlFor={`${id}-token`}>Admin token</label>{' '}
      <input id={`${id}-token`} type="password" autoComplete="current-password" value={token} onChange={(e) => setToken(e.target.value)} />{' '}
      <button type="submit" className="outline-button" disabled={busy}>
        Save to the atlas
      </button>
      <span role="status" className={outcome && !outcome.ok ? 'save-status is-error' : 'save-status'}>
        {outcome?.message}{' '}
        {outcome?.id && <Link href={`/reports/${outcome.id}`}>Open it</Link>}
      </span>
    </form>
  );
}
