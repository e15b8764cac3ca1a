// What the search worker indexes on top of the bundled items: the user's imported documents'
// entries, which the worker reads from IndexedDB itself (their heads, Dexie v8), and the items the
// window sends (written fiches, corrected entries), which shadow a document's item of the same id.
// Posting the 4,600 entries of 200 documents from the window cloned their text on its thread.
import { toItems, type CatalogueItem } from '../../../../electron/shared/items';
import type { DocumentHead } from '../../db/document-rows';

/** A document as the window lists it: the worker reads again the ones whose stamp changed. */
export interface DocumentStamp {
  id: string;
  updatedAt: number;
}

export interface ItemIndex {
  addItems(items: readonly CatalogueItem[]): void;
  removeItems(ids: readonly string[]): void;
}

/** The catalogue items of one document, as CatalogueContext's `withDocuments` makes them. */
export function itemsOfHead(head: DocumentHead): CatalogueItem[] {
  return toItems({ sources: [head.source], entries: head.entries, events: [] });
}

export class WorkerItems {
  private documents = new Map<string, { updatedAt: number; items: CatalogueItem[] }>();
  private fromWindow = new Map<string, CatalogueItem>();
  private indexed = new Map<string, CatalogueItem>();

  constructor(
    private readonly index: ItemIndex,
    /** The heads of these documents that can be read (a missing or unreadable one is left out). */
    private readonly readHeads: (ids: string[]) => Promise<DocumentHead[]>,
  ) {}

  /** The documents the window lists now: those gone are dropped, new or changed ones read. */
  async setDocuments(stamps: readonly DocumentStamp[]): Promise<void> {
    const wanted = new Map(stamps.map((s) => [s.id, s.updatedAt]));
    for (const id of [...this.documents.keys()]) if (!wanted.has(id)) this.documents.delete(id);
    const changed = stamps
      .filter((s) => this.documents.get(s.id)?.updatedAt !== s.updatedAt)
      .map((s) => s.id);
    if (changed.length > 0) {
      for (const head of await this.readHeads(changed)) {
        if (wanted.has(head.id))
          this.documents.set(head.id, { updatedAt: head.updatedAt, items: itemsOfHead(head) });
      }
    }
    this.update();
  }

  add(items: readonly CatalogueItem[]): void {
    for (const item of items) this.fromWindow.set(item.id, item);
    this.update();
  }

  remove(ids: readonly string[]): void {
    for (const id of ids) this.fromWindow.delete(id);
    this.update();
  }

  /** Only what changed reaches the index: an item whose object changed is removed and added again. */
  private update(): void {
    const next = new Map<string, CatalogueItem>();
    for (const { items } of this.documents.values()) for (const item of items) next.set(item.id, item);
    for (const [id, item] of this.fromWindow) next.set(id, item);
    const removed = [...this.indexed.keys()].filter((id) => next.get(id) !== this.indexed.get(id));
    const added = [...next.values()].filter((item) => this.indexed.get(item.id) !== item);
    if (removed.length > 0) this.index.removeItems(removed);
    if (added.length > 0) this.index.addItems(added);
    this.indexed = next;
  }
}
