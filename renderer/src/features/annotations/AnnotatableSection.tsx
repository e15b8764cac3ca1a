// One section of an entry with the user's highlights drawn in their colours, the current
// search matches marked, and a way to highlight a selection (mouse, or keyboard selection and
// the "Surligner la sélection" button). Highlights are re-anchored against the current text:
// those that cannot be found are listed below as orphans, with their quote.
import { useEffect, useId, useMemo, useRef, useState, type CSSProperties } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Section } from '../../../../electron/shared/schema';
import type { TextRange } from '../../../../electron/shared/text-ranges';
import { anchor, describe } from '../../core/anchoring';
import { db } from '../../db/ReperesDb';
import { addHighlight, deleteHighlight, updateHighlight } from '../../db/repository';
import type { ColorRow, HighlightRow } from '../../db/rows';
import { useColors, useStorageAction } from './hooks';
import { layout, offsetOf, type Paragraph } from './segments';
import { textBlocks } from '../entry/sections';
import { TagInput } from './TagInput';
import { useCaretMode } from './useCaretMode';
import './annotations.css';

export interface AnnotatableSectionProps {
  targetId: string;
  /** Stable reference of this section within the entry, e.g. "operations:0". */
  sectionRef: string;
  section: Section;
  /** Ranges of the section text that match the current search, to draw as <mark>. */
  searchMatches: TextRange[];
}

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

const colorStyle = (c: ColorRow | undefined) => ({ '--hl': c?.value ?? '#ffe38a' }) as CSSProperties;

