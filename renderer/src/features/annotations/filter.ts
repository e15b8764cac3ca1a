// The "Mes annotations" list as pure data: one flat item per note and highlight, prepared once
// (orphan status; text folded on the first query) so each keystroke in the filters only scans arrays.
import { anchor } from '../../core/anchoring';
import type { CatalogueItem } from '../../../../electron/shared/items';
import type { AnnotationData } from '../../core/annotations-export';
import { fold } from '../../../../electron/shared/text/fold';
import { annotatableSections } from '../../core/sections';
import { FACT_LABELS, placeCorrections } from '../../core/corrections';
import type { PassageCorrectionRow } from '../../db/correction-rows';

export interface ListItem {
  kind: 'note' | 'highlight' | 'favourite' | 'correction';
  id: string;
  targetId: string;
  targetTitle: string;
  source: string | null;
  sourceLabel: string;
  /** Note body, highlight quote, or (a favourite) the entry's summary. */
  text: string;
  comment: string;
  colorId: string | null;
  /** Highlight tags plus the tags of the entry it belongs to. */
  tags: string[];
  collections: string[];
  createdAt: number;
  updatedAt: number;
  orphan: boolean;
  /** What the query is matched against, unfolded: folded on the first query (see `foldedOf`). */
  haystack: string;
}

export interface Filters {
  query: string;
  kind: '' | 'note' | 'highlight' | 'favourite' | 'correction' | 'orphan';
  colorId: string;
  tag: string;
  collectionId: string;
  source: string;
  /** Inclusive bounds on the modification date, as yyyy-mm-dd ('' when open). */
  from: string;
  to: string;
}

export const NO_FILTERS: Filters = {
  query: '',
  kind: '',
  colorId: '',
  tag: '',
  collectionId: '',
  source: '',
  from: '',
  to: '',
};

/** Highlights placed between two pauses of `itemSlices`: about 10 ms of anchoring on this machine. */
export const SLICE = 1000;

export function buildItems(data: AnnotationData, byId: Map<string, CatalogueItem>): ListItem[] {
  const slices = itemSlices(data, byId);
  for (;;) {
    const step = slices.next();
    if (step.done) return step.value;
  }
}

/**
 * `buildItems` in slices: the generator pauses after every SLICE notes or highlights, so the
 * window can build the list of 25,000 annotations between frames (placing them took 300 ms at
 * once) and drop the work when the user leaves « Mes annotations » before it is done.
 */
