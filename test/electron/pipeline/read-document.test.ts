import { describe, expect, it } from 'vitest';
import { buildCatalogue, readDocument } from '../../../electron/pipeline';
import { readDocuments } from '../../../electron/cli/documents';

const DOCS = readDocuments();

describe('readDocument: one document, text in, validated entries and warnings out', () => {
  it('recognises each seed document and gives what the whole catalogue holds for it', () => {
    const { catalogue } = buildCatalogue(DOCS);
    for (const doc of DOCS) {
      const result = readDocument(doc);
      expect(result.invalid, doc.file).toEqual([]);
      expect(result.report.parser, doc.file).not.toBeNull();
      const ids = new Set(result.output!.entries.map((e) => e.id));
      expect(ids.size, doc.file).toBe(catalogue.entries.filter((e) => e.source === doc.file).length);
      // Themes from the thesaurus are added here, not only when the catalogue is assembled.
      for (const e of result.output!.entries) {
        const same = catalogue.entries.find((c) => c.id === e.id)!;
        expect(e.themes, e.id).toEqual(same.themes);
      }
    }
  });

  it('reports a document nobody recognises, with a French warning and no output', () => {
    const result = readDocument({ file: 'liste-de-courses.txt', text: 'Pain\nLait\nŒufs\n' });
    expect(result.output).toBeNull();
    expect(result.report.parser).toBeNull();
    expect(result.report.warnings).toEqual([
      expect.objectContaining({ code: 'unrecognised', message: expect.stringContaining('ignoré') }),
    ]);
  });

  it('survives hostile text', () => {
    for (const text of ['', '\u0000'.repeat(1000), '\ud800'.repeat(50), 'NOTRE EXPERIENCE\n'.repeat(2000)]) {
      const result = readDocument({ file: 'x.txt', text });
      expect(result.invalid).toEqual([]);
    }
  });
});
