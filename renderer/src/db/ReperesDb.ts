import Dexie, { type EntityTable } from 'dexie';
import type {
  CollectionItemRow,
  CollectionRow,
  ColorRow,
  ComparisonRow,
  DraftRow,
  EntryTagRow,
  FavouriteRow,
  HighlightRow,
  NoteRow,
  SettingRow,
  TrayRow,
} from './rows';
import type { DocumentFileRow, DocumentHead, DocumentRow } from './document-rows';
import type { FicheRow } from './fiche-rows';
import type { CorrectionRow } from './correction-rows';
import { VERSIONS } from './versions';
import { DEFAULT_COLORS } from './defaults';
import type { SyncConflictRow, SyncStateRow } from './sync-rows';

export const DB_NAME = 'reperes';

export class ReperesDb extends Dexie {
  notes!: EntityTable<NoteRow, 'id'>;
  highlights!: EntityTable<HighlightRow, 'id'>;
  colors!: EntityTable<ColorRow, 'id'>;
  entryTags!: Dexie.Table<EntryTagRow, [string, string]>;
  favourites!: EntityTable<FavouriteRow, 'targetId'>;
  collections!: EntityTable<CollectionRow, 'id'>;
  collectionItems!: EntityTable<CollectionItemRow, 'id'>;
  tray!: EntityTable<TrayRow, 'targetId'>;
  comparisons!: EntityTable<ComparisonRow, 'id'>;
  settings!: EntityTable<SettingRow, 'key'>;
  drafts!: EntityTable<DraftRow, 'key'>;
  documents!: EntityTable<DocumentRow, 'id'>;
  documentFiles!: EntityTable<DocumentFileRow, 'id'>;
  documentHeads!: EntityTable<DocumentHead, 'id'>;
  fiches!: EntityTable<FicheRow, 'id'>;
  corrections!: EntityTable<CorrectionRow, 'id'>;
  syncState!: EntityTable<SyncStateRow, 'docId'>;
  syncConflicts!: EntityTable<SyncConflictRow, 'docId'>;

  constructor(name = DB_NAME, versions = VERSIONS) {
    super(name);
    for (const v of versions) {
      const version = this.version(v.version).stores(v.stores);
      if (v.upgrade) version.upgrade(v.upgrade);
    }
    // Only runs when the database is created: older ones get the colours from an upgrade.
    this.on('populate', (tx) => {
      void tx.table('colors').bulkAdd(DEFAULT_COLORS.map((c) => ({ ...c })));
    });
  }
}

let instance: ReperesDb | null = null;

/** The app's database; tests create their own instances with other names. */
export function db(): ReperesDb {
  instance ??= new ReperesDb();
  return instance;
}
