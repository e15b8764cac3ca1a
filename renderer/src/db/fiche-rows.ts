// Zod schema of the user's own fiches as stored in IndexedDB. A row keeps the user's words as
// typed — a year half written, a phone number in any form — so that nothing typed is lost; what
// the catalogue sees (an Entry) is derived from it by core/fiche-entry.ts. Zod only (no Dexie):
// the pure exporters import it too.
import { z } from 'zod';
import { SECTION_KEYS, STAGES, type SectionKey } from '../../../electron/shared/schema';

/** Fiche ids are catalogue entry ids: `fiche-` then a UUID (a digit run no bundled id has). */
export const FICHE_ID = /^fiche-[a-z0-9][a-z0-9-]{0,80}$/;

/** The catalogue source every fiche belongs to. */
export const FICHES_SOURCE_FILE = 'mes-fiches';
export const FICHES_SOURCE_LABEL = 'Mes fiches';

/** Parts of the common vocabulary a fiche is written in (all but the catch-all 'body'). */
export const FICHE_SECTION_KEYS = SECTION_KEYS.filter((k) => k !== 'body') as Exclude<SectionKey, 'body'>[];
export type FicheSectionKey = (typeof FICHE_SECTION_KEYS)[number];

/** How long each field may be: generous for prose, bounded so a pasted file cannot fill the base. */
export const FICHE_CAPS = {
  short: 500,
  line: 2_000,
  text: 20_000,
  section: 200_000,
  list: 100,
} as const;

const short = z.string().max(FICHE_CAPS.short);
const line = z.string().max(FICHE_CAPS.line);
const text = z.string().max(FICHE_CAPS.text);
const when = z.number().int().nonnegative();

export const FichePerson = z.object({
  name: short.default(''),
  role: short.default(''),
  email: short.default(''),
  phone: short.default(''),
});
export type FichePerson = z.infer<typeof FichePerson>;

export const FicheResult = z.object({
  result: line.default(''),
  measure: line.default(''),
});
export type FicheResult = z.infer<typeof FicheResult>;

const sectionShape = Object.fromEntries(
  FICHE_SECTION_KEYS.map((k) => [k, z.string().max(FICHE_CAPS.section).default('')]),
) as Record<FicheSectionKey, z.ZodDefault<z.ZodString>>;

/** What the editor edits: every field as the user typed it. */
export const FicheFields = z.object({
  title: short.default(''),
  territory: short.default(''),
  /** INSEE code of the department picked, '' when none. */
  departmentCode: z
    .string()
    .regex(/^$|^(?:\d{2,3}|2[AB])$/)
    .default(''),
  organisation: short.default(''),
  people: z.array(FichePerson).max(FICHE_CAPS.list).default([]),
  /** One per line. */
  emails: text.default(''),
  phones: text.default(''),
  websites: text.default(''),
  year: z.string().max(20).default(''),
  themes: z.array(short).max(FICHE_CAPS.list).default([]),
  /** Markdown, by part of the common vocabulary. */
  sections: z.object(sectionShape).default(() => emptySections()),
  audience: line.default(''),
  stage: z.enum(['', ...STAGES]).default(''),
  /** One per line. */
  funders: text.default(''),
  budget: line.default(''),
  budgetYear: z.string().max(20).default(''),
  results: z.array(FicheResult).max(FICHE_CAPS.list).default([]),
  prerequisites: text.default(''),
});
export type FicheFields = z.infer<typeof FicheFields>;

export function emptySections(): Record<FicheSectionKey, string> {
  return Object.fromEntries(FICHE_SECTION_KEYS.map((k) => [k, ''])) as Record<FicheSectionKey, string>;
}

export function emptyFields(): FicheFields {
  return FicheFields.parse({});
}

export const FicheRow = z.object({
  id: z.string().regex(FICHE_ID),
  fields: FicheFields,
  createdAt: when,
  updatedAt: when,
});
export type FicheRow = z.infer<typeof FicheRow>;

/** True when nothing was typed: such a fiche is not stored (an editor opened and left). */
export function isBlank(fields: FicheFields): boolean {
  return JSON.stringify(FicheFields.parse(fields)) === JSON.stringify(emptyFields());
}
