import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { foldForMatch, foldedAlnum, foldedWords } from '../../../../../electron/main/parsing/common/text';

describe('foldedAlnum and foldedWords', () => {
  it('read the folded words without the separators', () => {
    expect(foldedAlnum('Nantes Métropole – Œuvre')).toBe('nantesmetropoleoeuvre');
    expect(foldedWords('L’Île-de-France, 2008 !')).toEqual(['l', 'ile', 'de', 'france', '2008']);
    expect(foldedWords('  ')).toEqual([]);
  });

  it('agree with folding then filtering, general path included', () => {
    const piece = fc.constantFrom(
      'a',
      'É',
      'œ',
      '-',
      ' ',
      '’',
      '½',
      '7',
      'e\u0301',
      '\u0301',
      'Σ',
      'ß',
      '\u00a0',
      '\u{1D400}',
      'x',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), (parts) => {
        const s = parts.join('');
        expect(foldedAlnum(s)).toBe(foldForMatch(s).replace(/[^a-z0-9]+/g, ''));
        expect(foldedWords(s)).toEqual(
          foldForMatch(s)
            .split(/[^a-z0-9]+/)
            .filter((w) => w !== ''),
        );
      }),
    );
  });
});
