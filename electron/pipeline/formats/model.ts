// The neutral document model every reader produces, whatever the file format: a flat run of
// blocks in reading order, each with its page when the format has pages. Structure (cases,
// sections) is decided later, from this model only, so every format is structured alike.

export type Format = 'pdf' | 'docx' | 'odt' | 'html' | 'markdown' | 'text';

export type BlockKind = 'heading' | 'paragraph' | 'list-item' | 'caption';

export interface Block {
  kind: BlockKind;
  /**
   * Plain text, inline markup removed, whitespace collapsed; a paragraph's hard line breaks
   * (HTML <br>, ODT line breaks, PDF lines that did not wrap) are kept as "\n".
   */
  text: string;
  /** 1–6 for headings, 0 otherwise. */
  level: number;
  /** 1-based page number, null when the format has no pages (DOCX, ODT, HTML, Markdown, text). */
  page: number | null;
}

export interface ExtractWarning {
  code: string;
  /** French, for the user. */
  message: string;
}

export interface ExtractedDocument {
  format: Format;
  /** Title from the file's metadata when it has one. */
  title: string | null;
  blocks: Block[];
  /** Page count when the format has pages. */
  pages: number | null;
  warnings: ExtractWarning[];
  /**
   * For text-like formats, the file's own text (Markdown or plain text) line for line: the
   * bundled sources' parsers read it as is. Null for formats whose text is rebuilt from blocks.
   */
  sourceText: string | null;
}

/** An unreadable file: a stable code and the French message shown to the user. */
export class ExtractError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ExtractError';
  }
}

/** Lines of a paragraph kept apart by hard line breaks ("\n"), each made one clean line. */
export function brokenLines(s: string): string {
  return s.split('\n').map(oneLine).filter(Boolean).join('\n');
}

/** One line of text: inline whitespace collapsed, control characters dropped. */
export function oneLine(s: string): string {
  return (
    s
      // eslint-disable-next-line no-control-regex -- control characters are what it removes
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
      .replace(/\s+/g, ' ')
      .trim()
  );
}
