// A set of words found in place in a longer text: the caller hashes a word while it reads it
// (FNV-1a over UTF-16 code units, `hashWord`), and the set compares it with the stored spelling
// without the word being cut out of the text. For scanners that meet the same few thousand
// words tens of thousands of times: slicing each and looking it up in a Map cost more than the
// rest of their work.

export const FNV_OFFSET = 0x811c9dc5 | 0;
export const FNV_PRIME = 0x01000193;

/** FNV-1a of text[start, end), as a scanner computes it with `Math.imul(hash ^ code, FNV_PRIME)`. */
export function hashWord(text: string, start = 0, end = text.length): number {
  let hash = FNV_OFFSET;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME);
  return hash;
}

/** Words numbered in the order they were added (0, 1, 2…). */
export class WordSet {
  private mask = (1 << 12) - 1;
  private hashes = new Int32Array(this.mask + 1);
  private numbers = new Int32Array(this.mask + 1);
  private words: (string | undefined)[] = new Array<string | undefined>(this.mask + 1);
  /** How many words the set holds. */
  size = 0;

  /** The number of text[start, end), whose `hashWord` is `hash`, or -1 when it is not in the set. */
  find(text: string, start: number, end: number, hash: number): number {
    const length = end - start;
    for (let at = hash & this.mask; ; at = (at + 1) & this.mask) {
      const word = this.words[at];
      if (word === undefined) return -1;
      if (this.hashes[at] !== hash || word.length !== length) continue;
      let k = 0;
      while (k < length && word.charCodeAt(k) === text.charCodeAt(start + k)) k++;
      if (k === length) return this.numbers[at]!;
    }
  }

  /** Whether text[start, end), whose `hashWord` is `hash`, is one of the words. */
  has(text: string, start: number, end: number, hash: number): boolean {
    return this.find(text, start, end, hash) >= 0;
  }

  /** Adds `word` if it is new; its number either way. */
  add(word: string, hash = hashWord(word)): number {
    const known = this.find(word, 0, word.length, hash);
    if (known >= 0) return known;
    const number = this.size++;
    this.put(hash, word, number);
    if (this.size * 2 > this.mask) this.grow();
    return number;
  }

  private grow(): void {
    const { hashes, numbers, words } = this;
    this.mask = this.mask * 2 + 1;
    this.hashes = new Int32Array(this.mask + 1);
    this.numbers = new Int32Array(this.mask + 1);
    this.words = new Array<string | undefined>(this.mask + 1);
    for (let k = 0; k < words.length; k++)
      if (words[k] !== undefined) this.put(hashes[k]!, words[k]!, numbers[k]!);
  }

  private put(hash: number, word: string, number: number): void {
    let at = hash & this.mask;
    while (this.words[at] !== undefined) at = (at + 1) & this.mask;
    this.hashes[at] = hash;
    this.numbers[at] = number;
    this.words[at] = word;
  }
}
