// A first look at a document, shared by every recogniser: `pickParser` asks each parser about
// each document, and each recogniser used to split and fold the same text again for itself.
import { foldForMatch, splitLines } from './text';

export class Glance {
  readonly text: string;
  private lineCache: readonly string[] | null = null;
  private readonly folds = new Map<number, string>();

  constructor(text: unknown) {
    // Recognisers are asked about anything, binary or absent text included.
    this.text = typeof text === 'string' ? text : '';
  }

  get lines(): readonly string[] {
    return (this.lineCache ??= splitLines(this.text));
  }

  /** `foldForMatch` of the first `length` code units. */
  folded(length: number): string {
    let folded = this.folds.get(length);
    if (folded === undefined) {
      folded = foldForMatch(this.text.slice(0, length));
      this.folds.set(length, folded);
    }
    return folded;
  }
}

/** Recognisers take a shared glance or, for callers with one document in hand, its text. */
export function glance(input: string | Glance): Glance {
  return input instanceof Glance ? input : new Glance(input);
}
