import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../electron/pipeline/generic';
import { Entry } from '../../../electron/shared/schema';
import { toWebAnnotation } from '../../../renderer/src/core/annotations-export';
import { emptyData } from '../../../renderer/src/db/tables';
import {
  documentOfLookup,
  documentSourceFile,
  isImportedSource,
  namespaced,
  pageOfLine,
  wholeDocumentEntry,
} from '../../../renderer/src/core/imported-documents';

async function read(name: string) {
  const result = await importDocument(new Uint8Array(readFileSync(`test/fixtures/documents/${name}`)), name);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('imported documents', () => {
  it('namespaces ids and sources per file, so the France urbaine DOCX never collides with the bundled entries', async () => {
    const doc = await read('france-urbaine.docx');
    expect(doc.parser).toBe('france-urbaine');
    const { source, entries } = namespaced(doc.sha256, doc.source, doc.entries, 'Mon rapport');
    expect(source.file).toBe(documentSourceFile(doc.sha256));
    expect(isImportedSource(source.file)).toBe(true);
    expect(isImportedSource('002_9dfa6f2beeb70477.txt')).toBe(false);
    expect(source.label).toBe('Mon rapport');
    const bundledIds = new Set(doc.entries.map((e) => e.id));
    for (const e of entries) {
      expect(bundledIds.has(e.id)).toBe(false);
      expect(e.source).toBe(source.file);
      expect(Entry.safeParse(e).success).toBe(true);
    }
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
    // Namespacing twice changes nothing.
    expect(namespaced(doc.sha256, source, entries, 'Mon rapport').entries.map((e) => e.id)).toEqual(
      entries.map((e) => e.id),
    );
  });

  it('takes a collection of three initiatives as one valid entry, keeping every section and contact', async () => {
    const doc = await read('recueil-trois-initiatives.pdf');
    expect(doc.entries.length).toBe(3);
    const one = wholeDocumentEntry(doc.entries, 'Recueil 2019');
    expect(Entry.safeParse(one).success).toBe(true);
    expect(one.title).toBe('Recueil 2019');
    expect(one.sections.length).toBe(doc.entries.reduce((n, e) => n + e.sections.length, 0));
    expect(one.sections[0]!.heading).toContain('Garage solidaire de Vierzon');
    expect(one.emails).toEqual(expect.arrayContaining(doc.entries.flatMap((e) => e.emails)));
    // Three departments: none is the document's.
    expect(new Set(doc.entries.map((e) => e.department)).size).toBe(3);
    expect(one.department).toBeNull();
    expect(one.lines[0]).toBe(Math.min(...doc.entries.map((e) => e.lines[0])));
    expect(one.lines[1]).toBe(Math.max(...doc.entries.map((e) => e.lines[1])));
  });

  it('finds the page of a line from the page marks', async () => {
    const doc = await read('recueil-trois-initiatives.pdf');
    expect(doc.pageMarks[0]).toEqual({ page: 1, line: 1 });
    const second = doc.pageMarks.find((m) => m.page === 2)!;
    expect(pageOfLine(doc.pageMarks, second.line - 1)).toBe(1);
    expect(pageOfLine(doc.pageMarks, second.line)).toBe(2);
    expect(pageOfLine([], 10)).toBeNull();
  });

  it('names the targets of imported entries by their document in an export', async () => {
    const doc = await read('recueil-trois-initiatives.pdf');
    const { entries } = namespaced(doc.sha256, doc.source, doc.entries, 'Recueil');
    const documentOf = documentOfLookup([{ id: doc.sha256, entries }]);
    expect(documentOf(entries[1]!.id)).toBe(doc.sha256);
    expect(documentOf('fu-nantes-metropole-dispositif-des-maraichers-nantais')).toBeUndefined();
    const data = emptyData();
    data.favourites.push({ targetId: entries[0]!.id, createdAt: 1 });
    data.favourites.push({ targetId: 'fu-nantes-plie', createdAt: 1 });
    const json = toWebAnnotation(data, { label: 'x', now: 0, documentOf }) as {
      first: { items: { target: string }[] };
    };
    expect(json.first.items.map((i) => i.target)).toEqual([
      `urn:reperes:doc:${doc.sha256}:entry:${entries[0]!.id}`,
      'urn:reperes:entry:fu-nantes-plie',
    ]);
  });
});
