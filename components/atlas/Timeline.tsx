'use client';
/**
 * Claims per day as bars, with a brushable range: drag across the bars with a pointer,
 * or move the two labelled range inputs (From, To) with the keyboard. The range is whole
 * days, inclusive; the full span means "no date filter".
 */
import { useRef, useState, type PointerEvent } from 'react';
import { formatDate } from '../describePlace';

export interface TimelineProps {
  days: { day: string; count: number }[];
  undated: number;
  from: string | null;
  to: string | null;
  onChange: (from: string | null, to: string | null) => void;
}

const DAY_MS = 86_400_000;
const toNumber = (day: string) => Math.floor(Date.parse(`${day}T00:00:00Z`) / DAY_MS);
const toDay = (n: number) => new Date(n * DAY_MS).toISOString().slice(0, 10);

export function Timeline({ days, undated, from, to, onChange }: TimelineProps) {
  const svg = useRef<SVGSVGElement>(null);
  const [drag, setDrag] = useState<{ start: number; end: number } | null>(null);
  if (days.length === 0) return <p className="timeline-empty">No dated claims match the filters.</p>;
  const first = toNumber(days[0]!.day);
  const last = toNumber(days[days.length - 1]!.day);
  const span = Math.max(1, last - first + 1);
  const max = Math.max(...days.map((d) => d.count));
  const lo = from ? Math.max(first, toNumber(from)) : first;
  const hi = to ? Math.min(last, toNumber(to)) : last;
  const shown = drag ? { start: Math.min(drag.start, drag.end), end: Math.max(drag.start, drag.end) } : { start: lo, end: hi };
  const WIDTH = 1000;
  const HEIGHT = 60;
  const x = (n: number) => ((n - first) / span) * WIDTH;

  function commit(start: number, end: number) {
    const a = Math.max(first, Math.min(start, end));
    const b = Math.min(last, Math.max(start, end));
    onChange(a === first ? null : toDay(a), b === last ? null : toDay(b));
  }

  function dayAt(event: PointerEvent<SVGSVGElement>): number {
    const box = svg.current!.getBoundingClientRect();
    const share = Math.min(1, Math.max(0, (event.clientX - box.left) / box.width));
    return Math.min(last, first + Math.floor(share * span));
  }

  return (
    <div className="timeline">
      <svg
        ref={svg}
        className="timeline-bars"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        preserveAspectRatio="none"
        aria-hidden="true"
        onPointerDown={(event) => {
          svg.current?.setPointerCapture(event.pointerId);
          const day = dayAt(event);
          setDrag({ start: day, end: day });
        }}
        onPointerMove={(event) => drag && setDrag({ ...drag, end: dayAt(event) })}
        onPointerUp={(event) => {
          if (!drag) return;
          const end = dayAt(event);
          setDrag(null);
          commit(drag.start, end);
        }}
        onPointerCancel={() => setDrag(null)}
      >
        <rect className="timeline-range" x={x(shown.start)} y={0} width={Math.max(2, x(shown.end + 1) - x(shown.start))} height={HEIGHT} />
        {days.map(({ day, count }) => {
          const n = toNumber(day);
          const h = Math.max(2, (count / max) * (HEIGHT - 4));
          const inside = n >= shown.start && n <= shown.end;
          return <rect key={day} className={inside ? 'timeline-bar is-in' : 'timeline-bar'} x={x(n)} y={HEIGHT - h} width={Math.max(2, WIDTH / span - 1)} height={h} />;
        })}
      </svg>
      <div className="timeline-inputs">
        <label>
          From <span className="timeline-value">{formatDate(toDay(lo))}</span>
          <input type="range" min={first} max={last} step={1} value={lo} aria-valuetext={formatDate(toDay(lo))} onChange={(e) => commit(Number(e.target.value), hi)} />
        </label>
        <label>
          To <span className="timeline-value">{formatDate(toDay(hi))}</span>
          <input type="range" min={first} max={last} step={1} value={hi} aria-valuetext={formatDate(toDay(hi))} onChange={(e) => commit(lo, Number(e.target.value))} />
        </label>
        {(from || to) && (
          <button type="button" className="outline-button" onClick={() => onChange(null, null)}>
            All dates
          </button>
        )}
      </div>
      <p className="timeline-note">
        {days.reduce((n, d) => n + d.count, 0)} dated claims from {formatDate(days[0]!.day)} to {formatDate(days[days.length - 1]!.day)}
        {undated > 0 && `; ${undated} without a date are shown only when all dates are.`}
      </p>
    </div>
  );
}
