// The one schema of the catalogue. The pipeline validates what the parsers produce with it,
// the main process validates resources/catalogue.json before sending it to the window, and the
// browser build's web adapter validates what it fetches (in Electron the renderer trusts main).
// Every TypeScript type of the catalogue is inferred from it, so the sides cannot drift apart.
import { z } from 'zod';
import { ENTRY_KINDS, KIND_LABELS } from './labels';

/** Common section vocabulary: lets two initiatives from different documents be compared part by part. */
export const SECTION_KEYS = [
  'context',
  'presentation',
  'vision',
  'operations',
  'governance',
  'effects',
  'obstacles',
  'innovation',
  'tools',
  'contacts',
  'body',
] as const;
export const SectionKey = z.enum(SECTION_KEYS);
export type SectionKey = z.infer<typeof SectionKey>;

/** French labels of the common vocabulary, in the order comparisons show them. */
export const SECTION_LABELS: Record<SectionKey, string> = {
  context: 'Contexte',
  presentation: 'Présentation',
  vision: 'Vision des élus',
  operations: 'Mise en œuvre',
  governance: 'Gouvernance et partenariats',
  effects: 'Effets et résultats',
  obstacles: 'Freins et leviers',
  innovation: 'Innovation et transférabilité',
  tools: 'Outils et ressources',
  contacts: 'Contacts',
  body: 'Texte',
};

export { ENTRY_KINDS, KIND_LABELS };
export const EntryKind = z.enum(ENTRY_KINDS);
export type EntryKind = z.infer<typeof EntryKind>;

/** The five bundled documents, then any document the user adds ('user-document'), then the user's own fiches. */
export const SOURCE_KINDS = [
  'france-urbaine',
  'vita',
  'coorace',
  'cime-history',
  'cime-closure',
  'user-document',
  'user-fiche',
] as const;
export const SourceKind = z.enum(SOURCE_KINDS);
export type SourceKind = z.infer<typeof SourceKind>;

/** 1-based, inclusive line range in the source file. */
export const LineRange = z.tuple([z.number().int().min(1), z.number().int().min(1)]);
export type LineRange = z.infer<typeof LineRange>;

export const Person = z.object({
  name: z.string().min(1),
  role: z.string().nullable(),
  email: z.string().nullable().default(null),
  phone: z.string().nullable().default(null),
});
export type Person = z.infer<typeof Person>;

export const Section = z.object({
  key: SectionKey,
  /** The heading as the document words it (cleaned), e.g. "3. La vision des élus". */
  heading: z.string(),
  /**
   * Cleaned text: OCR repaired, hyphenation joined, paragraphs separated by a blank line. It
   * carries a light structure, read as text and shown as such: a paragraph starting with
   * "### " is a sub-heading (« ### Contexte en 2004 »), "#### " a sub-heading under it
   * (« #### En amont de l'emploi »); a line starting with "- " is a list
   * item, with "  - " (two spaces) for an item nested under the one before. Everything else
   * is plain paragraphs: no other markup, no HTML.
   */
  text: z.string(),
  lines: LineRange.nullable().default(null),
  /** Photo captions and credits printed in the part, kept out of the reading text. */
  captions: z.array(z.string()).optional(),
  /** The Markdown the user wrote, when the part comes from one of their own fiches; `text` is derived from it. */
  markdown: z.string().optional(),
});
export type Section = z.infer<typeof Section>;

/** The passages of an item's text that gave it a theme of the shared thesaurus. */
export const ThemeEvidence = z.object({
  theme: z.string(),
  passages: z.array(z.string()),
});
export type ThemeEvidence = z.infer<typeof ThemeEvidence>;

/** How far an initiative has come: what decision makers ask before visiting one. */
export const STAGES = ['emergence', 'running', 'spread'] as const;
export const Stage = z.enum(STAGES);
export type Stage = z.infer<typeof Stage>;
export const STAGE_LABELS: Record<Stage, string> = {
  emergence: 'Émergence',
  running: 'En fonctionnement',
  spread: 'Essaimé',
};

/** Who pays, how much, and the year the figures are from (a budget without its year misleads). */
export const Funding = z.object({
  funders: z.array(z.string()),
  /** As written ("120 000 € par an"): amounts come with their own units and periods. */
  budget: z.string().nullable(),
  year: z.number().int().nullable(),
});
export type Funding = z.infer<typeof Funding>;

/** A result and how it was measured (a count, a survey, an evaluation…). */
export const Outcome = z.object({
  result: z.string().min(1),
  measure: z.string().nullable(),
});
export type Outcome = z.infer<typeof Outcome>;

/**
 * The printed pages an entry stands on, as the document's own page marks establish them (VITA's
 * « Sommaire | 10 » footers): `first`/`last` when a footer closes the page before or the entry's
 * last page, `marked` the footers inside it. Null where the document gives no evidence: no page
 * rather than a wrong one.
 */
export const EntryPages = z.object({
  first: z.number().int().positive().nullable(),
  last: z.number().int().positive().nullable(),
  marked: z.array(z.number().int().positive()),
});
export type EntryPages = z.infer<typeof EntryPages>;

