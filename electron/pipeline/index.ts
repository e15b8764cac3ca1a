// Assembles one validated catalogue from the seed documents. Pure: the caller reads files.
import { z } from 'zod';
import {
  Catalogue,
  CatalogueEvent,
  Entry,
  Organisation,
  Publication,
  Source,
  type DocumentReport,
  type SectionKey,
  type ThemeEvidence,
  type Warning,
} from '../shared/schema';
import type { DocumentParser, ParseOutput, SourceDocument } from './types';
import { franceUrbaineParser } from './france-urbaine';
import { vitaParser } from './vita';
import { cooraceParser } from './coorace';
import { cimeHistoryParser, cimeClosureParser } from './cime';
import { classifyThemesWithEvidence } from './common/themes';
import { Glance } from './common/glance';
import { PARSER_CRASHED } from './common/guard';

export const PARSERS: readonly DocumentParser[] = [
  franceUrbaineParser,
  vitaParser,
  cooraceParser,
  cimeHistoryParser,
  cimeClosureParser,
];

const RECOGNITION_THRESHOLD = 0.5;

export function pickParser(text: string): DocumentParser | null {
  let best: DocumentParser | null = null;
  let bestScore = RECOGNITION_THRESHOLD;
  const seen = new Glance(text);
  for (const parser of PARSERS) {
    let score: number;
    try {
      score = parser.recognise(seen);
    } catch {
      score = 0;
    }
    if (score > bestScore) {
      best = parser;
      bestScore = score;
    }
  }
  return best;
}

/** What the pipeline made of one document: text in, validated entries and warnings out. */
export interface DocumentResult {
  /** Which parser recognised it, what it read, its counts and every warning (file:line). */
  report: DocumentReport;
  /** The parser's output with the thesaurus themes added; null when nothing recognised it or the parser threw. */
  output: ParseOutput | null;
  /** Schema violations in the output (should be empty): the output is kept, not dropped. */
  invalid: string[];
}

const DocumentOutput = z.object({
  source: Source,
  entries: z.array(Entry),
  events: z.array(CatalogueEvent),
  organisations: z.array(Organisation),
  publications: z.array(Publication),
});

/**
 * The pipeline's one entry point for a document: recognised by its content, parsed, themed and
 * validated. Pure and environment-neutral: the CLI calls it in Node, a renderer worker can call
 * it on a user's own document.
 */
export function readDocument(doc: SourceDocument): DocumentResult {
  return parseDocument(doc, true);
}

/** `readDocument`, with the schema check of its output left out when `validate` is false. */
function parseDocument(doc: SourceDocument, validate: boolean): DocumentResult {
  const parser = pickParser(doc.text);
  if (!parser) {
    return {
      report: {
        file: doc.file,
        parser: null,
        recognised: 'Document non reconnu : aucun analyseur ne correspond à son contenu.',
        counts: {},
        warnings: [
          {
            file: doc.file,
            line: null,
            code: 'unrecognised',
            message: 'Aucun analyseur ne reconnaît ce document ; il est ignoré.',
          },
        ],
      },
      output: null,
      invalid: [],
    };
  }
  let parsed: ParseOutput;
  try {
    parsed = parser.parse(doc);
  } catch (error) {
    // Every parser sits behind the shared guard; should one throw anyway, the document is
    // reported, not lost silently.
    return {
      report: {
        file: doc.file,
        parser: parser.id,
        recognised: 'Échec de l’analyse.',
        counts: {},
        warnings: [
          {
            file: doc.file,
            line: null,
            code: PARSER_CRASHED,
            message: `L’analyseur ${parser.id} a échoué : ${String(error)}`,
          },
        ],
      },
      output: null,
      invalid: [],
    };
  }
  const output: ParseOutput = { ...parsed, ...themed(parsed) };
  const checked = validate ? DocumentOutput.safeParse(output) : null;
  return {
    report: {
      file: doc.file,
      parser: parser.id,
      recognised: output.recognised,
      counts: output.counts,
      warnings: output.warnings,
    },
    output,
    invalid:
      !checked || checked.success
        ? []
        : checked.error.issues.map((i) => `${doc.file}: ${i.path.join('.')}: ${i.message}`),
  };
}

export interface BuildResult {
  catalogue: Catalogue;
  /** Schema violations found when validating the assembled catalogue (should be empty). */
  invalid: string[];
}

/** The whole catalogue from the seed documents: each read alone, then ids deduplicated and cross-links made. */
export function buildCatalogue(docs: readonly SourceDocument[]): BuildResult {
  // The assembled catalogue is validated whole below: each document's own check would be the
  // same work done twice, its answer unused.
  const results = [...docs]
    .sort((a, b) => a.file.localeCompare(b.file))
    .map((doc) => parseDocument(doc, false));
  const report = results.map((r) => r.report);
  const outputs = results.flatMap((r) => (r.output ? [r.output] : []));
  const catalogue = {
    schemaVersion: 1 as const,
    sources: outputs.map((o) => o.source),
    entries: dedupeIds(
      outputs.flatMap((o) => o.entries),
      report,
    ),
    events: dedupeIds(
      outputs.flatMap((o) => o.events),
      report,
    ),
    organisations: outputs.flatMap((o) => o.organisations),
    publications: outputs.flatMap((o) => o.publications),
    report,
  };
  linkAcrossDocuments(catalogue);
  const parsed = Catalogue.safeParse(catalogue);
  if (parsed.success) return { catalogue: parsed.data, invalid: [] };
  return {
    catalogue,
    invalid: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`),
  };
}

/**
 * What one document knows about another's subject: Cime's closing month comes from the closure
 * notice, and `related` keeps only ids that exist, so every link in the app leads somewhere.
 */
function linkAcrossDocuments(catalogue: {
  entries: { id: string }[];
  events: { id: string; source: string; date: string | null; related: string[] }[];
  organisations: { id: string; ceased: string | null }[];
}): void {
  const known = new Set([...catalogue.entries.map((e) => e.id), ...catalogue.events.map((e) => e.id)]);
  for (const event of catalogue.events) event.related = event.related.filter((id) => known.has(id));
  const closure = catalogue.events.find((e) => e.id.startsWith('cime-') && /cessation/.test(e.id));
  const cime = catalogue.organisations.find((o) => o.id === 'cime');
  if (cime && closure?.date && (!cime.ceased || closure.date.startsWith(cime.ceased)))
    cime.ceased = closure.date;
}

/**
 * Parts of an entry that speak of its surroundings rather than of the initiative: the territory's
 * organisation, how it is governed, what an elected official thinks, whom to call. Every France
 * urbaine case lists "développement économique" among its city's competences and partners in
 * its governance part; counting them would give every case the same themes.
 */
const BACKGROUND_SECTIONS: ReadonlySet<SectionKey> = new Set(['context', 'vision', 'governance', 'contacts']);

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
function withThesaurus(
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

/** Ids must be unique; a doubled document yields suffixed ids and a warning, never a silent overwrite. */
function dedupeIds<T extends { id: string; source: string; lines: [number, number] }>(
  items: T[],
  report: DocumentReport[],
): T[] {
  const seen = new Map<string, number>();
  return items.map((item) => {
    const n = seen.get(item.id) ?? 0;
    seen.set(item.id, n + 1);
    if (n === 0) return item;
    const warning: Warning = {
      file: item.source,
      line: item.lines[0],
      code: 'duplicate-id',
      message: `Identifiant en double « ${item.id} » : renommé en « ${item.id}-${n + 1} ».`,
    };
    report.find((r) => r.file === item.source)?.warnings.push(warning);
    return { ...item, id: `${item.id}-${n + 1}` };
  });
}
