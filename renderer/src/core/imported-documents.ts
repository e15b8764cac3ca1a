// What a user's document becomes in the catalogue: the pipeline's entries, renamed into the
// document's own namespace (two documents, or a document and a bundled source, may yield the same
// entry id), and the review's edits (rename, the whole document as one entry). Pure.
import type { Entry, Source } from '../../../electron/shared/schema';
import { shortLabel } from '../db/document-rows';

/** The catalogue source name of an imported document: stable for a file (its sha256). */
export function documentSourceFile(sha256: string): string {
  return `document-${sha256.slice(0, 16)}`;
}

/** Imported entry ids start with this: never the id of a bundled entry (those have no digit run). */
export function entryIdPrefix(sha256: string): string {
  return `d${sha256.slice(0, 12)}-`;
}

export function isImportedSource(file: string): boolean {
  return /^document-[0-9a-f]{16}$/.test(file);
}

/** The source and entries as stored: ids and source names in the document's namespace. */
export function namespaced(
  sha256: string,
  source: Source,
  entries: readonly Entry[],
  title: string,
): { source: Source; entries: Entry[] } {
  const file = documentSourceFile(sha256);
  const prefix = entryIdPrefix(sha256);
  return {
    source: { ...source, file, title, label: shortLabel(title) },
    entries: entries.map((e) => ({
      ...e,
      id: e.id.startsWith(prefix) ? e.id : `${prefix}${e.id}`.slice(0, 120).replace(/-+$/, ''),
      source: file,
    })),
  };
}

function same<T>(values: readonly T[]): T | null {
  const first = values[0];
  return first !== undefined && values.every((v) => v === first) ? first : null;
}

const union = (lists: readonly (readonly string[])[]): string[] => [...new Set(lists.flat())];

/**
 * The whole document as one entry, for a report the reader split into cases where it holds one
 * initiative: every section in order, the facts they share, the people and contacts of all.
 */
export function wholeDocumentEntry(entries: readonly Entry[], title: string): Entry {
  const first = entries[0];
  if (!first) throw new Error('wholeDocumentEntry: no entry');
  const people = new Map(entries.flatMap((e) => e.people).map((p) => [p.name, p]));
  const officials = new Map(entries.flatMap((e) => e.officials).map((p) => [p.name, p]));
  const start = Math.min(...entries.map((e) => e.lines[0]));
  const end = Math.max(...entries.map((e) => e.lines[1]));
  return {
    ...first,
    // Namespaced afterwards like any entry: `d<sha>-document`.
    id: 'document',
    title,
    territory: same(entries.map((e) => e.territory)),
    department: same(entries.map((e) => e.department)),
    departmentCode: same(entries.map((e) => e.departmentCode)),
    region: same(entries.map((e) => e.region)),
    organisation: same(entries.map((e) => e.organisation)),
    group: null,
    people: [...people.values()],
    officials: [...officials.values()],
    emails: union(entries.map((e) => e.emails)),
    phones: union(entries.map((e) => e.phones)),
    websites: union(entries.map((e) => e.websites)),
    themes: union(entries.map((e) => e.themes)),
    year: same(entries.map((e) => e.year)) ?? first.year,
    summary: first.summary,
    sections: entries.flatMap((e) =>
      entries.length > 1
        ? e.sections.map((s) => ({ ...s, heading: `${e.title} — ${s.heading}` }))
        : e.sections,
    ),
    lines: [start, Math.max(start, end)],
    raw: entries.map((e) => e.raw).join('\n\n'),
  };
}

/** Text lines with their page, for « Texte d'origine » of an imported document. */
export function pageOfLine(
  pageMarks: readonly { page: number; line: number }[],
  line: number,
): number | null {
  let page: number | null = null;
  for (const mark of pageMarks) {
    if (mark.line > line) break;
    page = mark.page;
  }
  return page;
}

/**
 * The sha256 of the user's document an entry was read from, for the export's target IRIs
 * (`urn:reperes:doc:<sha256>:entry:<id>`); undefined for bundled entries.
 */
export function documentOfLookup(
  documents: readonly { id: string; entries: readonly { id: string }[] }[],
): (targetId: string) => string | undefined {
  const byEntry = new Map(documents.flatMap((d) => d.entries.map((e) => [e.id, d.id] as const)));
  return (targetId) => byEntry.get(targetId);
}
