/**
 * The time bar under the graph: per year, how many relations and events in view hold then. Dragging over the bars
 * brushes a period (so do the year fields and the arrow keys); play steps through the years one by one.
 */
import './timeline.css';
import { useEffect, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { describePeriod, periodOf, type Period } from '../../time/period.js';
import { useActions, useAtlas } from '../../state/useAtlas.js';
import { useTimeline } from './useTimeline.js';

const PLAY_STEP_MS = 900;

export function Timeline() {
  const actions = useActions();
  const period = useAtlas((s) => s.period);
  const { bars, summary } = useTimeline();
  const [dragging, setDragging] = useState<Period | null>(null);
  const [playing, setPlaying] = useState(false);
  const anchor = useRef<number | null>(null);
  const years = bars.years;

  useEffect(() => {
    if (!playing || !years) return;
    const timer = setInterval(() => {
      const single = period !== null && period.from === period.to;
      if (single && period.to >= years.to) setPlaying(false);
      else {
        const next = single ? period.to + 1 : years.from;
        actions.view.setPeriod(periodOf(next, next));
      }
    }, PLAY_STEP_MS);
    return () => clearInterval(timer);
  }, [playing, period, years, actions]);

  if (!years) {
    return (
      <section className="timeline empty" aria-label="Timeline">
        <p className="timeline-note">No dated relations or events in view.</p>
      </section>
    );
  }
  const count = years.to - years.from + 1;
  const top = Math.max(1, ...bars.relations.map((r, i) => r + (bars.events[i] ?? 0)));
  const shown = dragging ?? period;
  const clampYear = (y: number) => Math.min(years.to, Math.max(years.from, Math.round(y)));
  const yearAt = (e: PointerEvent<SVGSVGElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    return clampYear(years.from + Math.floor(((e.clientX - box.left) / box.width) * count));
  };
  const onDown = (e: PointerEvent<SVGSVGElement>) => {
    e.currentTarget.setPointerCapture(e.pointerId);
    const y = yearAt(e);
    anchor.current = y;
    setPlaying(false);
    setDragging(periodOf(y, y));
  };
  const onMove = (e: PointerEvent<SVGSVGElement>) => {
    if (anchor.current !== null) setDragging(periodOf(anchor.current, yearAt(e)));
  };
  const onUp = (e: PointerEvent<SVGSVGElement>) => {
    if (anchor.current === null) return;
    actions.view.setPeriod(periodOf(anchor.current, yearAt(e)));
    anchor.current = null;
    setDragging(null);
  };
  const onKey = (e: KeyboardEvent<SVGSVGElement>) => {
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (e.key === 'Escape' && period) actions.view.setPeriod(null);
    else if (step !== 0) {
      const p = period ?? { from: years.from, to: years.from };
      // Shift moves the period's end (widens or narrows it); plain arrows move the whole period, within the years.
      if (e.shiftKey) actions.view.setPeriod(periodOf(p.from, clampYear(p.to + step)));
      else if (p.from + step >= years.from && p.to + step <= years.to) actions.view.setPeriod(periodOf(p.from + step, p.to + step));
    } else return;
    e.preventDefault();
    e.stopPropagation();
  };
  const setEnd = (end: 'from' | 'to', value: string) => {
    const y = Number(value);
    if (!Number.isInteger(y) || value.length !== 4) return;
    const p = period ?? years;
    actions.view.setPeriod(end === 'from' ? periodOf(y, p.to) : periodOf(p.from, y));
  };
  const every = count > 30 ? 10 : 5;
  const ticks = Array.from({ length: count }, (_, i) => years.from + i).filter((y, i) => i === 0 || y === years.to || y % every === 0);

  return (
    <section className="timeline" aria-label="Timeline">
      <div className="timeline-controls">
        <button type="button" className={playing ? 'active' : ''} aria-pressed={playing} onClick={() => setPlaying((p) => !p)} title="Step through the years">
          {playing ? '❚❚ Pause' : '▶ Play'}
        </button>
        <label>
          From
          <input type="number" aria-label="Period from year" min={years.from} max={years.to} value={period?.from ?? ''} placeholder={String(years.from)} onChange={(e) => setEnd('from', e.target.value)} />
        </label>
        <label>
          to
          <input type="number" aria-label="Period to year" min={years.from} max={years.to} value={period?.to ?? ''} placeholder={String(years.to)} onChange={(e) => setEnd('to', e.target.value)} />
        </label>
        <button type="button" onClick={() => actions.view.setPeriod(null)} disabled={!period}>
          Clear period
        </button>
      </div>
      <div className="timeline-track">
        <svg
          className="timeline-bars"
          viewBox={`0 0 ${count} 100`}
          preserveAspectRatio="none"
          role="slider"
          tabIndex={0}
          aria-label="Period: drag over the years, or use the arrow keys (Shift moves the end); Escape clears"
          aria-valuemin={years.from}
          aria-valuemax={years.to}
          aria-valuenow={period?.from ?? years.from}
          aria-valuetext={period ? describePeriod(period) : 'all years'}
          onPointerDown={onDown}
          onPointerMove={onMove}
          onPointerUp={onUp}
          onKeyDown={onKey}
        >
          {bars.relations.map((r, i) => {
            const ev = bars.events[i] ?? 0;
            const y = years.from + i;
            const outside = shown !== null && (y < shown.from || y > shown.to);
            return (
              <g key={y} className={outside ? 'outside' : ''}>
                <title>{`${y}: ${r} relations, ${ev} events`}</title>
                <rect className="bar-relations" x={i + 0.08} width={0.84} y={100 - (r / top) * 96} height={(r / top) * 96} />
                <rect className="bar-events" x={i + 0.08} width={0.84} y={100 - ((r + ev) / top) * 96} height={(ev / top) * 96} />
              </g>
            );
          })}
          {shown && <rect className="brush" x={shown.from - years.from} width={shown.to - shown.from + 1} y={0} height={100} />}
        </svg>
        <div className="timeline-ticks" aria-hidden="true">
          {ticks.map((y) => (
            <span key={y} style={{ left: `${((y - years.from + 0.5) / count) * 100}%` }}>
              {y}
            </span>
          ))}
        </div>
      </div>
      <p
        className="timeline-note"
        aria-live="polite"
        data-testid="timeline-note"
        data-period={period ? `${period.from}-${period.to}` : ''}
        data-edges={summary?.edges ?? ''}
        data-nodes={summary?.nodes ?? ''}
      >
        {period && summary ? (
          <>
            <strong>{describePeriod(period)}</strong>: {summary.edges.toLocaleString()} relations and {summary.nodes.toLocaleString()} entities hold then
            {summary.undated > 0 && ` · ${summary.undated.toLocaleString()} undated links hidden`}
          </>
        ) : (
          <>
            {bars.datedRelations.toLocaleString()} dated relations, {bars.datedEvents.toLocaleString()} dated events
            {bars.undatedRelations > 0 && ` · ${bars.undatedRelations.toLocaleString()} links undated`} · drag over the years to show one period
          </>
        )}
      </p>
    </section>
  );
}
