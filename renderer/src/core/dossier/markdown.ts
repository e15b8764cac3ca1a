// The dossier as Markdown: headings and lists Repères writes, the user's and the documents' text
// escaped so it can never turn into structure (a heading, a link, raw HTML) it was not meant to be.
import type { Dossier } from './model';

const dateFr = (ms: number) =>
  new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short' }).format(new Date(ms));

/** One line of text, Markdown's active characters escaped. */
export function inline(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/([\\`*_[\]<>#|!~&])/g, '\\$1')
    .replace(/^([-+=]|\d+[.)])(\s|$)/, '\\$1$2');
}

/** A block quote of several lines, each escaped. */
function quoteBlock(text: string): string {
  return text
    .split(/\r?\n/)
    .map((l) => (l.trim() ? `> ${inline(l)}` : '>'))
    .join('\n');
}

/** A note is the user's own Markdown: kept as written, in a quote, raw HTML neutralised. */
function noteBlock(text: string): string {
  return text
    .split(/\r?\n/)
    .map((l) => (l.trim() ? `> ${l.replace(/</g, '&lt;')}` : '>'))
    .join('\n');
}

export function dossierMarkdown(d: Dossier): string {
  const out: string[] = [`# Dossier : ${inline(d.title)}`, ''];
  if (d.description.trim()) out.push(quoteBlock(d.description), '');
  out.push(
    `Dossier Repères du ${dateFr(d.generatedAt)} — ${d.entries.length} fiche${d.entries.length > 1 ? 's' : ''}.`,
    '',
  );
  d.entries.forEach((e, n) => {
    out.push(`## ${n + 1}. ${inline(e.title)}`, '', `Source : ${inline(e.sourceLabel)}`, '');
    if (e.missing)
      out.push('_Cette fiche n’est plus dans le catalogue ; vos annotations sont conservées._', '');
    if (e.facts.length) {
      out.push('### Repères clés', '');
      for (const f of e.facts) {
        const value = f.value.split(/\r?\n/).map(inline).filter(Boolean).join(' ; ') || '(vide)';
        const was =
          f.original === undefined
            ? ''
            : ` — **corrigé** (texte d’origine : ${
                f.original.split(/\r?\n/).map(inline).filter(Boolean).join(' ; ') || 'absent'
              })`;
        out.push(`- **${inline(f.label)}** : ${value}${was}`);
      }
      out.push('');
    }
    if (e.contacts.length) {
      out.push('### Contacts', '');
      for (const c of e.contacts) {
        const who = c.name
          ? `${inline(c.name)}${c.role ? `, ${inline(c.role)}` : ''}`
          : inline(c.organisation || e.title);
        const ways = [...c.emails, ...c.phones, ...c.websites].map(inline);
        out.push(`- ${who}${ways.length ? ` : ${ways.join(' ; ')}` : ''}`);
      }
      out.push('');
    }
    if (e.corrections.length) {
      out.push('### Passages corrigés', '');
      for (const c of e.corrections) {
        out.push(
          `**${inline(c.heading)}**${c.orphan ? ' (passage introuvable dans le texte actuel)' : ''} — texte d’origine :`,
          '',
          quoteBlock(c.original),
          '',
          'Corrigé en :',
          '',
          quoteBlock(c.corrected),
          '',
        );
      }
    }
    if (e.highlights.length) {
      out.push('### Passages surlignés', '');
      for (const h of e.highlights) {
        out.push(`**${inline(h.heading)}** (${inline(h.colour)}) :`, '', quoteBlock(h.quote), '');
        if (h.comment.trim()) out.push(`Commentaire : ${inline(h.comment)}`, '');
        if (h.tags.length) out.push(`Étiquettes : ${h.tags.map(inline).join(', ')}`, '');
      }
    }
    if (e.notes.length) {
      out.push('### Notes', '');
      for (const note of e.notes)
        out.push(`_Modifiée le ${dateFr(note.updatedAt)}_`, '', noteBlock(note.body), '');
    }
  });
  return out.join('\n').replace(/\n{3,}/g, '\n\n') + '\n';
}
