// The result list: a listbox (active descendant, driven from the search box or from the list
// itself) virtualised with @tanstack/react-virtual so that 10,000 items scroll as well as 150.
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { memo, useCallback, useEffect, useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import { KIND_LABELS } from '../../../../electron/shared/labels';
import { usePrinting } from '../../services/usePrinting';
import { useAfterFirstPaint } from '../../services/after-paint';
import { findMatches } from '../../../../electron/shared/search/matches';
import { MatchMarks } from './MatchMarks';
import {
  inView,
  measureAfterLayout,
  observeRectAfterLayout,
  scrollUnlessThere,
  windowRect,
} from './virtual-measure';
import {
  effectiveActive,
  optionId,
  requestActive,
  RESULTS_LIST_ID,
  step,
  takeReturnFocus,
} from './results-store';
import type { Result } from './useCatalogueResults';
import { useCatalogue } from '../../catalogue/CatalogueContext';
import { CorrectedFlag, correctedAmong, FACTS_BUT_YEAR } from '../../services/CorrectedFlag';

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
  // The user's corrections (issue 17): the year's flag beside the year, the others' beside the
  // place and structure line (or beside the source when the row has no such line).
  const fixed = useCatalogue().corrected?.get(item.id)?.fields;
  const others = correctedAmong(fixed, FACTS_BUT_YEAR);
  return (
    <>
      <div className="row__title">
        <MatchMarks text={item.title} ranges={findMatches(item.title, terms)} />
      </div>
      {meta.length > 0 && (
        <div className="row__meta">
          {meta.join(' · ')}
          {others.length > 0 && <CorrectedFlag fields={others} />}
        </div>
      )}
      <div className="row__top">
        <span className={`badge badge--${item.kind}`}>{KIND_LABELS[item.kind]}</span>
        <span className="row__source">{item.sourceLabel}</span>
        {item.year !== null && <span className="row__year">{item.year}</span>}
        {fixed?.has('year') && <CorrectedFlag fields={['year']} />}
        {meta.length === 0 && others.length > 0 && <CorrectedFlag fields={others} />}
      </div>
      {snippet ? (
        <p className="row__snippet">
          <MatchMarks text={snippet.text} ranges={snippet.ranges} />
        </p>
      ) : (
        item.summary && <p className="row__snippet row__snippet--summary">{item.summary}</p>
      )}
      {item.themes.length > 0 && (
        <div className="row__themes">
          <span className="visually-hidden">Thèmes : </span>
          {item.themes.slice(0, 4).map((t) => (
            <span key={t} className="row__theme">
              {t}
            </span>
          ))}
        </div>
      )}
    </>
  );
});

export function ResultList({ results, active, terms, resetKey, onActivate, onOpen }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const ids = results.map((r) => r.item.id);
  const activeIndex = active === null ? -1 : ids.indexOf(active);
  // The active option stays in the DOM even when scrolled away: aria-activedescendant must
  // always point at an element that exists.
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (activeIndex >= 0 && !indexes.includes(activeIndex)) indexes.push(activeIndex);
      return indexes.sort((a, b) => a - b);
    },
    [activeIndex],
  );
  const painted = useAfterFirstPaint();
  const virtualizer = useVirtualizer({
    rangeExtractor,
    count: results.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 132,
    // The first frame renders what shows and one row more; the rows scrolling would reach next
    // come once it is painted (issue 16: each row is a dozen elements of the first render).
    overscan: painted ? 6 : 1,
    getItemKey: (i) => results[i]?.item.id ?? i,
    initialRect: windowRect(),
    observeElementRect: observeRectAfterLayout,
    measureElement: measureAfterLayout,
    scrollToFn: scrollUnlessThere,
  });

  // On paper every result is listed, one after the other; on screen only what scrolls into view.
  const printing = usePrinting();
  const rows = printing
    ? results.map((r, index) => ({ index, key: r.item.id, start: null }))
    : virtualizer.getVirtualItems();

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
    // Already in view by what the virtualiser knows (the first result at start): scrollToIndex
    // would read the scroller's height on every frame until it settles, laying the page out
    // before its first paint for nothing.
    if (activeIndex >= 0 && !inView(virtualizer, activeIndex)) {
      virtualizer.scrollToIndex(activeIndex, { align: 'auto' });
    }
  }, [activeIndex, virtualizer]);

  // Back from an entry: the focus returns to the list, on the result the user came from.
  useEffect(() => {
    if (takeReturnFocus()) scroller.current?.focus({ preventScroll: true });
  }, []);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const moves: Record<string, 'next' | 'prev' | 'first' | 'last'> = {
      ArrowDown: 'next',
      ArrowUp: 'prev',
      Home: 'first',
      End: 'last',
    };
    const move = moves[event.key];
    const from = effectiveActive() ?? active;
    const activate = (id: string | null | undefined) => {
      if (!id) return;
      requestActive(id);
      onActivate(id);
    };
    if (move) {
      event.preventDefault();
      activate(step(ids, from, move));
    } else if (event.key === 'PageDown' || event.key === 'PageUp') {
      event.preventDefault();
      const jump = event.key === 'PageDown' ? 8 : -8;
      const at = from === null ? 0 : Math.max(0, ids.indexOf(from));
      activate(ids[Math.max(0, Math.min(ids.length - 1, at + jump))]);
    } else if (event.key === 'Enter' && from) {
      event.preventDefault();
      onOpen(from);
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
      <div className="results__inner" style={printing ? undefined : { height: virtualizer.getTotalSize() }}>
        {rows.map((v) => {
          const result = results[v.index];
          if (!result) return null;
          const id = result.item.id;
          const isActive = id === active;
          return (
            <div
              key={v.key}
              ref={printing ? undefined : virtualizer.measureElement}
              data-index={v.index}
              id={optionId(id)}
              role="option"
              aria-selected={isActive}
              aria-posinset={v.index + 1}
              aria-setsize={results.length}
              className={`row${isActive ? ' row--active' : ''}`}
              style={v.start === null ? { position: 'static' } : { transform: `translateY(${v.start}px)` }}
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
