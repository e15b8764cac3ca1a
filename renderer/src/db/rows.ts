// Zod schemas of everything the user writes. Rows read back from IndexedDB or from an
// import file are validated against these before use; the types are inferred from them.
import { z } from 'zod';
import { MAX_COMPARED } from './compare-limit';
import { TEXT_CAPS } from './text-caps';

const id = z.string().min(1).max(200);
const when = z.number().int().nonnegative(); // epoch milliseconds

export const NoteRow = z.object({
  id,
  /** Catalogue entry or event id, or "comparison:<id>" for a note on a saved comparison. */
  targetId: id,
  body: z.string().max(TEXT_CAPS.note),
  createdAt: when,
  updatedAt: when,
});
export type NoteRow = z.infer<typeof NoteRow>;

/** W3C Web Annotation selectors: a quote with context, and a position as a hint. */
export const TextQuoteSelector = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().min(1).max(20_000),
  prefix: z.string().max(200).default(''),
  suffix: z.string().max(200).default(''),
});
export const TextPositionSelector = z.object({
  type: z.literal('TextPositionSelector'),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

export const HighlightRow = z.object({
  id,
  targetId: id,
  /** Section key (plus index when an entry has several sections with one key), e.g. "operations:0". */
  sectionRef: z.string().max(100),
  quote: TextQuoteSelector,
  position: TextPositionSelector,
  colorId: id,
  comment: z.string().max(TEXT_CAPS.comment).default(''),
  tags: z.array(z.string().min(1).max(TEXT_CAPS.tag)).max(50).default([]),
  createdAt: when,
  updatedAt: when,
});
export type HighlightRow = z.infer<typeof HighlightRow>;

export const ColorRow = z.object({
  id,
  name: z.string().min(1).max(TEXT_CAPS.colourName),
  /** CSS colour used to draw the highlight. */
  value: z.string().regex(/^#[0-9a-f]{6}$/i),
  order: z.number().int(),
});
export type ColorRow = z.infer<typeof ColorRow>;

export const EntryTagRow = z.object({
  targetId: id,
  tag: z.string().min(1).max(TEXT_CAPS.tag),
  createdAt: when,
});
export type EntryTagRow = z.infer<typeof EntryTagRow>;

export const FavouriteRow = z.object({ targetId: id, createdAt: when });
export type FavouriteRow = z.infer<typeof FavouriteRow>;

export const CollectionRow = z.object({
  id,
  name: z.string().min(1).max(TEXT_CAPS.collectionName),
  description: z.string().max(TEXT_CAPS.collectionDescription).default(''),
  order: z.number().int(),
  createdAt: when,
  updatedAt: when,
});
export type CollectionRow = z.infer<typeof CollectionRow>;

export const CollectionItemRow = z.object({
  id,
  collectionId: id,
  targetId: id,
  order: z.number(),
  addedAt: when,
});
export type CollectionItemRow = z.infer<typeof CollectionItemRow>;

export const TrayRow = z.object({ targetId: id, order: z.number(), addedAt: when });
export type TrayRow = z.infer<typeof TrayRow>;

/** Items compared side by side at most (the tray and a saved comparison). */
export { MAX_COMPARED };

export const ComparisonRow = z.object({
  id,
  name: z.string().min(1).max(TEXT_CAPS.comparisonName),
  targetIds: z.array(id).min(1).max(MAX_COMPARED),
  baselineId: id.nullable(),
  differencesOnly: z.boolean().default(false),
  createdAt: when,
  updatedAt: when,
});
export type ComparisonRow = z.infer<typeof ComparisonRow>;

export const SettingRow = z.object({ key: z.string().min(1).max(100), value: z.unknown() });
export type SettingRow = z.infer<typeof SettingRow>;

/** Text being typed, kept apart from saved notes so nothing typed is lost before it is saved. */
export const DraftRow = z.object({
  key: z.string().min(1).max(300),
  body: z.string(),
  updatedAt: when,
  /** Set when the text was found at start-up and applied: the editor says so once. */
  recovered: z.boolean().optional(),
});
export type DraftRow = z.infer<typeof DraftRow>;
