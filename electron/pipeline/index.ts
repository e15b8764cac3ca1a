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
  type Warning,
} from '../shared/schema';
import type { DocumentParser, ParseOutput, SourceDocument } from './types';
import { franceUrbaineParser } from './france-urbaine';
import { vitaParser } from './vita';
import { cooraceParser } from './coorace';
import { cimeHistoryParser, cimeClosureParser } from './cime';
import { themed } from './common/entry-themes';
import { Glance } from './common/glance';
import { PARSER_CRASHED } from './common/guard';

export { entryThemeText, themed } from './common/entry-themes';

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
