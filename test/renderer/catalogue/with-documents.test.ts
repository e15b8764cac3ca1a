import { describe, expect, it } from 'vitest';
import { index, withDocuments } from '../../../renderer/src/catalogue/CatalogueContext';
import type { DocumentRow } from '../../../renderer/src/db/documents';
import { namespaced } from '../../../renderer/src/core/imported-documents';
import { entry, SMALL } from '../../electron/shared/search/fixtures';

const sha = 'ab'.repeat(32);
function row(title: string, updatedAt = 1): DocumentRow {
  const { source, entries } = namespaced(
    sha,
    {
      file: 'x.md',
      kind: 'user-document',
      title,
      label: title,
      publisher: null,
      year: 2020,
      lineCount: 3,
      sha256: sha,
    },
    [entry({ id: 'garage', title: 'Garage solidaire', text: 'réparations' })],
    title,
  );
  return {
    id: sha,
    fileName: 'x.md',
    title,
    format: 'markdown',
    pages: null,
    size: 10,
    text: 'a\nb\nc',
    pageMarks: [],
    extractor: 1,
    parser: 'generic',
    source,
    entries,
    warnings: [],
    addedAt: 1,
    updatedAt,
  };
}

describe('the catalogue joined by the user’s documents', () => {
  const bundled = index(SMALL);
  it('adds the entries and the source, and keeps the bundled items apart for the search index', () => {
    const joined = withDocuments(bundled, [row('Recueil')]);
    expect(joined.items.length).toBe(bundled.items.length + 1);
    expect(joined.bundledItems).toBe(bundled.items);
    const item = joined.importedItems[0]!;
    expect(item.id).toBe(`d${sha.slice(0, 12)}-garage`);
    expect(item.sourceLabel).toBe('Recueil');
    expect(joined.byId.get(item.id)).toBe(item);
    expect(joined.catalogue.sources.map((s) => s.file)).toContain(item.source);
    expect(withDocuments(bundled, [])).toBe(bundled);
  });
  it('reuses the items of an unchanged document, and remakes those of a renamed one', () => {
    const cache = new Map();
    const first = withDocuments(bundled, [row('Recueil')], cache).importedItems[0];
    expect(withDocuments(bundled, [row('Recueil')], cache).importedItems[0]).toBe(first);
    const renamed = withDocuments(bundled, [row('Recueil 2019', 2)], cache).importedItems[0]!;
    expect(renamed).not.toBe(first);
    expect(renamed.sourceLabel).toBe('Recueil 2019');
  });
});
