import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readDocuments } from '../../../../electron/cli/documents';
import { portableSha256, sha256 } from '../../../../electron/shared/text/sha256';

const nodeSha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

// Under Vitest `sha256` takes Node's built-in path; `portableSha256` is what browsers and
// workers run. Both are checked against node:crypto.
describe.each([
  ['sha256', sha256],
  ['portableSha256', portableSha256],
])('%s', (_name, hash) => {
  it('gives the known digest of the empty text and of "abc"', () => {
    expect(hash('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(hash('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('agrees with node:crypto on the seed documents', () => {
    for (const doc of readDocuments()) expect(hash(doc.text), doc.file).toBe(nodeSha256(doc.text));
  });

  it('agrees with node:crypto on any text, lone surrogates included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => hash(text) === nodeSha256(text)),
      { numRuns: 300 },
    );
    expect(hash('a\ud800b')).toBe(nodeSha256('a\ud800b'));
  });
});
