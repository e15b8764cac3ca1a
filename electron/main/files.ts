// Save/open dialogs for export, import and PDF printing. The content is validated by the
// renderer (which owns the annotation schema); main only bounds sizes and reports disk errors in French.
import { stat, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { dialog, type BrowserWindow } from 'electron';
import { fail, ok, type Result } from '../shared/result';
import { diskErrorMessage } from './disk-errors';
import { readText } from './read-text';
import { OpenFileRequestSchema, PdfNameSchema, SaveFileRequestSchema } from './ipc-validation';

export async function saveWithDialog(win: BrowserWindow, raw: unknown): Promise<Result<string | null>> {
  const request = SaveFileRequestSchema.safeParse(raw);
  if (!request.success) return fail('bad-request', 'Demande d’enregistrement invalide.');
  const { canceled, filePath } = await dialog.showSaveDialog(win, {
    defaultPath: request.data.suggestedName,
    filters: request.data.filters,
  });
  if (canceled || !filePath) return ok(null);
  try {
    await writeFile(filePath, request.data.content, 'utf8');
    return ok(filePath);
  } catch (error) {
    return fail('write-failed', diskErrorMessage(error), String(error));
  }
}

export async function openWithDialog(
  win: BrowserWindow,
  raw: unknown,
): Promise<Result<{ name: string; content: string } | null>> {
  const request = OpenFileRequestSchema.safeParse(raw);
  if (!request.success) return fail('bad-request', 'Demande d’ouverture invalide.');
  const { canceled, filePaths } = await dialog.showOpenDialog(win, {
    properties: ['openFile'],
    filters: request.data.filters,
  });
  const path = filePaths[0];
  if (canceled || !path) return ok(null);
  try {
    const { size } = await stat(path);
    if (size > request.data.maxBytes) {
      return fail('too-large', `Ce fichier est trop volumineux (${Math.round(size / 1048576)} Mo).`);
    }
    return ok({ name: basename(path), content: await readText(path) });
  } catch (error) {
    return fail('read-failed', 'Le fichier n’a pas pu être lu.', String(error));
  }
}

export async function printToPdfWithDialog(win: BrowserWindow, raw: unknown): Promise<Result<string | null>> {
  const name = PdfNameSchema.safeParse(raw);
  if (!name.success) return fail('bad-request', 'Nom de fichier invalide.');
  const { canceled, filePath } = await dialog.showSaveDialog(win, {
    defaultPath: name.data,
    filters: [{ name: 'PDF', extensions: ['pdf'] }],
  });
  if (canceled || !filePath) return ok(null);
  try {
    // The page's own @page rules (A4 landscape for comparisons) win over these defaults.
    const pdf = await win.webContents.printToPDF({
      landscape: true,
      pageSize: 'A4',
      printBackground: true,
      preferCSSPageSize: true,
    });
    await writeFile(filePath, pdf);
    return ok(filePath);
  } catch (error) {
    return fail('pdf-failed', diskErrorMessage(error), String(error));
  }
}
