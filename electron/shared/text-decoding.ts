// Bytes to text exactly as a browser reads a file (Blob.text(), Response.text(): the WHATWG
// "UTF-8 decode", which drops a leading byte order mark and turns invalid bytes into U+FFFD).
// Both builds read files through this, so a file saved by Notepad with a BOM opens the same in the
// desktop app (where readFile(path, 'utf8') would keep the BOM and break JSON.parse) as in the browser.
export function decodeText(bytes: ArrayBuffer | Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes);
}
