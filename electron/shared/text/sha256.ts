// The one content hash: a source's `sha256` must be the same whether the CLI computes it in
// Node or a renderer worker computes it in a browser, so the portable path is plain TypeScript,
// not node:crypto (Node only) nor crypto.subtle (asynchronous, and absent outside secure contexts).
import { sha256 as sha256Bytes } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/** The little of node:crypto used here, typed without Node's types (this core has none). */
interface NodeCrypto {
  createHash(algorithm: 'sha256'): {
    update(data: string, encoding: 'utf8'): { digest(encoding: 'hex'): string };
  };
}

// In Node (the CLI, the main process, the bench) the built-in hash gives the same digest
// natively. It matters under tsx, which runs the CLI and the bench: it wraps the ES module
// @noble/hashes in CommonJS, every call inside the compression loop goes through an export
// getter, and the seed documents took ~60 ms to hash instead of ~1 ms. Browsers and workers
// have no `process` and take the portable path.
const nodeCrypto = (
  globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }
).process?.getBuiltinModule?.('node:crypto') as NodeCrypto | undefined;

/** Hex SHA-256 of the text's UTF-8 bytes, computed in plain TypeScript (any environment). */
export function portableSha256(text: string): string {
  // Lone surrogates are encoded as U+FFFD, as Node does.
  return bytesToHex(sha256Bytes(utf8ToBytes(text)));
}

/** Hex SHA-256 of the text's UTF-8 bytes (lone surrogates encoded as U+FFFD). */
export function sha256(text: string): string {
  return nodeCrypto
    ? nodeCrypto.createHash('sha256').update(text, 'utf8').digest('hex')
    : portableSha256(text);
}
