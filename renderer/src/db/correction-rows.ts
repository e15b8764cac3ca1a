// Zod schema of the user's corrections of an entry, bundled or imported. Zod only (no Dexie),
// so the exporters in core/ can import it through tables.ts.
import { z } from 'zod';
import { TEXT_CAPS } from './text-caps';
import { TextPositionSelector, TextQuoteSelector } from './rows';

const id = z.string().min(1).max(200);
const when = z.number().int().nonnegative();

/** The facts of an entry a reader may correct, in the order the facts panel shows them. */
export const FACT_FIELDS = [
  'territory',
  'department',
  'organisation',
  'people',
  'emails',
  'phones',
  'websites',
  'address',
  'year',
] as const;
export const FactField = z.enum(FACT_FIELDS);
export type FactField = z.infer<typeof FactField>;

const common = {
  id,
  /** The catalogue entry or event id (stable across rebuilds of the catalogue). */
  targetId: id,
  /** What the user says the text or the fact should read. */
  corrected: z.string().max(TEXT_CAPS.correction),
  /** Why, or where the corrected value comes from (optional). */
  comment: z.string().max(TEXT_CAPS.comment).default(''),
  createdAt: when,
  updatedAt: when,
};

/** A fact corrected: `original` is the value the entry had when it was corrected, as text. */
export const FactCorrectionRow = z.object({
  ...common,
  kind: z.literal('fact'),
  field: FactField,
  original: z.string().max(TEXT_CAPS.correction),
});
export type FactCorrectionRow = z.infer<typeof FactCorrectionRow>;

/** A passage corrected, anchored like a highlight: the quote decides, the position breaks ties. */
export const PassageCorrectionRow = z.object({
  ...common,
  kind: z.literal('passage'),
  sectionRef: z.string().max(100),
  quote: TextQuoteSelector,
  position: TextPositionSelector,
});
export type PassageCorrectionRow = z.infer<typeof PassageCorrectionRow>;

export const CorrectionRow = z.discriminatedUnion('kind', [FactCorrectionRow, PassageCorrectionRow]);
export type CorrectionRow = z.infer<typeof CorrectionRow>;
