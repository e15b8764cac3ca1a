// The comparison of 2–4 catalogue items, aligned row by row: key facts first, then one row per
// part of the common section vocabulary. Pure: the view and the Markdown export both read it.
import {
  KIND_LABELS,
  SECTION_KEYS,
  SECTION_LABELS,
  STAGE_LABELS,
  type SectionKey,
} from '../../../../electron/shared/schema';
import type { CatalogueItem } from '../../../../electron/shared/items';
import { extractActors } from './actors';
import { extractFigures, figureKey } from './figures';
import { foldForMatch as fold } from '../../../../electron/shared/text/fold';
import { uniqueBy } from './text';

export const MAX_COMPARED = 4;

export interface ComparedColumn {
  id: string;
  title: string;
  kindLabel: string;
  sourceLabel: string;
  isBaseline: boolean;
}

/**
 * How a cell stands against the baseline: the baseline itself, the same as it, different from it,
 * or absent. Without a baseline, present cells are 'none'.
 */
export type CellMark = 'baseline' | 'same' | 'different' | 'absent' | 'none';

export interface CellValue {
  /** Comparison key (folded text; for figures, what they count and their value). */
  key: string;
  label: string;
  /** Secondary text: a person's role, a figure's context. */
  detail: string | null;
  /** Another column (the baseline, when one is pinned) has a value with the same key. */
  shared: boolean;
}

export type FactKey =
  | 'territory'
  | 'department'
  | 'source'
  | 'year'
  | 'organisation'
  | 'people'
  | 'actors'
  | 'themes'
  | 'figures'
  | 'stage'
  | 'audience'
  | 'funding'
  | 'results';

export const FACT_LABELS: Record<FactKey, string> = {
  territory: 'Territoire',
  department: 'Département',
  source: 'Source',
  year: 'Année',
  organisation: 'Organisation',
  people: 'Personnes citées',
  actors: 'Acteurs et partenaires',
  themes: 'Thèmes',
  figures: 'Chiffres clés',
  stage: 'Stade',
  audience: 'Public visé',
  funding: 'Financeurs et budget',
  results: 'Résultats mesurés',
};

/**
 * What decision makers ask for and only users' fiches give so far (issue 17): a row is shown
 * when one compared entry has it, so comparing bundled entries shows no empty rows.
 */
const DECISION_FACTS: ReadonlySet<FactKey> = new Set(['stage', 'audience', 'funding', 'results']);
const FACT_KEYS = Object.keys(FACT_LABELS) as FactKey[];
/** Facts holding several values, each marked shared or not; the others hold one value at most. */
export const SET_FACTS: ReadonlySet<FactKey> = new Set([
  'people',
  'actors',
  'themes',
  'figures',
  'funding',
  'results',
]);

export interface FactCell {
  columnId: string;
  values: CellValue[];
  mark: CellMark;
  /** Baseline values this column lacks (set facts only). */
  missing: string[];
  /** Shared values left out by "différences seulement". */
  hiddenShared: number;
}

export interface FactRow {
  kind: 'fact';
  key: FactKey;
  label: string;
  cells: FactCell[];
  /** Every column holds the same values: hidden by "différences seulement". */
  identical: boolean;
}

export interface SectionPart {
  heading: string;
  text: string;
  /** "operations:0": the section's reference for highlights. */
  sectionRef: string;
}

export interface SectionCell {
  columnId: string;
  parts: SectionPart[];
  mark: CellMark;
  /** Characters in all parts, to decide whether to collapse. */
  length: number;
}

export interface SectionRow {
  kind: 'section';
  key: SectionKey;
  label: string;
  cells: SectionCell[];
  identical: boolean;
}

/** One row of the comparison grid (a fact or a section across the compared entries); a saved comparison is db/rows.ts ComparisonRow. */
export type GridRow = FactRow | SectionRow;

export interface Comparison {
  columns: ComparedColumn[];
  baselineId: string | null;
  facts: FactRow[];
  sections: SectionRow[];
}

/** Figures shown per column: the first ones found, effects first. */
export const MAX_FIGURES = 12;
/** Actors shown per column. */
export const MAX_ACTORS = 20;

