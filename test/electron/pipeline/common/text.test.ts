import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { tidy } from '../../../../electron/pipeline/common/text';

describe('tidy', () => {
  /** The first, line-by-line writing: the one-pass patterns must give the same text. */
  function byLines(s: string): string {
    return s
      .replace(/[ \t\u00a0]+/g, ' ')
      .split('\n')
      .map((l) => l.trim())
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim();
  }

  it('collapses spaces, trims lines and keeps paragraph breaks, as line by line', () => {
    expect(tidy('  un   deux\t trois \n\n\n\n  quatre\u00a0 ')).toBe('un deux trois\n\nquatre');
    const piece = fc.constantFrom(
      'a',
      'é',
      ' ',
      '  ',
      '\t',
      '\u00a0',
      '\n',
      '\r',
      '\u2028',
      '\u3000',
      '\f',
      'x y',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const s = parts.join('');
        expect(tidy(s)).toBe(byLines(s));
      }),
      { numRuns: 1000 },
    );
  });
});
