// Search matches drawn in a text ("marks", not the user's highlights): turns a text and the
// ranges to mark into plain segments. Rendering stays in React (text
// nodes and <mark>), never HTML strings, so document text can never inject markup.
import { mergeRanges, type TextRange } from '../../../electron/shared/text-ranges';

export interface Segment {
  text: string;
  marked: boolean;
}

export function markSegments(text: string, ranges: readonly TextRange[]): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const r of mergeRanges(ranges)) {
    const start = Math.max(at, Math.min(r.start, text.length));
    const end = Math.min(r.end, text.length);
    if (end <= start) continue;
    if (start > at) out.push({ text: text.slice(at, start), marked: false });
    out.push({ text: text.slice(start, end), marked: true });
    at = end;
  }
  if (at < text.length || out.length === 0) out.push({ text: text.slice(at), marked: false });
  return out;
}