/** Sections of an item; an event's cells become its parts. */
export function sectionsOf(item: CatalogueItem): { key: SectionKey; part: SectionPart }[] {
  if (item.entry) {
    const seen = new Map<SectionKey, number>();
    return item.entry.sections.map((s) => {
      const n = seen.get(s.key) ?? 0;
      seen.set(s.key, n + 1);
      return { key: s.key, part: { heading: s.heading, text: s.text, sectionRef: `${s.key}:${n}` } };
    });
  }
  if (item.event) {
    const cells = item.event.cells.filter((c) => c.text.trim());
    if (cells.length === 0)
      return [{ key: 'body', part: { heading: '', text: item.event.text, sectionRef: 'body:0' } }];
    return cells.map((c, i) => ({
      key: 'body' as const,
      part: { heading: c.column, text: c.text, sectionRef: `body:${i}` },
    }));
  }
  return [];
}

/** All text of an item, effects first, so that the first figures found are results. */
function textForExtraction(item: CatalogueItem): string {
  const sections = sectionsOf(item);
  const rank = (k: SectionKey) => (k === 'effects' ? 0 : k === 'contacts' ? 2 : 1);
  return [...sections]
    .sort((a, b) => rank(a.key) - rank(b.key))
    .map((s) => s.part.text)
    .join('\n');
}

function single(text: string | number | null | undefined, key?: string): Omit<CellValue, 'shared'>[] {
  if (text === null || text === undefined || String(text).trim() === '') return [];
  return [{ key: key ?? fold(String(text)), label: String(text).trim(), detail: null }];
}

