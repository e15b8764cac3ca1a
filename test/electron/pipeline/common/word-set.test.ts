import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashWord, WordSet } from '../../../../electron/pipeline/common/word-set';

/** Every word of `text` (runs of non-spaces) looked up in place, as a scanner does. */
function inPlace(set: WordSet, text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(/\S+/g)) {
    const end = m.index + m[0].length;
    if (set.has(text, m.index, end, hashWord(text, m.index, end))) found.push(m[0]);
  }
  return found;
}

describe('WordSet', () => {
  it('finds a word inside a longer text, not its prefixes, extensions or case variants', () => {
    const set = new WordSet();
    set.add('insertion');
    set.add('Insertion');
    expect(inPlace(set, 'l’ insertion insertions insert Insertion INSERTION')).toEqual([
      'insertion',
      'Insertion',
    ]);
  });

  it('numbers the words in the order they were first added', () => {
    const set = new WordSet();
    expect(['de', 'la', 'de', 'ville', 'la'].map((w) => set.add(w))).toEqual([0, 1, 0, 2, 1]);
    expect(set.size).toBe(3);
    const text = 'la ville de';
    expect(set.find(text, 3, 8, hashWord(text, 3, 8))).toBe(2);
    expect(set.find(text, 3, 7, hashWord(text, 3, 7))).toBe(-1);
  });

  it('answers as a Set of strings would, past many growths and with any characters', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.string({ minLength: 1, maxLength: 6, unit: fc.constantFrom(...'ab\u00e9\ud83d\ude00 ') }),
          {
            maxLength: 60,
          },
        ),
        fc.array(fc.string({ minLength: 1, maxLength: 6 }), { maxLength: 60 }),
        (added, asked) => {
          const set = new WordSet();
          for (const w of added) set.add(w);
          const reference = new Set(added);
          for (const w of [...added, ...asked]) {
            const text = `«${w}»`;
            expect(set.has(text, 1, 1 + w.length, hashWord(w))).toBe(reference.has(w));
          }
        },
      ),
      { numRuns: 300 },
    );
    // Twenty thousand words: the table grows from 4,096 slots several times.
    const set = new WordSet();
    for (let i = 0; i < 20_000; i++) set.add(`mot${i}`);
    for (let i = 0; i < 20_000; i += 997)
      expect(set.has(`mot${i}`, 0, `mot${i}`.length, hashWord(`mot${i}`))).toBe(true);
    expect(set.has('mot20000', 0, 8, hashWord('mot20000'))).toBe(false);
  });
});
