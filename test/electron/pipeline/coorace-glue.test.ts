import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gluePoints, gluePointsByPatterns } from '../../../electron/pipeline/coorace/glue';

describe('gluePoints', () => {
  it('finds the cell boundaries of glued cells', () => {
    expect(gluePoints('BoulogneCONGRES')).toEqual([8]);
    expect(gluePoints('COORACE1993: Le COORACE')).toEqual([7]);
    expect(gluePoints('Service .Chèque')).toEqual([9]);
    expect(gluePoints('FRANco-opération')).toEqual([]);
  });

  it('answers exactly as the patterns that define it', () => {
    const piece = fc.constantFrom(
      'a',
      'é',
      'B',
      'É',
      'CO',
      '1',
      '9',
      '19',
      '20',
      ':',
      ' ',
      '.',
      '…',
      '"',
      '»',
      ')',
      "'",
      '’',
      '-',
      'ǅ',
      'ª',
      '\u00a0',
      '\u{1D400}',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const s = parts.join('');
        expect(gluePoints(s)).toEqual(gluePointsByPatterns(s));
      }),
      { numRuns: 3000 },
    );
  });
});
