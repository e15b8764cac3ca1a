// The desktop copy of a user's original file: checked against its sha256, written once under
// that name in the data folder, refused when the request is malformed or the bytes were altered.
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { storeOriginal } from '../../../electron/main/originals';
import { downloadName, storedOriginalName } from '../../../electron/shared/originals';

const pdf = new Uint8Array(await readFile('test/fixtures/documents/recueil-trois-initiatives.pdf'));
const sha256 = createHash('sha256').update(pdf).digest('hex');

describe('the original copied into the data folder', () => {
  it('is written once under its sha256 with the extension of its format', async () => {
    const dir = join(await mkdtemp(join(tmpdir(), 'reperes-originals-')), 'documents');
    const first = await storeOriginal(dir, { sha256, format: 'pdf', fileName: 'a.pdf', bytes: pdf });
    expect(first).toEqual({ ok: true, value: join(dir, `${sha256}.pdf`) });
    expect(new Uint8Array(await readFile(join(dir, `${sha256}.pdf`)))).toEqual(pdf);
    const written = (await stat(join(dir, `${sha256}.pdf`))).mtimeMs;
    await new Promise((r) => setTimeout(r, 20));
    const again = await storeOriginal(dir, { sha256, format: 'pdf', bytes: pdf });
    expect(again.ok).toBe(true);
    expect((await stat(join(dir, `${sha256}.pdf`))).mtimeMs).toBe(written);
    expect(await readdir(dir)).toEqual([`${sha256}.pdf`]);
  });

  it('rewrites a truncated copy', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'reperes-originals-'));
    await writeFile(join(dir, `${sha256}.pdf`), pdf.slice(0, 10));
    expect((await storeOriginal(dir, { sha256, format: 'pdf', bytes: pdf })).ok).toBe(true);
    expect((await stat(join(dir, `${sha256}.pdf`))).size).toBe(pdf.byteLength);
  });

  it('refuses bytes that do not match their sha256, and writes nothing', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'reperes-originals-'));
    const altered = pdf.slice();
    altered[100] = altered[100]! ^ 1;
    const r = await storeOriginal(dir, { sha256, format: 'pdf', bytes: altered });
    expect(r).toMatchObject({ ok: false, error: { code: 'checksum', message: /empreinte différente/ } });
    expect(await readdir(dir)).toEqual([]);
  });

  it.each([
    ['a path instead of a sha256', { sha256: '../../etc/passwd', format: 'pdf', bytes: pdf }],
    ['an unknown format', { sha256, format: 'exe', bytes: pdf }],
    ['a string instead of bytes', { sha256, format: 'pdf', bytes: 'AAAA' }],
    ['no bytes', { sha256, format: 'pdf', bytes: new Uint8Array() }],
    ['nothing', undefined],
  ])('refuses %s with a French message', async (_what, request) => {
    const dir = await mkdtemp(join(tmpdir(), 'reperes-originals-'));
    const r = await storeOriginal(dir, request);
    expect(r).toMatchObject({ ok: false, error: { code: 'bad-request', message: /invalide/ } });
    expect(await readdir(dir)).toEqual([]);
  });
});

describe('names of originals', () => {
  it('keeps the copy named by content only', () => {
    expect(storedOriginalName(sha256, 'html')).toBe(`${sha256}.html`);
    expect(() => storedOriginalName('x/../y', 'pdf')).toThrow(/sha256/);
  });

  it('offers a download under the file name, with the extension of its real format', () => {
    expect(downloadName('Rapport 2019.pdf', 'pdf')).toBe('Rapport 2019.pdf');
    expect(downloadName('C:\\Users\\x\\rapport.docx', 'docx')).toBe('rapport.docx');
    expect(downloadName('page.pdf', 'html')).toBe('page.html');
    expect(downloadName('../../.bashrc', 'text')).toBe('document.txt');
    expect(downloadName('a<b>:"c|?*\u0007.md', 'markdown')).toBe('abc.md');
    expect(downloadName('...', 'odt')).toBe('document.odt');
  });
});
