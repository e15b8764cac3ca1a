import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../../../electron/shared/search/query';

describe('parseQuery', () => {
  it('folds words and drops stop words', () => {
    expect(parseQuery('les Maraîchers à Nantes ').terms).toEqual(['maraichers', 'nantes']);
  });
  it('marks the word being typed as a prefix', () => {
    expect(parseQuery('clause ins').lastIsPrefix).toBe(true);
    expect(parseQuery('clause ins ').lastIsPrefix).toBe(false);
  });
  it('reads phrases, with straight or French quotes', () => {
    expect(parseQuery('"clauses sociales" nord').phrases).toEqual([['clauses', 'sociales']]);
    expect(parseQuery('« clause d’insertion »').phrases).toEqual([['clause', 'insertion']]);
  });
  it('reads exclusions of words and phrases', () => {
    const q = parseQuery('clauses -Toulouse -"Pays de la Loire"');
    expect(q.terms).toEqual(['clauses']);
    expect(q.excluded).toEqual([['toulouse'], ['pays', 'de', 'la', 'loire']]);
  });
  it('keeps a lone hyphen and compounds as words', () => {
    expect(parseQuery('Pont-de-Beauvoisin - emploi').terms).toEqual([
      'pont',
      'beauvoisin',
      'pontdebeauvoisin',
      'emploi',
    ]);
  });
  it('survives hostile input', () => {
    for (const raw of [
      '',
      '   ',
      '"',
      '""',
      '-',
      '--',
      '"-"',
      ')(*&^%$',
      'a'.repeat(5000),
      '\u0000\uffff\ud800',
    ]) {
      expect(() => parseQuery(raw)).not.toThrow();
    }
    // A phrase still being typed is searched word by word, the last one as a prefix.
    expect(parseQuery('"unclosed phr')).toMatchObject({
      terms: ['unclosed', 'phr'],
      phrases: [],
      lastIsPrefix: true,
    });
  });
});
