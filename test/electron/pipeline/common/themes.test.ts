import { describe, expect, it } from 'vitest';
import {
  classifyThemes,
  classifyThemesWithEvidence,
  countThemes,
  THEMES,
} from '../../../../electron/pipeline/common/themes';
import { buildCatalogue } from '../../../../electron/pipeline';
import { readDocuments } from '../../../../electron/cli/documents';
import { importedItems, readLabels, scoreThemes } from '../../../bench/themes';

const filler = (n: number) => 'Le territoire accueille des entreprises et des habitants. '.repeat(n);

describe('classifyThemes', () => {
  it('gives a theme the title names with a specific term', () => {
    expect(classifyThemes('Création d’un pôle multi services d’aide à la mobilité', filler(100))).toContain(
      'Mobilité',
    );
  });

  it('a short text needs one passage with a specific term', () => {
    expect(classifyThemes('x', 'Un chantier d’insertion en maraîchage.')).toEqual(
      expect.arrayContaining(['Environnement et agriculture', 'Insertion par l’activité économique']),
    );
  });

  it('ignores a passing mention in a long text', () => {
    expect(classifyThemes('Portail', `${filler(200)} Une fois, la mobilité.`)).not.toContain('Mobilité');
    expect(classifyThemes('Portail', `${filler(200)} La diversité des informations.`)).toEqual([]);
  });

  it('keeps a theme the text keeps coming back to', () => {
    const mobility =
      'La mobilité est un frein. Le permis de conduire coûte cher. Une location de scooters est proposée. ' +
      'Les transports en commun manquent. Le covoiturage est organisé. ';
    expect(classifyThemes('Accompagner', filler(40) + mobility + filler(40))).toContain('Mobilité');
  });

  it('supporting words alone never give a theme', () => {
    // "partenaires", "parcours", "formation": every report says them.
    const text = 'Les partenaires se réunissent. Les parcours sont suivis. La formation est citée. '.repeat(
      30,
    );
    expect(classifyThemes('x', text)).toEqual([]);
  });

  it('does not match inside other words', () => {
    // "ess" must not fire on "presse" nor "iae" on "familiae".
    expect(classifyThemes('Presse', 'la presse et les messages, familiae')).toEqual([]);
  });

  it('keeps the passages that gave each theme, the title first when it names it', () => {
    const { themes, evidence } = classifyThemesWithEvidence(
      'Clauses sociales à Nantes',
      'Les clauses sociales des marchés publics réservent des heures. Un bilan est fait.',
    );
    expect(themes[0]).toBe('Clauses sociales et achats publics');
    expect(evidence[0]).toEqual({
      theme: 'Clauses sociales et achats publics',
      passages: [
        'Clauses sociales à Nantes',
        'Les clauses sociales des marchés publics réservent des heures.',
      ],
    });
  });

  it('cuts long evidence passages around the match and survives hostile input', () => {
    const long = `${'mot '.repeat(60)}la mobilité ${'mot '.repeat(60)}`;
    const { evidence } = classifyThemesWithEvidence('x', long);
    expect(evidence[0]!.passages[0]!.length).toBeLessThan(260);
    expect(evidence[0]!.passages[0]).toContain('mobilité');
    expect(() => classifyThemesWithEvidence('\u0000'.repeat(10), '\ud800'.repeat(10_000))).not.toThrow();
    expect(classifyThemes('', '')).toEqual([]);
  });

  it('every theme has a specific term and a written definition', () => {
    for (const theme of THEMES) {
      expect(theme.strong.length, theme.label).toBeGreaterThan(0);
      expect(theme.definition.length, theme.label).toBeGreaterThan(60);
    }
  });

  it('a passage naming many themes (a list) shares its weight among them', () => {
    const label = (t: string) => THEMES.findIndex((x) => x.label === t);
    const list = countThemes(
      'x',
      'Un chantier d’insertion, des services à la personne et le permis de conduire.',
    );
    for (const t of ['Insertion par l’activité économique', 'Services à la personne', 'Mobilité'])
      expect(list.strong[label(t)], t).toBeCloseTo(2 / 3);
    const two = countThemes('x', 'Des services à la personne et le permis de conduire.');
    expect(two.strong[label('Mobilité')]).toBe(1);
  });

  it('an organisation hiring its own staff is not about recruitment', () => {
    expect(classifyThemes('x', 'Le recrutement d’un nouveau directeur.')).toEqual([]);
    expect(classifyThemes('x', 'Le recrutement des candidats par les entreprises.')).toContain(
      'Recrutement et relation aux entreprises',
    );
    expect(classifyThemes('x', 'Les personnes recrutées sont suivies.')).toContain(
      'Recrutement et relation aux entreprises',
    );
  });

  it('an address line is not text', () => {
    expect(classifyThemes('x', 'Site Internet : www.exemple.fr')).toEqual([]);
    expect(classifyThemes('x', 'Contact : service des clauses sociales')).toEqual([]);
    expect(classifyThemes('x', 'Le site Internet de l’association est mis en ligne.')).toContain(
      'Innovation et numérique',
    );
  });

  it('a line that starts in lower case goes on the sentence above', () => {
    // A chronology cell broken mid-sentence: « économie » and « solidaire » on two lines.
    expect(classifyThemes('Congrès', 'Le congrès affirme une "économie\nsolidaire" pour tous.')).toContain(
      'Économie sociale et solidaire',
    );
  });

  it('the opening paragraph gives the carrier (IAE), not the themes of its other components', () => {
    const lead =
      'Le groupe regroupe une association intermédiaire, un atelier et chantier d’insertion ' +
      '(environnement) et une association de services aux personnes.';
    const mobility =
      'La mobilité est un frein. Le permis de conduire coûte cher. Une location de scooters est proposée. ';
    const themes = classifyThemes('Un pôle', `${lead}\n\n${filler(60)}${mobility.repeat(3)}`, lead);
    expect(themes).toContain('Insertion par l’activité économique');
    expect(themes).toContain('Mobilité');
    expect(themes).not.toContain('Environnement et agriculture');
    expect(themes).not.toContain('Services à la personne');
  });

  it('a theme a part’s heading names applies from a few passages, whatever its share', () => {
    const mobility =
      'La mobilité est un frein. Le permis de conduire coûte cher. Une location de scooters est proposée. '.repeat(
        4,
      );
    const partners =
      'Les acteurs ont signé une convention de partenariat. Ils conduisent des actions communes. ' +
      'Le pilotage partagé réunit les financeurs. La gouvernance associe les communes.';
    const body = (heading: string) => `${filler(30)}\n${mobility}\n${heading}\n${partners}\n${filler(30)}`;
    expect(classifyThemes('Un atelier', body('Un partenariat territorial bien établi'))).toContain(
      'Gouvernance et partenariats',
    );
    // The same passages under a heading that names nothing: a minor share of the text.
    expect(classifyThemes('Un atelier', body('Les résultats obtenus'))).not.toContain(
      'Gouvernance et partenariats',
    );
    // A list item is not a heading.
    expect(classifyThemes('Un atelier', body('- Un partenariat territorial bien établi'))).not.toContain(
      'Gouvernance et partenariats',
    );
  });

  it('a short text is about what its opening says', () => {
    const text =
      'Des chômeurs recrutés comme stagiaires reçoivent une formation qualifiante. ' +
      'Le programme aide la création d’entreprises. Les créateurs d’entreprises sont suivis. ' +
      'Une pépinière accueille les porteurs de projet.';
    expect(classifyThemes('Un programme', text)).toEqual(
      expect.arrayContaining(['Formation et qualification', 'Recrutement et relation aux entreprises']),
    );
    // The same sentence last is one mention among others of the main theme.
    const last =
      'Le programme aide la création d’entreprises. Les créateurs d’entreprises sont suivis. ' +
      'Une pépinière accueille les porteurs de projet. ' +
      'Des chômeurs recrutés comme stagiaires reçoivent une formation qualifiante.';
    expect(classifyThemes('Un programme', last)).not.toContain('Formation et qualification');
  });

  it('partnerships stated in other words; words that look like a theme and are not', () => {
    expect(classifyThemes('x', 'La CIRIE (Coordination inter-réseaux) est créée.')).toContain(
      'Gouvernance et partenariats',
    );
    expect(
      classifyThemes('x', 'Des acteurs d’horizons différents se sont réunis pour réfléchir ensemble.'),
    ).toContain('Gouvernance et partenariats');
    expect(classifyThemes('x', 'Le projet est abandonné pour cause d’alternance politique.')).toEqual([]);
    expect(classifyThemes('x', 'Le Laboratoire de l’économie et de l’emploi paraît.')).toEqual([]);
    expect(classifyThemes('x', 'Les laboratoires de recherche ouvrent leurs portes.')).toContain(
      'Innovation et numérique',
    );
    expect(classifyThemes('x', 'Le garage répare les véhicules de personnes en insertion.')).toContain(
      'Insertion par l’activité économique',
    );
  });

  it('shows first the passages with a specific term', () => {
    const { evidence } = classifyThemesWithEvidence(
      'x',
      'Les partenaires sont nombreux. La convention de partenariat est signée.',
    );
    expect(evidence).toEqual([
      {
        theme: 'Gouvernance et partenariats',
        passages: ['La convention de partenariat est signée.', 'Les partenaires sont nombreux.'],
      },
    ]);
  });
});

