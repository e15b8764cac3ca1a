// The « Mes annotations » list items, built from the rows as they change. A small read (the
// first page) is built at once; a large one (25,000 annotations) in slices of about 10 ms, between
// frames: built at once it held the window for 300 ms, so opening an entry right after « Mes
// annotations » waited for a list no longer on screen. Until the slices finish, the previous
// items stay shown and `current` is false.
import { useEffect, useMemo, useState } from 'react';
import type { CatalogueItem } from '../../../../electron/shared/items';
import type { AnnotationData } from '../../core/annotations-export';
import { buildItems, itemSlices, SLICE, type ListItem } from './filter';

/** Longest run of slices between two yields to the event loop (ms). */
const BUDGET = 12;

const sizeOf = (data: AnnotationData) => data.notes.length + data.highlights.length;

export function useListItems(
  data: AnnotationData | undefined,
  byId: Map<string, CatalogueItem>,
): { items: ListItem[]; current: boolean } {
  const small = data !== undefined && sizeOf(data) <= SLICE;
  const now = useMemo(() => (data && small ? buildItems(data, byId) : null), [data, small, byId]);
  const [built, setBuilt] = useState<{ data: AnnotationData; byId: unknown; items: ListItem[] } | null>(null);
  useEffect(() => {
    if (!data || small) return;
    const slices = itemSlices(data, byId);
    let timer = 0;
    const step = () => {
      const until = performance.now() + BUDGET;
      for (;;) {
        const next = slices.next();
        if (next.done) return setBuilt({ data, byId, items: next.value });
        if (performance.now() >= until) break;
      }
      timer = window.setTimeout(step, 0);
    };
    timer = window.setTimeout(step, 0);
    return () => window.clearTimeout(timer);
  }, [data, small, byId]);
  // What was shown before stays until the new list is complete: the list does not flash empty.
  const [shown, setShown] = useState<ListItem[]>([]);
  const latest = now ?? built?.items ?? null;
  if (latest && latest !== shown) setShown(latest);
  const current = data !== undefined && (now !== null || (built?.data === data && built.byId === byId));
  return { items: latest ?? shown, current };
}
