// The comparison grid: one column per entry, rows aligned because they are one table; the
// header row and the row labels stay put while the grid scrolls (sticky cells, see compare.css).
import { useState, type ReactNode } from 'react';
import { Link } from '../../services/router';
import type {
  CellMark,
  ComparedColumn,
  Comparison,
  GridRow,
  FactCell,
  SectionCell,
} from '../../core/compare/compare';
import { mergeRanges, type TextRange } from '../../../../electron/shared/text-ranges';
import type { HighlightRow } from '../../db/rows';
import type { ColumnAnnotationRows } from './store';
import { useCatalogue } from '../../catalogue/CatalogueContext';
import { CorrectedFlag } from '../../services/CorrectedFlag';
import { FACT_FIELDS, type FactField } from '../../db/correction-rows';

/** Cells longer than this (characters) start collapsed behind "lire la suite". */
export const COLLAPSE_AT = 600;
/** Set cells with more values than this start collapsed. */
const COLLAPSE_VALUES = 6;

export interface ColumnActions {
  setBaseline(id: string | null): void;
  move(id: string, by: -1 | 1): void;
  swap(id: string, withId: string): void;
  remove(id: string): void;
}

const MARK_TEXT: Record<CellMark, string> = {
  baseline: 'Référence',
  same: 'Identique à la référence',
  different: 'Diffère de la référence',
  absent: '',
  none: '',
};

function MarkBadge({ mark }: { mark: CellMark }) {
  if (!MARK_TEXT[mark] || mark === 'baseline') return null;
  return (
    <span className={`compare-badge compare-badge--${mark}`}>
      {mark === 'same' ? '= identique' : '≠ diffère'}
    </span>
  );
}

function Absent() {
  return <p className="compare-absent">Absent de cette fiche</p>;
}

function Collapsible({
  long,
  open,
  onToggle,
  id,
  children,
}: {
  long: boolean;
  open: boolean;
  onToggle(): void;
  id: string;
  children: ReactNode;
}) {
  return (
    <>
      <div
        id={id}
        className={long && !open ? 'compare-collapsible compare-collapsible--closed' : 'compare-collapsible'}
      >
        {children}
      </div>
      {long && (
        <button
          type="button"
          className="compare-more"
          aria-expanded={open}
          aria-controls={id}
          onClick={onToggle}
        >
          {open ? 'réduire' : 'lire la suite'}
        </button>
      )}
    </>
  );
}

/** Text with the user's highlights drawn in; positions are hints, the quote decides. */
function HighlightedText({
  text,
  highlights,
  colours,
}: {
  text: string;
  highlights: HighlightRow[];
  colours: Map<string, string>;
}) {
  const ranges: (TextRange & { colour?: string })[] = [];
  for (const h of highlights) {
    const { start, end } = h.position;
    const at = text.slice(start, end) === h.quote.exact ? start : text.indexOf(h.quote.exact);
    if (at >= 0) ranges.push({ start: at, end: at + h.quote.exact.length, colour: colours.get(h.colorId) });
  }
  const merged = mergeRanges(ranges);
  const out: ReactNode[] = [];
  let last = 0;
  merged.forEach((r, i) => {
    if (r.start > last) out.push(text.slice(last, r.start));
    const colour = ranges.find((x) => x.start === r.start)?.colour;
    out.push(
      <mark key={i} className="compare-highlight" style={colour ? { background: colour } : undefined}>
        {text.slice(r.start, r.end)}
      </mark>,
    );
    last = r.end;
  });
  out.push(text.slice(last));
  return <div className="compare-text">{out}</div>;
}

function FactContent({ cell, rowKey }: { cell: FactCell; rowKey: string }) {
  const hidden =
    cell.hiddenShared > 0 ? (
      <p className="compare-hidden-shared">
        {cell.hiddenShared} en commun masqué{cell.hiddenShared > 1 ? 's' : ''}
      </p>
    ) : null;
  if (cell.values.length === 0) return hidden ?? <Absent />;
  return (
    <>
      <FactValues cell={cell} rowKey={rowKey} />
      {hidden}
    </>
  );
}

