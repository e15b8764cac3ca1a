import { describe, expect, it } from 'vitest';
import {
  classifyThemes,
  classifyThemesWithEvidence,
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

  it('every theme has a specific term', () => {
    for (const theme of THEMES) expect(theme.strong.length, theme.label).toBeGreaterThan(0);
  });
});

describe('themes of the real documents', () => {
  const { catalogue } = buildCatalogue(readDocuments());
  const all = [...catalogue.entries, ...catalogue.events];
  const byTitle = (re: RegExp) => all.find((i) => re.test(i.title))!;

  it('generalise: on the 44 items labelled blind (before the rules were set), precision ≥ 0.8 and recall ≥ 0.65', () => {
    // The per-theme thresholds tuned on the first 53 labels reached 0.93/0.91 on them but
    // 0.68/0.58 on these; one rule for every theme, weighing passages by where they stand, holds
    // up better. The bench prints every figure (`npm run bench -- themes`).
    const blind = readLabels().filter((l) => l.blind);
    expect(blind.length).toBeGreaterThanOrEqual(20);
    const score = scoreThemes(all, blind);
    expect(score.precision).toBeGreaterThanOrEqual(0.8);
    expect(score.recall).toBeGreaterThanOrEqual(0.65);
  });

  it('on every labelled item, precision ≥ 0.85 and recall ≥ 0.75', async () => {
    const labels = readLabels();
    const score = scoreThemes([...all, ...(await importedItems(labels))], labels);
    expect(score.labelled).toBeGreaterThanOrEqual(100);
    expect(score.precision).toBeGreaterThanOrEqual(0.85);
    expect(score.recall).toBeGreaterThanOrEqual(0.75);
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
