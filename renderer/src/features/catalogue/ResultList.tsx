// The result list: a listbox (active descendant, driven from the search box or from the list
// itself) virtualised with @tanstack/react-virtual so that 10,000 items scroll as well as 150.
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import { KIND_LABELS } from '../../../../electron/shared/schema';
import { findMatches } from '../../core/search/matches';
import { Highlight } from './Highlight';
import { optionId, RESULTS_LIST_ID, step } from './results-store';
import type { Result } from './useCatalogueResults';

interface Props {
  results: Result[];
  active: string | null;
  terms: string[];
  /** Changes whenever the query or facets change, to scroll back to the top. */
  resetKey: string;
  onActivate: (id: string) => void;
  onOpen: (id: string) => void;
}

export function metaLine(r: Result): string[] {
  const { item } = r;
  return [
    item.territory,
    item.organisation && item.organisation !== item.territory ? item.organisation : null,
  ].filter((x): x is string => !!x);
}

const Row = memo(function Row({ result, terms }: { result: Result; terms: string[] }) {
  const { item, hit } = result;
  const meta = metaLine(result);
  const snippet = hit?.snippet;
  return (
    <>
      <div className="row__top">
        <span className={`badge badge--${item.kind}`}>{KIND_LABELS[item.kind]}</span>
        <span className="row__source">{item.sourceLabel}</span>
        {item.year !== null && <span className="row__year">{item.year}</span>}
      </div>
      <div className="row__title" id={`${optionId(item.id)}-titre`}>
        <Highlight text={item.title} ranges={findMatches(item.title, terms)} />
      </div>
      {meta.length > 0 && <div className="row__meta">{meta.join(' · ')}</div>}
      {snippet ? (
        <p className="row__snippet">
          <Highlight text={snippet.text} ranges={snippet.ranges} />
        </p>
      ) : (
        item.summary && <p className="row__snippet row__snippet--summary">{item.summary}</p>
      )}
      {item.themes.length > 0 && (
        <ul className="row__themes" aria-label="Thèmes">
          {item.themes.slice(0, 4).map((t) => (
            <li key={t}>{t}</li>
          ))}
        </ul>
      )}
    </>
  );
});

export function ResultList({ results, active, terms, resetKey, onActivate, onOpen }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: results.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 132,
    overscan: 6,
    getItemKey: (i) => results[i]?.item.id ?? i,
  });
  const ids = results.map((r) => r.item.id);
  const activeIndex = active === null ? -1 : ids.indexOf(active);

  // A new search or filter starts at the top; a restored selection (reload, back) scrolls to it.
  const first = useRef(true);
  useLayoutEffect(() => {
    if (first.current) {
      first.current = false;
      if (activeIndex > 0) virtualizer.scrollToIndex(activeIndex, { align: 'center' });
      return;
    }
    virtualizer.scrollToOffset(0);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only on a new query or filter
  }, [resetKey]);

  useEffect(() => {
    if (activeIndex >= 0) virtualizer.scrollToIndex(activeIndex, { align: 'auto' });
  }, [activeIndex, virtualizer]);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const moves: Record<string, 'next' | 'prev' | 'first' | 'last'> = {
      ArrowDown: 'next',
      ArrowUp: 'prev',
      Home: 'first',
      End: 'last',
    };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      const next = step(ids, active, move);
      if (next) onActivate(next);
    } else if (event.key === 'PageDown' || event.key === 'PageUp') {
      event.preventDefault();
      const jump = event.key === 'PageDown' ? 8 : -8;
      const next = ids[Math.max(0, Math.min(ids.length - 1, Math.max(0, activeIndex) + jump))];
      if (next) onActivate(next);
    } else if (event.key === 'Enter' && active) {
      event.preventDefault();
      onOpen(active);
    }
  }

  return (
    <div
      ref={scroller}
      id={RESULTS_LIST_ID}
      className="results"
      role="listbox"
      tabIndex={0}
      aria-label="Résultats"
      aria-activedescendant={active ? optionId(active) : undefined}
      onKeyDown={onKeyDown}
    >
      <div className="results__inner" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((v) => {
          const result = results[v.index];
          if (!result) return null;
          const id = result.item.id;
          const isActive = id === active;
          return (
            <div
              key={v.key}
              ref={virtualizer.measureElement}
              data-index={v.index}
              id={optionId(id)}
              role="option"
              aria-selected={isActive}
              aria-posinset={v.index + 1}
              aria-setsize={results.length}
              aria-labelledby={`${optionId(id)}-titre`}
              className={`row${isActive ? ' row--active' : ''}`}
              style={{ transform: `translateY(${v.start}px)` }}
              onClick={() => onActivate(id)}
              onDoubleClick={() => onOpen(id)}
            >
              <Row result={result} terms={terms} />
            </div>
          );
        })}
      </div>
    </div>
  );
}
