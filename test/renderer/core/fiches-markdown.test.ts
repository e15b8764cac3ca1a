import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fichesToMarkdown, parseFichesMarkdown } from '../../../renderer/src/core/fiches-markdown';
import { FICHE_CAPS, FicheFields, type FicheRow } from '../../../renderer/src/db/fiche-rows';
import { SNIPPETS } from './annotations-export/arbitraries';

const row = (patch: Record<string, unknown>, id = 'fiche-1'): FicheRow => ({
  id,
  createdAt: Date.UTC(2025, 0, 1),
  updatedAt: Date.UTC(2025, 0, 2),
  fields: FicheFields.parse(patch),
});

const FULL = {
  title: 'Garage solidaire du Pays de Redon',
  territory: 'Pays de Redon',
  departmentCode: '35',
  organisation: 'Mobil’Emploi',
  people: [
    { name: 'Anne Le Guen', role: 'coordinatrice', email: 'anne@example.org', phone: '02 99 00 00 00' },
    { name: 'Paul Morin', role: '', email: '', phone: '06 00 00 00 00' },
  ],
  emails: 'garage@example.org\ncontact@example.org',
  phones: '02 99 71 00 00',
  websites: 'www.example.org',
  year: '2021',
  themes: ['Mobilité', 'Insertion ; emploi'],
  sections: {
    context: 'Un territoire **rural**.\n\n- sans bus\n- sans gare',
    presentation: '# Le garage\n\n#### Détail\n\nDes voitures *réparées* <et> prêtées.\n\\# pas un titre',
  },
  audience: 'Demandeurs d’emploi sans voiture',
  stage: 'running',
  funders: 'Région Bretagne\nFSE',
  budget: '120 000 € par an',
  budgetYear: '2022',
  results: [
    { result: '45 personnes en emploi', measure: 'suivi à six mois' },
    { result: 'Satisfaction', measure: '' },
  ],
  prerequisites: 'Un local.\n\n_Fiche créée le 1er janvier_ (pas la fin)',
};

const back = (rows: FicheRow[]) => {
  const parsed = parseFichesMarkdown(fichesToMarkdown(rows));
  expect(parsed.ok && parsed.rejected).toEqual([]);
  return parsed.ok ? parsed.fiches.map((f) => f.fields) : [];
};

describe('fiches as Markdown, and back', () => {
  it('writes a readable document', () => {
    const md = fichesToMarkdown([row(FULL)], Date.UTC(2025, 0, 3));
    expect(md).toContain('## Garage solidaire du Pays de Redon\n');
    expect(md).toContain('- **Département** : Ille-et-Vilaine (35)');
    expect(md).toContain('- **Stade** : En fonctionnement');
    expect(md).toContain(
      '- **Personne** : Anne Le Guen ; rôle : coordinatrice ; courriel : anne@example.org',
    );
    expect(md).toContain('### Contexte\n\nUn territoire **rural**.\n\n- sans bus');
    // The user's own headings sit below the part's; markup is escaped, never HTML.
    expect(md).toContain('#### Le garage');
    expect(md).toContain('\\#### Détail');
    expect(md).toContain('\\<et> prêtées');
    expect(md).toContain('- 45 personnes en emploi — mesuré par : suivi à six mois');
  });

  it('reads back every field it wrote', () => {
    expect(back([row(FULL), row({ title: 'Deuxième', year: '20x1' }, 'fiche-2')])).toEqual([
      FicheFields.parse(FULL),
      FicheFields.parse({ title: 'Deuxième', year: '20x1' }),
    ]);
  });

  it('reads back any part and any one-line value, hostile ones included', () => {
    const line = fc
      .oneof(fc.string({ maxLength: 60 }), fc.constantFrom(...SNIPPETS))
      .map((s) => s.replace(/\s+/g, ' ').trim());
    const part = fc
      .array(
        fc.oneof(
          fc.string({ maxLength: 40 }),
          fc.constantFrom(
            ...SNIPPETS,
            '## x',
            '### Contexte',
            '- **Année** : 1',
            '_Fiche créée le x_',
            '\\<',
            '\\\\#',
          ),
        ),
        { maxLength: 6 },
      )
      .map((ls) => ls.join('\n').replace(/\r/g, '').trim());
    fc.assert(
      fc.property(line, line, part, part, (title, audience, context, prerequisites) => {
        const fields = FicheFields.parse({
          title: title || 'x',
          audience,
          sections: { context },
          prerequisites,
        });
        expect(back([row(fields)])).toEqual([fields]);
      }),
      { numRuns: 300 },
    );
  });

  it('reads a fiche typed by hand after the model, and sets aside what it cannot read', () => {
    const typed = [
      '# Mes fiches',
      '',
      '## Épicerie solidaire',
      '',
      '- **Territoire** : Rennes',
      '- **Stade** : émergence',
      '',
      '### Contexte',
      '',
      'Un quartier sans commerce.',
      '',
      '## Fiche bancale',
      '',
      '- **Couleur** : bleu',
      '- **Département** : Bretagne',
      '',
      '### Chapitre inconnu',
      '',
      '## Trop longue',
      '',
      '### Présentation',
      '',
      'x'.repeat(FICHE_CAPS.section + 1),
    ].join('\n');
    const parsed = parseFichesMarkdown(typed);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.fiches.map((f) => f.fields)).toEqual([
      FicheFields.parse({
        title: 'Épicerie solidaire',
        territory: 'Rennes',
        stage: 'emergence',
        sections: { context: 'Un quartier sans commerce.' },
      }),
    ]);
    expect(parsed.rejected).toEqual([
      {
        where: 'Fiche n° 2 « Fiche bancale » (ligne 12)',
        reason:
          '« Couleur » n’est pas un repère de fiche ; département « Bretagne » inconnu (il faut son numéro entre parenthèses) ; partie « Chapitre inconnu » inconnue',
      },
      { where: 'Fiche n° 3 « Trop longue » (ligne 19)', reason: 'un champ dépasse la longueur permise' },
    ]);
  });

  it('refuses a file with no fiche in it, saying how one starts', () => {
    const r = parseFichesMarkdown('# Notes\n\nrien ici');
    expect(r).toEqual({ ok: false, message: expect.stringMatching(/titre « ## »/) });
  });
});
