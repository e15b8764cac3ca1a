// Where a highlight lives: sections are referred to as "<key>:<n>" (the n-th section with that
// key in the entry), events have one "body:0" section made of their text.
import type { CatalogueItem } from '../../core/items';

export function sectionRefs(item: CatalogueItem): { ref: string; heading: string; text: string }[] {
  if (item.entry) {
    const seen = new Map<string, number>();
    return item.entry.sections.map((s) => {
      const n = seen.get(s.key) ?? 0;
      seen.set(s.key, n + 1);
      return { ref: `${s.key}:${n}`, heading: s.heading, text: s.text };
    });
  }
  if (item.event) return [{ ref: 'body:0', heading: item.event.title, text: item.event.text }];
  return [];
}

export function sectionText(item: CatalogueItem | undefined, ref: string): string | null {
  if (!item) return null;
  return sectionRefs(item).find((s) => s.ref === ref)?.text ?? null;
}

export const passageLink = (targetId: string, highlightId: string) =>
  `/fiche/${encodeURIComponent(targetId)}?passage=${encodeURIComponent(highlightId)}`;
export const noteLink = (targetId: string, noteId: string) =>
  `/fiche/${encodeURIComponent(targetId)}?note=${encodeURIComponent(noteId)}`;
