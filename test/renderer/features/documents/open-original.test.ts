// « Ouvrir le fichier d'origine » in the renderer: the stored bytes go to the platform as they are;
// a missing file or a refusal comes back as a French sentence.
import { describe, expect, it } from 'vitest';
import type { OpenOriginalRequest } from '../../../../electron/shared/api';
import { fail, ok } from '../../../../electron/shared/result';
import { openOriginal } from '../../../../renderer/src/features/documents/open-original';

const doc = { id: 'a'.repeat(64), fileName: 'page.html', format: 'html' as const };
const blob = new Blob(['<script>alert(1)</script>'], { type: 'text/html' });

describe('opening an original', () => {
  it('hands the stored bytes, sha256 and format to the platform', async () => {
    const seen: OpenOriginalRequest[] = [];
    const outcome = await openOriginal(
      doc,
      { openOriginal: async (r) => (seen.push(r), ok('downloaded' as const)) },
      async (id) => (id === doc.id ? blob : null),
    );
    expect(outcome).toEqual({ ok: true, message: '« page.html » téléchargé.' });
    expect(seen[0]).toMatchObject({ sha256: doc.id, format: 'html', fileName: 'page.html' });
    expect(new TextDecoder().decode(seen[0]!.bytes)).toBe('<script>alert(1)</script>');
  });

  it('says so when the file is no longer kept, or when the platform refuses', async () => {
    const never = { openOriginal: async () => ok('opened' as const) };
    expect(await openOriginal(doc, never, async () => null)).toEqual({
      ok: false,
      message: expect.stringContaining('n’a pas été partagé avec ses fiches, ou n’est plus conservé'),
    });
    const refused = { openOriginal: async () => fail('checksum', 'Empreinte différente.') };
    expect(await openOriginal(doc, refused, async () => blob)).toEqual({
      ok: false,
      message: 'Empreinte différente.',
    });
    const thrown = {
      openOriginal: async (): Promise<never> => {
        throw new Error('ipc down');
      },
    };
    expect(await openOriginal(doc, thrown, async () => blob)).toMatchObject({ ok: false });
  });
});
