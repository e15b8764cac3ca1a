import { describe, expect, it } from 'vitest';
import {
  correctEntry,
  parsePerson,
  parseYear,
  placeOfDepartment,
} from '../../../../renderer/src/core/corrections/apply';
import { factText } from '../../../../renderer/src/core/corrections';
import type { FactCorrectionRow, FactField } from '../../../../renderer/src/db/correction-rows';
import { catalogue, entry } from '../../../electron/shared/search/fixtures';

const fix = (field: FactField, corrected: string): FactCorrectionRow => ({
  id: `c-${field}`,
  targetId: 'e',
  kind: 'fact',
  field,
  original: '',
  corrected,
  comment: '',
  createdAt: 1,
  updatedAt: 1,
});

const base = catalogue([entry({ id: 'e', title: 'Une régie de quartier', text: 'Texte.' })]).entries[0]!;

describe('placeOfDepartment', () => {
  it('reads a name, loosely spelled, or a code, and gives its region', () => {
    expect(placeOfDepartment('isere')).toEqual({
      department: 'Isère',
      departmentCode: '38',
      region: 'Rhône-Alpes',
    });
    expect(placeOfDepartment('  33 ')).toEqual({
      department: 'Gironde',
      departmentCode: '33',
      region: 'Aquitaine',
    });
    expect(placeOfDepartment('Corse-du-Sud (2A)')).toMatchObject({ departmentCode: '2A', region: 'Corse' });
  });

  it('keeps a region as the documents do, and unknown text as typed, unplaced', () => {
    expect(placeOfDepartment('Bretagne')).toEqual({
      department: 'Bretagne',
      departmentCode: null,
      region: 'Bretagne',
    });
    expect(placeOfDepartment('Quelque part')).toEqual({
      department: 'Quelque part',
      departmentCode: null,
      region: null,
    });
    expect(placeOfDepartment(' \n ')).toEqual({ department: null, departmentCode: null, region: null });
  });
});

describe('parseYear', () => {
  it('takes the first plausible year, or none', () => {
    expect(parseYear('2004')).toBe(2004);
    expect(parseYear('vers 1998-2001')).toBe(1998);
    expect(parseYear('inconnue')).toBeNull();
    expect(parseYear('12345')).toBeNull();
  });
});

describe('correctEntry', () => {
  it('replaces each corrected fact, lists split by line, and leaves the entry it was given alone', () => {
    const before = structuredClone(base);
    const out = correctEntry(base, [
      fix('territory', 'Pays de Romans'),
      fix('department', 'Drôme'),
      fix('year', '2006'),
      fix('emails', 'a@b.fr\n\n c@d.fr '),
      fix('people', 'Marie Dupont, directrice, 04 75 00 00 00, marie@ex.fr\nPaul Martin'),
      fix('address', '12 rue Haute, 26100 Romans-sur-Isère'),
      fix('organisation', ''),
    ]);
    expect(out).toMatchObject({
      territory: 'Pays de Romans',
      department: 'Drôme',
      departmentCode: '26',
      region: 'Rhône-Alpes',
      year: 2006,
      emails: ['a@b.fr', 'c@d.fr'],
      address: '12 rue Haute, 26100 Romans-sur-Isère',
      postcode: '26100',
      organisation: null,
    });
    expect(out.people).toEqual([
      { name: 'Marie Dupont', role: 'directrice', phone: '04 75 00 00 00', email: 'marie@ex.fr' },
      { name: 'Paul Martin', role: null, phone: null, email: null },
    ]);
    expect(base).toEqual(before);
  });

  it('reads back what the editor starts from: an uncorrected text gives the same facts', () => {
    const e = {
      ...base,
      people: [{ name: 'Ana Ruiz', role: 'chargée de mission', email: 'ana@x.org', phone: '01 02 03 04 05' }],
    };
    const fields: FactField[] = ['people', 'emails', 'phones', 'websites', 'year', 'territory'];
    const again = correctEntry(
      e,
      fields.map((f) => fix(f, factText(e, f))),
    );
    expect(again.people).toEqual(e.people);
    expect(again.year).toBe(e.year);
  });

  it('survives hostile text: markup stays text, no person without a name', () => {
    const out = correctEntry(base, [fix('people', ', , \n<img src=x onerror=alert(1)>'), fix('year', '<b>')]);
    expect(out.people).toEqual([
      { name: '<img src=x onerror=alert(1)>', role: null, email: null, phone: null },
    ]);
    expect(out.year).toBeNull();
    expect(parsePerson(' , ')).toBeNull();
  });
});
