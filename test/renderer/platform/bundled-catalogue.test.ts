import { createHash } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { readBundledBodies, readBundledCatalogue } from '../../../renderer/src/platform/bundled-catalogue';
import { forWindow, splitForWindow } from '../../../electron/shared/window-catalogue';
import { realCatalogue } from '../features/catalogue/harness';

// Built in memory from the bundled documents: a fresh clone has no resources/catalogue.json yet.
const catalogue = forWindow(realCatalogue().catalogue);
const bytesOf = (text: string) => new TextEncoder().encode(text).buffer as ArrayBuffer;
const sha = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

describe('readBundledCatalogue', () => {
  it('reads the real catalogue whose bytes match the build-time hash', async () => {
    const json = JSON.stringify(catalogue);
    const result = await readBundledCatalogue(bytesOf(json), sha(json));
    expect(result.ok && result.value.entries.length).toBe(catalogue.entries.length);
  });

  it('trusts matching bytes without the schema: the build validated them', async () => {
    // Not a catalogue at all, yet its hash is the expected one: no schema walk at start.
    const json = JSON.stringify({ entries: 'not a list' });
    expect(await readBundledCatalogue(bytesOf(json), sha(json))).toMatchObject({ ok: true });
  });

  it('validates bytes that differ from the build (edited, damaged) and refuses them in French', async () => {
    const edited = JSON.stringify({
      ...catalogue,
      entries: [{ ...catalogue.entries[0], id: 'Pas Valide!' }],
    });
    const result = await readBundledCatalogue(bytesOf(edited), sha(JSON.stringify(catalogue)));
    expect(result).toMatchObject({ ok: false, error: { code: 'catalogue-invalid' } });
    expect(!result.ok && result.error.message).toMatch(/format attendu/);
  });

  it('validates when no hash is known (tests, the desktop fallback) and keeps a valid catalogue', async () => {
    const json = JSON.stringify(catalogue);
    const result = await readBundledCatalogue(bytesOf(json), undefined);
    expect(result.ok && result.value.entries.map((e) => e.id)).toEqual(catalogue.entries.map((e) => e.id));
  });

  it('falls back on the schema when the hash cannot be computed', async () => {
    const digest = vi.spyOn(globalThis.crypto.subtle, 'digest').mockRejectedValue(new Error('refusé'));
    try {
      const bad = JSON.stringify({ entries: 'not a list' });
      expect(await readBundledCatalogue(bytesOf(bad), sha(bad))).toMatchObject({ ok: false });
      const json = JSON.stringify(catalogue);
      const result = await readBundledCatalogue(bytesOf(json), sha(json));
      expect(result.ok && result.value.entries.length).toBe(catalogue.entries.length);
    } finally {
      digest.mockRestore();
    }
  });

  it('refuses bytes that are not JSON, with the French message', async () => {
    const result = await readBundledCatalogue(bytesOf('{"entries": ['), sha('x'));
    expect(result).toMatchObject({ ok: false, error: { code: 'catalogue-invalid' } });
  });
});

describe('readBundledBodies', () => {
  const { bodies } = splitForWindow(realCatalogue().catalogue);

  it('reads the bodies whose bytes match the build-time hash, and validates others', async () => {
    const json = JSON.stringify(bodies);
    const trusted = await readBundledBodies(bytesOf(json), sha(json));
    expect(trusted.ok && trusted.value.entries.length).toBe(bodies.entries.length);
    const checked = await readBundledBodies(bytesOf(json), undefined);
    expect(checked.ok && checked.value.events.map((e) => e.id)).toEqual(bodies.events.map((e) => e.id));
  });

  it('refuses edited bodies (a section without its text, a hostile id) in French', async () => {
    for (const edited of [
      { ...bodies, entries: [{ ...bodies.entries[0], sections: [{ key: 'presentation', heading: 'x' }] }] },
      { ...bodies, events: [{ ...bodies.events[0], id: '__proto__' }] },
      { entries: {}, events: [] },
    ]) {
      const result = await readBundledBodies(bytesOf(JSON.stringify(edited)), sha(JSON.stringify(bodies)));
      expect(result).toMatchObject({ ok: false, error: { code: 'catalogue-invalid' } });
      expect(!result.ok && result.error.message).toMatch(/format attendu/);
    }
  });
});

describe('the web adapter’s catalogue files', () => {
  it('says in French which part is missing, the list or the bodies', async () => {
    const { createWebApi } = await import('../../../renderer/src/platform/web-adapter');
    vi.stubGlobal('fetch', async () => new Response('', { status: 404 }));
    try {
      const api = createWebApi('./');
      expect(await api.loadCatalogue()).toMatchObject({
        ok: false,
        error: {
          code: 'catalogue-missing',
          message: expect.stringMatching(/^Le catalogue est introuvable\./),
        },
      });
      expect(await api.loadCatalogueBodies()).toMatchObject({
        ok: false,
        error: {
          code: 'catalogue-missing',
          message: expect.stringMatching(/^Le contenu des fiches est introuvable\./),
        },
      });
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
