// Disjunctive faceting over catalogue items: values of one facet combine with OR, facets
// combine with AND, and each facet's counts ignore its own selection so that the user can
// see what picking another value of the same facet would give.
import { KIND_LABELS } from '../../../electron/shared/labels';
import { departmentByCode } from '../../../electron/shared/places';
import { placeItem } from './geo';
import { COMPLETENESS_GAPS, completenessGaps, GAP_KEYS, type CompletenessGap } from './completeness';
import type { CatalogueItem, ItemKind } from '../../../electron/shared/items';
import { compareLabels } from './label-order';

export const FACET_KEYS = ['source', 'kind', 'group', 'place', 'theme', 'year', 'completeness'] as const;
export type FacetKey = (typeof FACET_KEYS)[number];

export const FACET_LABELS: Record<FacetKey, string> = {
  source: 'Source',
  kind: 'Type de fiche',
  group: 'Groupe de travail VITA',
  place: 'Département ou région',
  theme: 'Thème',
  year: 'Année',
  completeness: 'Complétude',
};

export type FacetSelection = Record<FacetKey, string[]>;

export function emptySelection(): FacetSelection {
  return { source: [], kind: [], group: [], place: [], theme: [], year: [], completeness: [] };
}

export function hasSelection(selection: FacetSelection): boolean {
  return FACET_KEYS.some((k) => selection[k].length > 0);
}

const KIND_ORDER: ItemKind[] = ['case', 'experience', 'programme', 'text', 'event'];

/** The values an item carries for a facet (several for themes, none when unknown). */
export function facetValues(item: CatalogueItem, key: FacetKey): string[] {
  switch (key) {
    case 'source':
      return [item.source];
    case 'kind':
      return [item.kind];
    case 'group':
      return item.group ? [item.group] : [];
    case 'place':
      return placeValues(item);
    case 'theme':
      return [...new Set(item.themes.filter((t) => t.trim() !== ''))];
    case 'year':
      return item.year === null ? [] : [String(item.year)];
    case 'completeness':
      return gapValues(item);
  }
}

// The checklist reads every section's text: once per item, not once per facet count.
const gapCache = new WeakMap<CatalogueItem, string[]>();

/** What the entry lacks (« sans contact »…); events are not case studies and have no checklist. */
function gapValues(item: CatalogueItem): string[] {
  if (!item.entry) return [];
  let values = gapCache.get(item);
  if (!values) {
    values = completenessGaps(item.entry);
    gapCache.set(item, values);
  }
  return values;
}

// Placing an item may scan its territory text: done once per item, not once per facet count.
const placeCache = new WeakMap<CatalogueItem, string[]>();

/**
 * The department code where the map places the item (so a click on the map and this facet pick
 * the same entries), or else the region it names, for entries that give only a region.
 */
function placeValues(item: CatalogueItem): string[] {
  let values = placeCache.get(item);
  if (!values) {
    const p = placeItem(item);
    const region = item.kind === 'event' ? null : (item.region ?? item.department);
    values = p.placed ? [p.department.code] : region ? [region] : [];
    placeCache.set(item, values);
  }
  return values;
}

/** True when the item passes every facet of the selection, except `skip` if given. */
export function matchesSelection(item: CatalogueItem, selection: FacetSelection, skip?: FacetKey): boolean {
  for (const key of FACET_KEYS) {
    if (key === skip) continue;
    const wanted = selection[key];
    if (wanted.length === 0) continue;
    const values = facetValues(item, key);
    if (!values.some((v) => wanted.includes(v))) return false;
  }
  return true;
}

export function filterItems<T extends CatalogueItem>(items: readonly T[], selection: FacetSelection): T[] {
  return items.filter((i) => matchesSelection(i, selection));
}

export interface FacetValue {
  value: string;
  label: string;
  count: number;
  selected: boolean;
}

export interface Facet {
  key: FacetKey;
  label: string;
  values: FacetValue[];
}

