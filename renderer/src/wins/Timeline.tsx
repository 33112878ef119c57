import { measureElement, observeElementRect, useVirtualizer, type Virtualizer } from '@tanstack/react-virtual';
import { useEffect, useId, useRef, useState } from 'react';
import { content, fillTemplate } from '../../../content';
import { manualWinKinds, winKinds, winSearchMax, type Win, type WinKind } from '../../../electron/core/wins/schema';
import { longDayLabel, shortDayLabel } from '../../../electron/core/wins/dayLabels';
import { kindLabel, winCount } from './labels';
import type { TimelineRow } from './timelineRows';
import { useWinsTimeline, type TimelineFilter } from './useWinsTimeline';

/**
 * Each row is measured once it is in the page, so a long title wraps onto a
 * second line instead of being cut; these are the first guesses (a week
 * heading, a win on one line) and what a row counts as before layout.
 */
export const weekRowHeight = 52;
export const winRowHeight = 68;
/** The list's own height (its CSS says the same); used until the browser has laid it out. */
export const listHeight = 440;
const overscan = 6;

const copy = content.wins.timeline;

function observeRect(instance: Virtualizer<HTMLDivElement, Element>, callback: (rect: { width: number; height: number }) => void) {
  // Before layout (and in a DOM without layout) the box reads as 0 high; assume the height CSS gives it.
  return observeElementRect(instance, (rect) => callback(rect.height > 0 ? rect : { width: rect.width, height: listHeight }));
}

/** The row's height as laid out; before layout (or in a DOM without it) its first guess. */
function measureRow(element: Element, entry: ResizeObserverEntry | undefined, instance: Virtualizer<HTMLDivElement, Element>): number {
  const measured = measureElement(element, entry, instance);
  if (measured > 0) return measured;
  return element.classList.contains('week-row') ? weekRowHeight : winRowHeight;
}

function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setDebounced(value), ms);
    return () => window.clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

interface TimelineProps {
  onEdit: (win: Win) => void;
  onRemove: (win: Win) => void;
}

/** Every win, grouped by week, newest first; only the rows in view are in the page. */
export function Timeline({ onEdit, onRemove }: TimelineProps) {
  const id = useId();
  const [kind, setKind] = useState<WinKind | ''>('');
  const [searchText, setSearchText] = useState('');
  const search = useDebounced(searchText.trim().slice(0, winSearchMax), 200);
  const filter: TimelineFilter = { kind: kind || null, search };
  const timeline = useWinsTimeline(filter);
  const { rows, hasNextPage, isFetchingNextPage, fetchNextPage } = timeline;
  const scroller = useRef<HTMLDivElement>(null);
  const count = rows.length + (hasNextPage ? 1 : 0);

  // Rebound is not built with the React Compiler, so nothing memoizes around the virtualizer's functions.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scroller.current,
    estimateSize: (index) => (rows[index]?.type === 'week' ? weekRowHeight : winRowHeight),
    getItemKey: (index) => rows[index]?.key ?? 'loading',
    observeElementRect: observeRect,
    measureElement: measureRow,
    initialRect: { width: 0, height: listHeight },
    overscan,
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items[items.length - 1]?.index ?? -1;

  useEffect(() => {
    // Near the end of what is loaded: fetch the next page before the person gets there.
    if (hasNextPage && !isFetchingNextPage && lastIndex >= rows.length - overscan * 2) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, lastIndex, rows.length, fetchNextPage]);

  // A new filter starts at its newest win, not somewhere down the old list.
  const toTop = () => virtualizer.scrollToOffset(0);

  const kinds = [...manualWinKinds, ...winKinds.filter((each) => !(manualWinKinds as readonly string[]).includes(each))];

  return (
    <section className="card timeline" aria-labelledby={`${id}-heading`}>
      <div className="timeline-head">
        <h2 id={`${id}-heading`}>{copy.heading}</h2>
        <p className="timeline-count" aria-live="polite">
          {timeline.data ? winCount(timeline.total) : ''}
        </p>
      </div>
      <div className="timeline-filters">
        <div className="field">
          <label htmlFor={`${id}-kind`}>{copy.filterKind}</label>
          <select
            id={`${id}-kind`}
            value={kind}
            onChange={(event) => {
              setKind(event.target.value as WinKind | '');
              toTop();
            }}
          >
            <option value="">{copy.filterAll}</option>
            {kinds.map((each) => (
              <option key={each} value={each}>
                {kindLabel(each)}
              </option>
            ))}
          </select>
        </div>
        <div className="field search-field">
          <label htmlFor={`${id}-search`}>{copy.search}</label>
          <input
            id={`${id}-search`}
            type="search"
            maxLength={winSearchMax}
            placeholder={copy.searchPlaceholder}
            value={searchText}
            onChange={(event) => {
              setSearchText(event.target.value);
              toTop();
            }}
          />
        </div>
      </div>
      {timeline.error ? <p role="alert">{timeline.error.message}</p> : null}
      {timeline.data && rows.length === 0 ? <p className="timeline-empty">{copy.noMatch}</p> : null}
      <div ref={scroller} className="timeline-scroll" tabIndex={0} aria-label={copy.listLabel} hidden={rows.length === 0}>
        <ul className="timeline-list" style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => {
            const row = rows[item.index];
            return (
              <li
                key={item.key}
                ref={virtualizer.measureElement}
                className={row ? `row ${row.type}-row` : 'row loading-row'}
                style={{ transform: `translateY(${item.start}px)` }}
                data-index={item.index}
              >
                {row ? (
                  <Row
                    row={row}
                    weekCount={row.type === 'week' ? timeline.weekCounts[row.weekStart] : undefined}
                    onEdit={onEdit}
                    onRemove={onRemove}
                  />
                ) : (
                  <span className="hint">{copy.loadingMore}</span>
                )}
              </li>
            );
          })}
        </ul>
      </div>
    </section>
  );
}

function Row({ row, weekCount, onEdit, onRemove }: { row: TimelineRow; weekCount: number | undefined } & TimelineProps) {
  if (row.type === 'week') {
    return (
      <h3 className="week-heading">
        {fillTemplate(copy.weekOf, { date: longDayLabel(row.weekStart) })}
        {weekCount ? <span className="week-count"> · {winCount(weekCount)}</span> : null}
      </h3>
    );
  }
  const { win } = row;
  return (
    <article className="win" aria-label={win.title}>
      <span className={`kind-chip kind-${win.kind}`}>{kindLabel(win.kind)}</span>
      <div className="win-body">
        <p className="win-title">{win.title}</p>
        <p className="win-meta">
          <time dateTime={win.day}>{shortDayLabel(win.day)}</time>
          {win.linkLabel ? <span> · {win.linkLabel}</span> : null}
          {win.sourceKey ? (
            <span className="auto-tag" title={copy.recordedForYouHint}>
              {copy.recordedForYou}
            </span>
          ) : null}
          {win.note ? <span className="win-note"> · {win.note}</span> : null}
        </p>
      </div>
      <div className="win-actions">
        <button
          type="button"
          className="button small"
          aria-label={fillTemplate(copy.editLabel, { title: win.title })}
          onClick={() => onEdit(win)}
        >
          {copy.edit}
        </button>
        <button
          type="button"
          className="button small"
          aria-label={fillTemplate(copy.deleteLabel, { title: win.title })}
          onClick={() => onRemove(win)}
        >
          {copy.delete}
        </button>
      </div>
    </article>
  );
}
