// A large personal library for the start-up bench: 200 imported documents (France urbaine's DOCX
// read by the pipeline, stored under 200 names: about 5,000 entries) and 25,000 annotations
// (20,000 highlights, 800 of them on one entry, and 5,000 notes), written into a browser
// profile's IndexedDB the way the app stores them.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { importDocument } from '../../electron/pipeline/generic';
import type { Catalogue } from '../../electron/shared/schema';
import { toItems } from '../../electron/shared/items';
import { describe } from '../../renderer/src/core/anchoring';
import { namespaced } from '../../renderer/src/core/imported-documents';
import { annotatableSections, textBlocks } from '../../renderer/src/core/sections';
import { headOf, type DocumentRow } from '../../renderer/src/db/document-rows';
import type { HighlightRow, NoteRow } from '../../renderer/src/db/rows';

const ROOT = resolve(__dirname, '../..');
export const DOCUMENTS = 200;
export const HIGHLIGHTS = 20_000;
export const NOTES = 5_000;
export const ON_ONE_ENTRY = 800;

export interface LargeLibrary {
  documents: DocumentRow[];
  highlights: HighlightRow[];
  notes: NoteRow[];
  /** The bundled entry that carries ON_ONE_ENTRY highlights. */
  heavyEntry: string;
  /**
   * How many of that entry's highlights show in its text: those not wholly covered by later ones
   * (the latest is drawn on top). The entry's highlights are all shown once as many are marked.
   */
  heavyVisible: number;
  entries: number;
}

/** A deterministic pseudo-random sequence, so runs are comparable. */
function rng(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s / 0x7fffffff;
  };
}

export async function largeLibrary(bundled: Catalogue): Promise<LargeLibrary> {
  const name = 'france-urbaine.docx';
  const bytes = readFileSync(resolve(ROOT, 'test/fixtures/documents', name));
  const read = await importDocument(new Uint8Array(bytes), name);
  if (!read.ok) throw new Error(read.error.message);
  const doc = read.value;
  const t0 = Date.UTC(2025, 0, 1);
  const documents: DocumentRow[] = [];
  for (let k = 1; k <= DOCUMENTS; k++) {
    // A real digest per name: ids are namespaced by the digest's first characters, so made-up
    // digests sharing a prefix ("000…01", "000…02") would give all 200 documents the same ids.
    const sha = createHash('sha256').update(`document-${k}`).digest('hex');
    const title = `${doc.source.title} ${k}`;
    const { source, entries } = namespaced(sha, doc.source, doc.entries, title);
    documents.push({
      id: sha,
      fileName: `document-${k}.docx`,
      title,
      format: doc.format,
      pages: doc.pages,
      size: bytes.length,
      text: doc.text,
      pageMarks: doc.pageMarks,
      extractor: doc.extractor,
      parser: doc.parser,
      source,
      entries,
      warnings: doc.warnings,
      addedAt: t0 + k * 60_000,
      updatedAt: t0 + k * 60_000,
    });
  }
  const bundledItems = toItems(bundled);
  const importedItems = documents.flatMap((d) =>
    toItems({ ...bundled, sources: [d.source], entries: d.entries, events: [] }),
  );
  const sectionsOf = (items: typeof bundledItems) =>
    items.flatMap((item) =>
      annotatableSections(item)
        .filter((s) => s.text.length > 80)
        .map((s) => ({ targetId: item.id, ref: s.ref, text: s.text })),
    );
  // The entry with the most annotatable text carries the 800 highlights.
  const heavy = bundledItems
    .map((item) => ({ item, sections: sectionsOf([item]) }))
    .sort(
      (a, b) =>
        b.sections.reduce((n, s) => n + s.text.length, 0) - a.sections.reduce((n, s) => n + s.text.length, 0),
    )[0]!;
  const everywhere = [...sectionsOf(bundledItems), ...sectionsOf(importedItems)];
  const rand = rng(16);
  const colors = ['jaune', 'vert', 'bleu', 'rose', 'orange'];
  const highlights: HighlightRow[] = [];
  for (let i = 0; i < HIGHLIGHTS; i++) {
    const pool = i < ON_ONE_ENTRY ? heavy.sections : everywhere;
    const s = pool[Math.floor(rand() * pool.length)]!;
    const start = Math.floor(rand() * (s.text.length - 60));
    const { quote, position } = describe(s.text, start, start + 10 + Math.floor(rand() * 50));
    highlights.push({
      id: `bench-h${i}`,
      targetId: s.targetId,
      sectionRef: s.ref,
      quote: { type: 'TextQuoteSelector', ...quote },
      position: { type: 'TextPositionSelector', ...position },
      colorId: colors[i % colors.length]!,
      comment: i % 3 === 0 ? `Commentaire ${i} sur le financement` : '',
      tags: i % 4 === 0 ? ['financement', `thème-${i % 17}`] : [],
      createdAt: t0 + i * 60_000,
      updatedAt: t0 + i * 60_000,
    });
  }
  const notes: NoteRow[] = Array.from({ length: NOTES }, (_, i) => ({
    id: `bench-n${i}`,
    targetId: everywhere[(i * 7) % everywhere.length]!.targetId,
    body: `Note ${i} : demander comment le **coordinateur** est financé. Même problème que notre PLIE (${i % 50}).`,
    createdAt: t0 + i * 30_000,
    updatedAt: t0 + i * 30_000,
  }));
  return {
    documents,
    highlights,
    notes,
    heavyEntry: heavy.item.id,
    heavyVisible: visibleHighlights(heavy.sections, highlights),
    entries: importedItems.length,
  };
}

/**
 * Highlights of these sections that keep at least one character of the shown text (the text's
 * blocks, markers left out) not covered by a later highlight: painted character by character in
 * creation order, apart from the app's own layout code.
 */
export function visibleHighlights(
  sections: readonly { targetId: string; ref: string; text: string }[],
  highlights: readonly HighlightRow[],
): number {
  const shown = new Set<string>();
  for (const s of sections) {
    const owner: (string | null)[] = Array.from({ length: s.text.length }, () => null);
    const mine = highlights
      .filter((h) => h.targetId === s.targetId && h.sectionRef === s.ref)
      .sort((a, b) => a.createdAt - b.createdAt);
    for (const h of mine) for (let i = h.position.start; i < h.position.end; i++) owner[i] = h.id;
    for (const b of textBlocks(s.text))
      for (let i = b.start; i < b.end; i++) if (owner[i]) shown.add(owner[i]!);
  }
  return shown.size;
}

/** Writes the library into the page's `reperes` database (the app must have opened it once). */
export async function seed(page: Page, library: LargeLibrary): Promise<void> {
  // One transaction per call, over every table given, as the app writes a document and its head.
  const put = (tables: Record<string, unknown[]>) =>
    page.evaluate(
      (tables) =>
        new Promise<void>((resolvePut, reject) => {
          const open = indexedDB.open('reperes');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const tx = db.transaction(Object.keys(tables), 'readwrite');
            for (const [table, rows] of Object.entries(tables))
              for (const row of rows) tx.objectStore(table).put(row);
            tx.oncomplete = () => {
              db.close();
              resolvePut();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
      tables,
    );
  for (let i = 0; i < library.documents.length; i += 20) {
    const slice = library.documents.slice(i, i + 20);
    // Each document with its head (Dexie v8): what the catalogue reads at start.
    await put({ documents: slice, documentHeads: slice.map(headOf) });
  }
  for (let i = 0; i < library.highlights.length; i += 5000)
    await put({ highlights: library.highlights.slice(i, i + 5000) });
  await put({ notes: library.notes });
}
