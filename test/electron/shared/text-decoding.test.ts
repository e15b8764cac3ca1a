// @vitest-environment jsdom
// The same bytes opened in the desktop app (main reads the file) and in the browser build (the
// web adapter reads the chosen File) give the same text: a leading BOM is dropped in both, invalid
// UTF-8 becomes U+FFFD in both. Before, readFile(path, 'utf8') kept the BOM and JSON.parse refused
// in the desktop app a file the browser build accepted.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { decodeUtf8 } from '../../../electron/shared/text-decoding';
import { createWebApi } from '../../../renderer/src/platform/web-adapter';

const chosen: { path: string } = { path: '' };
vi.mock('electron', () => ({
  dialog: { showOpenDialog: async () => ({ canceled: false, filePaths: [chosen.path] }) },
}));
const { openWithDialog } = await import('../../../electron/main/files');
const { loadCatalogueFile, loadDocumentFile } = await import('../../../electron/main/catalogue-store');

const BOM = [0xef, 0xbb, 0xbf];
const utf8 = (text: string) => [...new TextEncoder().encode(text)];
const exportJson = JSON.stringify({ type: 'AnnotationCollection', label: 'Mes notes — été' });
const SAMPLES: [string, number[]][] = [
  ['JSON with a BOM', [...BOM, ...utf8(exportJson)]],
  ['JSON without a BOM', utf8(exportJson)],
  ['a BOM alone', BOM],
  ['two BOMs (only the first is a mark)', [...BOM, ...BOM, ...utf8('x')]],
  ['invalid UTF-8', [...utf8('a'), 0xff, 0xc3, ...utf8('b')]],
];
const request = { filters: [{ name: 'JSON', extensions: ['json'] }], maxBytes: 1_000_000 };

/** The desktop path: main's open dialog on a real file. */
async function openInDesktop(bytes: number[]): Promise<string> {
  chosen.path = join(mkdtempSync(join(tmpdir(), 'reperes-bom-')), 'export.json');
  writeFileSync(chosen.path, Uint8Array.from(bytes));
  const result = await openWithDialog({} as never, request);
  if (!result.ok || !result.value) throw new Error(`open failed: ${JSON.stringify(result)}`);
  return result.value.content;
}

/** The browser path: the web adapter's file input, given the same bytes as a File. */
async function openInBrowser(bytes: number[]): Promise<string> {
  const file = new File([Uint8Array.from(bytes)], 'export.json', { type: 'application/json' });
  const click = vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(function (
    this: HTMLInputElement,
  ) {
    Object.defineProperty(this, 'files', { value: [file] });
    this.dispatchEvent(new Event('change'));
  });
  const result = await createWebApi().openFile(request);
  click.mockRestore();
  if (!result.ok || !result.value) throw new Error(`open failed: ${JSON.stringify(result)}`);
  return result.value.content;
}

afterEach(() => vi.restoreAllMocks());

describe('reading a text file in both builds', () => {
  it.each(SAMPLES)('%s: same text in the desktop app and in the browser', async (_name, bytes) => {
    const desktop = await openInDesktop(bytes);
    const browser = await openInBrowser(bytes);
    expect(desktop).toBe(browser);
    expect(desktop).toBe(decodeUtf8(Uint8Array.from(bytes)));
  });

  it('drops the BOM, so a Notepad-saved export parses in the desktop app', async () => {
    const desktop = await openInDesktop([...BOM, ...utf8(exportJson)]);
    expect(desktop.charCodeAt(0)).toBe('{'.charCodeAt(0));
    expect(JSON.parse(desktop)).toEqual(JSON.parse(exportJson));
    expect(await openInDesktop([...BOM, ...BOM, ...utf8('x')])).toBe('\uFEFFx');
    expect(await openInDesktop([...utf8('a'), 0xff, ...utf8('b')])).toBe('a\uFFFDb');
  });

  it('reads a bundled catalogue and document saved with a BOM, as fetch() does in the browser', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'reperes-bom-'));
    const catalogue = { schemaVersion: 1, sources: [], entries: [], events: [], report: [] };
    writeFileSync(join(dir, 'catalogue.json'), Uint8Array.from([...BOM, ...utf8(JSON.stringify(catalogue))]));
    expect((await loadCatalogueFile(dir)).ok).toBe(true);
    mkdirSync(join(dir, 'documents'));
    writeFileSync(
      join(dir, 'documents', '000_5bd64049ce1550ae.txt'),
      Uint8Array.from([...BOM, ...utf8('Cime')]),
    );
    expect(await loadDocumentFile(dir, '000_5bd64049ce1550ae.txt')).toEqual({ ok: true, value: 'Cime' });
  });
});
