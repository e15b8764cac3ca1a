import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../../electron/pipeline/generic';
import { Entry } from '../../../../electron/shared/schema';
import { rekeySection, renameEntry, splitEntry } from '../../../../renderer/src/core/import-review';
import { DocumentRow } from '../../../../renderer/src/db/documents';
import {
  documentRow,
  reviewedEntries,
  freshEdits,
  type ReviewEdits,
} from '../../../../renderer/src/features/documents/import-session';

const name = 'recueil-trois-initiatives.pdf';
const bytes = readFileSync(`test/fixtures/documents/${name}`);
const result = await importDocument(new Uint8Array(bytes), name);
if (!result.ok) throw new Error(result.error.message);
const doc = result.value;
const edits = (over: Partial<ReviewEdits> = {}): ReviewEdits => ({ ...freshEdits(doc, true), ...over });

describe('review of an imported document', () => {
  it('applies a typed title and a chosen section key, ignoring blank titles', () => {
    const [first, second] = doc.entries;
    let entries = renameEntry(doc.entries, first!.id, '  Garage   (Vierzon) ');
    entries = renameEntry(entries, second!.id, '   ');
    entries = rekeySection(entries, first!.id, 0, 'presentation');
    const out = reviewedEntries(doc, edits({ entries }));
    expect(out[0]!.title).toBe('Garage (Vierzon)');
    expect(out[0]!.sections[0]!.key).toBe('presentation');
    expect(out[0]!.sections[1]!.key).toBe(first!.sections[1]!.key);
    expect(out[1]!.title).toBe(second!.title);
    expect(doc.entries[0]!.sections[0]!.key).not.toBe('presentation');
  });

  it('stores a valid row: the whole document as one entry, under the typed document title', () => {
    const file = new File([bytes], name, { type: 'application/pdf' });
    const row = documentRow(
      {
        key: 1,
        file,
        status: 'ready',
        document: doc,
        existing: null,
        replaces: null,
        edits: edits({ whole: true, title: 'Recueil 2019' }),
      },
      1000,
    );
    expect(DocumentRow.safeParse(row).success).toBe(true);
    expect(row.entries.length).toBe(1);
    expect(row.entries[0]!.id).toBe(`d${doc.sha256.slice(0, 12)}-document`);
    expect(row.entries[0]!.title).toBe('Recueil 2019');
    expect(row.source.label).toBe('Recueil 2019');
    expect(row.pages).toBe(2);
    expect(row.pageMarks.length).toBe(2);
    expect(Entry.safeParse(row.entries[0]).success).toBe(true);
  });

  it('stores each entry with the themes of its parts as reviewed, and the passages that gave them', () => {
    const file = new File([bytes], name, { type: 'application/pdf' });
    const row = (over: Partial<ReviewEdits>) =>
      documentRow(
        { key: 1, file, status: 'ready', document: doc, existing: null, replaces: null, edits: edits(over) },
        1000,
      );
    const ownText = (e: Entry) =>
      [e.title, ...e.sections.map((s) => s.text)].join('\n').replace(/['’]/g, "'");
    const explained = (e: Entry) => {
      expect(e.themeEvidence!.map((t) => t.theme)).toEqual(e.themes);
      for (const t of e.themeEvidence!)
        for (const p of t.passages) expect(ownText(e), p).toContain(p.replace(/['’]/g, "'"));
    };
    // Entries left as read keep the themes the import gave them.
    const kept = row({});
    expect(kept.entries.map((e) => e.themes)).toEqual(doc.entries.map((e) => e.themes));
    kept.entries.forEach(explained);
    // The whole document as one entry: the themes its whole text gives, each with its passages
    // (not the first case's passages under the union of every case's themes).
    const whole = row({ whole: true, title: 'Recueil 2019' }).entries[0]!;
    expect(whole.themes.length).toBeGreaterThan(0);
    explained(whole);
    // A split: « forme six salariés par an » is in the garage's first half, not in its results.
    const garage = doc.entries[0]!;
    expect(garage.themes).toContain('Formation et qualification');
    const split = row({ entries: splitEntry(doc.entries, garage.id, 2) }).entries;
    expect(split).toHaveLength(4);
    expect(split[0]!.themes).toContain('Formation et qualification');
    expect(split[1]!.themes).not.toContain('Formation et qualification');
    split.forEach(explained);
  });
});
