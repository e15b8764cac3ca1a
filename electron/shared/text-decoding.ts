// Bytes to text exactly as a browser reads a file (Blob.text(), Response.text(): the WHATWG
// "UTF-8 decode", which drops a leading byte order mark and turns invalid bytes into U+FFFD).
// Both builds read files through this, so a file saved by Notepad with a BOM opens the same in the
// desktop app (where readFile(path, 'utf8') would keep the BOM and break JSON.parse) as in the browser.

/** The part of the WHATWG TextDecoder we use. */
export interface TextDecoderLike {
  decode(bytes: ArrayBuffer | Uint8Array): string;
}
type TextDecoderConstructor = new (
  label: string,
  options?: { fatal?: boolean; ignoreBOM?: boolean },
) => TextDecoderLike;

/**
 * TextDecoder exists in every runtime the shared core runs in (Node, the window, workers), but it
 * belongs to neither the ES library nor this folder's (deliberately empty) types: reach it through
 * globalThis with the little we need.
 */
export function textDecoder(
  label: string,
  options?: { fatal?: boolean; ignoreBOM?: boolean },
): TextDecoderLike {
  const { TextDecoder } = globalThis as unknown as { TextDecoder: TextDecoderConstructor };
  return new TextDecoder(label, options);
}

export function decodeUtf8(bytes: ArrayBuffer | Uint8Array): string {
  return textDecoder('utf-8').decode(bytes);
}
