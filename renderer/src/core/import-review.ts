// The review of a document being added: the entries the reader found, as the user reshapes them
// before they enter the catalogue: merge adjacent entries, split one at a section boundary,
// correct its facts. Pure: each operation returns a new list and leaves its input untouched.
// Ids stay stable (a merge keeps the first entry's id, a split keeps it for the first part) and
// unique (a split's second part gets a fresh suffix), so highlights made later, and a new version
// of the document matched by id, keep pointing at the same entries.
import {
  DEPARTMENTS,
  departmentByName,
  departmentInTerritory,
  regionByName,
} from '../../../electron/shared/places';
import type { Entry, EntryKind, LineRange, Section } from '../../../electron/shared/schema';

const union = (lists: readonly (readonly string[])[]): string[] => [...new Set(lists.flat())];

function byName<T extends { name: string }>(lists: readonly (readonly T[])[]): T[] {
  return [...new Map(lists.flat().map((p) => [p.name, p])).values()];
}

const firstSet = <T>(values: readonly (T | null)[]): T | null => values.find((v) => v !== null) ?? null;

/** The line span of some sections, or null when none of them knows its lines. */
function sectionSpan(sections: readonly Section[]): LineRange | null {
  const lines = sections.flatMap((s) => (s.lines ? [s.lines] : []));
  if (lines.length === 0) return null;
  const start = Math.min(...lines.map((l) => l[0]));
  return [start, Math.max(start, ...lines.map((l) => l[1]))];
}

/** Indices of `ids` in `entries` when they form one unbroken run of two or more; null otherwise. */
export function adjacentRun(entries: readonly Entry[], ids: readonly string[]): [number, number] | null {
  const wanted = new Set(ids);
  const indices = entries.flatMap((e, i) => (wanted.has(e.id) ? [i] : []));
  if (indices.length < 2 || indices.length !== wanted.size) return null;
  const first = indices[0]!;
  const last = indices[indices.length - 1]!;
  return last - first + 1 === indices.length ? [first, last] : null;
}

/**
 * Merges adjacent entries into one, in place of the first: its id and title, every section in
 * order, the first fact each of them knows, everyone and every contact they name.
 * Throws when the ids are not two or more adjacent entries (the UI only offers such merges).
 */
export function mergeEntries(entries: readonly Entry[], ids: readonly string[]): Entry[] {
  const run = adjacentRun(entries, ids);
  if (!run) throw new Error('mergeEntries: the entries to merge must be two or more adjacent entries');
  const parts = entries.slice(run[0], run[1] + 1);
  const first = parts[0]!;
  const merged: Entry = {
    ...first,
    territory: firstSet(parts.map((e) => e.territory)),
    department: firstSet(parts.map((e) => e.department)),
    departmentCode: firstSet(parts.map((e) => e.departmentCode)),
    region: firstSet(parts.map((e) => e.region)),
    organisation: firstSet(parts.map((e) => e.organisation)),
    address: firstSet(parts.map((e) => e.address)),
    postcode: firstSet(parts.map((e) => e.postcode)),
    year: firstSet(parts.map((e) => e.year)),
    people: byName(parts.map((e) => e.people)),
    officials: byName(parts.map((e) => e.officials)),
    emails: union(parts.map((e) => e.emails)),
    phones: union(parts.map((e) => e.phones)),
    websites: union(parts.map((e) => e.websites)),
    themes: union(parts.map((e) => e.themes)),
    themeEvidence: undefined,
    summary: firstSet(parts.map((e) => e.summary || null)) ?? '',
    sections: parts.flatMap((e) => e.sections),
    lines: [
      Math.min(...parts.map((e) => e.lines[0])),
      Math.max(...parts.map((e) => Math.max(e.lines[0], e.lines[1]))),
    ],
    raw: parts.map((e) => e.raw).join('\n\n'),
  };
  if (merged.themeEvidence === undefined) delete merged.themeEvidence;
  return [...entries.slice(0, run[0]), merged, ...entries.slice(run[1] + 1)];
}

/** `base-2`, `base-3`…: the first not taken (ids are at most 120 characters, like namespaced ones). */
export function freshId(base: string, taken: ReadonlySet<string>): string {
  const stem = base.slice(0, 110).replace(/-+$/, '') || 'fiche';
  for (let n = 2; ; n++) {
    const id = `${stem}-${n}`;
    if (!taken.has(id)) return id;
  }
}

/**
 * Splits an entry before its section `at` (1 ≤ at < number of sections): the first part keeps
 * the id and the title, the second gets a fresh id, the title followed by its first heading,
 * and the same facts (the user corrects them next). `reserved` are ids never to reuse, such as
 * those the reader found (a later merge or split must not resurrect one for another entry).
 */