function factValues(item: CatalogueItem, key: FactKey): Omit<CellValue, 'shared'>[] {
  const entry = item.entry;
  switch (key) {
    case 'territory':
      return single(item.territory);
    case 'department':
      if (!item.department) return [];
      return single(
        item.departmentCode ? `${item.department} (${item.departmentCode})` : item.department,
        fold(item.department),
      );
    case 'source':
      return single(item.sourceLabel, item.source);
    case 'year':
      return single(item.year);
    case 'organisation':
      return single(item.organisation);
    case 'people': {
      const people = [...(entry?.people ?? []), ...(entry?.officials ?? [])];
      return uniqueBy(
        people.map((p) => ({ key: fold(p.name), label: p.name, detail: p.role })),
        (v) => v.key,
      );
    }
    case 'actors': {
      const own = item.organisation ? fold(item.organisation) : null;
      const names = new Set(
        [...(entry?.people ?? []), ...(entry?.officials ?? [])].flatMap((p) => fold(p.name).split(/[ ']/)),
      );
      return extractActors(textForExtraction(item), names)
        .filter((a) => a.key !== own)
        .slice(0, MAX_ACTORS)
        .map((a) => ({ key: a.key, label: a.name, detail: null }));
    }
    case 'themes':
      return uniqueBy(
        item.themes.map((t) => ({ key: fold(t), label: t, detail: null })),
        (v) => v.key,
      );
    case 'stage':
      return single(entry?.stage ? STAGE_LABELS[entry.stage] : null, entry?.stage);
    case 'audience':
      return single(entry?.audience);
    case 'funding': {
      const funding = entry?.funding;
      if (!funding) return [];
      const budget = funding.budget
        ? single(`Budget : ${funding.budget}${funding.year !== null ? ` (chiffres de ${funding.year})` : ''}`)
        : [];
      return [...funding.funders.flatMap((f) => single(f)), ...budget];
    }
    case 'results':
      return uniqueBy(
        (entry?.results ?? []).map((r) => ({ key: fold(r.result), label: r.result, detail: r.measure })),
        (v) => v.key,
      );
    case 'figures':
      // Keyed by value and what is counted, so only the same quantity stated twice is shared.
      return uniqueBy(extractFigures(textForExtraction(item)), figureKey)
        .slice(0, MAX_FIGURES)
        .map((f) => ({ key: figureKey(f), label: f.label, detail: f.context }));
  }
}

function sameKeys(a: readonly { key: string }[], b: readonly { key: string }[]): boolean {
  const as = new Set(a.map((v) => v.key));
  const bs = new Set(b.map((v) => v.key));
  return as.size === bs.size && [...as].every((k) => bs.has(k));
}

function markOf(index: number, baseline: number, present: boolean, same: boolean): CellMark {
  if (index === baseline) return 'baseline';
  if (!present) return 'absent';
  if (baseline === -1) return 'none';
  return same ? 'same' : 'different';
}

function factRow(items: readonly CatalogueItem[], key: FactKey, baseline: number): FactRow {
  const raw = items.map((item) => factValues(item, key));
  const keySets = raw.map((values) => new Set(values.map((v) => v.key)));
  const cells = raw.map((values, i): FactCell => {
    const others =
      baseline === -1 || i === baseline ? keySets.filter((_, j) => j !== i) : [keySets[baseline]!];
    const base = baseline === -1 || i === baseline ? null : raw[baseline]!;
    return {
      columnId: items[i]!.id,
      values: values.map((v) => ({ ...v, shared: others.some((s) => s.has(v.key)) })),
      mark: markOf(i, baseline, values.length > 0, base !== null && sameKeys(values, base)),
      hiddenShared: 0,
      missing: base
        ? uniqueBy(
            base.filter((v) => !keySets[i]!.has(v.key)),
            (v) => v.key,
          ).map((v) => v.label)
        : [],
    };
  });
  return {
    kind: 'fact',
    key,
    label: FACT_LABELS[key],
    cells,
    identical: raw.every((values) => sameKeys(values, raw[0]!)),
  };
}

const normalised = (parts: readonly SectionPart[]) => fold(parts.map((p) => p.text).join('\n'));

function sectionRow(items: readonly CatalogueItem[], key: SectionKey, baseline: number): SectionRow {
  const parts = items.map((item) =>
    sectionsOf(item)
      .filter((s) => s.key === key)
      .map((s) => s.part),
  );
  const texts = parts.map((p) => (p.length ? normalised(p) : null));
  const cells = parts.map((p, i): SectionCell => ({
    columnId: items[i]!.id,
    parts: p,
    mark: markOf(i, baseline, p.length > 0, baseline !== -1 && texts[i] === texts[baseline]),
    length: p.reduce((n, part) => n + part.heading.length + part.text.length, 0),
  }));
  return {
    kind: 'section',
    key,
    label: SECTION_LABELS[key],
    cells,
    identical: texts.every((t) => t === texts[0]),
  };
}

/**
 * Compares items column by column. `baselineId` pins the column the others are measured against;
 * an id that is not among the items is ignored. Items are compared in the order given.
 */
export function compare(items: readonly CatalogueItem[], baselineId: string | null): Comparison {
  const compared = uniqueBy(items, (i) => i.id).slice(0, MAX_COMPARED);
  const baseline = baselineId === null ? -1 : compared.findIndex((i) => i.id === baselineId);
  const columns = compared.map((item, i): ComparedColumn => ({
    id: item.id,
    title: item.title,
    kindLabel: KIND_LABELS[item.kind],
    sourceLabel: item.sourceLabel,
    isBaseline: i === baseline,
  }));
  const sections = SECTION_KEYS.map((key) => sectionRow(compared, key, baseline)).filter(
    // "Texte" is the catch-all of entries without parts: a row that is empty everywhere is noise.
    (row) => row.key !== 'body' || row.cells.some((c) => c.parts.length > 0),
  );
  return {
    columns,
    baselineId: baseline === -1 ? null : compared[baseline]!.id,
    facts: FACT_KEYS.map((key) => factRow(compared, key, baseline)).filter(
      (row) => !DECISION_FACTS.has(row.key) || row.cells.some((c) => c.values.length > 0),
    ),
    sections,
  };
}

/**
 * The rows to show: all of them, or, with "différences seulement", only the rows where the
 * columns differ, and in lists (themes, actors, people, figures) only the values not shared.
 */
export function visibleRows(comparison: Comparison, differencesOnly: boolean): GridRow[] {
  const rows: GridRow[] = [...comparison.facts, ...comparison.sections];
  if (!differencesOnly) return rows;
  return rows
    .filter((r) => !r.identical)
    .map((r) =>
      r.kind === 'fact' && SET_FACTS.has(r.key)
        ? {
            ...r,
            cells: r.cells.map((c) => ({
              ...c,
              values: c.values.filter((v) => !v.shared),
              hiddenShared: c.values.filter((v) => v.shared).length,
            })),
          }
        : r,
    );
}
