// How the result list learns its sizes without forcing a layout. The virtualiser's defaults read
// the scroller's clientHeight and every new row's bounding box while React commits, so the
// browser lays the page out in the middle of the first render (a quarter of the time to the
// first list, measured). Here the viewport starts from the window's size and rows from their
// estimate; the ResizeObserver entries, delivered after the browser's own layout, correct both.
import { elementScroll, type Rect, type Virtualizer, type VirtualizerOptions } from '@tanstack/react-virtual';

/**
 * The viewport's size before any layout: the window's. Given to the virtualiser as its initial
 * size too, so its first render already lists the rows that show (with a zero size it rendered
 * none, then the rows in a second, synchronous render from its layout effect).
 */
export function windowRect(win: Window = window): Rect {
  return { width: Math.round(win.innerWidth), height: Math.round(win.innerHeight) };
}

/** The viewport's size from ResizeObserver only; until its first entry, the window's size. */
export function observeRectAfterLayout(
  instance: Virtualizer<HTMLDivElement, Element>,
  cb: (rect: Rect) => void,
): (() => void) | undefined {
  const element = instance.scrollElement;
  const win = instance.targetWindow;
  if (!element || !win) return undefined;
  cb(windowRect(win));
  if (!win.ResizeObserver) return undefined;
  const observer = new win.ResizeObserver(([entry]) => {
    const box = entry?.contentBoxSize?.[0];
    if (box) cb({ width: Math.round(box.inlineSize), height: Math.round(box.blockSize) });
  });
  observer.observe(element, { box: 'content-box' });
  return () => observer.disconnect();
}

/** A row's height from its ResizeObserver entry; before that, what is known of it, or the estimate. */
export function measureAfterLayout(
  element: Element,
  entry: ResizeObserverEntry | undefined,
  instance: Virtualizer<HTMLDivElement, Element>,
): number {
  const box = entry?.borderBoxSize?.[0];
  if (box) return Math.round(box.blockSize);
  const index = instance.indexFromElement(element);
  return (
    instance.itemSizeCache.get(instance.options.getItemKey(index)) ?? instance.options.estimateSize(index)
  );
}

/**
 * Scrolls the list, except to the top while the virtualiser knows it is there: mounting writes
 * the initial offset, and `scrollTo` would lay the page out before its first paint for nothing.
 */
export const scrollUnlessThere: VirtualizerOptions<HTMLDivElement, Element>['scrollToFn'] = (
  offset,
  options,
  instance,
) => {
  if (offset + (options.adjustments ?? 0) === 0 && instance.scrollOffset === 0) return;
  elementScroll(offset, options, instance);
};

/**
 * Whether row `index` lies within the viewport by the virtualiser's own figures (no layout read).
 * A row at the very top of the scroll position counts as in view even before the viewport's size
 * is known: scrolling to it would not move anything.
 */
export function inView(instance: Virtualizer<HTMLDivElement, Element>, index: number): boolean {
  const row = instance.measurementsCache[index];
  if (!row) return false;
  const top = instance.scrollOffset ?? 0;
  const height = instance.scrollRect?.height ?? 0;
  return row.start === top || (row.start >= top && row.end <= top + height);
}
