import { describe, expect, it } from 'vitest';
import { printedPagesLabel } from '../../../../renderer/src/features/entry/printed-pages';

describe('printed pages in words', () => {
  it('says what the footers establish and nothing more', () => {
    expect(printedPagesLabel(undefined)).toBeNull();
    expect(printedPagesLabel({ first: 29, last: 32, marked: [30, 31, 32] })).toBe('pages imprimées 29 à 32');
    expect(printedPagesLabel({ first: 10, last: 10, marked: [10] })).toBe('page imprimée 10');
    expect(printedPagesLabel({ first: 11, last: null, marked: [11, 12, 13] })).toBe(
      'à partir de la page imprimée 11',
    );
    expect(printedPagesLabel({ first: null, last: 28, marked: [28] })).toBe('jusqu’à la page imprimée 28');
    expect(printedPagesLabel({ first: null, last: null, marked: [61] })).toBe('comprend la page imprimée 61');
    expect(printedPagesLabel({ first: null, last: null, marked: [88, 91] })).toBe(
      'comprend les pages imprimées 88, 91',
    );
    expect(printedPagesLabel({ first: null, last: null, marked: [] })).toBeNull();
  });
});
