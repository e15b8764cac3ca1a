// What a user's fiche is in the catalogue: an Entry of the source « Mes fiches », derived from
// the fields as typed (a year half written is no year yet, an empty line no contact), so every
// view — list, search, facets, map, comparison, overview, chronology — takes it as it takes a
// bundled entry. And back: an Entry read from a catalogue JSON file as fields to edit. Pure.
import {
  SECTION_LABELS,
  type Entry,
  type Person,
  type Section,
  type Source,
} from '../../../electron/shared/schema';
import { entryDefaults } from '../../../electron/shared/entry-defaults';
import { departmentByCode } from '../../../electron/shared/places';
import {
  emptyFields,
  FicheFields,
  FICHE_SECTION_KEYS,
  FICHES_SOURCE_FILE,
  FICHES_SOURCE_LABEL,
  type FicheRow,
} from '../db/fiche-rows';
import { markdownToSectionText } from './markdown-text';

export const UNTITLED = 'Fiche sans titre';

/** The catalogue source of the user's fiches. */
export function fichesSource(count: number): Source {
  return {
    file: FICHES_SOURCE_FILE,
    kind: 'user-fiche',
    title: 'Mes fiches',
    label: FICHES_SOURCE_LABEL,
    publisher: null,
    year: null,
    lineCount: count,
    sha256: '',
  };
}

const clean = (s: string) => s.replace(/\s+/g, ' ').trim();
const orNull = (s: string) => clean(s) || null;

/** One value per line (or separated by « ; »), cleaned, each once. */
export function lines(text: string): string[] {
  return [...new Set(text.split(/[\n;]/).map(clean).filter(Boolean))];
}

/** A year as the catalogue takes it: four digits, between 1900 and 2100; anything else is no year. */
export function parseYear(text: string): number | null {
  const t = text.trim();
  if (!/^\d{4}$/.test(t)) return null;
  const y = Number(t);
  return y >= 1900 && y <= 2100 ? y : null;
}

/** The first sentences of the fiche's presentation (or context), for lists. */
function summaryOf(sections: Section[]): string {
  const source =
    sections.find((s) => s.key === 'presentation') ??
    sections.find((s) => s.key === 'context') ??
    sections[0];
  const paragraph = (source?.text ?? '').split('\n\n').find((p) => !p.startsWith('### ')) ?? '';
  const text = paragraph.replace(/^ *- /gm, '').replace(/\s+/g, ' ').trim();
  if (text.length <= 280) return text;
  const cut = text.slice(0, 280);
  const end = cut.lastIndexOf('. ');
  return end > 80 ? cut.slice(0, end + 1) : `${cut.replace(/\s+\S*$/, '')}…`;
}

export function ficheToEntry(row: FicheRow): Entry {
  const f = row.fields;
  const department = f.departmentCode ? departmentByCode(f.departmentCode) : null;
  const sections: Section[] = FICHE_SECTION_KEYS.flatMap((key) => {
    const markdown = f.sections[key];
    const text = markdownToSectionText(markdown);
    return text ? [{ key, heading: SECTION_LABELS[key], text, lines: null, markdown }] : [];
  });
  const people: Person[] = f.people.flatMap((p) =>
    clean(p.name)
      ? [{ name: clean(p.name), role: orNull(p.role), email: orNull(p.email), phone: orNull(p.phone) }]
      : [],
  );
  const funders = lines(f.funders);
  const budget = orNull(f.budget);
  const results = f.results.flatMap((r) =>
    clean(r.result) ? [{ result: clean(r.result), measure: orNull(r.measure) }] : [],
  );
  const entry: Entry = {
    ...entryDefaults(),
    id: row.id,
    kind: 'case',
    source: FICHES_SOURCE_FILE,
    title: clean(f.title) || UNTITLED,
    territory: orNull(f.territory) ?? department?.name ?? null,
    department: department?.name ?? null,
    departmentCode: department?.code ?? null,
    region: department?.region ?? null,
    organisation: orNull(f.organisation),
    people,
    emails: lines(f.emails),
    phones: lines(f.phones),
    websites: lines(f.websites),
    themes: [...new Set(f.themes.map(clean).filter(Boolean))],
    year: parseYear(f.year),
    summary: summaryOf(sections),
    sections,
    lines: [1, 1],
    raw: '',
  };
  if (clean(f.audience)) entry.audience = clean(f.audience);
  if (f.stage) entry.stage = f.stage;
  if (funders.length || budget || parseYear(f.budgetYear) !== null)
    entry.funding = { funders, budget, year: parseYear(f.budgetYear) };
  if (results.length) entry.results = results;
  if (f.prerequisites.trim()) entry.prerequisites = f.prerequisites.trim();
  return entry;
}

const cap = (s: string | null | undefined, n: number) => (s ?? '').slice(0, n);

/**
 * An entry (from a catalogue JSON file) as fields to edit: the Markdown of its parts when it
 * came from a fiche, else their text (the light structure is Markdown already). Over-long
 * values are cut to what a fiche holds, never refused: the words are the user's.
 */
export function entryToFields(entry: Entry): FicheFields {
  const fields = emptyFields();
  fields.title = cap(entry.title, 500);
  fields.territory = cap(entry.territory, 500);
  fields.departmentCode =
    entry.departmentCode && departmentByCode(entry.departmentCode) ? entry.departmentCode : '';
  fields.organisation = cap(entry.organisation, 500);
  fields.people = [...entry.people, ...entry.officials].slice(0, 100).map((p) => ({
    name: cap(p.name, 500),
    role: cap(p.role, 500),
    email: cap(p.email, 500),
    phone: cap(p.phone, 500),
  }));
  fields.emails = cap(entry.emails.join('\n'), 20_000);
  fields.phones = cap(entry.phones.join('\n'), 20_000);
  fields.websites = cap(entry.websites.join('\n'), 20_000);
  fields.year = entry.year === null ? '' : String(entry.year);
  fields.themes = entry.themes.slice(0, 100).map((t) => cap(t, 500));
  for (const section of entry.sections) {
    const key = section.key === 'body' ? 'presentation' : section.key;
    const text = section.markdown ?? section.text;
    const before = fields.sections[key];
    fields.sections[key] = cap(before ? `${before}\n\n${text}` : text, 200_000);
  }
  fields.audience = cap(entry.audience, 2_000);
  fields.stage = entry.stage ?? '';
  fields.funders = cap(entry.funding?.funders.join('\n'), 20_000);
  fields.budget = cap(entry.funding?.budget, 2_000);
  fields.budgetYear = entry.funding?.year == null ? '' : String(entry.funding.year);
  fields.results = (entry.results ?? []).slice(0, 100).map((r) => ({
    result: cap(r.result, 2_000),
    measure: cap(r.measure, 2_000),
  }));
  fields.prerequisites = cap(entry.prerequisites, 20_000);
  return FicheFields.parse(fields);
}