export const Entry = z.object({
  /** Stable across re-parses: derived from content (source kind + title), never from positions. */
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  kind: EntryKind,
  /** Seed file name. */
  source: z.string(),
  title: z.string().min(1),
  territory: z.string().nullable(),
  /** French department name ("Loire-Atlantique"), or a region name when only the region is known. */
  department: z.string().nullable(),
  /** INSEE department code ("44", "2A", "971") when known. */
  departmentCode: z.string().nullable().default(null),
  region: z.string().nullable().default(null),
  organisation: z.string().nullable(),
  /** VITA working group (chapter) title; null elsewhere. */
  group: z.string().nullable(),
  people: z.array(Person),
  /** Elected officials quoted (France urbaine "vision des élus"). */
  officials: z.array(Person).default([]),
  emails: z.array(z.string()),
  phones: z.array(z.string()),
  websites: z.array(z.string()),
  address: z.string().nullable().default(null),
  postcode: z.string().nullable().default(null),
  themes: z.array(z.string()),
  /**
   * Why each thesaurus theme applies (themes the document gives itself have none). Optional: the
   * parsers leave it to the assembler, and a catalogue built before it existed still loads.
   */
  themeEvidence: z.array(ThemeEvidence).optional(),
  year: z.number().int().nullable(),
  /** One-paragraph summary for lists (first sentences of the presentation). */
  summary: z.string().default(''),
  sections: z.array(Section),
  lines: LineRange,
  /** Printed pages (optional: only sources that print page numbers the text keeps have them). */
  pages: EntryPages.optional(),
  /** The original text of the document for this entry, unrepaired. */
  raw: z.string(),
  // What no bundled source gives consistently, written by users in their own fiches (issue 17).
  // Optional: the parsers leave them out, and catalogues built before they existed still load.
  /** Target public ("demandeurs d'emploi de longue durée"). */
  audience: z.string().optional(),
  stage: Stage.optional(),
  funding: Funding.optional(),
  results: z.array(Outcome).optional(),
  /** What another territory needs in place before transferring the initiative. */
  prerequisites: z.string().optional(),
});
export type Entry = z.infer<typeof Entry>;

export const CatalogueEvent = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  source: z.string(),
  /** ISO date (YYYY, YYYY-MM or YYYY-MM-DD) of the start, null when undated. */
  date: z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
    .nullable(),
  dateEnd: z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
    .nullable(),
  /** The date as written in the document ("23/24/25 Septembre 1993"), '' when none. */
  dateText: z.string(),
  /** True when the row carried no date of its own; `period` then holds the one inherited from above. */
  undated: z.boolean().default(false),
  period: z.string().nullable().default(null),
  title: z.string().min(1),
  text: z.string(),
  /** Text cells in document order (COORACE columns; one cell for Cime milestones). */
  cells: z.array(z.object({ column: z.string(), text: z.string() })).default([]),
  documentation: z.string().nullable().default(null),
  themes: z.array(z.string()).default([]),
  themeEvidence: z.array(ThemeEvidence).optional(),
  /** Spreadsheet row number (COORACE), null elsewhere. */
  row: z.number().int().nullable(),
  lines: LineRange,
  raw: z.string().default(''),
  /** Ids of catalogue entries this event names (programmes, organisations). */
  related: z.array(z.string()).default([]),
});
export type CatalogueEvent = z.infer<typeof CatalogueEvent>;

export const Publication = z.object({
  id: z.string(),
  source: z.string(),
  title: z.string(),
  publisher: z.string().nullable(),
  year: z.number().int().nullable(),
  lines: LineRange,
});
export type Publication = z.infer<typeof Publication>;

export const Organisation = z.object({
  id: z.string(),
  source: z.string(),
  name: z.string(),
  acronym: z.string().nullable(),
  address: z.string().nullable(),
  phones: z.array(z.string()),
  emails: z.array(z.string()),
  websites: z.array(z.string()),
  founded: z.string().nullable(),
  ceased: z.string().nullable(),
  people: z.array(Person),
  description: z.string(),
  lines: LineRange,
});
export type Organisation = z.infer<typeof Organisation>;

export const Source = z.object({
  file: z.string(),
  kind: SourceKind,
  title: z.string(),
  /** Short label for facets ("France urbaine 2012"). */
  label: z.string(),
  publisher: z.string().nullable(),
  year: z.number().int().nullable(),
  lineCount: z.number().int(),
  sha256: z.string(),
});
export type Source = z.infer<typeof Source>;

export const Warning = z.object({
  file: z.string(),
  line: z.number().int().nullable(),
  code: z.string(),
  message: z.string(),
});
export type Warning = z.infer<typeof Warning>;

export const DocumentReport = z.object({
  file: z.string(),
  /** Parser that recognised the document, null when none did. */
  parser: z.string().nullable(),
  recognised: z.string(),
  counts: z.record(z.string(), z.number()),
  warnings: z.array(Warning),
});
export type DocumentReport = z.infer<typeof DocumentReport>;

export const Catalogue = z.object({
  schemaVersion: z.literal(1),
  sources: z.array(Source),
  entries: z.array(Entry),
  events: z.array(CatalogueEvent),
  organisations: z.array(Organisation).default([]),
  publications: z.array(Publication).default([]),
  report: z.array(DocumentReport),
});
export type Catalogue = z.infer<typeof Catalogue>;

const ItemId = z.string().regex(/^[a-z0-9][a-z0-9-]*$/);

/**
 * What the window reads once its first screen is painted (issue 16): each entry's sections and
 * theme evidence, each event's text, cells and evidence, in the catalogue's order. The list it
 * reads first has them empty (electron/shared/window-catalogue.ts): they were 85 % of its bytes,
 * and the catalogue's list shows none of them.
 */
export const CatalogueBodies = z.object({
  entries: z.array(Entry.pick({ sections: true, themeEvidence: true }).extend({ id: ItemId })),
  events: z.array(
    CatalogueEvent.pick({ text: true, cells: true, themeEvidence: true }).extend({ id: ItemId }),
  ),
});
export type CatalogueBodies = z.infer<typeof CatalogueBodies>;
