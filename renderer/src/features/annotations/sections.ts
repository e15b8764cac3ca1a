// Where a highlight lives: sections are referred to as "<key>:<n>" (the n-th section with that
// key in the entry); events are cut into sections by the entry view's eventSections.
import type { CatalogueItem } from '../../../../electron/shared/items';
import { eventSections, sectionRefs as refsOf } from '../entry/sections';

export function sectionRefs(item: CatalogueItem): { ref: string; heading: string; text: string }[] {
  if (item.entry) {
    const refs = refsOf(item.entry.sections);
    return item.entry.sections.map((s, i) => ({ ref: refs[i]!, heading: s.heading, text: s.text }));
  }
  if (item.event) {
    // The same sections, with the same references, as the entry view shows for an event.
    const sections = eventSections(item.event);
    const refs = refsOf(sections);
    return sections.map((s, i) => ({ ref: refs[i]!, heading: s.heading, text: s.text }));
  }
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
