import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fold, foldWithMap, tokenize, words } from '../../../../electron/shared/search/fold';

describe('fold', () => {
  it('removes accents and case', () => {
    expect(fold('Égalité des CHANCES à Orléans')).toBe('egalite des chances a orleans');
  });
  it('unfolds ligatures and straightens apostrophes', () => {
    expect(fold('Œuvre, cœur, ex æquo, ﬁlière')).toBe('oeuvre, coeur, ex aequo, filiere');
    expect(fold('l’emploi ‘x’ l`y')).toBe("l'emploi 'x' l'y");
  });
  it('keeps the offsets of the original text when lengths change', () => {
    const { folded, map } = foldWithMap('Cœur X');
    expect(folded).toBe('coeur x');
    expect(map && Array.from(map)).toEqual([0, 1, 1, 2, 3, 4, 5]);
  });
});

describe('tokenize', () => {
  it('drops French elisions, with any apostrophe', () => {
    expect(words("la clause d'insertion et l’emploi qu’il jusqu'à")).toEqual([
      'la',
      'clause',
      'insertion',
      'et',
      'emploi',
      'il',
      'a',
    ]);
  });
  it('keeps compounds as parts and joined', () => {
    expect(words('E-nov Orlé’emploi')).toEqual(['e', 'nov', 'enov', 'orle', 'emploi', 'orleemploi']);
  });
  it('points back into the original text', () => {
    const text = 'Le Cœur de l’Œuvre à Nîmes';
    const tokens = tokenize(text);
    for (const t of tokens) expect(fold(text.slice(t.start, t.end)).replace(/[^a-z0-9]/g, '')).toBe(t.t);
    expect(tokens.find((t) => t.t === 'oeuvre')).toMatchObject({ start: 13, end: 18 });
  });
  it('words() gives the same words as tokenize(), faster', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (s) => {
        expect(words(s)).toEqual(tokenize(s).map((t) => t.t));
      }),
    );
    expect(words("Qu'il-faut l'E-nov")).toEqual(tokenize("Qu'il-faut l'E-nov").map((t) => t.t));
  });
  it('never returns ranges outside the text, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (s) => {
        for (const t of tokenize(s)) {
          expect(t.start).toBeGreaterThanOrEqual(0);
          expect(t.end).toBeLessThanOrEqual(s.length);
          expect(t.end).toBeGreaterThan(t.start);
        }
      }),
    );
  });
});
