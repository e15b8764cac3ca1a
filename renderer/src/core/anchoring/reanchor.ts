// A new version of a user's document replaces the old one: its entries take the place of the old
// entries (matched by their id within the document, then by title), and what the user attached to
// the old entries follows them. Highlights are found again in the new text by their quote, its
// context and its position (see anchoring.ts); one that cannot be found is kept as it was, on the
// new entry when there is one, and shows as an orphan. Pure: the caller writes the result.
import type { Entry } from '../../../../electron/shared/schema';
import type { DocumentRow } from '../../db/document-rows';
import { entryIdPrefix } from '../imported-documents';
import { fold } from '../../../../electron/shared/text/fold';
import type { HighlightRow } from '../../db/rows';
import { sectionRefs } from '../sections';
import { anchor, describe } from './anchoring';

/** Old entry id → new entry id, for the old entries that have a counterpart in the new version. */
export function matchEntries(
  oldEntries: readonly Entry[],
  oldPrefix: string,
  newEntries: readonly Entry[],
  newPrefix: string,
): Map<string, string> {
  const bare = (id: string, prefix: string) => (id.startsWith(prefix) ? id.slice(prefix.length) : id);
  const title = (e: Entry) => fold(e.title).replace(/\s+/g, ' ').trim();
  const byBare = new Map(newEntries.map((e) => [bare(e.id, newPrefix), e.id]));
  const used = new Set<string>();
  const map = new Map<string, string>();
  // By id first, for every entry, so a title match never takes the entry another one matches by id.
  for (const old of oldEntries) {
    const found = byBare.get(bare(old.id, oldPrefix));
    if (found && !used.has(found)) {
      map.set(old.id, found);
      used.add(found);
    }
  }
  for (const old of oldEntries) {
    if (map.has(old.id)) continue;
    const found = newEntries.find((e) => !used.has(e.id) && title(e) === title(old));
    if (found) {
      map.set(old.id, found.id);
      used.add(found.id);
    }
  }
  return map;
}

export interface ReanchoredHighlights {
  /** Found again in the new text: new target, section, quote and position. */
  moved: HighlightRow[];
  /** Not found: the quote kept as written, on the new entry when there is one (an orphan). */
  orphaned: HighlightRow[];
}

/**
 * Re-anchors the highlights made on old entries in the new entries' text: the section with the
 * same reference first (with the position as a hint), then the entry's other sections.
 */
export function reanchorHighlights(
  highlights: readonly HighlightRow[],
  entryMap: ReadonlyMap<string, string>,
  newEntries: readonly Entry[],
): ReanchoredHighlights {
  const sectionsOf = new Map(
    newEntries.map((e) => {
      const refs = sectionRefs(e.sections);
      return [e.id, e.sections.map((s, i) => ({ ref: refs[i]!, text: s.text }))] as const;
    }),
  );
  const moved: HighlightRow[] = [];
  const orphaned: HighlightRow[] = [];
  for (const h of highlights) {
    const target = entryMap.get(h.targetId);
    const sections = target ? (sectionsOf.get(target) ?? []) : [];
    const quote = { exact: h.quote.exact, prefix: h.quote.prefix, suffix: h.quote.suffix };
    const same = sections.filter((s) => s.ref === h.sectionRef);
    const others = sections.filter((s) => s.ref !== h.sectionRef);
    let found: { ref: string; text: string; start: number; end: number } | null = null;
    for (const s of same) {
      const a = anchor(s.text, quote, h.position);
      if (a) found = { ref: s.ref, text: s.text, start: a.start, end: a.end };
    }
    if (!found) {
      let best = -1;
      for (const s of others) {
        const a = anchor(s.text, quote);
        if (a && a.score > best) {
          best = a.score;
          found = { ref: s.ref, text: s.text, start: a.start, end: a.end };
        }
      }
    }
    if (target && found) {
      const { quote: q, position } = describe(found.text, found.start, found.end);
      moved.push({
        ...h,
        targetId: target,
        sectionRef: found.ref,
        quote: { type: 'TextQuoteSelector', ...q },
        position: { type: 'TextPositionSelector', ...position },
      });
    } else orphaned.push(target ? { ...h, targetId: target } : h);
  }
  return { moved, orphaned };
}

/** The whole plan of a replacement, as db/documents.ts `replaceDocument` applies it. */
export function planReplacement(
  previous: Pick<DocumentRow, 'id' | 'entries'>,
  next: Pick<DocumentRow, 'id' | 'entries'>,
  highlights: readonly HighlightRow[],
): { entryMap: Map<string, string> } & ReanchoredHighlights {
  const entryMap = matchEntries(
    previous.entries,
    entryIdPrefix(previous.id),
    next.entries,
    entryIdPrefix(next.id),
  );
  return { entryMap, ...reanchorHighlights(highlights, entryMap, next.entries) };
}
