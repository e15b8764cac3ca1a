// Append-only list of schema versions. Never edit a version that has shipped: add a new one
// with an upgrade function, and a test that opens the previous version with data in it.
export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: import('dexie').Transaction) => Promise<void> | void;
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
];
