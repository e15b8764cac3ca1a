import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanWords } from '../../../electron/pipeline/vita/words';

/** The vocabulary by its definition: lower-cased words, hyphenated compounds whole. */
function reference(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(/\p{L}+(?:-\p{L}+)*/gu)) {
    const w = m[0].toLowerCase();
    counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  return counts;
}

const sorted = (m: Map<string, number>) => [...m].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

describe('scanWords', () => {
  it('counts words and compounds like the pattern that defines them', () => {
    const piece = fc.constantFrom(
      'a',
      'b',
      'É',
      'é',
      'œ',
      '-',
      ' ',
      '.',
      "'",
      '\n',
      '\u{1D400}',
      '\u{10400}',
      '1',
      'L',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (parts) => {
        const text = parts.join('');
        expect(sorted(scanWords(text).vocab)).toEqual(sorted(reference(text)));
      }),
      { numRuns: 500 },
    );
  });

  it('keeps every spelling apart when there are tens of thousands of them', () => {
    // Enough distinct words to make the spelling table grow several times.
    const words = Array.from({ length: 40_000 }, (_, i) =>
      i.toString(26).replace(/\d/g, (d) => 'qrstuvwxyz'[Number(d)]!),
    );
    const text = [...words, ...words.slice(0, 1000)].join(' ');
    const vocab = scanWords(text).vocab;
    expect(vocab.size).toBe(40_000);
    expect(vocab.get(words[0]!)).toBe(2);
    expect(vocab.get(words[39_999]!)).toBe(1);
  });
});
