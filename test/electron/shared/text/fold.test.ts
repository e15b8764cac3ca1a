import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  fold,
  foldForMatch,
  foldedAlnum,
  foldedStart,
  foldedWords,
  mayFoldTo,
} from '../../../../electron/shared/text/fold';
import { foldReference } from './fold-reference';

const DOCS = join(__dirname, '../../../../resources/documents');

describe('foldForMatch', () => {
  it('folds accents, ligatures, apostrophes and spacing', () => {
    expect(foldForMatch('  Cœur  d’Île-de-France — ÉTÉ_2012 ')).toBe("coeur d'ile de france ete 2012");
    expect(foldForMatch('---')).toBe('');
    expect(foldForMatch('Σ ΟΔΟΣ')).toBe(foldReference('Σ ΟΔΟΣ'));
    // The same characters as the search folding: ligatures OCR leaves, typographic quotes.
    expect(foldForMatch('teﬂ‘ltorlal')).toBe("tefl'ltorlal");
    expect(foldForMatch('Œuvre ÉTÉ')).toBe(fold('Œuvre ÉTÉ'));
  });

  it('agrees with the reference pipeline for every BMP character in context', () => {
    const mismatches: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      for (const s of [ch, `a${ch}b`, ` ${ch}`, `${ch}\u0301`, `É${ch} `, `ΑΣ${ch}`]) {
        if (foldForMatch(s) !== foldReference(s)) mismatches.push(c.toString(16));
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('agrees with the reference pipeline on the documents, whole and line by line', () => {
    for (const f of readdirSync(DOCS)) {
      const text = readFileSync(join(DOCS, f), 'utf8');
      expect(foldForMatch(text)).toBe(foldReference(text));
      for (const line of text.split('\n')) expect(foldForMatch(line)).toBe(foldReference(line));
    }
  });
});

describe('foldedAlnum and foldedWords', () => {
  it('read the folded words without the separators', () => {
    expect(foldedAlnum('Nantes Métropole – Œuvre')).toBe('nantesmetropoleoeuvre');
    expect(foldedWords('L’Île-de-France, 2008 !')).toEqual(['l', 'ile', 'de', 'france', '2008']);
    expect(foldedWords('  ')).toEqual([]);
  });

  it('agree with folding then filtering, general path included', () => {
    const piece = PIECE;
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

  it('agree on long texts, which are folded through a buffer', () => {
    fc.assert(
      fc.property(fc.array(PIECE, { minLength: 1, maxLength: 20 }), fc.nat(600), (parts, at) => {
        // Long enough for the buffer path, with the pieces both inside and at both ends.
        const filler = 'Économie – solidaire '.repeat(30);
        const s = `${parts.join('')}${filler.slice(0, at)}${parts.join('')}${filler}${parts.join('')}`;
        expect(foldForMatch(s)).toBe(foldReference(s));
        expect(foldedAlnum(s)).toBe(foldReference(s).replace(/[^a-z0-9]+/g, ''));
        expect(foldedWords(s)).toEqual(
          foldReference(s)
            .split(/[^a-z0-9]+/)
            .filter((w) => w !== ''),
        );
      }),
      { numRuns: 200 },
    );
  });
});

describe('foldedStart', () => {
  it('gives the first characters of the folded text, from a prefix when that is enough', () => {
    expect(foldedStart(`  **France  Urbaine** : le Lab ${'x'.repeat(200)}`, 15)).toBe('**france urbain');
    fc.assert(
      fc.property(fc.array(PIECE, { maxLength: 120 }), fc.integer({ min: 1, max: 25 }), (parts, n) => {
        const s = parts.join('');
        expect(foldedStart(s, n)).toBe(foldForMatch(s).slice(0, n));
      }),
      { numRuns: 500 },
    );
  });
});

describe('mayFoldTo', () => {
  it('never says no when the folded text holds the letter', () => {
    expect(mayFoldTo('Groupe de travail VITA', 'v')).toBe(true);
    expect(mayFoldTo('Ŵ', 'v')).toBe(false);
    expect(mayFoldTo('sans la lettre', 'v')).toBe(false);
    const forcedLetter = fc.constantFrom('V', 'œ', 'ǵ', 'É');
    fc.assert(
      fc.property(
        fc.array(fc.oneof(PIECE, forcedLetter, fc.constant('ﬀ')), { maxLength: 30 }),
        forcedLetter,
        (parts, forced) => {
          // One piece that folds to letters, so every run checks at least one letter.
          const s = [...parts, forced].join('');
          const letters = new Set(foldForMatch(s).replace(/[^a-z]/g, ''));
          expect(letters.size).toBeGreaterThan(0);
          for (const letter of letters) expect(mayFoldTo(s, letter)).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });
});

const PIECE = fc.constantFrom(
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
