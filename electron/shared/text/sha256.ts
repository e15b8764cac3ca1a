// The one content hash: a source's `sha256` must be the same whether the CLI computes it in
// Node or a renderer worker computes it in a browser, so it is plain TypeScript, not node:crypto
// (Node only) nor crypto.subtle (asynchronous, and absent outside secure contexts).
import { sha256 as sha256Bytes } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/** Hex SHA-256 of the text's UTF-8 bytes (lone surrogates encoded as U+FFFD, as Node does). */
export function sha256(text: string): string {
  return bytesToHex(sha256Bytes(utf8ToBytes(text)));
}
