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

/**
 * The runs of each block: the text cut at every boundary of a highlight, a search match or a
 * correction, each run carrying the latest highlight covering it (the one drawn on top), whether
 * a match covers it and the first correction covering it. One pass over the sorted boundaries:
 * each range marks the runs it covers, so an entry with 800 highlights costs the runs they cover,
 * not runs × highlights.
 */
export function layout(
  text: string,
  highlights: readonly Placed[],
  search: readonly TextRange[],
  blocks: readonly (TextRange & { kind?: 'p' | 'h' | 'li'; depth?: 0 | 1 })[] = paragraphs(text),
  corrections: readonly Placed[] = [],
): Paragraph[] {
  const valid = <R extends TextRange>(rs: readonly R[]) => rs.filter((r) => r.end > r.start);
  const hs = valid(highlights);
  const ms = valid(search);
  const cs = valid(corrections);
  // Every boundary, sorted: run k is [points[k], points[k + 1]). A boundary outside every block
  // cuts nothing shown.
  const bounds = new Set<number>();
  for (const b of blocks) bounds.add(b.start).add(b.end);
  for (const r of hs) bounds.add(r.start).add(r.end);
  for (const r of ms) bounds.add(r.start).add(r.end);
  for (const r of cs) bounds.add(r.start).add(r.end);
  const points = [...bounds].sort((a, b) => a - b);
  const at = new Map(points.map((p, i) => [p, i]));
  const top: (Placed | undefined)[] = new Array(points.length);
  const matched: boolean[] = new Array(points.length).fill(false);
  const fixes: (Placed | undefined)[] = new Array(points.length);
  // Later highlights are drawn over earlier ones: painted in order, the last one stays.
  for (const h of hs) for (let k = at.get(h.start)!, e = at.get(h.end)!; k < e; k++) top[k] = h;
  for (const m of ms) for (let k = at.get(m.start)!, e = at.get(m.end)!; k < e; k++) matched[k] = true;
  // The first correction covering a run wins: painted from the last to the first.
  for (let i = cs.length - 1; i >= 0; i--) {
    const c = cs[i]!;
    for (let k = at.get(c.start)!, e = at.get(c.end)!; k < e; k++) fixes[k] = c;
  }
  const seen = new Set<string>();
  const seenCorrections = new Set<string>();
  return blocks.map((p) => {
    const runs: Run[] = [];
    for (let k = at.get(p.start)!, e = at.get(p.end)!; k < e; k++) {
      const h = top[k];
      const first = h !== undefined && !seen.has(h.id);
      if (h) seen.add(h.id);
      const fix = fixes[k];
      const fixFirst = fix !== undefined && !seenCorrections.has(fix.id);
      if (fix) seenCorrections.add(fix.id);
      runs.push({
        start: points[k]!,
        end: points[k + 1]!,
        highlight: h?.id ?? null,
        first,
        search: matched[k]!,
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
