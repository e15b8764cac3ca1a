import { describe, expect, it } from 'vitest';
import {
  DEPARTMENTS,
  departmentByCode,
  departmentByName,
  departmentFromPostcode,
  departmentInTerritory,
  isRegion,
  postcodeInText,
  regionByName,
} from '../../../../electron/shared/places';
import { buildCatalogue } from '../../../../electron/pipeline';
import { readDocuments } from '../../../../electron/cli/documents';

describe('department and region names', () => {
  it('finds every department by its code and by its name, loosely spelled', () => {
    for (const d of DEPARTMENTS) {
      expect(departmentByCode(d.code)).toBe(d);
      expect(departmentByName(d.name.toUpperCase().replace(/-/g, ' '))).toBe(d);
    }
    expect(departmentByCode(' 2a ')?.name).toBe('Corse-du-Sud');
    expect(departmentByCode('6')?.code).toBe('06');
    expect(departmentByName('Cotes d Armor')?.code).toBe('22');
    expect(departmentByName('Côtes-d’Armor')?.code).toBe('22');
    expect(departmentByName('Val-d’Oise')?.code).toBe('95');
  });

  it('knows the regions of the documents’ era, and says a region is not a department', () => {
    expect(regionByName('MIDI PYRENEES')).toBe('Midi-Pyrénées');
    expect(regionByName('Provence-Alpes-Côte d’Azur')).toBe("Provence-Alpes-Côte d'Azur");
    expect(isRegion('Pays de Loire')).toBe(true);
    expect(isRegion('Nord')).toBe(false);
    expect(departmentByName('Bretagne')).toBeNull();
  });
});

describe('postcodes', () => {
  it('reads Corsica and the overseas departments', () => {
    expect(departmentFromPostcode('20090')?.code).toBe('2A');
    expect(departmentFromPostcode('20200')?.code).toBe('2B');
    expect(departmentFromPostcode('97400')?.code).toBe('974');
    expect(departmentFromPostcode('44 000')?.code).toBe('44');
    expect(postcodeInText('Chemin du Larris / 91150 ETAMPES')).toBe('91150');
  });

  it('rejects what is not a postcode', () => {
    expect(postcodeInText('Tél. 01 23 45 67 89')).toBeNull();
    expect(postcodeInText('00000 Nulle part')).toBeNull();
    expect(departmentFromPostcode('4400')).toBeNull();
    expect(departmentFromPostcode('00100')).toBeNull();
  });
});

describe('territories', () => {
  it('reads a parenthesised code or name, department names, known cities', () => {
    expect(departmentInTerritory('Plaine Commune (93)')?.code).toBe('93');
    expect(departmentInTerritory('Pays de Gâtine (Deux-Sèvres)')?.code).toBe('79');
    expect(departmentInTerritory('ISERE')?.code).toBe('38');
    expect(departmentInTerritory('Saône-et-Loire')?.code).toBe('71');
    expect(departmentInTerritory('Haute-Vienne')?.code).toBe('87');
    expect(departmentInTerritory('Nantes Métropole')?.code).toBe('44');
    expect(departmentInTerritory('Tour(s)plus')?.code).toBe('37');
    expect(departmentInTerritory('Grand Dijon')?.code).toBe('21');
    expect(departmentInTerritory('Angers Loire Métropole')?.code).toBe('49');
    expect(departmentInTerritory('Communauté d’agglomération du Pays d’Aix-en-Provence')?.code).toBe('13');
  });

  it('does not mistake a region for one of its departments', () => {
    expect(departmentInTerritory('Pays de la Loire')).toBeNull();
    expect(departmentInTerritory('Nord-Pas-de-Calais')).toBeNull();
    // Every region, as spelled in the table or loosely: none names a department by itself, while
    // a region with a department or city beside it still gives that department.
    const regions = [...new Set(DEPARTMENTS.map((d) => d.region))];
    expect(regions.length).toBeGreaterThan(20);
    for (const region of regions) {
      expect(departmentInTerritory(region), region).toBeNull();
      expect(departmentInTerritory(region.toUpperCase().replace(/-/g, ' ')), region).toBeNull();
    }
    expect(departmentInTerritory('Lille, Nord-Pas-de-Calais')?.code).toBe('59');
    expect(departmentInTerritory('Nord-Pas-de-Calais (Pas-de-Calais)')?.code).toBe('62');
  });

  it('survives hostile input', () => {
    expect(departmentInTerritory('a'.repeat(5000))).toBeNull();
    expect(departmentInTerritory('((()))')).toBeNull();
    expect(departmentInTerritory('')).toBeNull();
  });

  it('gives the parsers’ own code for every entry whose territory names a place', () => {
    // The renderer places what the parsers left open with these same lookups: on the real
    // documents, reading an entry's territory again never contradicts the code stored with it.
    const { catalogue } = buildCatalogue(readDocuments());
    const read = catalogue.entries.flatMap((e) => {
      const d = e.territory && e.departmentCode ? departmentInTerritory(e.territory) : null;
      return d ? [{ id: e.id, stored: e.departmentCode, read: d.code }] : [];
    });
    expect(read.length).toBeGreaterThan(20);
    expect(read.filter((r) => r.read !== r.stored)).toEqual([]);
  });
});
