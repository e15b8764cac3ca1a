// Append-only list of schema versions. Never edit a version that has shipped: add a new one
// with an upgrade function, and a test that opens the previous version with data in it.
import type { Transaction } from 'dexie';
import { DEFAULT_COLORS } from './defaults';
import { TEXT_CAPS } from './text-caps';
import { DocumentRow, headOf } from './document-rows';

export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void> | void;
}

/** Trims, collapses spaces and removes duplicates, keeping the first spelling. */
export function normaliseTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw.replace(/\s+/g, ' ').trim().slice(0, TEXT_CAPS.tag);
    const key = tag.toLocaleLowerCase('fr');
    if (tag && !seen.has(key)) {
      seen.add(key);
      out.push(tag);
    }
  }
  return out;
}

export const VERSIONS: SchemaVersion[] = [
  {
    version: 1,
    stores: {
      notes: 'id, targetId, createdAt, updatedAt',
      highlights: 'id, targetId, colorId, createdAt, updatedAt, *tags',
      colors: 'id, order',
      entryTags: '[targetId+tag], targetId, tag',
      favourites: 'targetId, createdAt',
      collections: 'id, order, name',
      collectionItems: 'id, collectionId, targetId, [collectionId+order]',
      tray: 'targetId, order',
      comparisons: 'id, name, updatedAt',
      settings: 'key',
      drafts: 'key',
    },
  },
  {
    // v2: an entry appears once per collection, highlights are found by section, version 1
    // databases (which started with no colours) get the named default colours, and tags
    // typed with stray spaces or twice are tidied.
    version: 2,
    stores: {
      highlights: 'id, targetId, colorId, createdAt, updatedAt, *tags, sectionRef, [targetId+sectionRef]',
      collectionItems: 'id, collectionId, targetId, [collectionId+order], [collectionId+targetId]',
    },
    async upgrade(tx) {
      const colors = tx.table('colors');
      if ((await colors.count()) === 0) await colors.bulkAdd(DEFAULT_COLORS.map((c) => ({ ...c })));
      await tx
        .table('highlights')
        .toCollection()
        .modify((h: { tags?: string[] }) => {
          h.tags = normaliseTags(h.tags ?? []);
        });
      const seen = new Set<string>();
      const items = (await tx.table('collectionItems').orderBy('[collectionId+order]').toArray()) as {
        id: string;
        collectionId: string;
        targetId: string;
      }[];
      const duplicates = items.filter((item) => {
        const key = `${item.collectionId}\u0000${item.targetId}`;
        if (seen.has(key)) return true;
        seen.add(key);
        return false;
      });
      await tx.table('collectionItems').bulkDelete(duplicates.map((d) => d.id));
    },
  },
  {
    // v3: the user's own documents (issue 15). `documents` holds what was read from a file (its
    // text with page marks, the entries, the extractor's version); `documentFiles` the original
    // file, apart, so listing documents never loads their bytes.
    version: 3,
    stores: {
      documents: 'id, addedAt',
      documentFiles: 'id',
    },
  },
  {
    // v4: the user's own fiches (issue 17): one row per fiche, the fields as typed.
    version: 4,
    stores: {
      fiches: 'id, createdAt, updatedAt',
    },
  },
  {
    // v5: the user's corrections of entries (issue 17): facts and passages, the latter anchored
    // like highlights. Found by entry, and by section for a passage.
    version: 5,
    stores: {
      corrections: 'id, targetId, kind, updatedAt, [targetId+sectionRef]',
    },
  },
  {
    // v6: sharing (issue 18). `syncState` holds, per shared record, the replicated revision the
    // local row was last in step with; `syncConflicts` the records with several versions to choose from.
    version: 6,
    stores: {
      syncState: 'docId',
      syncConflicts: 'docId, table',
    },
  },
  {
    // v8: the documents' heads (issue 16), what listing them and joining their entries to the
    // catalogue needs, without the text read from the file: start-up no longer reads every
    // document whole. Filled here from the stored rows, one at a time (a row is ~600 KB); a row
    // that no longer passes its schema gets no head, as it was never listed.
    version: 8,
    stores: {
      documentHeads: 'id, addedAt',
    },
    async upgrade(tx) {
      const documents = tx.table('documents');
      const heads = tx.table('documentHeads');
      for (const id of await documents.toCollection().primaryKeys()) {
        const parsed = DocumentRow.safeParse(await documents.get(id));
        if (parsed.success) await heads.put(headOf(parsed.data));
      }
    },
  },
];
