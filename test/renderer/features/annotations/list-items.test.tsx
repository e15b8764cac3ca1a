// @vitest-environment jsdom
// « Mes annotations » builds its list of 25,000 annotations in slices between frames: the same
// items as at once, never one long task, and the previous list shown until the new one is whole.
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { toItems } from '../../../../electron/shared/items';
import { emptyData, type AnnotationData } from '../../../../renderer/src/db/tables';
import { buildItems, itemSlices, SLICE } from '../../../../renderer/src/features/annotations/filter';
import { useListItems } from '../../../../renderer/src/features/annotations/useListItems';
import { annotatableSections } from '../../../../renderer/src/core/sections';
import { catalogue, TEXT } from './harness';

const items = toItems(catalogue());
const byId = new Map(items.map((i) => [i.id, i]));
const targetId = items[0]!.id;
const ref = annotatableSections(items[0]!)[0]!.ref;

function data(highlights: number, notes: number): AnnotationData {
  const d = emptyData();
  d.highlights = Array.from({ length: highlights }, (_, i) => ({
    id: `h${i}`,
    targetId,
    sectionRef: i % 2 ? ref : 'nulle-part:9',
    quote: {
      type: 'TextQuoteSelector' as const,
      exact: TEXT.slice(0, 12),
      prefix: '',
      suffix: TEXT.slice(12, 20),
    },
    position: { type: 'TextPositionSelector' as const, start: 0, end: 12 },
    colorId: 'jaune',
    comment: `c${i}`,
    tags: [],
    createdAt: i,
    updatedAt: i,
  }));
  d.notes = Array.from({ length: notes }, (_, i) => ({
    id: `n${i}`,
    targetId,
    body: `note ${i}`,
    createdAt: i,
    updatedAt: i + 0.5,
  }));
  return d;
}

describe('itemSlices', () => {
  it('pauses every SLICE annotations and ends with what buildItems gives at once', () => {
    const big = data(3 * SLICE, SLICE + 10);
    const slices = itemSlices(big, byId);
    let pauses = 0;
    let step = slices.next();
    while (!step.done) {
      pauses++;
      step = slices.next();
    }
    expect(pauses).toBe(Math.floor((4 * SLICE + 10) / SLICE));
    expect(step.value).toEqual(buildItems(big, byId));
    expect(step.value).toHaveLength(4 * SLICE + 10);
    // Orphan status is worked out in the slices too: one highlight in two points nowhere.
    expect(step.value.filter((i) => i.orphan)).toHaveLength(1.5 * SLICE);
  });
});

describe('useListItems', () => {
  it('builds a small read at once and a large one in slices, keeping the previous list meanwhile', async () => {
    const small = data(5, 5);
    const { result, rerender } = renderHook(({ d }) => useListItems(d, byId), {
      initialProps: { d: small as AnnotationData | undefined },
    });
    expect(result.current.current).toBe(true);
    expect(result.current.items).toHaveLength(10);
    const big = data(2 * SLICE, 0);
    rerender({ d: big });
    // Not built during the render: the first page stays, marked as not current.
    expect(result.current.current).toBe(false);
    expect(result.current.items).toHaveLength(10);
    await waitFor(() => expect(result.current.current).toBe(true));
    expect(result.current.items).toEqual(buildItems(big, byId));
  });

  it('drops the work when the view goes before the slices are done', async () => {
    const big = data(20 * SLICE, 0);
    // Each annotation looks its entry up once: the lookups count the work done.
    let lookups = 0;
    const counting = new Map(byId);
    counting.get = (id: string) => {
      lookups++;
      return byId.get(id);
    };
    const { result, unmount } = renderHook(() => useListItems(big, counting));
    expect(result.current.current).toBe(false);
    unmount();
    const atUnmount = lookups;
    await act(() => new Promise((r) => setTimeout(r, 200)));
    expect(lookups).toBe(atUnmount);
    expect(lookups).toBeLessThan(big.highlights.length);
  });
});
