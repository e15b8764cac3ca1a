// What the catalogue holds, counted for the overview charts, each bar linking to the catalogue
// narrowed to exactly its items.
import { KIND_LABELS } from '../../../electron/shared/schema';
import { filterItems, type FacetSelection } from './facets';
import type { CatalogueItem, ItemKind } from '../../../electron/shared/items';
import { catalogueHref } from './url-state';
import { countItems, yearSpan, type Counts } from './counts';

/** Facets, then the search hits (null = no query, keep everything). */
export function applyFilters(
  items: readonly CatalogueItem[],
  facets: FacetSelection,
  hitIds: ReadonlySet<string> | null,
): CatalogueItem[] {
  return filterItems(items, facets).filter((i) => hitIds === null || hitIds.has(i.id));
}

export interface Bar {
  key: string;
  label: string;
  count: number;
  /** Catalogue link (path + query) for this bar. */
  href: string;
}

export interface OverviewStats {
  /** Fiches, initiatives, texts and events, as every view counts them (core/counts.ts). */
  counts: Counts;
  bySource: Bar[];
  byKind: Bar[];
  byGroup: Bar[];
  byTheme: Bar[];
  byDecade: Bar[];
  yearRange: [number, number] | null;
}

function tally<K>(items: readonly CatalogueItem[], keysOf: (i: CatalogueItem) => K[]): Map<K, number> {
  const m = new Map<K, number>();
  for (const i of items) for (const k of keysOf(i)) m.set(k, (m.get(k) ?? 0) + 1);
  return m;
}

const byCountThenLabel = (a: Bar, b: Bar) => b.count - a.count || a.label.localeCompare(b.label, 'fr');

function decadeLabel(decade: number): string {
  return `années ${decade}`;
}

export function overviewStats(
  items: readonly CatalogueItem[],
  sources: readonly { file: string; label: string }[],
): OverviewStats {
  const bySourceCount = tally(items, (i) => [i.source]);
  const bySource = sources
    .filter((s) => bySourceCount.has(s.file))
    .map((s) => ({
      key: s.file,
      label: s.label,
      count: bySourceCount.get(s.file) ?? 0,
      href: catalogueHref({ source: [s.file] }),
    }));

  const kinds = tally(items, (i) => [i.kind]);
  const kindOrder: ItemKind[] = ['case', 'experience', 'programme', 'text', 'event'];
  const byKind = kindOrder
    .filter((k) => kinds.has(k))
    .map((k) => ({
      key: k,
      label: KIND_LABELS[k],
      count: kinds.get(k) ?? 0,
      href: catalogueHref({ kind: [k] }),
    }));

  const groups = tally(items, (i) => (i.group ? [i.group] : []));
  const byGroup = [...groups]
    .map(([g, count]) => ({ key: g, label: g, count, href: catalogueHref({ group: [g] }) }))
    .sort(byCountThenLabel);

  const themes = tally(items, (i) => i.themes);
  const byTheme = [...themes]
    .map(([t, count]) => ({ key: t, label: t, count, href: catalogueHref({ theme: [t] }) }))
    .sort(byCountThenLabel);

  const years = items.map((i) => i.year).filter((y): y is number => y !== null);
  const decades = tally(items, (i) => (i.year === null ? [] : [Math.floor(i.year / 10) * 10]));
  const byDecade = [...decades]
    .sort(([a], [b]) => a - b)
    .map(([d, count]) => {
      // The catalogue filters on single years: a decade is the years of it that occur.
      const inDecade = [...new Set(years.filter((y) => y >= d && y < d + 10))]
        .sort((a, b) => a - b)
        .map(String);
      return { key: String(d), label: decadeLabel(d), count, href: catalogueHref({ year: inDecade }) };
    });

  return {
    counts: countItems(items),
    bySource,
    byKind,
    byGroup,
    byTheme,
    byDecade,
    yearRange: yearSpan(items),
  };
}
