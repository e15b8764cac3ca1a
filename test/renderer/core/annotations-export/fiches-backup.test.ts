// The user's fiches travel in exports and backups (the « reperes:fiches » extension): restored
// as they were written, merged newer-wins like notes, and set aside one by one when damaged.
import { describe, expect, it } from 'vitest';
import {
  parseWebAnnotation,
  planMerge,
  toWebAnnotation,
  emptyData,
} from '../../../../renderer/src/core/annotations-export';
import { sampleData } from '../../db/fixtures';

const exported = (data = sampleData()) => JSON.stringify(toWebAnnotation(data, { label: 'Test', now: 0 }));

describe('fiches in exports and backups', () => {
  it('come back as they were written', () => {
    const parsed = parseWebAnnotation(exported());
    expect(parsed.ok && parsed.data.fiches).toEqual(sampleData().fiches);
  });

  it('are left out of a file when there are none (files for older versions stay as they were)', () => {
    const data = sampleData();
    data.fiches = [];
    expect(JSON.parse(exported(data))).not.toHaveProperty('reperes:fiches');
  });

  it('set a damaged fiche aside with its place and reason, keeping the rest of the file', () => {
    const file = JSON.parse(exported()) as Record<string, unknown[]>;
    const good = file['reperes:fiches']![0] as { fields: Record<string, unknown> };
    file['reperes:fiches'] = [
      good,
      { ...good, id: 'fiche-<script>' },
      { ...good, id: 'fiche-2', fields: { ...good.fields, title: 'x'.repeat(501) } },
      'pas une fiche',
    ];
    const parsed = parseWebAnnotation(JSON.stringify(file));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.data.fiches).toEqual(sampleData().fiches);
    expect(parsed.data.notes).toEqual(sampleData().notes);
    expect(parsed.rejected).toEqual([
      {
        where: 'Fiche écrite n° 2 « Garage solidaire du Pays de Redon »',
        reason: 'identifiant : format incorrect',
      },
      { where: `Fiche écrite n° 3 « ${'x'.repeat(39)}… »`, reason: expect.stringMatching(/500/) },
      { where: 'Fiche écrite n° 4', reason: expect.any(String) },
    ]);
  });

  it('merge like notes: the newer version of a fiche wins, an older one changes nothing', () => {
    const mine = { ...emptyData(), fiches: sampleData().fiches };
    const older = structuredClone(mine.fiches);
    older[0]!.fields.title = 'Ancien titre';
    older[0]!.updatedAt -= 1;
    expect(planMerge(mine, { ...emptyData(), fiches: older }).summary.fiches).toEqual({
      added: 0,
      changed: 0,
      unchanged: 1,
    });
    const newer = structuredClone(older);
    newer[0]!.updatedAt += 10;
    const plan = planMerge(mine, { ...emptyData(), fiches: newer });
    expect(plan.put.fiches).toEqual(newer);
  });
});
