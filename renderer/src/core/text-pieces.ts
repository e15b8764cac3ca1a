// A long text handed on a piece at a time (a large library's backup: a hundred megabytes), so
// that each piece is copied or encoded in a few milliseconds with the window free in between.
// Pieces are cut between characters, never between the two halves of a surrogate pair: each
// piece is encoded to UTF-8 on its own, and a half alone would become U+FFFD.

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

/** The pieces of `parts.join('')`, in order, of at most `size` characters each (size ≥ 2). */
export function* textPieces(parts: Iterable<string>, size: number): Generator<string> {
  if (size < 2) throw new RangeError('textPieces: size must be at least 2');
  let pending = '';
  for (const part of parts) {
    pending += part;
    while (pending.length > size) {
      const end = isHighSurrogate(pending.charCodeAt(size - 1)) ? size - 1 : size;
      yield pending.slice(0, end);
      pending = pending.slice(end);
    }
  }
  if (pending.length > 0) yield pending;
}
