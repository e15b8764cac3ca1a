// The original file of a user's document, handed back to the user: its MIME type, the name it is
// saved or opened under, and the file name it is kept under in the desktop app's data folder.
// Shared by main (which writes the copy) and the renderer (which offers the download).

export const ORIGINAL_FORMATS = ['pdf', 'docx', 'odt', 'html', 'markdown', 'text'] as const;
export type OriginalFormat = (typeof ORIGINAL_FORMATS)[number];

export const ORIGINAL_TYPES: Record<OriginalFormat, { mime: string; extension: string }> = {
  pdf: { mime: 'application/pdf', extension: 'pdf' },
  docx: {
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extension: 'docx',
  },
  odt: { mime: 'application/vnd.oasis.opendocument.text', extension: 'odt' },
  html: { mime: 'text/html', extension: 'html' },
  markdown: { mime: 'text/markdown', extension: 'md' },
  text: { mime: 'text/plain', extension: 'txt' },
};

/** Larger originals are not copied out (the import refuses files this big anyway). */
export const MAX_ORIGINAL_BYTES = 300 * 1024 * 1024;

/** The copy in the desktop app's data folder: named by content, so it is written once. */
export function storedOriginalName(sha256: string, format: OriginalFormat): string {
  if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error('storedOriginalName: not a sha256');
  return `${sha256}.${ORIGINAL_TYPES[format].extension}`;
}

/**
 * The name offered for a download: the file's own name, stripped of path separators, control and
 * reserved characters, with the extension of its format (a « .html » can never pass as a « .pdf »).
 */
export function downloadName(fileName: string, format: OriginalFormat): string {
  const extension = ORIGINAL_TYPES[format].extension;
  const base = fileName
    .replace(/^.*[/\\]/, '')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '')
    .replace(/\.[^.]*$/, '')
    .replace(/^[\s.]+|[\s.]+$/g, '')
    .slice(0, 150);
  return `${base || 'document'}.${extension}`;
}
