// What the catalogue holds, counted for the overview charts, and the catalogue filters shared
// with the catalogue view through the URL (?q=&source=&kind=&group=&dept=&theme=&year=&entry=).
import { KIND_LABELS } from '../../../electron/shared/schema';
import type { CatalogueItem, ItemKind } from './items';
import { departmentByCode, departmentByName, placeItem } from './geo';

/** The catalogue's URL filters. Multi-valued params repeat: ?theme=A&theme=B. */
export interface CatalogueFilters {
  q: string;
  source: string[];
  kind: string[];
  group: string[];
  dept: string[];
  theme: string[];
  year: string[];
}

export const FILTER_KEYS = ['source', 'kind', 'group', 'dept', 'theme', 'year'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export function emptyFilters(): CatalogueFilters {
  return { q: '', source: [], kind: [], group: [], dept: [], theme: [], year: [] };
}

/**
 * The catalogue view (core/url-state.ts) currently spells some params in French: type, groupe,
 * annee, and lieu (a department name, not a code). Links write both spellings and reading
 * accepts both, so the views agree whichever naming settles.
 */
const ALIASES: Partial<Record<FilterKey, string>> = { kind: 'type', group: 'groupe', year: 'annee' };

export function readFilters(params: URLSearchParams): CatalogueFilters {
  const f = emptyFilters();
  f.q = params.get('q') ?? '';
  for (const k of FILTER_KEYS) {
    const alias = ALIASES[k];
    const values = [...params.getAll(k), ...(alias ? params.getAll(alias) : [])];
    f[k] = [...new Set(values.filter((v) => v !== ''))];
  }
  for (const name of params.getAll('lieu')) {
    const d = departmentByName(name);
    if (d && !f.dept.includes(d.code)) f.dept.push(d.code);
  }
  return f;
}

/** Query string (without "?") for the catalogue, params in a stable order. */
export function filtersToSearch(filters: Partial<CatalogueFilters>): string {
  const p = new URLSearchParams();
  if (filters.q?.trim()) p.set('q', filters.q.trim());
  for (const k of FILTER_KEYS) {
    for (const v of filters[k] ?? []) p.append(k, v);
    const alias = ALIASES[k];
    if (alias) for (const v of filters[k] ?? []) p.append(alias, v);
  }
  for (const code of filters.dept ?? []) {
    const d = departmentByCode(code);
    if (d) p.append('lieu', d.name);
  }
  return p.toString();
}

export function catalogueHref(filters: Partial<CatalogueFilters>): string {
  const s = filtersToSearch(filters);
  return s ? `/catalogue?${s}` : '/catalogue';
}

/**
 * Whether an item passes the facet filters (not the text query, which the search engine does).
 * Values within one facet are alternatives (OR); facets combine with AND.
 */
export function matchesFacets(item: CatalogueItem, f: CatalogueFilters): boolean {
  if (f.source.length && !f.source.includes(item.source)) return false;
  if (f.kind.length && !f.kind.includes(item.kind)) return false;
  if (f.group.length && !(item.group && f.group.includes(item.group))) return false;
  if (f.theme.length && !item.themes.some((t) => f.theme.includes(t))) return false;
  if (f.year.length && !(item.year !== null && f.year.includes(String(item.year)))) return false;
  if (f.dept.length) {
    const p = placeItem(item);
    if (!p.placed || !f.dept.includes(p.department.code)) return false;
  }
  return true;
}

/** Facets, then the search hits (null = no query, keep everything). */
export function applyFilters(
  items: readonly CatalogueItem[],
  f: CatalogueFilters,
  hitIds: ReadonlySet<string> | null,
): CatalogueItem[] {
  return items.filter((i) => matchesFacets(i, f) && (hitIds === null || hitIds.has(i.id)));
}

export interface Bar {
  key: string;
  label: string;
  count: number;
  /** Catalogue link (path + query) for this bar. */
  href: string;
}

export interface OverviewStats {
  total: number;
  entries: number;
  events: number;
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

export function decadeLabel(decade: number): string {
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

  const events = items.filter((i) => i.kind === 'event').length;
  return {
    total: items.length,
    entries: items.length - events,
    events,
    bySource,
    byKind,
    byGroup,
    byTheme,
    byDecade,
    yearRange: years.length ? [Math.min(...years), Math.max(...years)] : null,
  };
}

/** "1 fiche", "3 fiches". */
export function plural(n: number, one: string, many: string): string {
  return `${n} ${n > 1 ? many : one}`;
}
