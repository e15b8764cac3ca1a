// From a file's bytes to the neutral document model, whatever its format. Environment-neutral:
// runs in Node (CLI, tests) and in a Web Worker; the caller reads the file and passes bytes.
import { decodeText } from './charset';
import { readDocx } from './docx';
import { readHtml } from './html';
import { readMarkdown } from './markdown';
import { ExtractError, type ExtractedDocument, type Format } from './model';
import { readOdt } from './odt';
import { readPdf } from './pdf';
import { readPlainText } from './text';

export {
  ExtractError,
  type Block,
  type BlockKind,
  type ExtractedDocument,
  type ExtractWarning,
  type Format,
} from './model';
export { decodeText, type Charset, type DecodedText } from './charset';
export { usePdfWorkerSrc, MAX_PDF_PAGES } from './pdf';

/** Largest file accepted; edges check it on the file's size before reading a byte. */
export const MAX_FILE_BYTES = 100 * 1024 * 1024;

/** The French refusal for a file too large, or null. Call it with the size before reading. */
export function sizeRefusal(size: number): ExtractError | null {
  if (size > MAX_FILE_BYTES)
    return new ExtractError(
      'too-large',
      `Ce fichier pèse ${Math.round(size / (1024 * 1024))} Mo : Repères n’accepte pas de document de plus de ${MAX_FILE_BYTES / (1024 * 1024)} Mo. Il n’a pas été lu.`,
    );
  if (size === 0) return new ExtractError('empty', 'Ce fichier est vide : il n’y a rien à lire.');
  return null;
}

function extensionOf(fileName: string): string {
  const m = /\.([a-z0-9]{1,8})$/i.exec(fileName);
  return m ? m[1]!.toLowerCase() : '';
}

function startsWith(bytes: Uint8Array, ascii: string, at = 0): boolean {
  for (let i = 0; i < ascii.length; i++) if (bytes[at + i] !== ascii.charCodeAt(i)) return false;
  return true;
}

/** The format, from the content first (a renamed file is still read right), then the name. */
export function detectFormat(bytes: Uint8Array, fileName: string): Format {
  const ext = extensionOf(fileName);
  const head = bytes.subarray(0, 1024);
  const pdfAt = new TextDecoder('latin1').decode(head).indexOf('%PDF-');
  if (pdfAt >= 0) return 'pdf';
  if (startsWith(bytes, 'PK\u0003\u0004')) {
    if (startsWith(bytes, 'mimetypeapplication/vnd.oasis.opendocument.text', 30) || ext === 'odt')
      return 'odt';
    if (ext === 'docx' || new TextDecoder('latin1').decode(bytes.subarray(0, 4096)).includes('word/'))
      return 'docx';
    throw new ExtractError(
      'unsupported-format',
      'Ce fichier est une archive qui n’est ni un document Word (DOCX) ni un document OpenDocument (ODT) : Repères ne sait pas le lire.',
    );
  }
  if (startsWith(bytes, '\u00d0\u00cf\u0011\u00e0') || startsWith(bytes, '{\\rtf'))
    throw new ExtractError(
      'unsupported-format',
      'Ce format (ancien Word .doc ou RTF) n’est pas lu par Repères : enregistrez le document en DOCX, ODT ou PDF, puis ajoutez-le.',
    );
  if (['html', 'htm', 'xhtml'].includes(ext)) return 'html';
  if (['md', 'markdown', 'mdown', 'mkd'].includes(ext)) return 'markdown';
  const sniff = new TextDecoder('latin1').decode(head).trimStart().toLowerCase();
  if (sniff.startsWith('<!doctype html') || sniff.startsWith('<html')) return 'html';
  // NUL bytes outside UTF-16 mean a binary file, not text.
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (!utf16 && head.includes(0))
    throw new ExtractError(
      'unsupported-format',
      'Ce fichier n’est pas un document lisible (PDF, DOCX, ODT, HTML, Markdown ou texte) : il n’a pas été lu.',
    );
  return 'text';
}

/**
 * Reads a document. Throws `ExtractError` (code + French message) when the file cannot be read
 * at all; what could be read in part is said in `warnings`.
 */
export async function extractDocument(bytes: Uint8Array, fileName: string): Promise<ExtractedDocument> {
  const refusal = sizeRefusal(bytes.length);
  if (refusal) throw refusal;
  const format = detectFormat(bytes, fileName);
  let doc: ExtractedDocument;
  switch (format) {
    case 'pdf':
      doc = await readPdf(bytes);
      break;
    case 'docx':
      doc = await readDocx(bytes);
      break;
    case 'odt':
      doc = readOdt(bytes);
      break;
    default: {
      const decoded = decodeText(bytes);
      const warnings = decoded.warnings.map((message) => ({ code: 'charset', message }));
      if (format === 'html') {
        const read = readHtml(decoded.text);
        doc = {
          format,
          title: read.title,
          blocks: read.blocks,
          pages: null,
          warnings: read.warnings,
          sourceText: null,
        };
      } else doc = format === 'markdown' ? readMarkdown(decoded.text) : readPlainText(decoded.text);
      doc.warnings.unshift(...warnings);
    }
  }
  if (!doc.blocks.some((b) => /\p{L}/u.test(b.text)))
    throw new ExtractError(
      'empty',
      'Ce document ne contient aucun texte : il n’y a rien à ajouter au catalogue.',
    );
  return doc;
}
