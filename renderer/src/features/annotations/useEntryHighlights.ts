// The highlights of one entry, read once for all its sections and re-anchored once: each section
// draws its own, the annotations panel lists those that no longer find their passage. Read per
// section, an entry with 800 highlights made eight queries answering one after another, each
// section drawn on its own, and the panel read and anchored all 800 again.
import { useMemo } from 'react';
import { anchor } from '../../core/anchoring';
import { useHighlightsWithColors } from '../../db/annotations';
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

/** Undefined until the first read answers. */
export function useEntryHighlights(
  targetId: string,
  sections: readonly { ref: string; text: string }[],
): EntryHighlights | undefined {
  const read = useHighlightsWithColors(targetId);
  return useMemo(
    () => (read ? { ...placeHighlights(sections, read.highlights), colors: read.colors } : undefined),
    [read, sections],
  );
}
