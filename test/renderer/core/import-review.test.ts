// The review's operations on the entries of a real document (the three initiatives of the PDF
// fixture): merge, split, facts corrected; ids stable and unique, inputs untouched.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../electron/pipeline/generic';
import { Entry } from '../../../electron/shared/schema';
import {
  adjacentRun,
  correctFacts,
  freshId,
  mergeEntries,
  parseYear,
  splitEntry,
} from '../../../renderer/src/core/import-review';

const name = 'recueil-trois-initiatives.pdf';
const result = await importDocument(new Uint8Array(readFileSync(`test/fixtures/documents/${name}`)), name);
if (!result.ok) throw new Error(result.error.message);
const found = result.value.entries;
const [garage, conciergerie, plateforme] = found as [Entry, Entry, Entry];
const ids = (list: readonly Entry[]) => list.map((e) => e.id);
const unique = (list: readonly Entry[]) => new Set(ids(list)).size === list.length;

describe('merging entries', () => {
  it('makes one entry of two adjacent ones, in place of the first, sections concatenated', () => {
    const before = structuredClone(found);
    const out = mergeEntries(found, [conciergerie.id, garage.id]);
    expect(ids(out)).toEqual([garage.id, plateforme.id]);
    const merged = out[0]!;
    expect(merged.title).toBe(garage.title);
    expect(merged.sections.map((s) => s.heading)).toEqual([
      ...garage.sections.map((s) => s.heading),
      ...conciergerie.sections.map((s) => s.heading),
    ]);
    expect(merged.lines).toEqual([garage.lines[0], conciergerie.lines[1]]);
    expect(merged.department).toBe('Cher');
    expect(merged.raw).toContain('Vierzon');
    expect(merged.raw).toContain('Lorient');
    expect(Entry.safeParse(merged).success).toBe(true);
    expect(found).toEqual(before);
  });

  it('merges three, and refuses entries that do not follow each other', () => {
    expect(mergeEntries(found, ids(found))).toHaveLength(1);
    expect(mergeEntries(found, ids(found))[0]!.sections).toHaveLength(12);
    expect(adjacentRun(found, [garage.id, plateforme.id])).toBeNull();
    expect(() => mergeEntries(found, [garage.id, plateforme.id])).toThrow(/adjacent/);
    expect(() => mergeEntries(found, [garage.id])).toThrow(/adjacent/);
    expect(() => mergeEntries(found, [garage.id, 'absent'])).toThrow(/adjacent/);
  });

  it('takes the first fact known when the first entry lacks one', () => {
    const list = correctFacts(found, garage.id, { department: '', territory: '' });
    expect(list[0]!.department).toBeNull();
    const out = mergeEntries(list, [garage.id, conciergerie.id]);
    expect(out[0]!.department).toBe('Morbihan');
    expect(out[0]!.region).toBe('Bretagne');
  });
});

