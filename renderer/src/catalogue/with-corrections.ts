// The user's fact corrections joined to the catalogue (issue 17): every view reads the corrected
// territory, department, year… Apart from CatalogueContext so that it loads after the first
// paint, with the corrections' gateway.
import type { CatalogueItem } from '../../../electron/shared/items';
import { correctItem, type CorrectedFacts } from '../core/corrections/apply';
import type { FactCorrectionRow } from '../db/correction-rows';
import type { LoadedCatalogue } from './CatalogueContext';

/** Per item: the source's item and the corrections it was corrected with, and the result. */
export type CorrectionCache = Map<string, { source: CatalogueItem; key: string; item: CatalogueItem }>;

const keyOf = (rows: readonly FactCorrectionRow[]) => rows.map((r) => `${r.id}@${r.updatedAt}`).join(' ');

/**
 * The catalogue with its items' facts corrected. An item without corrections keeps its object;
 * a corrected one keeps its corrected object as long as neither it nor its corrections change,
 * so the search re-indexes only what changed. Corrected bundled items join `importedItems`,
 * the items the search index adds on top of the bundled ones (each shadows its original).
 */
export function withCorrections(
  loaded: LoadedCatalogue,
  rows: readonly FactCorrectionRow[],
  cache: CorrectionCache = new Map(),
): LoadedCatalogue {
  const byTarget = new Map<string, FactCorrectionRow[]>();
  for (const row of rows) {
    const list = byTarget.get(row.targetId);
    if (list) list.push(row);
    else byTarget.set(row.targetId, [row]);
  }
  for (const id of cache.keys()) if (!byTarget.has(id)) cache.delete(id);
  if (byTarget.size === 0) return loaded;

  const corrected = new Map<string, CorrectedFacts>();
  const swap = (source: CatalogueItem): CatalogueItem => {
    const fixes = byTarget.get(source.id);
    if (!fixes || !source.entry) return source;
    const key = keyOf(fixes);
    const cached = cache.get(source.id);
    const item = cached?.source === source && cached.key === key ? cached.item : correctItem(source, fixes);
    cache.set(source.id, { source, key, item });
    corrected.set(source.id, { fields: new Set(fixes.map((f) => f.field)), original: source });
    return item;
  };
  const items = loaded.items.map(swap);
  if (corrected.size === 0) return loaded;
  const imported = new Set(loaded.importedItems.map((i) => i.id));
  const byId = new Map(items.map((i) => [i.id, i]));
  return {
    ...loaded,
    catalogue: {
      ...loaded.catalogue,
      entries: loaded.catalogue.entries.map((e) => byId.get(e.id)?.entry ?? e),
    },
    items,
    byId,
    importedItems: [
      ...loaded.importedItems.map((i) => byId.get(i.id) ?? i),
      ...loaded.bundledItems
        .filter((i) => corrected.has(i.id) && !imported.has(i.id))
        .map((i) => byId.get(i.id)!),
    ],
    corrected,
  };
}
