// One section of an entry with the user's highlights drawn in their colours, the current
// search matches marked, and a way to highlight a selection (mouse, or keyboard selection and
// the "Surligner la sélection" button). The entry reads and re-anchors its highlights once for
// all its sections (useEntryHighlights): those that cannot be found are listed below as
// orphans, with their quote.
import {
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import type { Section } from '../../../../electron/shared/schema';
import type { TextRange } from '../../../../electron/shared/text-ranges';
import { describe } from '../../core/anchoring';
import {
  addHighlight,
  deleteHighlight,
  newHighlightRow,
  storeHighlight,
  updateHighlight,
} from '../../db/annotations';
import { draftKeys, recoveredThisSession } from '../../db/drafts';
import { recoverDraftsOnce } from '../../db/recovery';
import { useDraftText } from '../../db/useDraftText';
import type { ColorRow, HighlightRow } from '../../db/rows';
import { useStorageAction } from './hooks';
import { layout, offsetOf } from './segments';
import { textBlocks } from '../../core/sections';
import { TagInput } from './TagInput';
import { useCaretMode } from './useCaretMode';
import { ColorSelect } from './ColorSelect';
import './annotations.css';
import { CapNotice } from '../../services/CapNotice';
import { TEXT_CAPS } from '../../db/text-caps';
import type { PlacedCorrection } from '../../core/corrections';
import { deleteCorrection, newPassageCorrectionRow, storeCorrection } from '../../db/corrections';
import { SavedCorrectionEditor } from '../corrections';
import { colorStyle, MarkedText } from './MarkedText';
import type { SectionHighlights } from './useEntryHighlights';

export interface AnnotatableSectionProps {
  targetId: string;
  /** Stable reference of this section within the entry, e.g. "operations:0". */
  sectionRef: string;
  section: Section;
  /** Ranges of the section text that match the current search, to draw as <mark>. */
  searchMatches: TextRange[];
  /** Shown after the text, outside it (no highlight anchors there): the part's photo captions. */
  children?: ReactNode;
  /** The user's corrections placed in this section's text (issue 17), drawn in place of the passage. */
  corrections?: readonly PlacedCorrection[];
  /** This section's highlights as the entry placed them; undefined until they are read. */
  highlights: SectionHighlights | undefined;
  /** The colours, read with the highlights. */
  colors: ColorRow[];
}

const NO_CORRECTIONS: readonly PlacedCorrection[] = [];
const NO_HIGHLIGHTS: SectionHighlights = { placed: [], orphans: [], rows: [] };

export function AnnotatableSection({
  targetId,
  sectionRef,
  section,
  searchMatches,
  children,
  corrections = NO_CORRECTIONS,
  highlights,
  colors,
}: AnnotatableSectionProps) {
  const text = section.text;
  const [run, error] = useStorageAction();
  const body = useRef<HTMLDivElement>(null);
  const sectionEl = useRef<HTMLElement>(null);
  const toolbar = useRef<HTMLDivElement>(null);
  const [pending, setPending] = useState<TextRange | null>(null);
  // Where the selection ends, relative to the section: the toolbar floats there, not at the
  // section's end (which, in a long section, is far off-screen).
  const [anchorBox, setAnchorBox] = useState<SelectionBox | null>(null);
  const [colorId, setColorId] = useState('');
  const [editing, setEditing] = useState<string | null>(null);
  // A highlight being stored: its editor shows until the database gives the row back.
  const [provisional, setProvisional] = useState<HighlightRow | null>(null);
  const [commentFirst, setCommentFirst] = useState(false);
  const [hint, setHint] = useState(false);
  const [correcting, setCorrecting] = useState<string | null>(null);
  // A correction being stored: its editor shows until the database gives it back, placed here.
  const [provisionalCorrection, setProvisionalCorrection] = useState<PlacedCorrection | null>(null);
  const headingId = useId();
  const caretHelpId = useId();
  const caretButton = useRef<HTMLButtonElement>(null);
  const caret = useCaretMode(body, {
    onEscape: () => caretButton.current?.focus(),
    // Enter highlights what Shift + arrows selected, in the colour chosen in the toolbar.
    onEnter: () => void create({ thenComment: true }),
  });
  const anchored = highlights ?? NO_HIGHLIGHTS;
  const paragraphs = useMemo(
    () =>
      layout(
        text,
        anchored.placed.map((p) => ({ id: p.h.id, start: p.start, end: p.end })),
        searchMatches,
        textBlocks(text),
        corrections.map((c) => ({ id: c.correction.id, start: c.start, end: c.end })),
      ),
    [text, anchored, searchMatches, corrections],
  );
  const correctionById = useMemo(() => new Map(corrections.map((c) => [c.correction.id, c])), [corrections]);
  const byId = useMemo(() => new Map(anchored.placed.map((p) => [p.h.id, p.h])), [anchored]);
  const colorById = useMemo(() => new Map(colors.map((c) => [c.id, c])), [colors]);
  const colorOf = (id: string) => colorById.get(id);
  const chosen = colorId || colors[0]?.id || '';

  /**
   * The document's selection as a range of this section's text, spaces at the edges trimmed (a
   * double-click or a drag picks them up); 'outside' when it lies elsewhere, null when empty.
   */
  const selectedRange = useCallback((): { start: number; end: number; r: Range } | 'outside' | null => {
    const sel = document.getSelection();
    const el = body.current;
    if (!sel || sel.rangeCount === 0 || sel.isCollapsed || !el) return null;
    const r = sel.getRangeAt(0);
    const start = offsetOf(el, r.startContainer, r.startOffset);
    const end = offsetOf(el, r.endContainer, r.endOffset);
    if (start === null || end === null || end <= start) {
      return el.contains(r.commonAncestorContainer) ? null : 'outside';
    }
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    return e > s ? { start: s, end: e, r } : null;
  }, [text]);

  // Remember the last non-empty selection made inside this section's text.
  useEffect(() => {
    const onChange = () => {
      const range = selectedRange();
      if (range === 'outside') {
        setPending(null);
        setAnchorBox(null);
      } else if (range) {
        setPending({ start: range.start, end: range.end });
        setAnchorBox(selectionBox(range.r, sectionEl.current));
        setHint(false);
      }
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, [selectedRange]);

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

  /** A row made before it is stored; one its schema refuses is said like a storage failure. */
  const made = <T,>(make: () => T): T | undefined => {
    try {
      return make();
    } catch (error) {
      void run(() => Promise.reject(error));
      return undefined;
    }
  };

  /** thenComment: the keyboard path goes on to the new highlight's comment, where a pointer would. */
  const create = async ({ thenComment = false } = {}) => {
    // What is selected now, not the last state: with fast keys (Shift+arrows then Enter) the
    // selectionchange that updates `pending` may not have been handled yet.
    const live = selectedRange();
    const range = live && live !== 'outside' ? live : pending;
    if (!range) {
      setHint(true);
      return;
    }
    const { quote, position } = describe(text, range.start, range.end);
    const fields = {
      targetId,
      sectionRef,
      quote: { type: 'TextQuoteSelector' as const, ...quote },
      position: { type: 'TextPositionSelector' as const, ...position },
      colorId: chosen,
      comment: '',
      tags: [],
    };
    const open = (row: HighlightRow) => {
      setPending(null);
      setAnchorBox(null);
      document.getSelection()?.removeAllRanges();
      setCommentFirst(thenComment);
      setEditing(row.id);
    };
    if (!chosen) {
      // The colours are not read yet (a very quick click): the database gives the first one.
      const row = await run(() => addHighlight(fields));
      if (row) open(row);
      return;
    }
    // The editor opens in the key's own frame, on the row about to be stored, not once the
    // database gives it back: with the keyboard, what is typed right after Enter is the comment,
    // and it went to the read-only text meanwhile (lost).
    const row = made(() => newHighlightRow(fields));
    if (!row) return;
    setProvisional(row);
    open(row);
    if (!(await run(() => storeHighlight(row))))
      setEditing((current) => (current === row.id ? null : current));
  };

  /** « Corriger la sélection »: the passage becomes a correction, its editor opens on the text. */
  const correct = async () => {
    const live = selectedRange();
    const range = live && live !== 'outside' ? live : pending;
    if (!range) {
      setHint(true);
      return;
    }
    const { quote, position } = describe(text, range.start, range.end);
    // The editor opens in the click's own frame, on the row about to be stored, as a highlight's
    // does: what is typed at once goes to the corrected text, not to the page.
    const row = made(() =>
      newPassageCorrectionRow({
        targetId,
        sectionRef,
        quote: { type: 'TextQuoteSelector', ...quote },
        position: { type: 'TextPositionSelector', ...position },
        corrected: quote.exact,
      }),
    );
    if (!row) return;
    setProvisionalCorrection({ correction: row, sectionRef, start: range.start, end: range.end, score: 1 });
    setPending(null);
    setAnchorBox(null);
    document.getSelection()?.removeAllRanges();
    setEditing(null);
    setCorrecting(row.id);
    if (!(await run(() => storeCorrection(row))))
      setCorrecting((current) => (current === row.id ? null : current));
  };

  // Placed after render, once the toolbar's size is known: under the selection's last line, or
  // above its first line when there is no room below, and never past the window's edges.
  const floating = pending !== null && anchorBox !== null;
  useLayoutEffect(() => {
    const bar = toolbar.current;
    const host = sectionEl.current;
    if (!bar || !host) return;
    if (!floating || !anchorBox) {
      bar.style.removeProperty('top');
      bar.style.removeProperty('left');
      return;
    }
    bar.style.top = `${placeToolbar(anchorBox, bar, host)}px`;
    const maxLeft = Math.max(0, host.clientWidth - bar.offsetWidth);
    bar.style.left = `${Math.min(Math.max(0, anchorBox.left), maxLeft)}px`;
  }, [floating, anchorBox, pending, hint]);
  // A comment recovered at start-up (typed when Repères was closed) reopens its editor.
  const loaded = highlights !== undefined;
  useEffect(() => {
    if (!loaded) return;
    let live = true;
    void recoverDraftsOnce().then(() => {
      const h = highlights?.rows.find((x) => recoveredThisSession.has(draftKeys.comment(x.id)));
      if (live && h) setEditing((current) => current ?? h.id);
    });
    return () => {
      live = false;
    };
    // Once the highlights are first read: later changes come from the user.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [loaded]);

  const correctingRow = correcting
    ? (correctionById.get(correcting) ??
      (provisionalCorrection?.correction.id === correcting ? provisionalCorrection : undefined))
    : undefined;
  const editingRow = editing
    ? (anchored.rows.find((h) => h.id === editing) ?? (provisional?.id === editing ? provisional : undefined))
    : undefined;

  return (
    <section className="annotatable" aria-labelledby={headingId} ref={sectionEl}>
      <h2 id={headingId}>{section.heading}</h2>
      <div
        className="annotatable__text"
        ref={body}
        aria-label={caret.active ? `Texte de la section ${section.heading}` : undefined}
        aria-describedby={caret.active ? caretHelpId : undefined}
        {...caret.textProps}
      >
        <MarkedText
          text={text}
          paragraphs={paragraphs}
          highlights={byId}
          colors={colorById}
          corrections={correctionById}
          onEditHighlight={setEditing}
          onEditCorrection={setCorrecting}
        />
      </div>
      {children}
      <div
        ref={toolbar}
        className={`annotatable__toolbar${floating ? ' annotatable__toolbar--floating' : ''}`}
        role="group"
        aria-label="Surligner un passage de cette section"
        data-ready={pending || hint || caret.active ? '' : undefined}
      >
        <label>
          Couleur <ColorSelect colors={colors} value={chosen} onChange={setColorId} />
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
        <button
          type="button"
          onMouseDown={(e) => e.preventDefault() /* keep the selection */}
          onClick={() => void correct()}
        >
          Corriger la sélection
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
      {correctingRow && (
        <SavedCorrectionEditor
          key={correctingRow.correction.id}
          correction={correctingRow.correction}
          title={`passage « ${truncate(correctingRow.correction.quote.exact, 60)} »`}
          original={text.slice(correctingRow.start, correctingRow.end)}
          multiline={false}
          onClose={() => {
            const id = correctingRow.correction.id;
            setCorrecting(null);
            // Back to the « corrigé » button of the passage, where the keyboard left off.
            requestAnimationFrame(() =>
              document
                .getElementById(`corr-${id}`)
                ?.closest('.corrected')
                ?.querySelector<HTMLElement>('.corrected__badge')
                ?.focus(),
            );
          }}
          onDelete={() => {
            void run(() => deleteCorrection(correctingRow.correction.id));
            setCorrecting(null);
          }}
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

/** The selection's first and last line boxes, in pixels from the section's top-left corner. */
interface SelectionBox {
  top: number;
  bottom: number;
  left: number;
}

function selectionBox(range: Range, host: HTMLElement | null): SelectionBox | null {
  // No layout (a DOM without rendering, as in unit tests): the toolbar stays in the flow.
  if (!host || typeof range.getClientRects !== 'function') return null;
  const lines = [...range.getClientRects()].filter((r) => r.width > 0 || r.height > 0);
  const first = lines[0];
  const last = lines[lines.length - 1];
  if (!first || !last) return null;
  const origin = host.getBoundingClientRect();
  return { top: first.top - origin.top, bottom: last.bottom - origin.top, left: last.left - origin.left };
}

const GAP = 6;

/** The toolbar's top, relative to the section, keeping it inside the window. */
function placeToolbar(box: SelectionBox, bar: HTMLElement, host: HTMLElement): number {
  const origin = host.getBoundingClientRect().top;
  const height = bar.offsetHeight;
  // The visible band: the window, less the fixed header and tray above and below the content.
  const scroller = host.closest('main') ?? document.documentElement;
  const view = scroller.getBoundingClientRect();
  const viewTop = Math.max(0, view.top);
  const viewBottom = Math.min(window.innerHeight, view.bottom);
  const below = box.bottom + GAP;
  if (origin + below + height <= viewBottom) return below;
  const above = box.top - GAP - height;
  if (origin + above >= viewTop) return above;
  // A selection taller than the window: pin the toolbar to the bottom of what is visible.
  return Math.max(viewTop, viewBottom - height - GAP) - origin;
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
  const id = highlight.id;
  // The comment is typed like a note: in its draft at each keystroke, saved within a second.
  const commit = useCallback((comment: string) => updateHighlight(id, { comment }), [id]);
  const comment = useDraftText({
    draftKey: draftKeys.comment(id),
    saved: highlight.comment,
    savedAt: highlight.updatedAt,
    commit,
  });
  const titleId = useId();
  const saveComment = () => void comment.flush();
  return (
    <div className="hl-editor" role="group" aria-labelledby={titleId}>
      <h3 id={titleId}>
        Surlignage : <q>{truncate(highlight.quote.exact, 120)}</q>
      </h3>
      <label>
        Couleur{' '}
        <ColorSelect
          colors={colors}
          value={highlight.colorId}
          onChange={(colorId) => void run(() => updateHighlight(highlight.id, { colorId }))}
        />
      </label>
      <label className="hl-editor__comment">
        Commentaire
        <textarea
          // Only when the keyboard just created the highlight: the comment is the next step.
          autoFocus={focusComment}
          value={comment.text}
          rows={3}
          maxLength={TEXT_CAPS.comment}
          onChange={(e) => comment.change(e.target.value)}
          onBlur={saveComment}
          placeholder="Pourquoi ce passage compte…"
        />
        <CapNotice kind="comment" length={comment.text.length} />
      </label>
      {comment.recovered && (
        <p className="field-recovered" role="status">
          {comment.recovered}
        </p>
      )}
      {comment.error && (
        <p className="annotations-error" role="alert">
          {comment.error}
        </p>
      )}
      <div>
        <span className="hl-editor__label">Étiquettes</span>
        <TagInput
          label="Étiquettes du surlignage"
          draftKey={draftKeys.pending(`tag:${highlight.id}`)}
          tags={highlight.tags}
          onAdd={(tag) => void run(() => updateHighlight(highlight.id, { tags: [...highlight.tags, tag] }))}
          onRemove={(tag) =>
            void run(() => updateHighlight(highlight.id, { tags: highlight.tags.filter((t) => t !== tag) }))
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
            void run(() => deleteHighlight(highlight.id));
            onClose();
          }}
        >
          Supprimer le surlignage
        </button>
      </div>
    </div>
  );
}