describe('splitting an entry', () => {
  it('cuts at a section boundary: the first part keeps the id, the second gets a fresh one', () => {
    const before = structuredClone(found);
    const out = splitEntry(found, garage.id, 2);
    expect(out).toHaveLength(4);
    const [first, second] = out as [Entry, Entry];
    expect(first.id).toBe(garage.id);
    expect(second.id).toBe(`${garage.id}-2`);
    expect(first.sections.map((s) => s.heading)).toEqual(['Contexte', 'Mise en œuvre']);
    expect(second.sections.map((s) => s.heading)).toEqual(['Résultats', 'Contacts']);
    expect(second.title).toBe('Garage solidaire de Vierzon — Résultats');
    expect(first.lines).toEqual([9, 13]);
    expect(second.lines).toEqual([17, 21]);
    expect(second.department).toBe('Cher');
    expect(unique(out)).toBe(true);
    for (const e of out) expect(Entry.safeParse(e).success).toBe(true);
    expect(found).toEqual(before);
  });

  it('keeps ids unique through splits, merges and splits again, never reusing a reserved id', () => {
    const reserved = ids(found);
    let list = splitEntry(found, garage.id, 1, reserved);
    list = splitEntry(list, `${garage.id}-2`, 1, reserved);
    expect(ids(list).slice(0, 3)).toEqual([garage.id, `${garage.id}-2`, `${garage.id}-2-2`]);
    list = mergeEntries(list, [`${garage.id}-2`, `${garage.id}-2-2`]);
    expect(ids(list).slice(0, 2)).toEqual([garage.id, `${garage.id}-2`]);
    list = splitEntry(list, `${garage.id}-2`, 1, [...reserved, `${garage.id}-2-2`]);
    expect(unique(list)).toBe(true);
    expect(ids(list).slice(0, 3)).toEqual([garage.id, `${garage.id}-2`, `${garage.id}-2-3`]);
    // A reserved id is never handed out, even when no entry holds it any more.
    expect(splitEntry(found, conciergerie.id, 1, [`${conciergerie.id}-2`])[2]!.id).toBe(
      `${conciergerie.id}-3`,
    );
    expect(freshId('a-2', new Set(['a-2-2']))).toBe('a-2-3');
    expect(freshId('x'.repeat(200), new Set()).length).toBeLessThanOrEqual(120);
  });

  it('refuses a cut that is not between two sections', () => {
    expect(() => splitEntry(found, garage.id, 0)).toThrow(/boundary/);
    expect(() => splitEntry(found, garage.id, 4)).toThrow(/boundary/);
    expect(() => splitEntry(found, garage.id, 1.5)).toThrow(/boundary/);
    expect(() => splitEntry(found, 'absent', 1)).toThrow(/no entry/);
  });
});

describe('correcting the facts', () => {
  it('sets a department with its code and region from the shared table', () => {
    const out = correctFacts(found, garage.id, { department: 'Loir-et-Cher' });
    expect(out[0]).toMatchObject({ department: 'Loir-et-Cher', departmentCode: '41', region: 'Centre' });
    expect(out[1]).toBe(conciergerie);
  });

  it('places a typed territory that names its department, and keeps the department otherwise', () => {
    const placed = correctFacts(found, garage.id, { territory: '  Pays de  Gâtine (Deux-Sèvres) ' });
    expect(placed[0]).toMatchObject({
      territory: 'Pays de Gâtine (Deux-Sèvres)',
      department: 'Deux-Sèvres',
      departmentCode: '79',
      region: 'Poitou-Charentes',
    });
    const unplaced = correctFacts(found, garage.id, { territory: 'Quartier des Forges' });
    expect(unplaced[0]).toMatchObject({ territory: 'Quartier des Forges', department: 'Cher' });
  });

  it('a department chosen wins over the territory; blank clears; a region may stand alone', () => {
    const out = correctFacts(found, garage.id, { territory: 'Vierzon (Cher)', department: 'Indre' });
    expect(out[0]!.department).toBe('Indre');
    const cleared = correctFacts(found, garage.id, { department: '', organisation: '  ', year: null });
    expect(cleared[0]).toMatchObject({ department: null, departmentCode: null, region: null });
    expect(cleared[0]).toMatchObject({ organisation: null, year: null });
    const region = correctFacts(found, garage.id, { department: 'Bretagne' });
    expect(region[0]).toMatchObject({ department: 'Bretagne', departmentCode: null, region: 'Bretagne' });
    expect(() => correctFacts(found, garage.id, { department: 'Atlantide' })).toThrow(/unknown place/);
  });

  it('sets the type, the year and the organisation', () => {
    const out = correctFacts(found, plateforme.id, {
      kind: 'programme',
      year: 2021,
      organisation: 'Maison de l’emploi de Valence',
    });
    expect(out[2]).toMatchObject({
      kind: 'programme',
      year: 2021,
      organisation: 'Maison de l’emploi de Valence',
    });
    expect(Entry.safeParse(out[2]).success).toBe(true);
  });

  it('reads a typed year, with a French message for anything else', () => {
    expect(parseYear(' 2019 ')).toEqual({ year: 2019 });
    expect(parseYear('')).toEqual({ year: null });
    expect(parseYear('19')).toEqual({ error: expect.stringContaining('quatre chiffres') });
    expect(parseYear('2019<script>')).toHaveProperty('error');
    expect(parseYear('1700')).toEqual({ error: expect.stringContaining('entre 1900 et 2100') });
  });
});
