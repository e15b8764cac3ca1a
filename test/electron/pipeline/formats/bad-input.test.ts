// Hostile and broken files: each is refused or read with a clear French message, nothing is
// half-produced (a refusal carries no entries), nothing runs.
import { zipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importDocument, sizeRefusal, MAX_FILE_BYTES } from '../../../../electron/pipeline/generic';
import { fixture } from './fixtures';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

async function refusal(bytes: Uint8Array, name: string): Promise<{ code: string; message: string }> {
  const result = await importDocument(bytes, name);
  if (result.ok) throw new Error(`${name} was read: ${result.value.entries.length} entries`);
  expect(Object.keys(result)).toEqual(['ok', 'error']);
  return result.error;
}

/** A zip whose central directory declares `size` bytes for every entry. */
function lyingZip(files: Record<string, Uint8Array>, size: number): Uint8Array {
  const zip = zipSync(files);
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  for (let i = 0; i + 46 <= zip.length; i++)
    if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, size, true);
  return zip;
}

describe('PDF', () => {
  it('encrypted: refused, with what to do', async () => {
    const error = await refusal(fixture('chiffre.pdf'), 'chiffre.pdf');
    expect(error.code).toBe('pdf-encrypted');
    expect(error.message).toMatch(/protégé par un mot de passe/);
  });

  it('scanned, without a text layer: refused, naming OCR', async () => {
    const error = await refusal(fixture('numerise.pdf'), 'numerise.pdf');
    expect(error.code).toBe('pdf-no-text');
    expect(error.message).toMatch(/numérisé/);
    expect(error.message).toMatch(/OCR/);
  });

  it('with JavaScript and an attached file: text read, script not run, attachment not opened', async () => {
    const result = await importDocument(fixture('javascript-et-piece-jointe.pdf'), 'actif.pdf');
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.warnings.map((w) => w.code)).toEqual(['pdf-javascript', 'pdf-attachments']);
    expect(result.value.warnings[0]!.message).toMatch(/rien n.a été exécuté/);
    expect(result.value.text).toContain('régie de quartier de Chambéry');
    expect(result.value.text).not.toMatch(/app\.alert|fichier joint/);
    expect(result.value.entries).toHaveLength(1);
    expect(result.value.entries[0]!.year).toBe(2020);
  });

  it('damaged: refused', async () => {
    const error = await refusal(utf8('%PDF-1.7\n1 0 obj << /Type /Catalog >>\ngarbage'), 'abime.pdf');
    expect(error.code).toBe('pdf-corrupt');
    expect(error.message).toMatch(/endommagé/);
  });
});

describe('DOCX and ODT', () => {
  const docx = fixture('rapport-atelier-mobilite.docx');

  it('truncated archive: refused as damaged', async () => {
    const error = await refusal(docx.slice(0, docx.length / 2), 'coupe.docx');
    expect(error.code).toBe('zip-corrupt');
    expect(error.message).toMatch(/endommagé/);
  });

  it('an archive without a Word document inside: refused', async () => {
    const error = await refusal(zipSync({ 'autre.txt': strToU8('rien') }), 'faux.docx');
    expect(error.code).toBe('docx-corrupt');
  });

  it('zip bomb (20 MB of zeros in 20 KB): refused before inflating', async () => {
    const bomb = zipSync({ 'word/document.xml': [new Uint8Array(20 * 1024 * 1024), { level: 9 }] });
    expect(bomb.length).toBeLessThan(100_000);
    const error = await refusal(bomb, 'bombe.docx');
    expect(error.code).toBe('zip-bomb');
    expect(error.message).toMatch(/bombe de décompression/);
  });

  it('an entry declaring a huge size: refused from the sizes alone', async () => {
    const lying = lyingZip({ 'word/document.xml': strToU8('<w:document/>') }, 0x7fffffff);
    expect((await refusal(lying, 'ment.docx')).code).toBe('zip-bomb');
    const odt = lyingZip(
      { mimetype: strToU8('application/vnd.oasis.opendocument.text'), 'content.xml': strToU8('<x/>') },
      0x7fffffff,
    );
    expect((await refusal(odt, 'ment.odt')).code).toBe('zip-bomb');
  });

  it('an ODT without content.xml: refused', async () => {
    const odt = zipSync({ mimetype: strToU8('application/vnd.oasis.opendocument.text') });
    expect((await refusal(odt, 'vide.odt')).code).toBe('odt-corrupt');
  });
});

describe('size, emptiness, unknown formats', () => {
  it('a 300 MB file is refused by its size alone', () => {
    const error = sizeRefusal(300 * 1024 * 1024);
    expect(error?.code).toBe('too-large');
    expect(error?.message).toMatch(/300 Mo.*100 Mo/);
    expect(sizeRefusal(MAX_FILE_BYTES)).toBeNull();
  });

  it.each([
    ['vide.txt', new Uint8Array(0)],
    ['blanc.txt', utf8(' \n\n\t \n')],
    ['vide.md', utf8('#\n\n---\n')],
    ['scripts.html', utf8('<html><script>alert(1)</script><style>p{}</style></html>')],
  ])('%s: refused as empty', async (name, bytes) => {
    const error = await refusal(bytes, name);
    expect(error.code).toBe('empty');
    expect(error.message).toMatch(/vide|aucun texte/);
  });

  it('binary data and old Word files: refused as unsupported', async () => {
    expect((await refusal(new Uint8Array([0x00, 0x01, 0x02, 0xff, 0x00, 0x10]), 'x.bin')).code).toBe(
      'unsupported-format',
    );
    const doc = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    const error = await refusal(doc, 'ancien.doc');
    expect(error.code).toBe('unsupported-format');
    expect(error.message).toMatch(/DOCX, ODT ou PDF/);
  });
});

describe('HTML with scripts', () => {
  it('is read as text: scripts neither run nor kept, the user is told', async () => {
    const page = `<!doctype html><html><head><title>Régie de quartier</title>
      <script>globalThis.__reperesPwned = true</script></head>
      <body onload="globalThis.__reperesPwned = true"><h1>Régie de quartier de Dole</h1>
      <h2>Contexte</h2><p>La régie emploie 30 habitants du quartier des Mesnils Pasteur, à Dole dans le Jura.</p>
      <script>document.write('<p>injecté</p>')</script>
      <h2>Résultats</h2><p>Douze contrats signés en 2022.</p></body></html>`;
    const result = await importDocument(utf8(page), 'regie.html');
    if (!result.ok) throw new Error(result.error.message);
    expect((globalThis as { __reperesPwned?: boolean }).__reperesPwned).toBeUndefined();
    expect(result.value.warnings.map((w) => w.code)).toContain('html-active-content');
    expect(result.value.text).not.toMatch(/reperesPwned|injecté|document\.write/);
    const [entry] = result.value.entries;
    expect(entry!.sections.map((s) => s.key)).toEqual(['context', 'effects']);
    expect(entry!.department).toBe('Jura');
  });
});
