// DOCX through mammoth, which maps Word's heading styles to h1–h6; its HTML output is read by
// the same non-rendering HTML reader as user pages. The archive is size-checked first.
import mammoth from 'mammoth';
import { readHtml } from './html';
import { ExtractError, type ExtractedDocument } from './model';
import { guardedUnzip } from './zip';

export async function readDocx(bytes: Uint8Array): Promise<ExtractedDocument> {
  const parts = guardedUnzip(bytes, (name) => name === 'word/document.xml', 'Word (DOCX)');
  if (!parts['word/document.xml'])
    throw new ExtractError(
      'docx-corrupt',
      'Ce fichier n’est pas un document Word (DOCX) valide : son contenu principal est absent.',
    );
  // Node's mammoth reads `buffer`, its browser build `arrayBuffer`: both are given the same bytes.
  const copy = bytes.slice();
  const input = { buffer: copy, arrayBuffer: copy.buffer } as unknown as Parameters<
    typeof mammoth.convertToHtml
  >[0];
  let html: string;
  try {
    html = (await mammoth.convertToHtml(input)).value;
  } catch {
    throw new ExtractError('docx-corrupt', 'Ce document Word (DOCX) est endommagé : il n’a pas pu être lu.');
  }
  const read = readHtml(html);
  return {
    format: 'docx',
    title: null,
    blocks: read.blocks,
    pages: null,
    warnings: read.warnings,
    sourceText: null,
  };
}
