import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { foldForMatch, tidy } from '../../../../electron/pipeline/common/text';
import { foldReference } from './fold-reference';

const DOCS = join(__dirname, '../../../../resources/documents');

describe('foldForMatch', () => {
  it('folds accents, ligatures, apostrophes and spacing', () => {
    expect(foldForMatch('  Cœur  d’Île-de-France — ÉTÉ_2012 ')).toBe("coeur d'ile de france ete 2012");
    expect(foldForMatch('---')).toBe('');
    expect(foldForMatch('Σ ΟΔΟΣ')).toBe(foldReference('Σ ΟΔΟΣ'));
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