export function* itemSlices(
  data: AnnotationData,
  byId: Map<string, CatalogueItem>,
): Generator<void, ListItem[], void> {
  const entryTags = new Map<string, string[]>();
  for (const t of data.entryTags) entryTags.set(t.targetId, [...(entryTags.get(t.targetId) ?? []), t.tag]);
  const collections = new Map<string, string[]>();
  for (const i of data.collectionItems) {
    collections.set(i.targetId, [...(collections.get(i.targetId) ?? []), i.collectionId]);
  }
  const target = (id: string) => {
    const item = byId.get(id);
    return {
      targetTitle: item?.title ?? `Élément absent du catalogue (${id})`,
      source: item?.source ?? null,
      sourceLabel: item?.sourceLabel ?? '—',
    };
  };
  const texts = new Map<string, Map<string, string>>();
  const textOf = (targetId: string, ref: string): string | null => {
    let refs = texts.get(targetId);
    if (!refs) {
      const item = byId.get(targetId);
      refs = new Map(item ? annotatableSections(item).map((s) => [s.ref, s.text]) : []);
      texts.set(targetId, refs);
    }
    return refs.get(ref) ?? null;
  };
  const out: ListItem[] = [];
  let count = 0;
  for (const n of data.notes) {
    if (++count % SLICE === 0) yield;
    if (!n.body.trim()) continue;
    const t = target(n.targetId);
    const tags = entryTags.get(n.targetId) ?? [];
    out.push({
      kind: 'note',
      id: n.id,
      targetId: n.targetId,
      ...t,
      text: n.body,
      comment: '',
      colorId: null,
      tags,
      collections: collections.get(n.targetId) ?? [],
      createdAt: n.createdAt,
      updatedAt: n.updatedAt,
      orphan: false,
      haystack: `${n.body}\n${t.targetTitle}\n${tags.join(' ')}`,
    });
  }
  for (const h of data.highlights) {
    if (++count % SLICE === 0) yield;
    const t = target(h.targetId);
    const text = textOf(h.targetId, h.sectionRef);
    const tags = [...h.tags, ...(entryTags.get(h.targetId) ?? [])];
    out.push({
      kind: 'highlight',
      id: h.id,
      targetId: h.targetId,
      ...t,
      text: h.quote.exact,
      comment: h.comment,
      colorId: h.colorId,
      tags,
      collections: collections.get(h.targetId) ?? [],
      createdAt: h.createdAt,
      updatedAt: h.updatedAt,
      orphan: text === null || anchor(text, h.quote, h.position) === null,
      haystack: `${h.quote.exact}\n${h.comment}\n${t.targetTitle}\n${tags.join(' ')}`,
    });
  }
  for (const f of data.favourites) {
    const t = target(f.targetId);
    const tags = entryTags.get(f.targetId) ?? [];
    const summary = byId.get(f.targetId)?.summary ?? '';
    out.push({
      kind: 'favourite',
      id: `favori:${f.targetId}`,
      targetId: f.targetId,
      ...t,
      text: summary,
      comment: '',
      colorId: null,
      tags,
      collections: collections.get(f.targetId) ?? [],
      createdAt: f.createdAt,
      updatedAt: f.createdAt,
      orphan: false,
      haystack: `${t.targetTitle}\n${summary}\n${tags.join(' ')}`,
    });
  }
  // Corrections: the corrected text, with what it replaced as the « comment » line. A passage
  // correction is an orphan when the item's current text no longer holds it.
  const orphanCorrections = new Set<string>();
  const passagesBy = new Map<string, PassageCorrectionRow[]>();
  for (const c of data.corrections) {
    if (c.kind === 'passage') passagesBy.set(c.targetId, [...(passagesBy.get(c.targetId) ?? []), c]);
  }
  for (const [targetId, list] of passagesBy) {
    const item = byId.get(targetId);
    const sections = item ? annotatableSections(item) : [];
    for (const o of placeCorrections(sections, list).orphans) orphanCorrections.add(o.id);
  }
  for (const c of data.corrections) {
    const t = target(c.targetId);
    const tags = entryTags.get(c.targetId) ?? [];
    const text = c.kind === 'fact' ? `${FACT_LABELS[c.field]} : ${c.corrected}` : c.corrected;
    const original = c.kind === 'fact' ? c.original : c.quote.exact;
    out.push({
      kind: 'correction',
      id: c.id,
      targetId: c.targetId,
      ...t,
      text,
      comment: `Texte d’origine : ${original || '(absent)'}`,
      colorId: null,
      tags,
      collections: collections.get(c.targetId) ?? [],
      createdAt: c.createdAt,
      updatedAt: c.updatedAt,
      orphan: orphanCorrections.has(c.id),
      haystack: `${text}\n${original}\n${c.comment}\n${t.targetTitle}\n${tags.join(' ')}`,
    });
  }
  return out.sort((a, b) => b.updatedAt - a.updatedAt);
}

/** Folded once per item, on the first query: 25,000 items are listed without folding any. */
const foldedCache = new WeakMap<ListItem, string>();
function foldedOf(item: ListItem): string {
  let folded = foldedCache.get(item);
  if (folded === undefined) {
    folded = fold(item.haystack);
    foldedCache.set(item, folded);
  }
  return folded;
}

const dayStart = (d: string) => new Date(`${d}T00:00:00`).getTime();

export function filterItems(items: readonly ListItem[], f: Filters): ListItem[] {
  const words = fold(f.query).split(/\s+/).filter(Boolean);
  const from = f.from ? dayStart(f.from) : -Infinity;
  const to = f.to ? dayStart(f.to) + 86_400_000 : Infinity;
  const tag = f.tag.toLocaleLowerCase('fr');
  return items.filter(
    (i) =>
      (f.kind === '' || (f.kind === 'orphan' ? i.orphan : i.kind === f.kind)) &&
      (!f.colorId || i.colorId === f.colorId) &&
      (!f.source || i.source === f.source) &&
      (!f.collectionId || i.collections.includes(f.collectionId)) &&
      (!tag || i.tags.some((t) => t.toLocaleLowerCase('fr') === tag)) &&
      i.updatedAt >= from &&
      i.updatedAt < to &&
      (words.length === 0 || words.every((w) => foldedOf(i).includes(w))),
  );
}
