import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeText } from '../../../../electron/pipeline/formats/charset';
import { readDocuments } from '../../../../electron/cli/documents';
import { buildCatalogue } from '../../../../electron/pipeline';
import { FIXTURES, fixture } from './fixtures';

describe('decodeText', () => {
  it('reads UTF-8 and drops its byte-order mark, without a warning', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Élus et œuvre')]);
    expect(decodeText(bytes)).toEqual({ text: 'Élus et œuvre', charset: 'utf-8', warnings: [] });
  });

  it('reads Windows-1252 (and so Latin-1) when the bytes are not UTF-8, with a French warning', () => {
    // "Élus, œuvre ’95 €" in Windows-1252: É=C9, œ=9C, ’=92, €=80.
    const bytes = new Uint8Array([
      0xc9, 0x6c, 0x75, 0x73, 0x2c, 0x20, 0x9c, 0x75, 0x76, 0x72, 0x65, 0x20, 0x92, 0x39, 0x35, 0x20, 0x80,
    ]);
    const decoded = decodeText(bytes);
    expect(decoded.text).toBe('Élus, œuvre ’95 €');
    expect(decoded.charset).toBe('windows-1252');
    expect(decoded.warnings).toHaveLength(1);
    expect(decoded.warnings[0]).toMatch(/pas encodé en UTF-8.*Latin-1/);
  });

  it('reads UTF-16 with its byte-order mark', () => {
    const bytes = new Uint8Array([0xff, 0xfe, 0x45, 0x00, 0xe9, 0x00]);
    expect(decodeText(bytes).text).toBe('Eé');
  });
});

describe('seed reader with a seed saved in Windows-1252', () => {
  const dir = mkdtempSync(join(tmpdir(), 'reperes-seeds-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const SEED = '000_5bd64049ce1550ae.txt';
  copyFileSync(resolve(FIXTURES, 'cime-windows-1252.txt'), join(dir, SEED));

  it('is the fixture really not UTF-8', () => {
    expect(() =>
      new TextDecoder('utf-8', { fatal: true }).decode(fixture('cime-windows-1252.txt')),
    ).toThrow();
  });

  it('gives the same text, entries and events as the UTF-8 seed, with a warning', () => {
    const [latin] = readDocuments(dir);
    const utf8 = readDocuments().find((d) => d.file === SEED)!;
    expect(latin!.text).toBe(utf8.text);
    expect(utf8.warnings).toEqual([]);
    expect(latin!.warnings).toEqual([expect.objectContaining({ file: SEED, code: 'charset' })]);
    const a = buildCatalogue([latin!]).catalogue;
    const b = buildCatalogue([utf8]).catalogue;
    expect(a.entries.length).toBeGreaterThan(0);
    expect(a.entries).toEqual(b.entries);
    expect(a.events).toEqual(b.events);
  });
});
