// The corrections gateway: a fact keeps its first original, a passage is stored with its
// selectors, drafts are applied after a crash and dropped with the correction; a version 3
// database with annotations opens at version 5 with everything kept; corrections travel through
// the export file and back.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { VERSIONS } from '../../../renderer/src/db/versions';
import { readAll, writeAll } from '../../../renderer/src/db/annotations';
import {
  addPassageCorrection,
  correctFact,
  correctionsOn,
  deleteCorrection,
  getCorrection,
  updateCorrection,
  watchFactCorrections,
} from '../../../renderer/src/db/corrections';
import { draftKeys, putDraft, settleDrafts } from '../../../renderer/src/db/drafts';
import { recoverDrafts } from '../../../renderer/src/db/recovery';
import {
  parseWebAnnotation,
  planMerge,
  toMarkdown,
  toWebAnnotation,
} from '../../../renderer/src/core/annotations-export';
import type { CorrectionRow } from '../../../renderer/src/db/correction-rows';
import { sampleData } from './fixtures';
import { freshDatabases } from './fresh-db';

const fresh = freshDatabases('corrections');

const PASSAGE = {
  targetId: 'fu-nantes-plie',
  sectionRef: 'operations:0',
  quote: {
    type: 'TextQuoteSelector' as const,
    exact: 'En 2011',
    prefix: 'un coordinateur à mi-temps. ',
    suffix: ', le PLIE',
  },
  position: { type: 'TextPositionSelector' as const, start: 44, end: 51 },
  corrected: 'En 2012',
};

describe('corrections gateway', () => {
  it('corrects a fact once: a second correction updates it and keeps the first original', async () => {
    const db = fresh();
    const first = await correctFact(
      { targetId: 'fu-nantes-plie', field: 'territory', original: 'Nantes', corrected: 'Nantes Métropole' },
      db,
    );
    const second = await correctFact(
      {
        targetId: 'fu-nantes-plie',
        field: 'territory',
        original: 'Nantes Métropole',
        corrected: 'Métropole',
      },
      db,
    );
    expect(second.id).toBe(first.id);
    expect(second).toMatchObject({ original: 'Nantes', corrected: 'Métropole' });
    expect(second.updatedAt).toBeGreaterThan(first.updatedAt);
    expect(await correctionsOn(['fu-nantes-plie'], db)).toHaveLength(1);
  });

  it('stores a passage with its selectors, updates its text, and deletes it with its draft', async () => {
    const db = fresh();
    const row = await addPassageCorrection(PASSAGE, db);
    await updateCorrection(row.id, { corrected: 'En 2013' }, db);
    expect(await getCorrection(row.id, db)).toMatchObject({
      kind: 'passage',
      corrected: 'En 2013',
      quote: PASSAGE.quote,
    });
    await putDraft(draftKeys.correction(row.id), 'En 2014', db);
    await settleDrafts();
    await deleteCorrection(row.id, db);
    expect(await getCorrection(row.id, db)).toBeUndefined();
    expect(await db.drafts.get(draftKeys.correction(row.id))).toBeUndefined();
  });

  it('refuses a hostile row: an unknown field, an empty quote', async () => {
    const db = fresh();
    await expect(
      correctFact({ targetId: 'x', field: 'constructor' as never, original: '', corrected: 'y' }, db),
    ).rejects.toThrow();
    await expect(
      addPassageCorrection({ ...PASSAGE, quote: { ...PASSAGE.quote, exact: '' } }, db),
    ).rejects.toThrow();
    expect(await db.corrections.count()).toBe(0);
  });

  it('applies at start-up the text typed in a correction before a crash', async () => {
    const db = fresh();
    const row = await addPassageCorrection(PASSAGE, db);
    // The window died after the keystroke reached the draft, before the save.
    await new Promise((r) => setTimeout(r, 5));
    await putDraft(draftKeys.correction(row.id), 'En 2012, selon le bilan', db);
    await settleDrafts();
    await putDraft(draftKeys.correctionComment(row.id), 'Bilan 2012 du PLIE', db);
    await settleDrafts();
    expect(await recoverDrafts(db)).toBeGreaterThanOrEqual(1);
    expect(await getCorrection(row.id, db)).toMatchObject({
      corrected: 'En 2012, selon le bilan',
      comment: 'Bilan 2012 du PLIE',
    });
  });
});

describe('watchFactCorrections', () => {
  it('gives the fact corrections only, valid ones, now and after each change', async () => {
    const db = fresh();
    await addPassageCorrection(PASSAGE, db);
    await db.corrections.put({ id: 'bad', targetId: 'x', kind: 'fact', field: 'colour' } as never);
    const seen: string[][] = [];
    const stop = watchFactCorrections(
      (rows) => seen.push(rows.map((r) => `${r.targetId}:${r.field}=${r.corrected}`)),
      (e) => {
        throw e;
      },
      db,
    );
    await expect.poll(() => seen.at(-1)).toEqual([]);
    const row = await correctFact(
      { targetId: 'fu-nantes-plie', field: 'year', original: '2012', corrected: '2011' },
      db,
    );
    await expect.poll(() => seen.at(-1)).toEqual(['fu-nantes-plie:year=2011']);
    await deleteCorrection(row.id, db);
    await expect.poll(() => seen.at(-1)).toEqual([]);
    stop();
  });
});