export function AnnotatableSection({
  targetId,
  sectionRef,
  section,
  searchMatches,
}: AnnotatableSectionProps) {
  const text = section.text;
  const colors = useColors();
  const [run, error] = useStorageAction();
  const body = useRef<HTMLDivElement>(null);
  const [pending, setPending] = useState<TextRange | null>(null);
  const [colorId, setColorId] = useState('');
  const [editing, setEditing] = useState<string | null>(null);
  const [commentFirst, setCommentFirst] = useState(false);
  const [hint, setHint] = useState(false);
  const headingId = useId();
  const caretHelpId = useId();
  const caretButton = useRef<HTMLButtonElement>(null);
  const caret = useCaretMode(body, {
    onEscape: () => caretButton.current?.focus(),
    // Enter highlights what Shift + arrows selected, in the colour chosen in the toolbar.
    onEnter: () => void create({ thenComment: true }),
  });
  const highlights = useLiveQuery(
    () => db().highlights.where('[targetId+sectionRef]').equals([targetId, sectionRef]).toArray(),
    [targetId, sectionRef],
  );
  const anchored = useMemo(() => {
    const placed: { h: HighlightRow; start: number; end: number }[] = [];
    const orphans: HighlightRow[] = [];
    for (const h of [...(highlights ?? [])].sort((a, b) => a.createdAt - b.createdAt)) {
      const a = anchor(text, h.quote, h.position);
      if (a) placed.push({ h, start: a.start, end: a.end });
      else orphans.push(h);
    }
    return { placed, orphans };
  }, [highlights, text]);
  const paragraphs = useMemo(
    () =>
      layout(
        text,
        anchored.placed.map((p) => ({ id: p.h.id, start: p.start, end: p.end })),
        searchMatches,
        textBlocks(text),
      ),
    [text, anchored, searchMatches],
  );
  const byId = useMemo(() => new Map(anchored.placed.map((p) => [p.h.id, p.h])), [anchored]);
  const colorOf = (id: string) => colors.find((c) => c.id === id);
  const chosen = colorId || colors[0]?.id || '';

  // Remember the last non-empty selection made inside this section's text.
  useEffect(() => {
    const onChange = () => {
      const sel = document.getSelection();
      const el = body.current;
      if (!sel || sel.rangeCount === 0 || sel.isCollapsed || !el) return;
      const r = sel.getRangeAt(0);
      const start = offsetOf(el, r.startContainer, r.startOffset);
      const end = offsetOf(el, r.endContainer, r.endOffset);
      if (start === null || end === null || end <= start) {
        if (!el.contains(r.commonAncestorContainer)) setPending(null);
        return;
      }
      // Trim the spaces a double-click or a drag picks up at the edges.
      let s = start;
      let e = end;
      while (s < e && /\s/.test(text[s]!)) s++;
      while (e > s && /\s/.test(text[e - 1]!)) e--;
      if (e > s) {
        setPending({ start: s, end: e });
        setHint(false);
      }
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, [text]);

  // "Jump to passage": /fiche/:id?passage=<highlightId> scrolls to and focuses the highlight.
  useEffect(() => {
    const wanted = /[?&]passage=([^&]+)/.exec(window.location.hash)?.[1];
    if (!wanted) return;
    const id = decodeURIComponent(wanted);
    if (!byId.has(id)) return;
    const el = document.getElementById(`hl-${id}`);
    el?.scrollIntoView({ block: 'center' });
    el?.focus({ preventScroll: true });
  }, [byId]);

  /** thenComment: the keyboard path goes on to the new highlight's comment, where a pointer would. */
  const create = async ({ thenComment = false } = {}) => {
    if (!pending) {
      setHint(true);
      return;
    }
    const { quote, position } = describe(text, pending.start, pending.end);
    const row = await run(() =>
      addHighlight(db(), {
        targetId,
        sectionRef,
        quote: { type: 'TextQuoteSelector', ...quote },
        position: { type: 'TextPositionSelector', ...position },
        colorId: chosen,
        comment: '',
        tags: [],
      }),
    );
    if (row) {
      setPending(null);
      document.getSelection()?.removeAllRanges();
      setCommentFirst(thenComment);
      setEditing(row.id);
    }
  };

  const editingRow = editing ? (highlights ?? []).find((h) => h.id === editing) : undefined;

  // The runs of one block: plain text, search matches and highlights, each carrying its
  // offset in the section text (data-o) so a selection maps back to the text.
  const runsOf = (p: Paragraph) =>
    p.runs.map((r) => {
      const slice = text.slice(r.start, r.end);
      const inner = r.search ? (
        <mark className="search-match" data-o={r.start}>
          {slice}
        </mark>
      ) : (
        <span data-o={r.start}>{slice}</span>
      );
      if (!r.highlight) return <span key={r.start}>{inner}</span>;
      const h = byId.get(r.highlight)!;
      const c = colorOf(h.colorId);
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
          onClick={() => {
            if (document.getSelection()?.isCollapsed !== false) setEditing(h.id);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter' || e.key === ' ') {
              e.preventDefault();
              setEditing(h.id);
            }
          }}
        >
          {inner}
        </mark>
      );
    });

  return (
    <section className="annotatable" aria-labelledby={headingId}>
      <h2 id={headingId}>{section.heading}</h2>
      <div
        className="annotatable__text"
        ref={body}
        aria-label={caret.active ? `Texte de la section ${section.heading}` : undefined}
        aria-describedby={caret.active ? caretHelpId : undefined}
        {...caret.textProps}
      >
        {groupBlocks(paragraphs).map((g) =>
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
          ) : g.block.kind === 'h' ? (
            <h3 key={g.block.start} className="annotatable__subheading">
              {runsOf(g.block)}
            </h3>
          ) : (
            <p key={g.block.start}>{runsOf(g.block)}</p>
          ),
        )}
      </div>
      <div
        className="annotatable__toolbar"
        role="group"
        aria-label="Surligner un passage de cette section"
        data-ready={pending || hint || caret.active ? '' : undefined}
      >
        <label>
          Couleur{' '}
          <select value={chosen} onChange={(e) => setColorId(e.target.value)}>
            {colors.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <span className="swatch" style={colorStyle(colorOf(chosen))} aria-hidden="true" />
        <button
          type="button"
          className={pending ? 'primary' : undefined}
          onMouseDown={(e) => e.preventDefault() /* keep the selection */}
          onClick={() => void create()}
        >
          Surligner la sélection
        </button>
        <button type="button" ref={caretButton} onClick={caret.start}>
          Sélectionner au clavier
        </button>
        <span id={caretHelpId} hidden>
          Lecture seule. Maj et flèches pour sélectionner, Entrée pour surligner, Échap pour sortir.
        </span>
        {pending && (
          <span className="annotatable__pending">
            « {truncate(text.slice(pending.start, pending.end), 80)} »
          </span>
        )}
        {hint && (
          <span className="muted" role="status">
            Sélectionnez d’abord un passage du texte : à la souris, ou avec « Sélectionner au clavier » puis
            Maj et les flèches.
          </span>
        )}
      </div>
      {error && (
        <p className="annotations-error" role="alert">
          {error}
        </p>
      )}
      {editingRow && (
        <HighlightEditor
          key={editingRow.id}
          highlight={editingRow}
          colors={colors}
          focusComment={commentFirst}
          onClose={() => {
            const el = document.getElementById(`hl-${editingRow.id}`);
            setEditing(null);
            el?.focus();
          }}
          run={run}
        />
      )}
      {anchored.orphans.length > 0 && (
        <div className="orphans">
          <h3>Surlignages orphelins de cette section</h3>
          <p className="muted">
            Ces passages n’ont pas été retrouvés dans le texte actuel ; ils sont conservés.
          </p>
          <ul>
            {anchored.orphans.map((h) => (
              <li key={h.id} id={`hl-${h.id}`} tabIndex={-1}>
                <mark className="hl" style={colorStyle(colorOf(h.colorId))}>
                  {h.quote.exact}
                </mark>
                {h.comment && <span className="muted"> — {h.comment}</span>}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

function truncate(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

function HighlightEditor({
  highlight,
  colors,
  focusComment,
  onClose,
  run,
}: {
  highlight: HighlightRow;
  colors: ColorRow[];
  focusComment: boolean;
  onClose: () => void;
  run: ReturnType<typeof useStorageAction>[0];
}) {
  const [comment, setComment] = useState(highlight.comment);
  const titleId = useId();
  const saveComment = () => {
    if (comment !== highlight.comment) void run(() => updateHighlight(db(), highlight.id, { comment }));
  };
  return (
    <div className="hl-editor" role="group" aria-labelledby={titleId}>
      <h3 id={titleId}>
        Surlignage : <q>{truncate(highlight.quote.exact, 120)}</q>
      </h3>
      <label>
        Couleur{' '}
        <select
          value={highlight.colorId}
          onChange={(e) => void run(() => updateHighlight(db(), highlight.id, { colorId: e.target.value }))}
        >
          {colors.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </label>
      <label className="hl-editor__comment">
        Commentaire
        <textarea
          // Only when the keyboard just created the highlight: the comment is the next step.
          autoFocus={focusComment}
          value={comment}
          rows={3}
          maxLength={100_000}
          onChange={(e) => setComment(e.target.value)}
          onBlur={saveComment}
          placeholder="Pourquoi ce passage compte…"
        />
      </label>
      <div>
        <span className="hl-editor__label">Étiquettes</span>
        <TagInput
          label="Étiquettes du surlignage"
          tags={highlight.tags}
          onAdd={(tag) =>
            void run(() => updateHighlight(db(), highlight.id, { tags: [...highlight.tags, tag] }))
          }
          onRemove={(tag) =>
            void run(() =>
              updateHighlight(db(), highlight.id, { tags: highlight.tags.filter((t) => t !== tag) }),
            )
          }
        />
      </div>
      <div className="hl-editor__actions">
        <button
          type="button"
          className="primary"
          onClick={() => {
            saveComment();
            onClose();
          }}
        >
          Terminer
        </button>
        <button
          type="button"
          className="danger"
          onClick={() => {
            void run(() => deleteHighlight(db(), highlight.id));
            onClose();
          }}
        >
          Supprimer le surlignage
        </button>
      </div>
    </div>
  );
}
