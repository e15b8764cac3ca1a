import { createHash } from 'node:crypto';
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isDocumentName, loadCatalogueFile, loadDocumentFile } from '../../../electron/main/catalogue-store';

describe('loading the bundled catalogue', () => {
  it('says in French when the catalogue is missing, corrupt or invalid', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'reperes-cat-'));
    const missing = await loadCatalogueFile(dir);
    expect(missing).toMatchObject({ ok: false, error: { code: 'catalogue-missing' } });

    await writeFile(join(dir, 'catalogue.json'), '{ not json');
    expect(await loadCatalogueFile(dir)).toMatchObject({ ok: false, error: { code: 'catalogue-corrupt' } });

    await writeFile(join(dir, 'catalogue.json'), JSON.stringify({ schemaVersion: 1, entries: 'nope' }));
    const invalid = await loadCatalogueFile(dir);
    expect(invalid).toMatchObject({
      ok: false,
      error: { code: 'catalogue-invalid', message: expect.stringMatching(/format attendu/) },
    });
  });

  it('accepts a minimal valid catalogue', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'reperes-cat-'));
    await writeFile(
      join(dir, 'catalogue.json'),
      JSON.stringify({ schemaVersion: 1, sources: [], entries: [], events: [], report: [] }),
    );
    expect((await loadCatalogueFile(dir)).ok).toBe(true);
  });

  it('trusts the bytes the build validated by their SHA-256, and validates any other bytes', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'reperes-cat-'));
    const sha = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
    const built = JSON.stringify({ schemaVersion: 1, sources: [], entries: [], events: [], report: [] });
    await writeFile(join(dir, 'catalogue.json'), built);
    expect(await loadCatalogueFile(dir, sha(built))).toMatchObject({ ok: true, value: { entries: [] } });
    // The schema is not run on matching bytes: what they hold is taken as the build left it.
    const unchecked = JSON.stringify({ schemaVersion: 1, entries: 'nope' });
    await writeFile(join(dir, 'catalogue.json'), unchecked);
    expect(await loadCatalogueFile(dir, sha(unchecked))).toMatchObject({
      ok: true,
      value: { entries: 'nope' },
    });
    // Bytes changed since the build (another hash, or none baked): validated, and refused in French.
    for (const expected of [sha(built), undefined]) {
      expect(await loadCatalogueFile(dir, expected)).toMatchObject({
        ok: false,
        error: { code: 'catalogue-invalid', message: expect.stringMatching(/format attendu/) },
      });
    }
    await writeFile(join(dir, 'catalogue.json'), '{ not json');
    expect(await loadCatalogueFile(dir, sha('{ not json'))).toMatchObject({
      ok: false,
      error: { code: 'catalogue-corrupt' },
    });
  });

  it('serves only seed documents by bare name', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'reperes-cat-'));
    await mkdir(join(dir, 'documents'));
    await writeFile(join(dir, 'documents', '000_5bd64049ce1550ae.txt'), 'Cime');
    expect(await loadDocumentFile(dir, '000_5bd64049ce1550ae.txt')).toEqual({ ok: true, value: 'Cime' });
    for (const bad of ['../catalogue.json', '/etc/passwd', '000_5bd64049ce1550ae.txt/..', 7, null]) {
      expect(isDocumentName(bad)).toBe(false);
      expect((await loadDocumentFile(dir, bad)).ok).toBe(false);
    }
  });
});
