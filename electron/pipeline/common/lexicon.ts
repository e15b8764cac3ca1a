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
  if (lower.includes('œ') && lex.has(lower.replace(/œ/g, 'oe'))) return true;
  // The list has no apostrophes: its few words with one inside.
  return APOSTROPHE_WORDS.has(lower.replace(/’/g, "'"));
}

const APOSTROPHE_WORDS = new Set([
  "aujourd'hui",
  "prud'homme",
  "prud'hommes",
  "presqu'île",
  "quelqu'un",
  "quelqu'une",
  "entr'aide",
]);

/** Word-forming prefixes written with a hyphen (« co-construction », « socio-professionnel »). */
const PREFIXES = new Set([
  'co',
  'socio',
  'multi',
  'éco',
  'bio',
  'agro',
  'inter',
  'intra',
  'extra',
  'micro',
  'mini',
  'néo',
  'post',
  'pré',
  'pluri',
  'semi',
  'auto',
  'anti',
  'non',
  'demi',
  'mi',
  'ex',
  'vice',
  'sous',
  'sur',
  'quasi',
]);

/**
 * Lower-case running words of a text, the ones a reader would spell-check: letters only,
 * elisions ("l'", "qu'") taken off, capitalised words (names, acronyms, sentence starts whose
 * case says nothing) and words next to digits or inside addresses left out.
 */
export function runningWords(text: string): string[] {
  const out: string[] = [];
  for (const token of text.split(/\s+/)) {
    if (!token || /[\d@/]|www\./.test(token)) continue;
    // A hyphenated compound the list knows whole counts as one word; else its parts do, a
    // prefix (« co- », « socio- ») being no word of its own.
    const whole = token.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
    if (whole.includes('-') && /^\p{Ll}/u.test(whole) && isFrenchWord(whole.toLowerCase())) {
      out.push(whole.toLowerCase());
      continue;
    }
    const parts = token.split(/[-–]/);
    for (const [k, part] of parts.entries()) {
      if (k < parts.length - 1 && PREFIXES.has(part.toLowerCase())) continue;
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

/** The reading text of an entry: what its sections say. */
interface EntryText {
  id: string;
  source: string;
  sections: readonly { text: string }[];
}

export interface SourceRate extends NonWords {
  file: string;
  label: string;
}

/** Non-words of each entry's reading text (`npm run corpus`). */
export function entryRates(
  entries: readonly EntryText[],
  lex: Lexicon = frenchLexicon(),
): Map<string, NonWords> {
  return new Map(entries.map((e) => [e.id, nonWords(e.sections.map((s) => s.text).join('\n'), lex)]));
}

/** Non-words of each source's entries and events together, weighted by words (`npm run bench`). */
export function sourceRates(
  catalogue: {
    sources: readonly { file: string; label: string }[];
    entries: readonly EntryText[];
    events?: readonly { source: string; text: string }[];
  },
  lex: Lexicon = frenchLexicon(),
): SourceRate[] {
  return catalogue.sources.map((s) => {
    const all = nonWords(
      [
        ...catalogue.entries.filter((e) => e.source === s.file).flatMap((e) => e.sections.map((x) => x.text)),
        ...(catalogue.events ?? []).filter((e) => e.source === s.file).map((e) => e.text),
      ].join('\n'),
      lex,
    );
    return { file: s.file, label: s.label, ...all };
  });
}
