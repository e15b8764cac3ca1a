// Small pure helpers shared by the annotation views.
import { marked } from 'marked';
import DOMPurify from 'dompurify';

const dateTime = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short' });
const dateOnly = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'medium' });

export const formatDateTime = (ms: number) => dateTime.format(new Date(ms));
export const formatDate = (ms: number) => dateOnly.format(new Date(ms));

/** Markdown to HTML that is safe to insert: marked renders, DOMPurify strips anything active. */
export function renderMarkdown(body: string): string {
  const html = marked.parse(body, { async: false, gfm: true, breaks: true });
  return DOMPurify.sanitize(html, {
    USE_PROFILES: { html: true },
    FORBID_TAGS: ['style', 'form', 'input', 'button', 'img', 'video', 'audio', 'iframe'],
    FORBID_ATTR: ['style'],
  });
}

/** Lower case without accents, for searching French text the way people type it. */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  // Plain ASCII needs no decomposition; the combining-marks range is much faster than \p{M}.
  return /[\u0080-\uffff]/.test(lower) ? lower.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : lower;
}
