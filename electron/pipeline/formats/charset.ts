// Text bytes to a string, whatever the encoding a user's file (or a copied seed) was saved in:
// UTF-8 first (its byte patterns almost never occur by chance in other encodings), UTF-16 when a
// byte-order mark says so, else Windows-1252, the superset of Latin-1 that French files of the
// 2000s use. Environment-neutral: TextDecoder exists in Node and in Web Workers.

export type Charset = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  text: string;
  charset: Charset;
  /** French, for the user; empty when the text was plain UTF-8. */
  warnings: string[];
}

export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { text: utf8(bytes.subarray(3)) ?? '', charset: 'utf-8', warnings: [] };
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), charset: 'utf-16le', warnings: [] };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), charset: 'utf-16be', warnings: [] };
  const text = utf8(bytes);
  if (text !== null) return { text, charset: 'utf-8', warnings: [] };
  return {
    text: decodeWindows1252(bytes),
    charset: 'windows-1252',
    warnings: [
      'Ce fichier n’est pas encodé en UTF-8 : il a été lu comme du Latin-1 (Windows-1252). Vérifiez les caractères accentués.',
    ],
  };
}

function utf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Windows-1252 by hand: Node's TextDecoder decodes the "windows-1252" label as ISO-8859-1,
 * turning the bytes 0x80–0x9F (€ ’ œ … « smart » quotes) into control characters.
 */
const CP1252_80_9F =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

export function decodeWindows1252(bytes: Uint8Array): string {
  const chunks: string[] = [];
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const codes = Array.from(bytes.subarray(start, start + CHUNK), (b) =>
      b >= 0x80 && b <= 0x9f ? CP1252_80_9F.charCodeAt(b - 0x80) : b,
    );
    chunks.push(String.fromCharCode(...codes));
  }
  return chunks.join('');
}
