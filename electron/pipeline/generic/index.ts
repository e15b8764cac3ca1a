// Importing a user's document: bytes in, catalogue entries out. Environment-neutral (Node for
// the CLI and tests, a Web Worker in the app): no fs, no node:*, no DOM.
//
//   import { importDocument } from 'electron/pipeline/generic';
//   const result = await importDocument(bytes, 'rapport.pdf');   // bytes: Uint8Array
//   if (!result.ok) show(result.error.message);                 // French; nothing was produced
//   else review(result.value.entries);                          // Entry[], valid against the schema
//
// Check the size before reading the file at all: `sizeRefusal(file.size)` (from ../formats)
// returns the French refusal for a file over MAX_FILE_BYTES, or null.
//
// `result.value` (ImportedDocument) holds what the app stores with the document:
//   - source: a Source of kind 'user-document' (file name, title, sha256 of the bytes, lines);
//   - entries: the cases found, each `source` = the file name, `lines` into `text`; events,
//     organisations, publications: what a recognised chronology or history yields (else empty);
//   - text: the extracted text the entries' line ranges point into, and pageMarks (page → first
//     line) to show it with page numbers; format, pages (PDF page count);
//   - parser: the bundled parser that recognised the text ('france-urbaine', 'vita', …) or
//     'generic', and structure: how generic cases were delimited;
//   - warnings: French, for the review screen (charset guessed, scripts ignored, pages without
//     text, parts not found, …); extractor: EXTRACTOR_VERSION, to re-extract when it changes.
// In a browser worker: call `usePdfWorkerSrc(url of pdfjs-dist/legacy/build/pdf.worker.min.mjs)`
// once, and bundle the worker with the 'worker' export condition first (Vite: worker.format 'es'
// and resolve.conditions ['worker', 'browser']): micromark's entity decoder otherwise picks its
// DOM build, which needs `document`. Checked in Chromium with every fixture of test/fixtures.
// Errors (`result.error.code`): too-large, empty, unsupported-format, pdf-encrypted, pdf-corrupt,
// pdf-no-text, zip-corrupt, zip-bomb, docx-corrupt, odt-corrupt, invalid-entries, internal.
import { sha256 as sha256Bytes } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { fail, ok, type Result } from '../../shared/result';
import {
  Entry,
  Source,
  type CatalogueEvent,
  type Organisation,
  type Publication,
  type Warning,
} from '../../shared/schema';
import { slugify } from '../common/text';
import { pickParser } from '../index';
import { themed } from '../common/entry-themes';
import { summarise } from '../france-urbaine/markdown';
import { ExtractError, extractDocument, type ExtractedDocument, type Format } from '../formats';
import { readFacts, yearOf } from './facts';
import { renderDocument, type PageMark } from './render';
import { findCases, sectionText, sectionsOf, type Structure } from './structure';

export { sizeRefusal, usePdfWorkerSrc, MAX_FILE_BYTES } from '../formats';
export type { PageMark } from './render';

/**
 * Bumped whenever extraction or structure changes what a document yields. 2: each entry's
 * themes read from its own parts, with the passages that gave them (1 read the whole text).
 */
export const EXTRACTOR_VERSION = 2;

export interface ImportedDocument {
  file: string;
  sha256: string;
  format: Format;
  pages: number | null;
  text: string;
  pageMarks: PageMark[];
  parser: string;
  structure: Structure['how'] | null;
  source: Source;
  entries: Entry[];
  events: CatalogueEvent[];
  organisations: Organisation[];
  publications: Publication[];
  warnings: Warning[];
  extractor: number;
}

