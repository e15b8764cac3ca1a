// Gateway of the collections: named, ordered lists of catalogue items.
import { useLiveQuery } from 'dexie-react-hooks';
import { db, type ReperesDb } from './ReperesDb';
import { CollectionItemRow, CollectionRow } from './rows';
import { TEXT_CAPS } from './text-caps';
import { validRows } from './validate';
import { newId } from './annotations';
import { clearDraft, draftKeys } from './drafts';

const NONE: never[] = [];

const cleanName = (name: string) => name.replace(/\s+/g, ' ').trim().slice(0, TEXT_CAPS.collectionName);

export async function createCollection(name: string, d: ReperesDb = db()): Promise<CollectionRow> {
  const clean = cleanName(name);
  if (!clean) throw new Error('empty collection name');
  const now = Date.now();
  return d.transaction('rw', d.collections, async () => {
    const last = await d.collections.orderBy('order').last();
    const row = CollectionRow.parse({
      id: newId(),
      name: clean,
      description: '',
      order: (last?.order ?? -1) + 1,
      createdAt: now,
      updatedAt: now,
    });
    await d.collections.add(row);
    return row;
  });
}

export async function renameCollection(id: string, name: string, d: ReperesDb = db()): Promise<void> {
  const clean = cleanName(name);
  if (clean) await d.collections.update(id, { name: clean, updatedAt: Date.now() });
  await clearDraft(draftKeys.collectionName(id), name, d);
}

export async function deleteCollection(id: string, d: ReperesDb = db()): Promise<void> {
  await d.transaction('rw', d.collections, d.collectionItems, d.drafts, async () => {
    await d.collectionItems.where('collectionId').equals(id).delete();
    await d.collections.delete(id);
    await d.drafts.delete(draftKeys.collectionName(id));
  });
}

/** Adds an entry at the end of a collection; an entry already there stays where it is. */
export async function addToCollection(
  collectionId: string,
  targetId: string,
  d: ReperesDb = db(),
): Promise<boolean> {
  return d.transaction('rw', d.collections, d.collectionItems, async () => {
    const dup = await d.collectionItems
      .where('[collectionId+targetId]')
      .equals([collectionId, targetId])
      .first();
    if (dup) return false;
    const last = await d.collectionItems
      .where('[collectionId+order]')
      .between([collectionId, -Infinity], [collectionId, Infinity])
      .last();
    await d.collectionItems.add(
      CollectionItemRow.parse({
        id: newId(),
        collectionId,
        targetId,
        order: (last?.order ?? -1) + 1,
        addedAt: Date.now(),
      }),
    );
    await d.collections.update(collectionId, { updatedAt: Date.now() });
    return true;
  });
}

export async function removeFromCollection(itemId: string, d: ReperesDb = db()): Promise<void> {
  await d.collectionItems.delete(itemId);
}

/** Moves an item one place up (-1) or down (+1) in its collection. */
export async function moveCollectionItem(itemId: string, delta: -1 | 1, d: ReperesDb = db()): Promise<void> {
  await d.transaction('rw', d.collectionItems, async () => {
    const item = await d.collectionItems.get(itemId);
    if (!item) return;
    const items = await d.collectionItems
      .where('[collectionId+order]')
      .between([item.collectionId, -Infinity], [item.collectionId, Infinity])
      .toArray();
    const i = items.findIndex((x) => x.id === itemId);
    const other = items[i + delta];
    if (!other) return;
    await d.collectionItems.update(item.id, { order: other.order });
    await d.collectionItems.update(other.id, { order: item.order });
  });
}

export async function listCollections(d: ReperesDb = db()): Promise<CollectionRow[]> {
  return validRows(CollectionRow, await d.collections.orderBy('order').toArray(), 'collections');
}

export async function listCollectionItems(d: ReperesDb = db()): Promise<CollectionItemRow[]> {
  return validRows(
    CollectionItemRow,
    await d.collectionItems.orderBy('[collectionId+order]').toArray(),
    'collectionItems',
  );
}

export function useCollections(): CollectionRow[] {
  return useLiveQuery(() => listCollections(), []) ?? NONE;
}

/** Every item of every collection, in collection order. */
export function useCollectionItems(): CollectionItemRow[] {
  return useLiveQuery(() => listCollectionItems(), []) ?? NONE;
}

/** The collections an item belongs to (one row per membership). */
export function useMemberships(targetId: string): CollectionItemRow[] {
  return (
    useLiveQuery(
      async () =>
        validRows(
          CollectionItemRow,
          await db().collectionItems.where('targetId').equals(targetId).toArray(),
          'collectionItems',
        ),
      [targetId],
    ) ?? NONE
  );
}
