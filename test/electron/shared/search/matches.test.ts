import { describe, expect, it } from 'vitest';
import { findMatches, makeSnippet } from '../../../../electron/shared/search/matches';

const marked = (text: string, terms: string[]) =>
  findMatches(text, terms).map((r) => text.slice(r.start, r.end));

describe('findMatches', () => {
  it('finds words whatever their accents, case, ligatures and elision', () => {
    expect(marked("L'Économie et l’œuvre des MARAÎCHERS", ['economie', 'oeuvre', 'maraichers'])).toEqual([
      'Économie',
      'œuvre',
      'MARAÎCHERS',
    ]);
  });
  it('marks whole words only: neither word middles nor word starts', () => {
    expect(marked('insertion, réinsertion, insérer', ['insertion'])).toEqual(['insertion']);
    expect(marked('maraîchers nantais', ['maraich'])).toEqual([]);
    expect(marked('l’ESS, essentielle, essaimage, essayé', ['ess'])).toEqual(['ESS']);
    expect(marked('le PLIE, un lien, il lie', ['plie'])).toEqual(['PLIE']);
  });
  it('marks a hyphenated name through its joined form and its parts', () => {
    expect(marked('E-nov Campus est une école', ['enov', 'campus'])).toEqual(['E-nov', 'Campus']);
  });
  it('folds the terms it is given', () => {
    expect(marked('la Clause d’insertion', ['Clause', "d'Insertion"])).toEqual(['Clause', 'insertion']);
  });
  it('ignores empty terms, and survives hostile text', () => {
    expect(findMatches('a b c abc', ['a', ''])).toEqual([{ start: 0, end: 1 }]);
    expect(findMatches('', ['x'])).toEqual([]);
    expect(() => findMatches('\ud800\u0000'.repeat(1000), ['\ud800'])).not.toThrow();
  });
});

describe('makeSnippet', () => {
  it('keeps the ranges on the same words after cutting', () => {
    const text = `${'mot '.repeat(200)}clause d'insertion ${'fin '.repeat(100)}`;
    const snippet = makeSnippet(text, findMatches(text, ['clause']));
    expect(snippet.text.length).toBeLessThanOrEqual(230);
    expect(snippet.ranges).toHaveLength(1);
    const r = snippet.ranges[0]!;
    expect(snippet.text.slice(r.start, r.end)).toBe('clause');
    expect(snippet.text.startsWith('… ')).toBe(true);
  });
});

describe('snippets read as text', () => {
  it('drop the sub-heading marker and bullet list items, keeping the marks on their words', () => {
    const text = '### Contexte en 2004\n\nLes freins :\n- le permis\n  - la voiture';
    const s = makeSnippet(text, [
      { start: 4, end: 12 },
      { start: 54, end: 61 },
    ]);
    expect(s.text).toBe('Contexte en 2004\n\nLes freins :\n• le permis\n  • la voiture');
    expect(s.ranges.map((r) => s.text.slice(r.start, r.end))).toEqual(['Contexte', 'voiture']);
  });

  it('drop the marker of a sub-heading under a sub-heading too, moving the marks by its length', () => {
    const text = '### Bilan\n\n#### En amont de l’emploi\n\nDes visites.';
    const at = (w: string) => ({ start: text.indexOf(w), end: text.indexOf(w) + w.length });
    const s = makeSnippet(text, [at('amont'), at('visites')]);
    expect(s.text).toBe('Bilan\n\nEn amont de l’emploi\n\nDes visites.');
    expect(s.ranges.map((r) => s.text.slice(r.start, r.end))).toEqual(['amont', 'visites']);
  });
});
