// Documents no bundled parser knows: one report, one collection of cases, in several formats.
import { describe, expect, it } from 'vitest';
import type { Entry } from '../../../../electron/shared/schema';
import { imported } from './fixtures';

const keys = (e: Entry): string[] => e.sections.map((s) => s.key);

describe.each(['rapport-atelier-mobilite.md', 'rapport-atelier-mobilite.docx'])(
  'single-case report %s',
  (name) => {
    it('comes back as one entry with its sections and facts', async () => {
      const doc = await imported(name);
      expect(doc.parser).toBe('generic');
      expect(doc.structure).toBe('single');
      expect(doc.entries).toHaveLength(1);
      const e = doc.entries[0]!;
      expect(e.title).toMatch(/^Atelier mobilité solidaire du Pays de Redon — rapport d.évaluation 2021$/);
      expect(keys(e)).toEqual([
        'context',
        'presentation',
        'operations',
        'governance',
        'effects',
        'obstacles',
        'contacts',
      ]);
      expect(e).toMatchObject({
        kind: 'case',
        source: name,
        territory: 'Redon',
        department: 'Ille-et-Vilaine',
        departmentCode: '35',
        region: 'Bretagne',
        postcode: '35600',
        year: 2021,
        emails: ['claire.lemoine@mob-emploi.example.org'],
        phones: ['02 99 71 45 60'],
        websites: ['http://www.mob-emploi.example.org'],
      });
      expect(e.organisation).toMatch(/^Association Mob.Emploi$/);
      expect(e.people).toEqual([
        {
          name: 'Claire Lemoine',
          role: 'directrice',
          email: 'claire.lemoine@mob-emploi.example.org',
          phone: '02 99 71 45 60',
        },
      ]);
      expect(e.themes).toContain('Mobilité');
      expect(e.summary).toMatch(/^L.atelier mobilité solidaire, porté par/);
      const operations = e.sections.find((s) => s.key === 'operations')!;
      expect(operations.text.split('\n\n')).toHaveLength(3);
      expect(
        doc.text
          .split('\n')
          .slice(operations.lines![0] - 1, operations.lines![1])
          .join('\n'),
      ).toContain('Un diagnostic mobilité');
    });
  },
);

describe.each(['recueil-trois-initiatives.md', 'recueil-trois-initiatives.pdf'])('collection %s', (name) => {
  it('becomes one entry per case, titled by its heading, placed by its text', async () => {
    const doc = await imported(name);
    expect(doc.parser).toBe('generic');
    expect(doc.structure).toBe('repeated-sections');
    expect(doc.entries.map((e) => e.title.replace(/’/g, "'"))).toEqual([
      'Garage solidaire de Vierzon',
      "Conciergerie d'entreprises de Lorient",
      'Plateforme de recrutement de Valence',
    ]);
    expect(doc.entries.map((e) => e.department)).toEqual(['Cher', 'Morbihan', 'Drôme']);
    for (const e of doc.entries) expect(keys(e)).toEqual(['context', 'operations', 'effects', 'contacts']);
    expect(doc.entries.map((e) => e.people.map((p) => `${p.name}, ${p.role}`))).toEqual([
      ['Paul Girard, directeur'],
      ['Nadia Benali, chargée de mission'],
      ['Hugo Marchal, responsable de la plateforme'],
    ]);
    expect(doc.entries.every((e) => e.year === 2019)).toBe(true);
    expect(new Set(doc.entries.map((e) => e.id)).size).toBe(3);
    expect(doc.warnings.map((w) => w.code)).toContain('preamble');
  });
});

describe('two-column PDF read generically', () => {
  it('maps its headings onto the common vocabulary', async () => {
    const doc = await imported('deux-colonnes.pdf');
    expect(doc.entries).toHaveLength(1);
    expect(keys(doc.entries[0]!)).toEqual([
      'context',
      'operations',
      'effects',
      'governance',
      'obstacles',
      'tools',
    ]);
    expect(doc.entries[0]!.department).toBe('Maine-et-Loire');
    expect(doc.pageMarks.map((m) => m.page)).toEqual([1, 2, 3]);
  });
});
