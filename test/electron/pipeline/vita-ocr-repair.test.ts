import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildVocabulary,
  cleanLines,
  documentPlaces,
  findPhones,
  isPageMarker,
  normalisePhone,
  repairBullet,
  repairElision,
  repairEmail,
  repairText,
  repairWords,
} from '../../../electron/pipeline/vita/ocr-repair';
import { joinSpacedLocalPart, parsePerson } from '../../../electron/pipeline/vita/contacts';
import { repairTitleCapitals, splitPlace } from '../../../electron/pipeline/vita/title';

describe('VITA OCR repairs', () => {
  it('recognises the page markers in their garbled forms, not prose mentioning the summary', () => {
    for (const m of [
      'Sommaire | 10',
      '11\\ sommaire',
      'Sommaire = 12',
      '61  Sommaire',
      'Sommaire [ 112',
      'Sommaire 30',
    ]) {
      expect(isPageMarker(m)).toBe(true);
    }
    expect(isPageMarker('Le sommaire du recueil présente les groupes')).toBe(false);
  });

  it('turns OCR bullets into "- " but leaves ordinary lines', () => {
    expect(repairBullet('¢ Repérer et capitaliser')).toBe('- Repérer et capitaliser');
    expect(repairBullet('e Accompagner ces projets')).toBe('- Accompagner ces projets');
    expect(repairBullet('* Sa mise en place')).toBe('- Sa mise en place');
    expect(repairBullet('• Outils')).toBe('- Outils');
    expect(repairBullet('en vue de constituer')).toBe('en vue de constituer');
  });

  it('restores the elided article read as U', () => {
    expect(repairElision("acteurs de U'IAE")).toBe("acteurs de l'IAE");
    expect(repairElision('réseaux de UIAE et')).toBe("réseaux de l'IAE et");
    expect(repairElision('au service de Uemploi')).toBe("au service de l'emploi");
    expect(repairElision('Insertion par UActivité')).toBe("Insertion par l'Activité");
    expect(repairElision('entre Ulsére et la Savoie')).toBe("entre l'Isére et la Savoie");
    expect(repairElision('UNAREC et Ulisse')).toBe('UNAREC et Ulisse');
  });

  it('adds the lost apostrophe only when the document knows the bare word', () => {
    const vocab = buildVocabulary("l'emploi de l'emploi pour l'emploi lemploi les leurs");
    expect(repairElision('de lemploi', vocab)).toBe("de l'emploi");
    expect(repairElision('les leurs', vocab)).toBe('les leurs');
  });

  it('splits a glued « l »/« d » wherever the pattern finds one, whatever the text around it', () => {
    // The rule as the pattern states it: the bare word used twice at least, twice as often as
    // the glued spelling, and no common word that starts with « l » or « d ».
    const vocab = new Map([
      ['activité', 5],
      ['emploi', 3],
      ['lactivité', 1],
      ['été', 3],
      ['a\u{1d400}b', 4],
      ['ieux', 2],
      ['ex', 3],
    ]);
    const reference = (s: string): string =>
      s.replace(/(?<![\p{L}])([ld])([aeiouyéèêh][\p{L}]{2,})/gu, (whole, p: string, rest: string) => {
        const bare = vocab.get(rest.toLowerCase()) ?? 0;
        const glued = vocab.get(whole.toLowerCase()) ?? 0;
        return bare >= 2 && bare > glued * 2 && !['lieux', 'deux'].includes(whole.toLowerCase())
          ? `${p}'${rest}`
          : whole;
      });
    const unit = fc.constantFrom(
      ..."ldLDaeéhx '’-.(\u{1d400}\ud800".split(''),
      '\u{1d400}',
      'activité',
      'emploi',
      'été',
      'ieux',
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 30 }), (parts) => {
        const s = parts.join('');
        expect(repairElision(s, vocab)).toBe(reference(repairElision(s)));
      }),
      { numRuns: 3000 },
    );
    expect(repairElision('à lactivité, dété, lieux', vocab)).toBe("à l'activité, d'été, lieux");
  });

  it('learns the towns a document places: its addresses, a town then its department', () => {
    const places = documentPlaces(
      [
        '26 106 ROMANS',
        'Il fédère 10 000 Associations',
        'ISACTYS a Pont-de-Beauvoisin (Isère), ESSOR - Nanterre, Hauts-de-Seine',
        'Anjou Domicile (Maine-et-Loire) ; ASSOCIATION INTERMEDIAIRE (HAUTS-DE-SEINE)',
        'le projet VITA (formations) ; la Rencontre VITA (13',
      ].join('\n'),
    );
    expect([...places].sort()).toEqual(['nanterre', 'pont de beauvoisin', 'romans']);
    const vocab = buildVocabulary('Saintes (Charente-Maritime)');
    expect(repairText('une réunion a Saintes et a Lyon, a Pont-Aven', vocab)).toBe(
      'une réunion à Saintes et à Lyon, a Pont-Aven',
    );
    // The verb stays: after « il », before a name a town starts, or anything but a town.
    expect(repairText('il a Lyon pour siège ; a Lyon Métropole ; a France Active', vocab)).toBe(
      'il a Lyon pour siège ; a Lyon Métropole ; a France Active',
    );
    expect(repairText('La structure basée a Savenay')).toBe('La structure basée à Savenay');
  });

  it('reads « & » as « à » after a word and before an article or a name, in prose only', () => {
    expect(repairText('(lié & un manque de suivi) ; Pays de la Loire ou & Paris', undefined, true)).toBe(
      '(lié à un manque de suivi) ; Pays de la Loire ou à Paris',
    );
    expect(repairText('(ALCG) & Morez (Jura)', undefined, true)).toBe('(ALCG) à Morez (Jura)');
    for (const kept of [
      'Responsable Insertion & Développement',
      'Informatique & formation',
      'emploi & formation',
      'R&D',
    ])
      expect(repairText(kept, undefined, true)).toBe(kept);
  });

  it('fixes letters the scanner confuses', () => {
    expect(repairWords('mise en ceuvre au cceur')).toBe('mise en œuvre au cœur');
    expect(repairWords('une premiére fois trés tôt')).toBe('une première fois très tôt');
    expect(repairWords('le péle et les pdles')).toBe('le pôle et les pôles');
    expect(repairWords('de 2005 a 2008, a la fin')).toBe('de 2005 à 2008, à la fin');
    expect(repairWords('le projet a proposé')).toBe('le projet a proposé');
  });

  it('joins line-end hyphenation but keeps compound hyphens', () => {
    // Through the paragraph joiner the parser uses (the pair-wise helper was test-only).
    expect(cleanLines(['des personnes en inser-', 'tion durable'])).toBe(
      'des personnes en insertion durable',
    );
    expect(cleanLines(['un accompagnement socio-', 'professionnel'])).toBe(
      'un accompagnement socio-professionnel',
    );
    expect(cleanLines(['la région Rhône-', 'Alpes'])).toBe('la région Rhône-Alpes');
    expect(cleanLines(['une ligne', 'suivante'])).toBe('une ligne suivante');
  });

  it('reads « à l’ » glued to a word the list knows (« alinitiative »), and nothing else', () => {
    expect(repairText('une crédibilité alinitiative des SIAE', undefined, true)).toBe(
      "une crédibilité à l'initiative des SIAE",
    );
    expect(repairText('Maître de conférence alUniversité de Valenciennes', undefined, true)).toBe(
      "Maître de conférence à l'Université de Valenciennes",
    );
    // A word of its own, a consonant after « al » (« allotissement »: no elision there), a name.
    for (const kept of ['alors aliment', 'un allotissement des marchés', 'en Alsace', 'alentour'])
      expect(repairText(kept, undefined, true)).toBe(kept);
  });

  it('keeps a sentence whole across a blank line after a word no sentence ends on', () => {
    // The scan's spacing, even before a capital: « Uinsertion » (l'insertion), a name.
    expect(
      cleanLines(['Qu’est-ce qui poussent les acteurs de', '', 'Uinsertion par Uactivité économique ?']),
    ).toBe("Qu’est-ce qui poussent les acteurs de l'insertion par l'activité économique ?");
    expect(cleanLines(['cinq réunions, co-animées par', '', 'Nicolas Philippe (Extra Muros).'])).toBe(
      'cinq réunions, co-animées par Nicolas Philippe (Extra Muros).',
    );
    // A paragraph that ends, or a heading, still stands apart; « de » inside a word is no link.
    expect(cleanLines(['La fin.', '', 'Une suite.'])).toBe('La fin.\n\nUne suite.');
    expect(cleanLines(['Les freins rencontrés', '', 'Le manque de temps.'])).toBe(
      'Les freins rencontrés\n\nLe manque de temps.',
    );
    expect(cleanLines(['Un guide de', '', 'Le manque'])).toBe('Un guide de Le manque');
    expect(cleanLines(['Le monde', '', 'Le manque'])).toBe('Le monde\n\nLe manque');
  });

  it('cleans a section into paragraphs', () => {
    const text = cleanLines([
      'Les entreprises convention-',
      'nées IAE doivent compter',
      '',
      'avec leur capacité.',
      'Sommaire | 10',
      '',
      "¢ Repérer les acteurs de U'IAE.",
      'e Accompagner ces projets.',
    ]);
    expect(text).toBe(
      "Les entreprises conventionnées IAE doivent compter avec leur capacité.\n\n- Repérer les acteurs de l'IAE.\n- Accompagner ces projets.",
    );
  });

  it('rebuilds e-mail addresses whose @ was misread', () => {
    expect(repairEmail('lac.lemoine(dlaposte.net')).toBe('lac.lemoine@laposte.net');
    expect(repairEmail('hmenard.cooracemp(@orange.fr')).toBe('hmenard.cooracemp@orange.fr');
    expect(repairEmail('jechaurin.aideldwanadoo.fr')).toBe('jechaurin.aide@wanadoo.fr');
    expect(repairEmail('ec.bretagne.flochdwanadoo.fr')).toBe('ec.bretagne.floch@wanadoo.fr');
    expect(repairEmail('didier.oblednantesmetropole.fr')).toBe('didier.oble@nantesmetropole.fr');
    expect(repairEmail('manier.guillaume@cgé62.fr')).toBe('manier.guillaume@cg62.fr');
    // The document's own valid address settles an ambiguous split.
    expect(repairEmail('p.langlade.eceldorange.fr', new Set(['p.langlade.ecel@orange.fr']))).toBe(
      'p.langlade.ecel@orange.fr',
    );
    expect(repairEmail('not an address')).toBeNull();
    expect(joinSpacedLocalPart('i Al R@cc-parthenay.fr')).toBe('AIR@cc-parthenay.fr');
  });

  it('normalises phone numbers, dropping the icon read as digits', () => {
    expect(normalisePhone('04 7502 07 68')).toBe('04 75 02 07 68');
    expect(normalisePhone('40056214 49 96')).toBe('05 62 14 49 96');
    expect(normalisePhone('12 34')).toBeNull();
    expect(findPhones('Tél. 03.27.64.00.70 / Port. : 06.78.83.30.14')).toEqual([
      '03 27 64 00 70',
      '06 78 83 30 14',
    ]);
    expect(findPhones('38 480 PONT DE BEAUVOISIN')).toEqual([]);
  });

  it('reads contact people with their roles', () => {
    expect(parsePerson('Hubert PETITPREZ, Directeur')).toEqual({
      name: 'Hubert PETITPREZ',
      role: 'Directeur',
      email: null,
      phone: null,
    });
    expect(parsePerson('Pierre LANGLADE Directeur')?.role).toBe('Directeur');
    expect(parsePerson('Héléne Ménard, Déléguée Régionale')?.name).toBe('Héléne Ménard');
    expect(parsePerson('Groupe ISACTYS')).toBeNull();
    expect(parsePerson('43 rue Félix Pyat')).toBeNull();
  });

  it('repairs garbled title capitals and splits the place', () => {
    expect(repairTitleCapitals(["construction o'uNe LEGITIMITE D'INTERVENTION"])).toBe(
      "CONSTRUCTION D'UNE LEGITIMITE D'INTERVENTION",
    );
    expect(repairTitleCapitals(['mise en euvre b LA CLAUSE'])).toBe('MISE EN ŒUVRE DE LA CLAUSE');
    expect(splitPlace('POLE SUD (DROME)')).toEqual({ title: 'POLE SUD', place: 'DROME' });
    expect(splitPlace('SANS LIEU')).toEqual({ title: 'SANS LIEU', place: null });
  });
});