export async function importDocument(bytes: Uint8Array, fileName: string): Promise<Result<ImportedDocument>> {
  let doc: ExtractedDocument;
  try {
    doc = await extractDocument(bytes, fileName);
  } catch (error) {
    if (error instanceof ExtractError) return fail(error.code, error.message);
    return fail(
      'internal',
      'Ce document n’a pas pu être lu à cause d’une erreur interne de Repères.',
      String(error),
    );
  }
  const sha256 = bytesToHex(sha256Bytes(bytes));
  const rendered = renderDocument(doc);
  const lines = rendered.text.split(/\r\n|\r|\n/);
  const warnings: Warning[] = doc.warnings.map((w) => ({
    file: fileName,
    line: null,
    code: w.code,
    message: w.message,
  }));
  const title = documentTitle(doc, fileName);

  let entries: Entry[];
  let events: CatalogueEvent[] = [];
  let organisations: Organisation[] = [];
  let publications: Publication[] = [];
  let parser = 'generic';
  let structure: Structure['how'] | null = null;
  const recognised = pickParser(rendered.text);
  if (recognised) {
    parser = recognised.id;
    const out = recognised.parse({ file: fileName, text: rendered.text });
    // Each entry and event classified on its own parts, as the bundled documents are.
    ({ entries, events } = themed(out));
    ({ organisations, publications } = out);
    warnings.push(...out.warnings);
  } else {
    const found = findCases(doc.blocks, lines);
    structure = found.how;
    entries = themed({
      entries: genericEntries(doc, found, rendered.blockLines, lines, fileName, title, warnings),
      events: [],
    }).entries;
  }

  const source: Source = {
    file: fileName,
    kind: 'user-document',
    title,
    label: title.length > 40 ? `${title.slice(0, 39)}…` : title,
    publisher: null,
    year: yearOf(title, rendered.text.slice(0, 4000)),
    lineCount: lines.length,
    sha256,
  };
  const invalid = [Source.safeParse(source), ...entries.map((e) => Entry.safeParse(e))].filter(
    (r) => !r.success,
  );
  if (invalid.length > 0)
    return fail(
      'invalid-entries',
      'Les fiches tirées de ce document sont incomplètes : rien n’a été ajouté.',
      invalid
        .map((r) => r.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '))
        .join(' | '),
    );
  if (entries.length === 0)
    return fail(
      'empty',
      'Aucune fiche n’a pu être tirée de ce document : il ne contient pas de texte exploitable.',
    );
  return ok({
    file: fileName,
    sha256,
    format: doc.format,
    pages: doc.pages,
    text: rendered.text,
    pageMarks: rendered.pageMarks,
    parser,
    structure,
    source,
    entries: entries.map((e) => Entry.parse(e)),
    events,
    organisations,
    publications,
    warnings,
    extractor: EXTRACTOR_VERSION,
  });
}

function stem(fileName: string): string {
  return fileName.replace(/^.*[\\/]/, '').replace(/\.[a-z0-9]{1,8}$/i, '');
}

function documentTitle(doc: ExtractedDocument, fileName: string): string {
  if (doc.title) return doc.title;
  const first = doc.blocks.find((b) => b.kind === 'heading' && b.level <= 2);
  return first?.text ?? (stem(fileName) || 'Document sans titre');
}

function genericEntries(
  doc: ExtractedDocument,
  found: Structure,
  blockLines: readonly [number, number][],
  lines: readonly string[],
  fileName: string,
  docTitle: string,
  warnings: Warning[],
): Entry[] {
  const blocks = doc.blocks;
  const docYear = yearOf(docTitle, lines.slice(0, 80).join('\n'));
  const prefix = slugify(stem(fileName), 30).replace(/^-+/, '') || 'document';
  const seen = new Map<string, number>();
  const first = found.cases[0];
  if (found.how !== 'single' && first && first.start > 0) {
    const [from] = blockLines[0] ?? [1];
    const to = blockLines[first.start - 1]?.[1] ?? from;
    warnings.push({
      file: fileName,
      line: from,
      code: 'preamble',
      message: `Le texte qui précède la première étude de cas (lignes ${from} à ${to}) n’est repris dans aucune fiche.`,
    });
  }
  return found.cases.flatMap((range, k): Entry[] => {
    const sections = sectionsOf(blocks, range).map((s) => {
      const firstBlock = Math.min(...s.blocks, range.end - 1);
      const lastBlock = s.blocks.length > 0 ? Math.max(...s.blocks) : firstBlock;
      const l0 = blockLines[firstBlock]?.[0] ?? 1;
      const l1 = blockLines[lastBlock]?.[1] ?? l0;
      return {
        key: s.key,
        heading: s.heading,
        text: sectionText(blocks, s.blocks),
        lines: [l0, Math.max(l0, l1)] as [number, number],
      };
    });
    const title = range.title ?? (found.how === 'single' ? docTitle : `${docTitle} — partie ${k + 1}`);
    const l0 = blockLines[range.start]?.[0] ?? 1;
    const l1 = blockLines[range.end - 1]?.[1] ?? l0;
    const caseLines = lines.slice(l0 - 1, l1);
    if (sections.every((s) => !s.text.trim())) {
      warnings.push({
        file: fileName,
        line: l0,
        code: 'empty-case',
        message: `« ${title} » : aucun texte, fiche ignorée.`,
      });
      return [];
    }
    const facts = readFacts(title, caseLines);
    const base = `${prefix}-${slugify(title, 50)}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    const presentation = sections.find((s) => s.key === 'presentation') ?? sections[0];
    return [
      {
        id: n === 1 ? base : `${base}-${n}`,
        kind: 'case',
        source: fileName,
        title,
        ...facts,
        group: null,
        officials: [],
        // Given by `themed`, from the entry's own parts, as for a bundled document.
        themes: [],
        year: yearOf(title, '') ?? docYear,
        summary: summarise(presentation?.text ?? ''),
        sections,
        lines: [l0, Math.max(l0, l1)],
        raw: caseLines.join('\n'),
      },
    ];
  });
}
