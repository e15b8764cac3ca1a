// A section's text as laid out by `layout` (segments.ts): paragraphs, sub-headings and list items,
// each cut into runs that are plain text, search matches, highlights or corrections. Every run
// carries its offset in the section text (data-o) so a selection maps back to the text.
// Memoised: selecting text, opening the toolbar or an editor re-renders the section, not the
// hundreds of marks of a heavily annotated text; handlers are shared, not one pair per mark.
import { memo, type CSSProperties, type KeyboardEvent, type MouseEvent } from 'react';
import type { PlacedCorrection } from '../../core/corrections';
import type { ColorRow, HighlightRow } from '../../db/rows';
import { CorrectedMark } from '../corrections';
import type { Paragraph } from './segments';

type Group =
  { kind: 'block'; block: Paragraph } | { kind: 'list'; items: { item: Paragraph; nested: Paragraph[] }[] };

/** Consecutive list items as one list, items nested under the item before them. */
function groupBlocks(blocks: readonly Paragraph[]): Group[] {
  const out: Group[] = [];
  for (const b of blocks) {
    const last = out[out.length - 1];
    if (b.kind !== 'li') {
      out.push({ kind: 'block', block: b });
    } else if (b.depth === 1 && last?.kind === 'list') {
      last.items[last.items.length - 1]!.nested.push(b);
    } else if (last?.kind === 'list') {
      last.items.push({ item: b, nested: [] });
    } else {
      out.push({ kind: 'list', items: [{ item: b, nested: [] }] });
    }
  }
  return out;
}

export const colorStyle = (c: ColorRow | undefined) => ({ '--hl': c?.value ?? '#ffe38a' }) as CSSProperties;

export interface MarkedTextProps {
  text: string;
  paragraphs: readonly Paragraph[];
  /** The highlights drawn, by id. */
  highlights: ReadonlyMap<string, HighlightRow>;
  colors: ReadonlyMap<string, ColorRow>;
  corrections: ReadonlyMap<string, PlacedCorrection>;
  /** Opens a highlight's editor (a click that selected nothing, Enter or Space on its mark). */
  onEditHighlight: (id: string) => void;
  onEditCorrection: (id: string) => void;
}

export const MarkedText = memo(function MarkedText({
  text,
  paragraphs,
  highlights,
  colors,
  corrections,
  onEditHighlight,
  onEditCorrection,
}: MarkedTextProps) {
  const onClick = (e: MouseEvent<HTMLElement>) => {
    if (document.getSelection()?.isCollapsed !== false) onEditHighlight(e.currentTarget.dataset.hl!);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onEditHighlight(e.currentTarget.dataset.hl!);
    }
  };
  const runsOf = (p: Paragraph) =>
    p.runs.map((r) => {
      if (r.correction) {
        if (!r.correctionFirst) return null;
        const placed = corrections.get(r.correction)!;
        const id = placed.correction.id;
        return (
          <CorrectedMark
            key={r.start}
            inline
            what="ce passage"
            note={placed.correction.comment}
            original={text.slice(placed.start, placed.end)}
            onEdit={() => onEditCorrection(id)}
          >
            <span id={`corr-${id}`}>{placed.correction.corrected}</span>
          </CorrectedMark>
        );
      }
      const slice = text.slice(r.start, r.end);
      if (!r.highlight) {
        return r.search ? (
          <mark key={r.start} className="search-match" data-o={r.start}>
            {slice}
          </mark>
        ) : (
          <span key={r.start} data-o={r.start}>
            {slice}
          </span>
        );
      }
      const h = highlights.get(r.highlight)!;
      const c = colors.get(h.colorId);
      return (
        <mark
          key={r.start}
          id={r.first ? `hl-${h.id}` : undefined}
          className="hl"
          style={colorStyle(c)}
          data-hl={h.id}
          tabIndex={r.first ? 0 : -1}
          role={r.first ? 'button' : undefined}
          aria-label={
            r.first ? `Surlignage « ${c?.name ?? ''} »${h.comment ? ` : ${h.comment}` : ''}` : undefined
          }
          title={[c?.name, h.comment, h.tags.join(', ')].filter(Boolean).join(' — ')}
          onClick={onClick}
          onKeyDown={onKeyDown}
        >
          {r.search ? (
            <mark className="search-match" data-o={r.start}>
              {slice}
            </mark>
          ) : (
            <span data-o={r.start}>{slice}</span>
          )}
        </mark>
      );
    });
  return groupBlocks(paragraphs).map((g) =>
    g.kind === 'list' ? (
      <ul key={g.items[0]!.item.start}>
        {g.items.map(({ item, nested }) => (
          <li key={item.start}>
            {runsOf(item)}
            {nested.length > 0 && (
              <ul>
                {nested.map((n) => (
                  <li key={n.start}>{runsOf(n)}</li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    ) : g.block.kind === 'h' && g.block.depth === 1 ? (
      <h4 key={g.block.start} className="annotatable__subheading annotatable__subheading--minor">
        {runsOf(g.block)}
      </h4>
    ) : g.block.kind === 'h' ? (
      <h3 key={g.block.start} className="annotatable__subheading">
        {runsOf(g.block)}
      </h3>
    ) : (
      <p key={g.block.start}>{runsOf(g.block)}</p>
    ),
  );
});
