// The highlights of one entry, read once for all its sections and re-anchored once: each section
// draws its own, the annotations panel lists those that no longer find their passage. Read per
// section, an entry with 800 highlights made eight queries answering one after another, each
// section drawn on its own, and the panel read and anchored all 800 again.
import { use, useLayoutEffect, useMemo, useState } from 'react';
import { anchor } from '../../core/anchoring';
import {
  readHighlightsWithColors,
  useHighlightsWithColors,
  type HighlightsWithColors,
} from '../../db/annotations';
import type { ColorRow, HighlightRow } from '../../db/rows';

/** A highlight found in its section's current text. */
export interface PlacedHighlight {
  h: HighlightRow;
  start: number;
  end: number;
}

/** One section's highlights: drawn where they were found, or listed as orphans. */
export interface SectionHighlights {
  /** In creation order: a later highlight is drawn over an earlier one. */
  placed: PlacedHighlight[];
  orphans: HighlightRow[];
  /** Every highlight of the section, placed or not (the one being edited is looked up here). */
  rows: HighlightRow[];
}

export interface EntryHighlights {
  /** By section reference; a section without highlights has an empty entry. */
  bySection: Map<string, SectionHighlights>;
  /** Highlights whose passage, or whose section, is gone from the entry's current text. */
  orphans: HighlightRow[];
  /** The colours, read with the highlights, so marks are drawn in theirs from the first frame. */
  colors: ColorRow[];
}

/**
 * Places every highlight of `rows` in the sections' texts. The stored position is tried first
 * (see `anchor`): a text that did not change costs three slices per highlight.
 */
export function placeHighlights(
  sections: readonly { ref: string; text: string }[],
  rows: readonly HighlightRow[],
): Pick<EntryHighlights, 'bySection' | 'orphans'> {
  const bySection = new Map<string, SectionHighlights>(
    sections.map((s) => [s.ref, { placed: [], orphans: [], rows: [] }]),
  );
  const texts = new Map(sections.map((s) => [s.ref, s.text]));
  const orphans: HighlightRow[] = [];
  for (const h of [...rows].sort((a, b) => a.createdAt - b.createdAt)) {
    const text = texts.get(h.sectionRef);
    const section = bySection.get(h.sectionRef);
    const found = text === undefined ? null : anchor(text, h.quote, h.position);
    section?.rows.push(h);
    if (found) section!.placed.push({ h, start: found.start, end: found.end });
    else {
      section?.orphans.push(h);
      orphans.push(h);
    }
  }
  return { bySection, orphans };
}

/**
 * How long an entry's first render waits for its highlights (ms). Read in time, the text is laid
 * out once, with its marks; drawn first without them, an entry with 800 highlights was rendered
 * and laid out twice (~100 ms more), and its marks popped in afterwards. A slower read lets the
 * text show without marks, which follow when the read answers.
 */
const FIRST_READ_WAIT_MS = 250;
/**
 * A first read is dropped once the render that waited for it is on screen; one whose render never
 * came (the user went elsewhere) is not reused after this long: the entry may have changed since.
 */
const FIRST_READ_FRESH_MS = 2000;

const firstReads = new Map<string, { at: number; read: Promise<HighlightsWithColors | undefined> }>();

/** The entry's highlights, read once for its first render (undefined if late or failed). */
function firstRead(targetId: string): Promise<HighlightsWithColors | undefined> {
  const now = performance.now();
  const cached = firstReads.get(targetId);
  if (cached && now - cached.at < FIRST_READ_FRESH_MS) return cached.read;
  const read = Promise.race([
    // A failure, even one thrown at once (no storage), is the live read's to report.
    (async () => readHighlightsWithColors(targetId))().catch(() => undefined),
    new Promise<undefined>((resolve) => setTimeout(resolve, FIRST_READ_WAIT_MS)),
  ]);
  firstReads.set(targetId, { at: now, read });
  return read;
}

/** Whether two reads hold the same rows (rows are never changed in place: a change is a new updatedAt). */
export function sameRead(a: HighlightsWithColors, b: HighlightsWithColors): boolean {
  return (
    a.highlights.length === b.highlights.length &&
    a.highlights.every(
      (h, i) => h.id === b.highlights[i]!.id && h.updatedAt === b.highlights[i]!.updatedAt,
    ) &&
    JSON.stringify(a.colors) === JSON.stringify(b.colors)
  );
}

/**
 * The entry's highlights, placed in its sections. The first render waits for them (it suspends,
 * for FIRST_READ_WAIT_MS at most: the router keeps the previous view meanwhile); then the live
 * read follows every change. Undefined while neither has answered.
 */
export function useEntryHighlights(
  targetId: string,
  sections: readonly { ref: string; text: string }[],
): EntryHighlights | undefined {
  const live = useHighlightsWithColors(targetId);
  // The first read, held by the view once on screen; until then (the render that suspends, the
  // retry) taken from the cache, so every render waits on the same read. Another entry shown in
  // the same view gets its own.
  const [held, setHeld] = useState(() => ({ targetId, read: firstRead(targetId) }));
  const pending = held.targetId === targetId ? held.read : firstRead(targetId);
  const first = use(pending);
  if (held.read !== pending) setHeld({ targetId, read: pending });
  useLayoutEffect(() => {
    firstReads.delete(targetId); // Held by the view now: the next opening reads afresh.
  }, [targetId]);
  // The last read shown: kept while the next holds the same rows (the live read's first answer,
  // equal to the first read, does not place and draw 800 marks again).
  const [kept, setKept] = useState<{ targetId: string; read: HighlightsWithColors } | null>(null);
  const known = kept?.targetId === targetId ? kept.read : undefined;
  const next = live ?? known ?? first;
  const read = next && known && sameRead(next, known) ? known : next;
  if (read && read !== known) setKept({ targetId, read });
  return useMemo(
    () => (read ? { ...placeHighlights(sections, read.highlights), colors: read.colors } : undefined),
    [read, sections],
  );
}
