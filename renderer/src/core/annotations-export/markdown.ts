// A report people can read, print or paste into a mail: grouped by catalogue item, in French.
import type { AnnotationData, TargetInfo } from './types';
import { FACT_LABELS } from '../corrections/facts';

const dateFr = (ms: number) =>
  new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short' }).format(new Date(ms));

/** Keeps user text from turning into Markdown structure it was not meant to be (headings, rules). */
function quoteBlock(text: string): string {
  return text
    .split('\n')
    .map((l) => `> ${l}`)
    .join('\n');
}

function inline(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/([\\`*_[\]<>#|])/g, '\\$1');
}

export function toMarkdown(
  data: AnnotationData,
  targets: (id: string) => TargetInfo | undefined,
  { title = 'Mes annotations', now = Date.now() }: { title?: string; now?: number } = {},
): string {
  const colorName = new Map(data.colors.map((c) => [c.id, c.name]));
  const ids = new Set<string>([
    ...data.notes.map((n) => n.targetId),
    ...data.highlights.map((h) => h.targetId),
    ...data.entryTags.map((t) => t.targetId),
    ...data.favourites.map((f) => f.targetId),
    ...data.collectionItems.map((i) => i.targetId),
    ...data.corrections.map((c) => c.targetId),
  ]);
  const label = (id: string) => {
    const t = targets(id);
    return t
      ? `${inline(t.title)} — ${inline(t.sourceLabel)}`
      : `Élément « ${id} » (absent du catalogue actuel)`;
  };
  const out: string[] = [`# ${inline(title)}`, '', `Export Repères du ${dateFr(now)}.`, ''];
  const counts = [
    `${data.notes.length} note(s)`,
    `${data.highlights.length} surlignage(s)`,
    `${data.corrections.length} correction(s)`,
    `${data.favourites.length} favori(s)`,
    `${data.collections.length} collection(s)`,
  ];
  out.push(counts.join(', ') + '.', '');
  if (data.collections.length > 0) {
    out.push('## Collections', '');
    for (const c of [...data.collections].sort((a, b) => a.order - b.order)) {
      out.push(`### ${inline(c.name)}`, '');
      if (c.description) out.push(quoteBlock(c.description), '');
      const items = data.collectionItems
        .filter((i) => i.collectionId === c.id)
        .sort((a, b) => a.order - b.order);
      if (items.length === 0) out.push('_Collection vide._', '');
      items.forEach((i, n) => out.push(`${n + 1}. ${label(i.targetId)}`));
      out.push('');
    }
  }
  const sorted = [...ids].sort((a, b) =>
    (targets(a)?.title ?? a).localeCompare(targets(b)?.title ?? b, 'fr'),
  );
  if (sorted.length > 0) out.push('## Fiches annotées', '');
  for (const id of sorted) {
    out.push(`### ${label(id)}`, '');
    if (data.favourites.some((f) => f.targetId === id)) out.push('★ Favori', '');
    const tags = data.entryTags.filter((t) => t.targetId === id).map((t) => inline(t.tag));
    if (tags.length) out.push(`Étiquettes : ${tags.join(', ')}`, '');
    for (const n of data.notes.filter((x) => x.targetId === id).sort((a, b) => a.createdAt - b.createdAt)) {
      out.push(
        `**Note** (créée le ${dateFr(n.createdAt)}, modifiée le ${dateFr(n.updatedAt)}) :`,
        '',
        quoteBlock(n.body),
        '',
      );
    }
    for (const h of data.highlights
      .filter((x) => x.targetId === id)
      .sort((a, b) => a.position.start - b.position.start)) {
      const colour = colorName.get(h.colorId) ?? h.colorId;
      out.push(
        `**Surlignage « ${inline(colour)} »** (${dateFr(h.createdAt)}) :`,
        '',
        quoteBlock(h.quote.exact),
        '',
      );
      if (h.comment) out.push(`Commentaire : ${inline(h.comment)}`, '');
      if (h.tags.length) out.push(`Étiquettes : ${h.tags.map(inline).join(', ')}`, '');
    }
    for (const c of data.corrections
      .filter((x) => x.targetId === id)
      .sort((a, b) => a.createdAt - b.createdAt)) {
      const what =
        c.kind === 'fact' ? `Correction « ${inline(FACT_LABELS[c.field])} »` : 'Correction d’un passage';
      const original = c.kind === 'fact' ? c.original : c.quote.exact;
      out.push(
        `**${what}** (${dateFr(c.updatedAt)}) — texte d’origine :`,
        '',
        quoteBlock(original || '(absent)'),
        '',
        'Corrigé en :',
        '',
        quoteBlock(c.corrected || '(vide)'),
        '',
      );
      if (c.comment) out.push(`Commentaire : ${inline(c.comment)}`, '');
    }
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n') + '\n';
}