export function splitEntry(
  entries: readonly Entry[],
  id: string,
  at: number,
  reserved: Iterable<string> = [],
): Entry[] {
  const index = entries.findIndex((e) => e.id === id);
  const entry = entries[index];
  if (!entry) throw new Error(`splitEntry: no entry ${id}`);
  if (!Number.isInteger(at) || at < 1 || at >= entry.sections.length)
    throw new Error(`splitEntry: ${at} is not a boundary between two sections of ${id}`);
  const head = entry.sections.slice(0, at);
  const tail = entry.sections.slice(at);
  const taken = new Set([...entries.map((e) => e.id), ...reserved]);
  const headLines = sectionSpan(head);
  const tailLines = sectionSpan(tail);
  const heading = tail[0]!.heading.replace(/\s+/g, ' ').trim();
  const title = heading ? `${entry.title} — ${heading}` : `${entry.title} (suite)`;
  const first: Entry = {
    ...entry,
    sections: head,
    lines: headLines ?? entry.lines,
    raw: head.map((s) => s.text).join('\n\n'),
  };
  const second: Entry = {
    ...entry,
    id: freshId(entry.id, taken),
    title,
    summary: '',
    sections: tail,
    lines: tailLines ?? entry.lines,
    raw: tail.map((s) => s.text).join('\n\n'),
  };
  return [...entries.slice(0, index), first, second, ...entries.slice(index + 1)];
}

/** What the review lets the user correct about an entry; a field left out is left as it is. */
export interface FactsCorrection {
  territory?: string;
  /** A department's name as in the shared table (or a region's, when only it is known), '' for none. */
  department?: string;
  kind?: EntryKind;
  year?: number | null;
  organisation?: string;
}

const clean = (s: string): string | null => s.replace(/\s+/g, ' ').trim() || null;

/** The year as typed: null when blank, a number when plausible, an error message otherwise. */
export function parseYear(typed: string): { year: number | null } | { error: string } {
  const t = typed.trim();
  if (!t) return { year: null };
  if (!/^\d{4}$/.test(t)) return { error: 'L’année s’écrit avec quatre chiffres, par exemple 2019.' };
  const year = Number(t);
  if (year < 1900 || year > 2100) return { error: 'L’année doit être comprise entre 1900 et 2100.' };
  return { year };
}

/** The department names offered, in the order of their codes. */
export const DEPARTMENT_NAMES: readonly string[] = DEPARTMENTS.map((d) => d.name);

/**
 * Corrects an entry's facts. A department chosen sets its code and region from the shared table;
 * a territory typed without a department chosen places the entry when the territory names one
 * (« Vierzon (Cher) »), as the reader does.
 */
export function correctFacts(entries: readonly Entry[], id: string, fix: FactsCorrection): Entry[] {
  return entries.map((e) => {
    if (e.id !== id) return e;
    const next: Entry = { ...e };
    if (fix.territory !== undefined) next.territory = clean(fix.territory);
    if (fix.organisation !== undefined) next.organisation = clean(fix.organisation);
    if (fix.kind !== undefined) next.kind = fix.kind;
    if (fix.year !== undefined) next.year = fix.year;
    if (fix.department !== undefined) {
      const name = fix.department.trim();
      const department = name ? departmentByName(name) : null;
      // The schema lets a region stand for the department when only the region is known.
      const region = name && !department ? regionByName(name) : null;
      if (name && !department && !region) throw new Error(`correctFacts: unknown place ${name}`);
      next.department = department?.name ?? region;
      next.departmentCode = department?.code ?? null;
      next.region = department?.region ?? region;
    } else if (fix.territory !== undefined && next.territory) {
      const found = departmentInTerritory(next.territory);
      if (found) {
        next.department = found.name;
        next.departmentCode = found.code;
        next.region = found.region;
      }
    }
    return next;
  });
}

/** Renames an entry (the title as typed; blank titles are settled when the entries are stored). */
export function renameEntry(entries: readonly Entry[], id: string, title: string): Entry[] {
  return entries.map((e) => (e.id === id ? { ...e, title } : e));
}

/** Files one section of an entry under another key of the common vocabulary. */
export function rekeySection(
  entries: readonly Entry[],
  id: string,
  index: number,
  key: Section['key'],
): Entry[] {
  return entries.map((e) =>
    e.id === id ? { ...e, sections: e.sections.map((s, k) => (k === index ? { ...s, key } : s)) } : e,
  );
}