function FactValues({ cell, rowKey }: { cell: FactCell; rowKey: string }) {
  if (rowKey === 'figures') {
    return (
      <ul className="compare-values compare-values--figures">
        {cell.values.map((v, i) => (
          <li
            key={i}
            className={
              v.shared ? 'compare-value compare-value--shared' : 'compare-value compare-value--unique'
            }
          >
            <strong>{v.label}</strong>
            {v.detail && <span className="compare-value__detail"> — {v.detail}</span>}
            <span className="visually-hidden">
              {v.shared ? ' (mesure commune)' : ' (mesure propre à cette fiche)'}
            </span>
          </li>
        ))}
      </ul>
    );
  }
  if (cell.values.length === 1 && !['people', 'actors', 'themes'].includes(rowKey)) {
    return <p className="compare-single">{cell.values[0]!.label}</p>;
  }
  return (
    <ul className="compare-values">
      {cell.values.map((v, i) => (
        <li
          key={i}
          className={v.shared ? 'compare-value compare-value--shared' : 'compare-value compare-value--unique'}
        >
          {v.label}
          {v.detail && <span className="compare-value__detail"> ({v.detail})</span>}
          <span className="visually-hidden">{v.shared ? ' (commun)' : ' (propre à cette fiche)'}</span>
        </li>
      ))}
    </ul>
  );
}

function SectionContent({
  cell,
  highlights,
  colours,
}: {
  cell: SectionCell;
  highlights: HighlightRow[];
  colours: Map<string, string>;
}) {
  if (cell.parts.length === 0) return <Absent />;
  return (
    <>
      {cell.parts.map((p) => (
        <div key={p.sectionRef} className="compare-part">
          {p.heading && <p className="compare-part__heading">{p.heading}</p>}
          <HighlightedText
            text={p.text}
            highlights={highlights.filter((h) => h.sectionRef === p.sectionRef)}
            colours={colours}
          />
        </div>
      ))}
    </>
  );
}

function ColumnHeader({
  column,
  index,
  columns,
  actions,
}: {
  column: ComparedColumn;
  index: number;
  columns: ComparedColumn[];
  actions: ColumnActions;
}) {
  const t = `« ${column.title} »`;
  return (
    <div className="compare-head">
      <p className="compare-head__meta">
        {column.kindLabel} · {column.sourceLabel}
      </p>
      <Link to={`/fiche/${column.id}`} className="compare-head__title">
        {column.title}
      </Link>
      {column.isBaseline && <p className="compare-head__baseline">Fiche de référence</p>}
      <div className="compare-head__tools" role="group" aria-label={`Colonne ${t}`}>
        <button
          type="button"
          aria-pressed={column.isBaseline}
          aria-label={
            column.isBaseline ? `Ne plus prendre ${t} comme référence` : `Prendre ${t} comme référence`
          }
          onClick={() => actions.setBaseline(column.isBaseline ? null : column.id)}
        >
          {column.isBaseline ? 'Référence ✓' : 'Référence'}
        </button>
        <button
          type="button"
          aria-label={`Déplacer ${t} vers la gauche`}
          disabled={index === 0}
          onClick={() => actions.move(column.id, -1)}
        >
          ←
        </button>
        <button
          type="button"
          aria-label={`Déplacer ${t} vers la droite`}
          disabled={index === columns.length - 1}
          onClick={() => actions.move(column.id, 1)}
        >
          →
        </button>
        {columns.length > 2 && (
          <select
            aria-label={`Échanger ${t} avec la colonne…`}
            value=""
            onChange={(e) => e.target.value && actions.swap(column.id, e.target.value)}
          >
            <option value="">Échanger…</option>
            {columns.map((c, i) =>
              c.id === column.id ? null : (
                <option key={c.id} value={c.id}>
                  avec la colonne {i + 1} : {c.title.length > 40 ? `${c.title.slice(0, 39)}…` : c.title}
                </option>
              ),
            )}
          </select>
        )}
        <button
          type="button"
          aria-label={`Retirer ${t} de la comparaison`}
          onClick={() => actions.remove(column.id)}
        >
          Retirer
        </button>
      </div>
    </div>
  );
}

function markClass(mark: CellMark): string {
  return `compare-cell compare-cell--${mark}`;
}

const isFactField = (key: string): key is FactField => (FACT_FIELDS as readonly string[]).includes(key);