describe('schema version 5', () => {
  it('opens a version 3 database holding annotations and documents, keeping them, with corrections', async () => {
    const name = `upgrade5-${Date.now()}`;
    const v3 = new Dexie(name);
    for (const v of VERSIONS.filter((x) => x.version <= 3)) v3.version(v.version).stores(v.stores);
    await v3.open();
    const data = sampleData();
    for (const table of [
      'notes',
      'highlights',
      'entryTags',
      'favourites',
      'collections',
      'collectionItems',
    ] as const)
      await v3.table(table).bulkAdd(data[table]);
    await v3.table('colors').bulkAdd(data.colors);
    v3.close();

    const db = fresh(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(5);
    const after = await readAll(db);
    expect(after.notes).toEqual(data.notes);
    expect(after.highlights).toEqual(data.highlights);
    expect(after.collectionItems).toEqual(data.collectionItems);
    expect(after.corrections).toEqual([]);
    const row = await addPassageCorrection(PASSAGE, db);
    expect(
      await db.corrections
        .where('[targetId+sectionRef]')
        .equals([PASSAGE.targetId, PASSAGE.sectionRef])
        .count(),
    ).toBe(1);
    expect((await readAll(db)).corrections.map((c) => c.id)).toEqual([row.id]);
  });
});

describe('corrections in the export file', () => {
  const t = Date.UTC(2024, 2, 14, 9, 30);
  const rows: CorrectionRow[] = [
    {
      id: 'k1',
      targetId: 'fu-nantes-plie',
      corrected: 'Nantes Métropole',
      comment: '',
      createdAt: t,
      updatedAt: t + 10,
      kind: 'fact',
      field: 'territory',
      original: 'Nantes',
    },
    {
      id: 'k2',
      targetId: 'fu-nantes-plie',
      corrected: 'En 2012 <script>alert(1)</script>',
      comment: 'Vérifié auprès du PLIE',
      createdAt: t + 3,
      updatedAt: t + 3,
      kind: 'passage',
      sectionRef: 'operations:0',
      quote: PASSAGE.quote,
      position: PASSAGE.position,
    },
  ];

  it('writes a passage as an editing annotation on a SpecificResource, a fact on the entry’s IRI', () => {
    const json = toWebAnnotation({ ...sampleData(), corrections: rows }, { label: 'x', now: t }) as {
      first: { items: { motivation: string; target: unknown; body: unknown }[] };
    };
    const editing = json.first.items.filter((a) => a.motivation === 'editing');
    expect(editing.map((a) => a.target)).toEqual([
      'urn:reperes:entry:fu-nantes-plie',
      expect.objectContaining({ type: 'SpecificResource', 'reperes:section': 'operations:0' }),
    ]);
    expect(editing[0]!.body).toEqual([
      expect.objectContaining({
        purpose: 'editing',
        value: 'Nantes Métropole',
        'reperes:field': 'territory',
        'reperes:original': 'Nantes',
      }),
    ]);
  });

  it('reads them back exactly, and a backup restored into an empty database brings them back', async () => {
    const data = { ...sampleData(), corrections: rows };
    const parsed = parseWebAnnotation(JSON.stringify(toWebAnnotation(data, { label: 'x', now: t })));
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.rejected).toEqual([]);
    expect(parsed.data.corrections).toEqual(rows);
    const db = fresh();
    await db.open();
    const plan = planMerge(await readAll(db), parsed.data);
    expect(plan.summary.corrections).toEqual({ added: 2, changed: 0, unchanged: 0 });
    await writeAll(plan.put, db);
    expect((await readAll(db)).corrections).toEqual(rows);
  });

  it('sets aside a correction of an unknown fact, with its place and reason in French', () => {
    const json = toWebAnnotation({ ...sampleData(), corrections: [rows[0]!] }, { label: 'x', now: t }) as {
      first: { items: { motivation: string; body: Record<string, unknown>[] }[] };
    };
    json.first.items.find((a) => a.motivation === 'editing')!.body[0]!['reperes:field'] = '__proto__';
    const parsed = parseWebAnnotation(JSON.stringify(json));
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.data.corrections).toEqual([]);
    expect(parsed.rejected).toEqual([
      {
        where: expect.stringMatching(/^Annotation n° \d+ \(correction\)$/),
        reason: 'repère corrigé : valeur inattendue',
      },
    ]);
  });
});

describe('corrections in the Markdown report', () => {
  it('lists each correction under its entry, original and corrected text quoted', async () => {
    const db = fresh();
    await correctFact(
      { targetId: 'fu-nantes-plie', field: 'territory', original: 'Nantes', corrected: '# Nantes Métropole' },
      db,
    );
    const data = await readAll(db);
    const md = toMarkdown(data, (id) =>
      id === 'fu-nantes-plie' ? { title: 'Nantes : le PLIE', sourceLabel: 'France urbaine 2012' } : undefined,
    );
    expect(md).toContain('1 correction(s)');
    expect(md).toContain('### Nantes : le PLIE — France urbaine 2012');
    expect(md).toMatch(
      /\*\*Correction « Territoire »\*\* \(.+\) — texte d’origine :\n\n> Nantes\n\nCorrigé en :\n\n> # Nantes Métropole\n/,
    );
  });
});
