// @vitest-environment jsdom
import { Virtualizer } from '@tanstack/react-virtual';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  inView,
  measureAfterLayout,
  observeRectAfterLayout,
  scrollUnlessThere,
} from '../../../../renderer/src/features/catalogue/virtual-measure';

function virtualizer(scroller: HTMLDivElement) {
  const v = new Virtualizer<HTMLDivElement, Element>({
    count: 100,
    getScrollElement: () => scroller,
    estimateSize: () => 132,
    getItemKey: (i) => `e${i}`,
    scrollToFn: () => undefined,
    observeElementRect: () => undefined,
    observeElementOffset: () => undefined,
  });
  v.scrollElement = scroller;
  v.targetWindow = window;
  return v;
}

/** Any of these reads makes the browser lay the page out on the spot. */
function spyLayoutReads(el: HTMLElement) {
  const rect = vi.spyOn(el, 'getBoundingClientRect');
  const height = vi.fn(() => 500);
  Object.defineProperty(el, 'clientHeight', { get: height, configurable: true });
  Object.defineProperty(el, 'scrollHeight', { get: height, configurable: true });
  return () => rect.mock.calls.length + height.mock.calls.length;
}

describe('the result list measures without forcing a layout', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('starts from the window size, then follows ResizeObserver entries', () => {
    const observed: ResizeObserverCallback[] = [];
    vi.stubGlobal(
      'ResizeObserver',
      class {
        constructor(cb: ResizeObserverCallback) {
          observed.push(cb);
        }
        observe() {}
        disconnect() {}
      },
    );
    const scroller = document.createElement('div');
    const reads = spyLayoutReads(scroller);
    const rects: { width: number; height: number }[] = [];
    observeRectAfterLayout(virtualizer(scroller), (r) => rects.push(r));
    expect(rects).toEqual([{ width: window.innerWidth, height: window.innerHeight }]);
    observed[0]!(
      [{ contentBoxSize: [{ inlineSize: 640, blockSize: 480 }] } as unknown as ResizeObserverEntry],
      {} as ResizeObserver,
    );
    expect(rects.at(-1)).toEqual({ width: 640, height: 480 });
    expect(reads()).toBe(0);
  });

  it('sizes a new row from its estimate or what is known, and from the observer entry after layout', () => {
    const scroller = document.createElement('div');
    const v = virtualizer(scroller);
    const row = document.createElement('div');
    row.dataset.index = '3';
    const reads = spyLayoutReads(row);
    expect(measureAfterLayout(row, undefined, v)).toBe(132);
    v.itemSizeCache.set('e3', 150);
    expect(measureAfterLayout(row, undefined, v)).toBe(150);
    const entry = {
      borderBoxSize: [{ inlineSize: 600, blockSize: 171.4 }],
    } as unknown as ResizeObserverEntry;
    expect(measureAfterLayout(row, entry, v)).toBe(171);
    expect(reads()).toBe(0);
  });

  it('skips writing the top offset while the list is at the top, writes every other offset', () => {
    const scroller = document.createElement('div');
    const scrollTo = vi.fn();
    scroller.scrollTo = scrollTo as typeof scroller.scrollTo;
    const v = virtualizer(scroller);
    v.scrollOffset = 0;
    scrollUnlessThere(0, {}, v);
    expect(scrollTo).not.toHaveBeenCalled();
    scrollUnlessThere(400, {}, v);
    v.scrollOffset = 400;
    scrollUnlessThere(0, {}, v);
    expect(scrollTo.mock.calls.map(([o]) => (o as { top: number }).top)).toEqual([400, 0]);
  });

  it('knows a row is in view from its own figures, without reading the layout', () => {
    const scroller = document.createElement('div');
    const reads = spyLayoutReads(scroller);
    const v = virtualizer(scroller);
    v.measurementsCache = v['getMeasurements']();
    v.scrollOffset = 0;
    // Before the viewport's size is known, only the row at the top is known to be there.
    expect(inView(v, 0)).toBe(true);
    expect(inView(v, 1)).toBe(false);
    v.scrollRect = { width: 800, height: 500 };
    expect([0, 1, 2, 3].map((i) => inView(v, i))).toEqual([true, true, true, false]);
    v.scrollOffset = 1320;
    expect([9, 10, 12, 13].map((i) => inView(v, i))).toEqual([false, true, true, false]);
    expect(inView(v, 500)).toBe(false);
    expect(reads()).toBe(0);
  });
});
