import type {
  CollectionItemRow,
  CollectionRow,
  ColorRow,
  EntryTagRow,
  FavouriteRow,
  HighlightRow,
  NoteRow,
} from '../../db/rows';

/** Everything the user wrote, table by table: what export, import and wipe deal with. */
export interface AnnotationData {
  notes: NoteRow[];
  highlights: HighlightRow[];
  colors: ColorRow[];
  entryTags: EntryTagRow[];
  favourites: FavouriteRow[];
  collections: CollectionRow[];
  collectionItems: CollectionItemRow[];
}

export const emptyData = (): AnnotationData => ({
  notes: [],
  highlights: [],
  colors: [],
  entryTags: [],
  favourites: [],
  collections: [],
  collectionItems: [],
});

/** What the exporter knows of catalogue items, for readable labels. */
export interface TargetInfo {
  title: string;
  sourceLabel: string;
}
