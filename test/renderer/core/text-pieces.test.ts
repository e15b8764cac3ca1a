import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textPieces } from '../../../renderer/src/core/text-pieces';

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;

describe('textPieces', () => {
  it('gives back the whole text, in pieces no longer than asked, never splitting a surrogate pair', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: 'binary', maxLength: 40 }), { maxLength: 30 }),
        fc.integer({ min: 2, max: 17 }),
        (parts, size) => {
          const pieces = [...textPieces(parts, size)];
          expect(pieces.join('')).toBe(parts.join(''));
          for (const piece of pieces) {
            expect(piece.length).toBeGreaterThan(0);
            expect(piece.length).toBeLessThanOrEqual(size);
          }
          // No pair of the text is split between two pieces.
          for (let i = 0; i + 1 < pieces.length; i++) {
            const [piece, next] = [pieces[i]!, pieces[i + 1]!];
            const low = next.charCodeAt(0) >= 0xdc00 && next.charCodeAt(0) <= 0xdfff;
            expect(isHigh(piece.charCodeAt(piece.length - 1)) && low).toBe(false);
          }
        },
      ),
    );
  });

  it('joins small parts, and cuts before an emoji rather than inside it, across parts too', () => {
    expect([...textPieces(['ab', 'cd', 'ef'], 4)]).toEqual(['abcd', 'ef']);
    expect([...textPieces(['abc\ud83d', '\ude00de'], 4)]).toEqual(['abc', '😀de']);
    expect([...textPieces(['abc😀def'], 4)]).toEqual(['abc', '😀de', 'f']);
    expect([...textPieces([], 4)]).toEqual([]);
    expect(() => [...textPieces(['x'], 1)]).toThrow(RangeError);
  });
});
