// Markdown export of a comparison: key facts as a table (short values), sections as one
// sub-heading per column (long text would break a table). Document text is escaped so it can
// never turn into headings or HTML in whatever renders the file.
import { visibleRows, type CellValue, type Comparison, type FactRow, type SectionRow } from './compare';

export interface ColumnAnnotations {
  notes: string[];
  highlights: { quote: string; comment: string }[];
}

export interface MarkdownOptions {
  name: string;
  differencesOnly: boolean;
  /** The user's note on the comparison as a whole. */
  note?: string;
  /** The user's own notes and highlights, by column id. */
  annotations?: ReadonlyMap<string, ColumnAnnotations>;
  exportedAt?: Date;
}

export const ABSENT = 'Absent de cette fiche';

const DATE = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long' });

/** One line of a table cell: no pipes, no line breaks, no HTML. */
export function escapeCell(text: string): string {
  return escapeInline(text)
    .replace(/\|/g, '\\|')
    .replace(/\s*\n+\s*/g, ' ')
    .trim();
}

function escapeInline(text: string): string {
  return text
    .replace(/<sup>2<\/sup>/gi, '²')
    .replace(/\\/g, '\\\\')
    .replace(/</g, '\\<');
}

/** A block of document text: paragraphs kept, nothing it contains can start a heading, quote or HTML. */
export function escapeBlock(text: string): string {
  return escapeInline(text)
    .split('\n')
    .map((line) => line.replace(/^(\s*)(#{1,6}(?=\s|$)|>|=+\s*$|-{3,}\s*$)/, '$1\\$2'))
    .join('\n')
    .trim();
}

function valueText(v: CellValue, emphasise: boolean): string {
  const label = v.detail && !/\d/.test(v.label.slice(0, 1)) ? `${v.label} (${v.detail})` : v.label;
  const text = escapeCell(label);
  return emphasise && !v.shared ? `**${text}**` : text;
}

function factLine(row: FactRow, emphasise: boolean): string {
  const cells = row.cells.map((c) => {
    const hidden =
      c.hiddenShared > 0 ? `_${c.hiddenShared} en commun masqué${c.hiddenShared > 1 ? 's' : ''}_` : '';
    if (c.values.length === 0) return hidden || `_${ABSENT}_`;
    const values = c.values.map((v) => valueText(v, emphasise)).join(' ; ');
    return hidden ? `${values} ; ${hidden}` : values;
  });
  return `| ${escapeCell(row.label)} | ${cells.join(' | ')} |`;
}

function sectionBlock(row: SectionRow, titles: ReadonlyMap<string, string>): string {
  const out = [`## ${escapeCell(row.label)}`, ''];
  for (const cell of row.cells) {
    out.push(`### ${titles.get(cell.columnId) ?? cell.columnId}`, '');
    if (cell.parts.length === 0) {
      out.push(`_${ABSENT}_`, '');
      continue;
    }
    for (const part of cell.parts) {
      if (part.heading) out.push(`**${escapeCell(part.heading)}**`, '');
      out.push(escapeBlock(part.text), '');
    }
  }
  return out.join('\n');
}

export function comparisonToMarkdown(comparison: Comparison, options: MarkdownOptions): string {
  const { columns } = comparison;
  const titles = new Map(
    columns.map((c) => [c.id, `${escapeCell(c.title)}${c.isBaseline ? ' (référence)' : ''}`] as const),
  );
  const rows = visibleRows(comparison, options.differencesOnly);
  const hidden = comparison.facts.length + comparison.sections.length - rows.length;
  const emphasise = columns.length > 1;
  const out: string[] = [`# Comparaison : ${escapeCell(options.name)}`, ''];
  if (options.exportedAt) out.push(`Exportée de Repères le ${DATE.format(options.exportedAt)}.`, '');

  out.push('## Fiches comparées', '');
  columns.forEach((c, i) => {
    out.push(
      `${i + 1}. **${escapeCell(c.title)}** — ${escapeCell(c.kindLabel)}, ${escapeCell(c.sourceLabel)}${c.isBaseline ? ' — fiche de référence' : ''}`,
    );
  });
  out.push('');
  const baseline = columns.find((c) => c.isBaseline);
  if (emphasise) {
    out.push(
      baseline
        ? `En gras : ce qui ne se retrouve pas dans la fiche de référence (« ${escapeCell(baseline.title)} ») ; dans la colonne de référence, ce qu’aucune autre fiche ne partage.`
        : 'En gras : ce qu’aucune autre fiche ne partage.',
      '',
    );
  }
  if (options.differencesOnly) {
    out.push(
      `Différences seulement : ${hidden} ligne${hidden > 1 ? 's' : ''} identique${hidden > 1 ? 's' : ''} masquée${hidden > 1 ? 's' : ''}.`,
      '',
    );
  }

  const facts = rows.filter((r): r is FactRow => r.kind === 'fact');
  if (facts.length > 0) {
    out.push('## Faits clés', '');
    out.push(`| | ${columns.map((c) => titles.get(c.id)).join(' | ')} |`);
    out.push(`| --- | ${columns.map(() => '---').join(' | ')} |`);
    for (const row of facts) out.push(factLine(row, emphasise));
    out.push('');
  }
  for (const row of rows) if (row.kind === 'section') out.push(sectionBlock(row, titles));

  const annotated = columns.filter((c) => {
    const a = options.annotations?.get(c.id);
    return a && (a.notes.length > 0 || a.highlights.length > 0);
  });
  if (annotated.length > 0) {
    out.push('## Mes notes et surlignages', '');
    for (const c of annotated) {
      const a = options.annotations!.get(c.id)!;
      out.push(`### ${titles.get(c.id)}`, '');
      for (const note of a.notes) out.push(`- Note : ${escapeCell(note)}`);
      for (const h of a.highlights) {
        out.push(
          `- Surlignage : « ${escapeCell(h.quote)} »${h.comment.trim() ? ` — ${escapeCell(h.comment)}` : ''}`,
        );
      }
      out.push('');
    }
  }
  if (options.note?.trim()) out.push('## Note sur la comparaison', '', escapeBlock(options.note), '');
  return `${out.join('\n').trimEnd()}\n`;
}