/** Floors just under the figures measured when the rule was last set (the bench prints them). */
const BLIND_P = 0.88; // 0.90 (0.87 before the third review, 0.82 before the definitions)
const BLIND_R = 0.84; // 0.86 (0.79, 0.67)
const ALL_P = 0.9; // 0.91 (0.92, 0.87)
const ALL_R = 0.9; // 0.91 (0.84, 0.77)
const FRESH_P = 0.83; // 0.85 (0.92, 0.91 with the rule before)
const FRESH_R = 0.95; // 1.00 (0.65, 0.59)

describe('themes of the real documents', () => {
  const { catalogue } = buildCatalogue(readDocuments());
  const all = [...catalogue.entries, ...catalogue.events];
  const byTitle = (re: RegExp) => all.find((i) => re.test(i.title))!;

  it('generalise: on the 44 items labelled blind (before the rules were set), precision ≥ BLIND_P and recall ≥ BLIND_R', () => {
    // The per-theme thresholds tuned on the first 53 labels reached 0.93/0.91 on them but
    // 0.68/0.58 on these; one rule from the themes' definitions holds up better. The bench
    // prints every figure (`npm run bench -- themes`).
    const blind = readLabels().filter((l) => l.blind);
    expect(blind.length).toBeGreaterThanOrEqual(40);
    const score = scoreThemes(all, blind);
    expect(score.precision).toBeGreaterThanOrEqual(BLIND_P);
    expect(score.recall).toBeGreaterThanOrEqual(BLIND_R);
  });

  it('on every labelled item, precision ≥ ALL_P and recall ≥ ALL_R', async () => {
    const labels = readLabels();
    const score = scoreThemes([...all, ...(await importedItems(labels))], labels);
    expect(score.labelled).toBeGreaterThanOrEqual(110);
    expect(score.precision).toBeGreaterThanOrEqual(ALL_P);
    expect(score.recall).toBeGreaterThanOrEqual(ALL_R);
  });

  it('the second blind set (committed before the rule ran on it) is scored, items of other documents included', async () => {
    const fresh = readLabels().filter((l) => l.fresh);
    expect(fresh.length).toBeGreaterThanOrEqual(7);
    const score = scoreThemes([...all, ...(await importedItems(fresh))], fresh);
    expect(score.precision).toBeGreaterThanOrEqual(FRESH_P);
    expect(score.recall).toBeGreaterThanOrEqual(FRESH_R);
  });

  it('a neighbourhood initiative carries « Quartiers prioritaires »; a recruitment coordination is not a partnership', () => {
    expect(byTitle(/^REVE/).themes).toContain('Quartiers prioritaires');
    expect(byTitle(/^La Plateforme de l'Initiative/).themes).toContain('Quartiers prioritaires');
    // « le quartier du Blosne », « ce quartier populaire », « l'équipement de quartier ».
    expect(byTitle(/^Égalité des chances et lien social/).themes).toContain('Quartiers prioritaires');
    expect(byTitle(/^Coordination de grands recrutements/).themes).not.toContain(
      'Gouvernance et partenariats',
    );
    // Support to business creators is not support of job seekers.
    expect(byTitle(/^Dispositif d'Accompagnement Renforcé/).themes).not.toContain(
      'Accompagnement vers l’emploi',
    );
  });

  it('the components of a carrier are not the initiative’s themes; a website line is not a theme', () => {
    // « un Atelier et Chantier d'Insertion (environnement) » in the group's presentation.
    expect(byTitle(/^Maison emploi et services/).themes).not.toContain('Environnement et agriculture');
    // « … une Association de Services aux Personnes … » in the ensemblier's presentation.
    expect(byTitle(/^Construction d’une légitimité/).themes).not.toContain('Services à la personne');
    expect(byTitle(/^Construction d’une légitimité/).themes).toContain('Insertion par l’activité économique');
    // « Site Internet : www.cne-cnam.fr »
    const cne = catalogue.entries.find(
      (e) => e.id === 'cime-programme-centre-national-de-l-entrepreneuriat',
    )!;
    expect(cne.themes).not.toContain('Innovation et numérique');
  });

  it('« Communication interne » is not about discriminations; « grandes entreprises » is not about innovation', () => {
    expect(byTitle(/^Communication interne/).themes).not.toContain('Handicap et discriminations');
    expect(byTitle(/^Mobilisation des grandes entreprises/).themes).not.toContain('Innovation et numérique');
  });

  it('the two mobility experiences carry Mobilité, with the passages that say so', () => {
    for (const re of [/aide à la mobilité/, /par l’accès à la mobilité/]) {
      const entry = catalogue.entries.find((e) => re.test(e.title))!;
      expect(entry.themes).toContain('Mobilité');
      const why = (entry.themeEvidence ?? []).find((e) => e.theme === 'Mobilité')!;
      expect(why.passages.length).toBeGreaterThan(0);
      for (const p of why.passages) expect(p).toMatch(/mobilit|permis|transport|déplacement/i);
    }
  });

  it('every thesaurus theme an item carries has its evidence; a document’s own themes have none', () => {
    const thesaurus = new Set(THEMES.map((t) => t.label));
    const unexplained: string[] = [];
    for (const item of all) {
      const explained = new Set((item.themeEvidence ?? []).map((e) => e.theme));
      for (const theme of item.themes)
        if (thesaurus.has(theme) && !explained.has(theme)) unexplained.push(`${item.id}: ${theme}`);
      for (const e of item.themeEvidence ?? []) {
        expect(item.themes).toContain(e.theme);
        expect(e.passages.length).toBeGreaterThan(0);
      }
    }
    expect(unexplained).toEqual([]);
  });
});
