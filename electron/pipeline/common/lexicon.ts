// French words from a maintained list (an-array-of-french-words, ~336,000 lower-case forms),
// imported as a module so the pipeline needs no file system. Only the pipeline imports it: the
// renderer's bundle does not; a worker that runs the pipeline gets it in its own chunk, loaded
// when the worker starts. The Set is built on first use (~60 ms), not at import.
import words from 'an-array-of-french-words';

export type Lexicon = ReadonlySet<string>;

let lexicon: Set<string> | null = null;

export function frenchLexicon(): Lexicon {
  lexicon ??= new Set(words as readonly string[]);
  return lexicon;
}

/** Is `word` (any case, "œ" or "oe") a French word of the list? */
export function isFrenchWord(word: string, lex: Lexicon = frenchLexicon()): boolean {
  if (lex.has(word)) return true;
  const lower = word.toLowerCase();
  if (lex.has(lower)) return true;
  return lower.includes('œ') && lex.has(lower.replace(/œ/g, 'oe'));
}

/**
 * Lower-case running words of a text, the ones a reader would spell-check: letters only,
 * elisions ("l'", "qu'") taken off, capitalised words (names, acronyms, sentence starts whose
 * case says nothing) and words next to digits or inside addresses left out.
 */
export function runningWords(text: string): string[] {
  const out: string[] = [];
  for (const token of text.split(/\s+/)) {
    if (!token || /[\d@/]|www\./.test(token)) continue;
    for (const part of token.split(/[-–]/)) {
      const bare = part
        .replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '')
        .replace(/^(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu)['’](?=\p{L})/iu, '');
      if (bare.length < 2 || !/^\p{Ll}[\p{Ll}'’]*$/u.test(bare)) continue;
      out.push(bare.replace(/’/g, "'"));
    }
  }
  return out;
}

export interface NonWords {
  words: number;
  unknown: number;
  /** unknown / words, 0 for a text without running words. */
  rate: number;
  /** The unknown spellings, most frequent first. */
  samples: string[];
}

/** How much of a text's running prose is not French words: OCR debris, glued or cut words. */
export function nonWords(text: string, lex: Lexicon = frenchLexicon()): NonWords {
  const counts = new Map<string, number>();
  let total = 0;
  let unknown = 0;
  for (const w of runningWords(text)) {
    total++;
    if (isFrenchWord(w, lex)) continue;
    unknown++;
    counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  const samples = [...counts].sort((a, b) => b[1] - a[1]).map(([w]) => w);
  return { words: total, unknown, rate: total === 0 ? 0 : unknown / total, samples };
}
