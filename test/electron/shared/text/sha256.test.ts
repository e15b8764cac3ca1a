import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readDocuments } from '../../../../electron/cli/documents';
import { sha256 } from '../../../../electron/shared/text/sha256';

const nodeSha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

describe('sha256', () => {
  it('gives the known digest of the empty text and of "abc"', () => {
    expect(sha256('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('agrees with node:crypto on the seed documents', () => {
    for (const doc of readDocuments()) expect(sha256(doc.text), doc.file).toBe(nodeSha256(doc.text));
  });

  it('agrees with node:crypto on any text, lone surrogates included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => sha256(text) === nodeSha256(text)),
      { numRuns: 300 },
    );
    expect(sha256('a\ud800b')).toBe(nodeSha256('a\ud800b'));
  });
});
