// Cuts a section's text into runs that each carry the highlights and search matches covering
// them, paragraph by paragraph, keeping text offsets so a DOM selection maps back to the text.
import type { TextRange } from '../../../../electron/shared/text-ranges';

export interface Placed {
  id: string;
  start: number;
  end: number;
}
export interface Run {
  start: number;
  end: number;
  /** Topmost (latest) highlight covering the run, if any. */
  highlight: string | null;
  /** First run of that highlight: carries the id the "jump to passage" links target. */
  first: boolean;
  search: boolean;
  /** The correction replacing this run, if any (issue 17): its text is drawn instead. */
  correction?: string;
  /** First run of that correction: where the corrected text is drawn. */
  correctionFirst?: boolean;
}
export interface Paragraph {
  start: number;
  end: number;
  runs: Run[];
  /** What the block is when the text carries structure (see `textBlocks`); a paragraph else. */
  kind?: 'p' | 'h' | 'li';
  depth?: 0 | 1;
}

export function paragraphs(text: string): TextRange[] {
  const out: TextRange[] = [];
  const re = /\n{2,}/g;
  let start = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index > start) out.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}

export function layout(
  text: string,
  highlights: readonly Placed[],
  search: readonly TextRange[],
  blocks: readonly (TextRange & { kind?: 'p' | 'h' | 'li'; depth?: 0 | 1 })[] = paragraphs(text),
  corrections: readonly Placed[] = [],
): Paragraph[] {
  const seen = new Set<string>();
  const seenCorrections = new Set<string>();
  return blocks.map((p) => {
    const cuts = new Set([p.start, p.end]);
    for (const r of [...highlights, ...search, ...corrections]) {
      if (r.start > p.start && r.start < p.end) cuts.add(r.start);
      if (r.end > p.start && r.end < p.end) cuts.add(r.end);
    }
    const points = [...cuts].sort((a, b) => a - b);
    const runs: Run[] = [];
    for (let i = 0; i + 1 < points.length; i++) {
      const start = points[i]!;
      const end = points[i + 1]!;
      let top: Placed | null = null;
      for (const h of highlights) if (h.start <= start && h.end >= end) top = h;
      const first = top !== null && !seen.has(top.id);
      if (top) seen.add(top.id);
      const fix = corrections.find((c) => c.start <= start && c.end >= end);
      const fixFirst = fix !== undefined && !seenCorrections.has(fix.id);
      if (fix) seenCorrections.add(fix.id);
      runs.push({
        start,
        end,
        highlight: top?.id ?? null,
        first,
        search: search.some((s) => s.start <= start && s.end >= end),
        ...(fix && { correction: fix.id, correctionFirst: fixFirst }),
      });
    }
    return { start: p.start, end: p.end, runs, kind: p.kind, depth: p.depth };
  });
}

/** Text offset of a DOM boundary point inside a container whose runs carry data-o (offset). */
export function offsetOf(container: Element, node: Node, offset: number): number | null {
  if (!container.contains(node)) return null;
  if (node.nodeType === Node.TEXT_NODE) {
    const host = node.parentElement?.closest('[data-o]');
    if (!host || !container.contains(host)) return null;
    return Number(host.getAttribute('data-o')) + offset;
  }
  // An element boundary: use the run just after it, or the end of the run just before.
  const el = node as Element;
  const after = el.childNodes[offset];
  const runAfter =
    after instanceof Element ? (after.matches('[data-o]') ? after : after.querySelector('[data-o]')) : null;
  if (runAfter) return Number(runAfter.getAttribute('data-o'));
  const runs = el.querySelectorAll('[data-o]');
  const last = runs[runs.length - 1];
  if (last) return Number(last.getAttribute('data-o')) + (last.textContent?.length ?? 0);
  return null;
}