export function CompareTable({
  comparison,
  rows,
  annotations,
  colours,
  actions,
  expandAll,
  showAnnotations,
}: {
  comparison: Comparison;
  rows: GridRow[];
  annotations: Map<string, ColumnAnnotationRows>;
  colours: Map<string, string>;
  actions: ColumnActions;
  expandAll: boolean;
  showAnnotations: boolean;
}) {
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const { columns } = comparison;
  // The user's corrections (issue 17): the grid compares corrected facts, and says which ones.
  const { corrected } = useCatalogue();
  const correctedHere = (rowKey: string, columnId: string) =>
    isFactField(rowKey) && corrected?.get(columnId)?.fields.has(rowKey) === true;
  const toggle = (key: string) =>
    setOpen((s) => {
      const next = new Set(s);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  const isOpen = (key: string) => expandAll || open.has(key);

  return (
    <table className="compare-table" style={{ minWidth: `${10 + columns.length * 17}rem` }}>
      <caption className="visually-hidden">
        Comparaison de {columns.length} fiches, une colonne par fiche, une ligne par fait clé puis par partie
      </caption>
      <colgroup>
        <col className="compare-table__labels" />
        {columns.map((c) => (
          <col key={c.id} />
        ))}
      </colgroup>
      <thead>
        <tr>
          <th scope="col" className="compare-table__corner">
            Fiches comparées
          </th>
          {columns.map((c, i) => (
            <th
              key={c.id}
              scope="col"
              className={c.isBaseline ? 'compare-col compare-col--baseline' : 'compare-col'}
            >
              <ColumnHeader column={c} index={i} columns={columns} actions={actions} />
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr
            key={`${row.kind}-${row.key}`}
            className={`compare-row compare-row--${row.kind}`}
            data-row={row.key}
          >
            <th scope="row" className="compare-row__label">
              {row.label}
              {row.identical && columns.length > 1 && (
                <span className="compare-row__same">identique partout</span>
              )}
            </th>
            {row.kind === 'fact'
              ? row.cells.map((cell) => {
                  const key = `${row.key}:${cell.columnId}`;
                  return (
                    <td key={cell.columnId} className={markClass(cell.mark)}>
                      <MarkBadge mark={cell.mark} />
                      {correctedHere(row.key, cell.columnId) && (
                        <CorrectedFlag fields={[row.key as FactField]} />
                      )}
                      <Collapsible
                        id={`cc-${key}`.replace(/[^a-z0-9-]/gi, '-')}
                        long={cell.values.length > COLLAPSE_VALUES}
                        open={isOpen(key)}
                        onToggle={() => toggle(key)}
                      >
                        <FactContent cell={cell} rowKey={row.key} />
                      </Collapsible>
                      {cell.missing.length > 0 && (
                        <p className="compare-missing">Pas ici : {cell.missing.join(', ')}</p>
                      )}
                    </td>
                  );
                })
              : row.cells.map((cell) => {
                  const key = `${row.key}:${cell.columnId}`;
                  return (
                    <td key={cell.columnId} className={markClass(cell.mark)}>
                      <MarkBadge mark={cell.mark} />
                      <Collapsible
                        id={`cc-${key}`.replace(/[^a-z0-9-]/gi, '-')}
                        long={cell.length > COLLAPSE_AT}
                        open={isOpen(key)}
                        onToggle={() => toggle(key)}
                      >
                        <SectionContent
                          cell={cell}
                          highlights={annotations.get(cell.columnId)?.highlights ?? []}
                          colours={colours}
                        />
                      </Collapsible>
                    </td>
                  );
                })}
          </tr>
        ))}
        {showAnnotations && (
          <tr className="compare-row compare-row--annotations" data-row="annotations">
            <th scope="row" className="compare-row__label">
              Mes notes et surlignages
            </th>
            {columns.map((c) => {
              const a = annotations.get(c.id);
              const empty = !a || (a.notes.length === 0 && a.highlights.length === 0);
              return (
                <td key={c.id} className="compare-cell">
                  {empty ? (
                    <p className="compare-absent">Aucune note ni surlignage</p>
                  ) : (
                    <ul className="compare-annotations">
                      {a.notes.map((n) => (
                        <li key={n.id} className="compare-annotations__note">
                          <span className="compare-annotations__kind">Note</span> {n.body}
                        </li>
                      ))}
                      {a.highlights.map((h) => (
                        <li key={h.id}>
                          <span className="compare-annotations__kind">Surlignage</span> « {h.quote.exact} »
                          {h.comment.trim() && <> — {h.comment}</>}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              );
            })}
          </tr>
        )}
      </tbody>
    </table>
  );
}
