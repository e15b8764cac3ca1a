// The user's documents in an export: row and original (base64) out, checked on the way back in:
// schema, namespace, sha256; a size cap with a French note; the newer side wins on merge.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../../electron/pipeline/generic';
import {
  exportDocuments,
  parseDocuments,
  planDocuments,
  type DocumentWithFile,
} from '../../../../renderer/src/core/annotations-export';
import { namespaced } from '../../../../renderer/src/core/imported-documents';
import type { DocumentRow } from '../../../../renderer/src/db/document-rows';

async function stored(path: string): Promise<DocumentWithFile> {
  const bytes = new Uint8Array(readFileSync(path));
  const result = await importDocument(bytes, path.replace(/^.*\//, ''));
  if (!result.ok) throw new Error(result.error.message);
  const d = result.value;
  const { source, entries } = namespaced(d.sha256, d.source, d.entries, d.source.title);
  const row: DocumentRow = {
    id: d.sha256,
    fileName: d.file,
    title: source.title,
    format: d.format,
    pages: d.pages,
    size: bytes.length,
    text: d.text,
    pageMarks: d.pageMarks,
    extractor: d.extractor,
    parser: d.parser,
    source,
    entries,
    warnings: d.warnings,
    addedAt: 1000,
    updatedAt: 1000,
  };
  return { row, file: { type: 'application/pdf', bytes } };
}

const pdf = await stored('test/fixtures/documents/recueil-trois-initiatives.pdf');
const docx = await stored('test/fixtures/documents/rapport-atelier-mobilite.docx');
/** Through JSON, as in a file. */
const roundTrip = (items: unknown) => JSON.parse(JSON.stringify(items)) as unknown;

describe('documents in an export', () => {
  it('come back whole: the row and the original, byte for byte', async () => {
    const { items, notes } = exportDocuments([pdf, docx]);
    expect(notes).toEqual([]);
    const back = await parseDocuments(roundTrip(items));
    expect(back.rejected).toEqual([]);
    expect(back.documents.map((d) => d.row)).toEqual([pdf.row, docx.row]);
    expect(back.documents[0]!.file!.bytes).toEqual(pdf.file!.bytes);
    expect(back.documents[0]!.file!.type).toBe('application/pdf');
  });

  it('leave out originals beyond the cap, saying so in French, and keep the rows', async () => {
    const cap = pdf.file!.bytes.byteLength + 10;
    const { items, notes } = exportDocuments([pdf, docx], cap);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatch(/Le fichier d’origine de « .+ » \(\d+ Mo\) n’est pas inclus/);
    const back = await parseDocuments(roundTrip(items));
    expect(back.documents.map((d) => d.file === null)).toEqual([false, true]);
    expect(back.documents[1]!.row).toEqual(docx.row);
  });

  it('set aside an altered original, a hostile namespace and a broken row, with reasons', async () => {
    const [good, altered, hostile, broken] = roundTrip(
      exportDocuments([pdf, docx, pdf, pdf]).items,
    ) as Record<string, unknown>[];
    const original = altered!['reperes:original'] as { base64: string };
    original.base64 = `A${original.base64.slice(1)}`;
    // An entry claiming a bundled entry's id would replace it in the catalogue.
    const entries = hostile!.entries as { id: string }[];
    entries[0]!.id = 'fu-nantes-metropole-dispositif-des-maraichers-nantais';
    broken!.pages = 'beaucoup';
    const back = await parseDocuments([good, altered, hostile, broken, 'texte']);
    expect(back.documents).toHaveLength(1);
    expect(back.rejected.map((r) => r.reason)).toEqual([
      'fichier d’origine altéré (son empreinte sha256 ne correspond pas au document)',
      'ses fiches ne portent pas les identifiants de ce document',
      'champ « pages » invalide',
      'ce n’est pas un document',
    ]);
    expect(back.rejected[0]!.where).toMatch(/^Document n° 2 \(« /);
  });

  it('detect an original replaced by another file (sha256 differs)', async () => {
    const [item] = roundTrip(exportDocuments([pdf]).items) as Record<string, unknown>[];
    const [other] = roundTrip(exportDocuments([docx]).items) as Record<string, unknown>[];
    const original = item!['reperes:original'] as { base64: string };
    original.base64 = (other!['reperes:original'] as { base64: string }).base64;
    const back = await parseDocuments([item, { ...item, 'reperes:original': { base64: '<script>' } }]);
    expect(back.rejected[0]!.reason).toMatch(/empreinte sha256 ne correspond pas/);
    expect(back.rejected[1]!.reason).toBe('fichier d’origine illisible');
  });

  it('are optional, and a list that is not one is refused', async () => {
    expect(await parseDocuments(undefined)).toEqual({ documents: [], rejected: [] });
    expect((await parseDocuments({})).rejected).toHaveLength(1);
  });

  it('merge: new ones added, a newer one updated, an older one left alone', () => {
    const newer = { ...pdf, row: { ...pdf.row, title: 'Renommé', updatedAt: 2000 } };
    const older = { ...docx, row: { ...docx.row, updatedAt: 10 } };
    const plan = planDocuments([pdf.row, docx.row], [newer, older, newer]);
    expect(plan.count).toEqual({ added: 0, changed: 1, unchanged: 1 });
    expect(plan.put.map((d) => d.row.title)).toEqual(['Renommé']);
    expect(planDocuments([], [pdf]).count.added).toBe(1);
  });
});
