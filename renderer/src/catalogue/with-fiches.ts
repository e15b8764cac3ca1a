// The user's own fiches joined to the catalogue. Apart from CatalogueContext so that it, the
// fiches' schema and zod load after the first paint (issue 16), with the fiches' gateway.
import { toItems, type CatalogueItem } from '../../../electron/shared/items';
import { ficheToEntry, fichesSource } from '../core/fiche-entry';
import type { FicheRow } from '../db/fiche-rows';
import type { LoadedCatalogue } from './CatalogueContext';

export type FicheCache = Map<string, { row: FicheRow; item: CatalogueItem }>;

/**
 * The catalogue joined by the user's own fiches, as a source « Mes fiches »: added after the
 * documents, like them searched incrementally (an unchanged fiche keeps the same item object).
 */
export function withFiches(
  loaded: LoadedCatalogue,
  fiches: readonly FicheRow[],
  cache: FicheCache = new Map(),
): LoadedCatalogue {
  if (fiches.length === 0) return loaded;
  const source = fichesSource(fiches.length);
  const items = fiches.map((row) => {
    const cached = cache.get(row.id);
    if (cached?.row.updatedAt === row.updatedAt) return cached.item;
    const [item] = toItems({
      ...loaded.catalogue,
      sources: [source],
      entries: [ficheToEntry(row)],
      events: [],
    });
    cache.set(row.id, { row, item: item! });
    return item!;
  });
  for (const id of cache.keys()) if (!fiches.some((f) => f.id === id)) cache.delete(id);
  const all = [...loaded.items, ...items];
  return {
    ...loaded,
    catalogue: {
      ...loaded.catalogue,
      sources: [...loaded.catalogue.sources, source],
      entries: [...loaded.catalogue.entries, ...items.map((i) => i.entry!)],
    },
    items: all,
    byId: new Map(all.map((i) => [i.id, i])),
    importedItems: [...loaded.importedItems, ...items],
    fiches: [...fiches],
  };
}
