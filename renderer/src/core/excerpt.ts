// Lines of a document around a 1-based inclusive range, for the "texte d'origine" view.
import type { LineRange } from '../../../electron/shared/schema';

export interface ExcerptLine {
  number: number;
  text: string;
  inRange: boolean;
}

export function documentExcerpt(text: string, range: LineRange, context: number) {
  const all = text.split(/\r\n|\r|\n/);
  const start = Math.max(1, Math.min(range[0], all.length));
  const end = Math.max(start, Math.min(range[1], all.length));
  const from = Math.max(1, start - Math.max(0, context));
  const to = Math.min(all.length, end + Math.max(0, context));
  const lines: ExcerptLine[] = [];
  for (let n = from; n <= to; n++)
    lines.push({ number: n, text: all[n - 1] ?? '', inRange: n >= start && n <= end });
  return { lines, hasBefore: from > 1, hasAfter: to < all.length };
}
