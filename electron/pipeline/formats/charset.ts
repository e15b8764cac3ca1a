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
  // The WHATWG decoder maps "latin1" to windows-1252 too: the bytes 0x80–0x9F become € ’ œ …
  return {
    text: new TextDecoder('windows-1252').decode(bytes),
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
