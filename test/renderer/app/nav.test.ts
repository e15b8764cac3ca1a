import { describe, expect, it } from 'vitest';
import { isCurrent } from '../../../renderer/src/app/Layout';

describe('the header link of the current page (isCurrent)', () => {
  it('marks a view and what lies below it', () => {
    expect(isCurrent('/catalogue', '/catalogue')).toBe(true);
    expect(isCurrent('/comparaison/abc', '/comparaison')).toBe(true);
    expect(isCurrent('/Catalogue', '/catalogue')).toBe(true);
  });

  it('does not mark a path that only starts with the same letters', () => {
    expect(isCurrent('/catalogues', '/catalogue')).toBe(false);
    expect(isCurrent('/fiche/x', '/catalogue')).toBe(false);
  });

  it('marks Accueil on the home page alone', () => {
    expect(isCurrent('/', '/', true)).toBe(true);
    expect(isCurrent('/catalogue', '/', true)).toBe(false);
  });
});
