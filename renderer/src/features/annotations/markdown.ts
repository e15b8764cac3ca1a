// The user's Markdown made safe to insert. This module is loaded on first use (see
// useMarkdown): marked and DOMPurify are a tenth of the script, and the catalogue's first
// screen shows no note.
import { Marked } from 'marked';
import DOMPurify from 'dompurify';

/**
 * HTML that went through DOMPurify. Only renderMarkdown makes one, and the component that inserts
 * HTML (MarkdownBody) accepts nothing else: the type checker, not a comment, keeps raw HTML out.
 */
export type SanitizedHtml = string & { readonly __sanitized: unique symbol };

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

// Markup typed in a note is text the user wrote (« la <base de donnees> des SIAE »), not HTML:
// shown as typed rather than interpreted, or dropped by the sanitiser with the words in it.
const marked = new Marked({ renderer: { html: ({ text }) => escapeHtml(text) } });

/** Markdown to HTML that is safe to insert: marked renders, DOMPurify strips anything active. */
export function renderMarkdown(body: string): SanitizedHtml {
  const html = marked.parse(body, { async: false, gfm: true, breaks: true });
  return DOMPurify.sanitize(html, {
    USE_PROFILES: { html: true },
    FORBID_TAGS: ['style', 'form', 'input', 'button', 'img', 'video', 'audio', 'iframe'],
    FORBID_ATTR: ['style'],
  }) as SanitizedHtml;
}
