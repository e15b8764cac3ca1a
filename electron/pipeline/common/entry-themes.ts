// Which parts of an entry its themes are read from, and the themes with the passages that gave
// them: one path for the bundled documents (pipeline/index.ts), a user's imported ones
// (pipeline/generic) and the entries the import review merges, splits or re-keys.
import type { Entry, SectionKey, ThemeEvidence } from '../../shared/schema';
import { classifyThemesWithEvidence, THEMES } from './themes';

/**
 * Parts of an entry that speak of its surroundings rather than of the initiative: the territory's
 * organisation, how it is governed, what an elected official thinks, whom to call. Every France
 * urbaine case lists "développement économique" among its city's competences and partners in
 * its governance part; counting them would give every case the same themes.
 */
export const BACKGROUND_SECTIONS: ReadonlySet<SectionKey> = new Set([
  'context',
  'vision',
  'governance',
  'contacts',
]);

/** Title, body and lead (its presentation, or the summary) an entry's themes are read from. */
export function entryThemeText(e: {
  title: string;
  summary: string;
  sections: readonly { key: SectionKey; text: string }[];
}): [string, string, string] {
  const body = e.sections
    .filter((s) => !BACKGROUND_SECTIONS.has(s.key))
    .map((s) => s.text)
    .join('\n');
  const presentation = e.sections.find((s) => s.key === 'presentation');
  if (presentation) return [e.title, body, presentation.text];
  // Without a presentation, the summary is the first part's opening; when that part is the
  // territory's context (an imported report: « Contexte », then « Mise en œuvre »), the first part
  // about the initiative says what it is instead.
  const first = e.sections[0];
  const own =
    first && BACKGROUND_SECTIONS.has(first.key)
      ? e.sections.find((s) => !BACKGROUND_SECTIONS.has(s.key))
      : null;
  return [e.title, body, own ? own.text : e.summary];
}

/**
 * A parser's entries and events with the thesaurus themes and the passages that gave them: each
 * entry read apart, from its own presentation and parts (`entryThemeText`), each event from its
 * own text. The bundled documents and a user's imported ones go through this one function.
 */
export function themed<
  E extends ThemedEntry,
  V extends { themes: string[]; title: string; text: string },
>(parsed: {
  entries: readonly E[];
  events: readonly V[];
}): { entries: (E & ThemeFields)[]; events: (V & ThemeFields)[] } {
  return {
    entries: parsed.entries.map((e) => ({ ...e, ...withThesaurus(e.themes, ...entryThemeText(e)) })),
    events: parsed.events.map((e) => ({ ...e, ...withThesaurus(e.themes, e.title, e.text) })),
  };
}

type ThemeFields = { themes: string[]; themeEvidence: ThemeEvidence[] };
type ThemedEntry = Parameters<typeof entryThemeText>[0] & { themes: string[] };

/**
 * Explicit themes from the document first, then the shared thesaurus, without repeats; with the
 * passages that gave each thesaurus theme (a document's own themes need no evidence: it says so).
 */
export function withThesaurus(
  explicit: readonly string[],
  title: string,
  body: string,
  lead = '',
): { themes: string[]; themeEvidence: ThemeEvidence[] } {
  const classified = classifyThemesWithEvidence(title, body, lead);
  const own = new Set(explicit);
  return {
    themes: [...new Set([...explicit, ...classified.themes])],
    themeEvidence: classified.evidence.filter((e) => !own.has(e.theme)),
  };
}

/** The thesaurus's labels: the themes this module gives (a document's own themes are kept as they are). */
const THESAURUS: ReadonlySet<string> = new Set(THEMES.map((t) => t.label));

/**
 * An entry's thesaurus themes read again from its parts as they now stand (after the import
 * review merged, split or re-keyed them, or renamed the entry), its document's own themes kept
 * first: the same reading as `themed` gives an entry that was not changed.
 */
export function rethemed(entry: Entry): Entry {
  const own = entry.themes.filter((t) => !THESAURUS.has(t));
  return { ...entry, ...withThesaurus(own, ...entryThemeText(entry)) };
}
