// Main process entry: thin glue between Electron and the pure modules.
import { join } from 'node:path';
import { app, BrowserWindow, ipcMain, session } from 'electron';
import { CHANNELS } from '../shared/api';
import { loadCatalogueFile, loadDocumentFile, loadSearchIndexFile } from './catalogue-store';
import { openWithDialog, printToPdfWithDialog, saveWithDialog } from './files';
import { handle } from './ipc';
import { LogArgsSchema } from './ipc-validation';
import { appendLog } from './log';
import { resourcesDir } from './paths';
import { registerSchemePrivileges, serveRenderer } from './protocol';
import { hardenSession, isTrustedSender } from './security';
import { createMainWindow } from './window';

registerSchemePrivileges();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let mainWindow: BrowserWindow | null = null;
  const resources = resourcesDir(app.isPackaged, process.resourcesPath);
  const catalogue = loadCatalogueFile(resources);

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  process.on('uncaughtException', (error) => appendLog(app.getPath('userData'), 'main', error.stack ?? String(error)));

  void app.whenReady().then(() => {
    hardenSession(session.defaultSession);
    serveRenderer(join(__dirname, '../renderer'));

    const win = (): BrowserWindow => {
      if (!mainWindow) throw new Error('no window');
      return mainWindow;
    };
    handle(CHANNELS.catalogueLoad, () => catalogue);
    handle(CHANNELS.searchIndexLoad, () => loadSearchIndexFile(resources));
    handle(CHANNELS.documentLoad, (_e, name) => loadDocumentFile(resources, name));
    handle(CHANNELS.fileSave, (_e, request) => saveWithDialog(win(), request));
    handle(CHANNELS.fileOpen, (_e, request) => openWithDialog(win(), request));
    handle(CHANNELS.printToPdf, (_e, name) => printToPdfWithDialog(win(), name));
    ipcMain.on(CHANNELS.logError, (event, ...args) => {
      const parsed = LogArgsSchema.safeParse(args);
      if (!parsed.success || !isTrustedSender(event.senderFrame?.url, process.env.ELECTRON_RENDERER_URL)) return;
      appendLog(app.getPath('userData'), 'renderer', parsed.data.join('\n'));
    });

    mainWindow = createMainWindow();
    mainWindow.on('closed', () => (mainWindow = null));
  });

  app.on('window-all-closed', () => app.quit());
}
