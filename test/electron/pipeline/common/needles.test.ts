import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { NeedleSet } from '../../../../electron/pipeline/common/needles';

describe('NeedleSet', () => {
  it('finds overlapping and nested needles', () => {
    const set = new NeedleSet(['rés', 'rogrés', 'é', 'le', 'L ', 'absent']);
    expect([...set.scan('le progrés')]).toEqual([1, 1, 1, 1, 0, 0]);
    expect([...set.scan('')]).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it('answers like includes for every needle', () => {
    const piece = fc.constantFrom('a', 'b', 'ab', 'é', "'", ' ', '|', '\u{1F600}');
    const word = fc.array(piece, { maxLength: 4 }).map((p) => p.join(''));
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 8 }),
        fc.array(piece, { maxLength: 30 }),
        (needles, parts) => {
          const text = parts.join('');
          const found = new NeedleSet(needles).scan(text);
          expect(needles.map((_, i) => found[i] === 1)).toEqual(needles.map((n) => text.includes(n)));
        },
      ),
    );
  });

  it('answers for a group of needles when any of them is in the text', () => {
    const piece = fc.constantFrom('a', 'b', 'ab', 'é', ' ', '|');
    const word = fc.array(piece, { minLength: 1, maxLength: 3 }).map((p) => p.join(''));
    fc.assert(
      fc.property(
        fc.array(fc.array(word, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 5 }),
        fc.array(piece, { maxLength: 20 }),
        (groups, parts) => {
          const text = parts.join('');
          const found = new NeedleSet(groups).scan(text);
          expect(groups.map((_, i) => found[i] === 1)).toEqual(
            groups.map((g) => g.some((n) => text.includes(n))),
          );
        },
      ),
    );
    expect([...new NeedleSet([['péle', 'pole'], 'x']).scan('le pole')]).toEqual([1, 0]);
  });
});
