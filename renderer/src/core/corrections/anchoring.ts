// Where each passage correction of an item falls in the item's current sections. A correction
// is anchored like a highlight (quote with context decides, position breaks ties, fuzzy match
// when the text was retouched); when its own section no longer holds it (the catalogue was
// rebuilt and the sections were renumbered or re-cut), the other sections of the item are tried
// with the quote and its context alone. What cannot be found anywhere is an orphan: kept, listed,
// never silently dropped.
import { anchor } from '../anchoring';
import type { PassageCorrectionRow } from '../../db/correction-rows';

export interface SectionText {
  ref: string;
  text: string;
}

export interface PlacedCorrection {
  correction: PassageCorrectionRow;
  /** The section it is found in now (may differ from the one it was made in). */
  sectionRef: string;
  start: number;
  end: number;
  score: number;
}

export interface CorrectionPlacement {
  /** Per current section ref, the corrections drawn there, in text order, never overlapping. */
  bySection: Map<string, PlacedCorrection[]>;
  orphans: PassageCorrectionRow[];
}

/** Places every passage correction of one item; the newer of two overlapping corrections wins. */
export function placeCorrections(
  sections: readonly SectionText[],
  corrections: readonly PassageCorrectionRow[],
): CorrectionPlacement {
  const bySection = new Map<string, PlacedCorrection[]>(sections.map((s) => [s.ref, []]));
  const orphans: PassageCorrectionRow[] = [];
  const newestFirst = [...corrections].sort((a, b) => b.updatedAt - a.updatedAt);
  for (const c of newestFirst) {
    const found = locate(sections, c);
    const taken = found && bySection.get(found.sectionRef)!;
    if (!found || !taken) {
      orphans.push(c);
      continue;
    }
    // Two corrections of one passage cannot both replace it: the older one is listed as an
    // orphan, so the user sees it and can delete it.
    if (taken.some((p) => p.start < found.end && found.start < p.end)) {
      orphans.push(c);
      continue;
    }
    taken.push(found);
  }
  for (const list of bySection.values()) list.sort((a, b) => a.start - b.start);
  return { bySection, orphans: orphans.sort((a, b) => a.createdAt - b.createdAt) };
}

function locate(sections: readonly SectionText[], c: PassageCorrectionRow): PlacedCorrection | null {
  const own = sections.find((s) => s.ref === c.sectionRef);
  if (own) {
    const a = anchor(own.text, c.quote, c.position);
    if (a) return { correction: c, sectionRef: own.ref, start: a.start, end: a.end, score: a.score };
  }
  // Elsewhere in the item: no position hint (it belonged to another text), best score wins.
  let best: PlacedCorrection | null = null;
  for (const s of sections) {
    if (s === own) continue;
    const a = anchor(s.text, c.quote);
    if (a && (!best || a.score > best.score)) {
      best = { correction: c, sectionRef: s.ref, start: a.start, end: a.end, score: a.score };
    }
  }
  return best;
}