/** Human label of a facet value (source file names become their short source label). */
function facetValueLabel(key: FacetKey, value: string, sourceLabels: ReadonlyMap<string, string>): string {
  if (key === 'source') return sourceLabels.get(value) ?? value;
  if (key === 'kind') return KIND_LABELS[value as ItemKind] ?? value;
  if (key === 'place') return departmentByCode(value)?.name ?? value;
  if (key === 'completeness') return COMPLETENESS_GAPS[value as CompletenessGap] ?? value;
  return value;
}

/**
 * Facets whose counts may come a moment later, after the first paint (issue 16, start-up in
 * phases): those below the first screen of the panel. « Complétude » runs the comparison's
 * figure patterns over every entry's results, half the first catalogue render; places, themes
 * and years were 60 % of the first screen's elements, out of sight under source, type and VITA
 * group (8 ms of each start).
 */
export const LATER_FACETS: readonly FacetKey[] = ['place', 'theme', 'year', 'completeness'];

/**
 * Counts for every facet over `items` (already narrowed by the search). A selected value
 * stays listed even when its count drops to 0, so it can still be unticked. Facets in `later`
 * come back without values (not shown yet) unless one of their values is selected: then the
 * list depends on them, and they are counted now.
 */
export function computeFacets(
  items: readonly CatalogueItem[],
  selection: FacetSelection,
  sourceOrder: readonly string[] = [],
  later: readonly FacetKey[] = [],
): Facet[] {
  const sourceLabels = new Map<string, string>();
  for (const item of items) sourceLabels.set(item.source, item.sourceLabel);
  return FACET_KEYS.map((key) => {
    if (later.includes(key) && selection[key].length === 0) {
      return { key, label: FACET_LABELS[key], values: [] };
    }
    const counts = new Map<string, number>();
    for (const item of items) {
      if (!matchesSelection(item, selection, key)) continue;
      for (const v of facetValues(item, key)) counts.set(v, (counts.get(v) ?? 0) + 1);
    }
    for (const v of selection[key]) if (!counts.has(v)) counts.set(v, 0);
    const values = [...counts].map(([value, count]): FacetValue => ({
      value,
      label: facetValueLabel(key, value, sourceLabels),
      count,
      selected: selection[key].includes(value),
    }));
    values.sort(compareValues(key, sourceOrder));
    return { key, label: FACET_LABELS[key], values };
  });
}

function compareValues(key: FacetKey, sourceOrder: readonly string[]) {
  return (a: FacetValue, b: FacetValue): number => {
    if (key === 'year') return Number(b.value) - Number(a.value);
    if (key === 'kind')
      return KIND_ORDER.indexOf(a.value as ItemKind) - KIND_ORDER.indexOf(b.value as ItemKind);
    if (key === 'source') {
      const ia = sourceOrder.indexOf(a.value);
      const ib = sourceOrder.indexOf(b.value);
      if (ia !== ib) return (ia === -1 ? Infinity : ia) - (ib === -1 ? Infinity : ib);
      return compareLabels(a.label, b.label);
    }
    if (key === 'group') return compareLabels(a.label, b.label);
    if (key === 'completeness')
      return GAP_KEYS.indexOf(a.value as CompletenessGap) - GAP_KEYS.indexOf(b.value as CompletenessGap);
    return b.count - a.count || compareLabels(a.label, b.label);
  };
}

export interface Relaxation {
  key: FacetKey;
  value: string;
  label: string;
  /** How many results there would be without this one facet value. */
  count: number;
}

/**
 * For an empty result: what removing each selected facet value would give, most fruitful
 * first. `items` are the search results before facets.
 */
export function relaxations(
  items: readonly CatalogueItem[],
  selection: FacetSelection,
  sourceLabels: ReadonlyMap<string, string>,
): Relaxation[] {
  const out: Relaxation[] = [];
  for (const key of FACET_KEYS) {
    for (const value of selection[key]) {
      const relaxed = { ...selection, [key]: selection[key].filter((v) => v !== value) };
      const count = items.filter((i) => matchesSelection(i, relaxed)).length;
      out.push({ key, value, label: facetValueLabel(key, value, sourceLabels), count });
    }
  }
  return out.sort((a, b) => b.count - a.count);
}
