// Main process entry: thin glue between Electron and the pure modules.
import { join } from 'node:path';
import { app, BrowserWindow, ipcMain, safeStorage, screen, session, shell } from 'electron';
import { CHANNELS } from '../shared/api';
import { fail, ok } from '../shared/result';
import { loadCatalogueFile, loadDocumentFile, loadSearchIndexFile } from './catalogue-store';
import { BUILT_CATALOGUE_SHA256 } from './catalogue-hash';
import { splitForWindow } from '../shared/window-catalogue';
import { openWithDialog, printToPdfWithDialog, saveWithDialog } from './files';
import { handle } from './ipc';
import { LogArgsSchema, SharingOriginSchema, SharingSecretSchema } from './ipc-validation';
import { createSharingStore } from './sharing';
import { createBackupWriter, readBackup, listBackups } from './backups';
import { appendLog, logFilePath } from './log';
import { installMenu } from './menu';
import { storeOriginal } from './originals';
import { readWindowState, visibleOn, writeWindowState } from './window-state';
import { resourcesDir } from './paths';
import { registerSchemePrivileges, serveRenderer } from './protocol';
import { hardenSession, isTrustedSender } from './security';
import { createMainWindow } from './window';

registerSchemePrivileges();
// The UI is French: date pickers, number formats and spell-check follow the page, not the OS.
app.commandLine.appendSwitch('lang', 'fr-FR');

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let mainWindow: BrowserWindow | null = null;
  const resources = resourcesDir(app.isPackaged, process.resourcesPath);
  // Read, checked and split once: the window asks for the list first, then for the bodies.
  const catalogue = loadCatalogueFile(resources, BUILT_CATALOGUE_SHA256).then((loaded) =>
    loaded.ok ? { ...loaded, value: splitForWindow(loaded.value) } : loaded,
  );

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  process.on('uncaughtException', (error) =>
    appendLog(app.getPath('userData'), 'main', error.stack ?? String(error)),
  );

  void app.whenReady().then(() => {
    const sharing = createSharingStore(join(app.getPath('userData'), 'sharing.json'), safeStorage);
    hardenSession(session.defaultSession, process.env.ELECTRON_RENDERER_URL, sharing.origin);
    serveRenderer(join(__dirname, '../renderer'), sharing.origin);

    const win = (): BrowserWindow => {
      if (!mainWindow) throw new Error('no window');
      return mainWindow;
    };
    handle(CHANNELS.catalogueLoad, async () => {
      const loaded = await catalogue;
      return loaded.ok ? { ...loaded, value: loaded.value.list } : loaded;
    });
    handle(CHANNELS.catalogueBodiesLoad, async () => {
      const loaded = await catalogue;
      return loaded.ok ? { ...loaded, value: loaded.value.bodies } : loaded;
    });
    handle(CHANNELS.searchIndexLoad, () => loadSearchIndexFile(resources));
    handle(CHANNELS.documentLoad, (_e, name) => loadDocumentFile(resources, name));
    handle(CHANNELS.fileSave, (_e, request) => saveWithDialog(win(), request));
    handle(CHANNELS.fileOpen, (_e, request) => openWithDialog(win(), request));
    handle(CHANNELS.printToPdf, (_e, name) => printToPdfWithDialog(win(), name));
    ipcMain.on(CHANNELS.logError, (event, ...args) => {
      const parsed = LogArgsSchema.safeParse(args);
      if (!parsed.success || !isTrustedSender(event.senderFrame?.url, process.env.ELECTRON_RENDERER_URL))
        return;
      appendLog(app.getPath('userData'), 'renderer', parsed.data.join('\n'));
    });

    const userData = app.getPath('userData');
    const backups = join(userData, 'backups');
    const backupWriter = createBackupWriter(backups);
    handle(CHANNELS.backupBegin, () => backupWriter.begin());
    handle(CHANNELS.backupAppend, (_e, id, text) => backupWriter.append(id, text));
    handle(CHANNELS.backupCommit, (_e, id) => backupWriter.commit(id));
    handle(CHANNELS.backupAbort, (_e, id) => backupWriter.abort(id));
    handle(CHANNELS.backupList, () => listBackups(backups));
    handle(CHANNELS.backupRead, (_e, name) => readBackup(backups, name));
    const openLog = async () => {
      // A local file in our own folder, never a URL from document text.
      const error = await shell.openPath(logFilePath(userData));
      return error
        ? fail('log-open-failed', 'Le journal des erreurs n’a pas pu être ouvert (il est peut-être vide).')
        : ok(null);
    };
    handle(CHANNELS.logOpen, openLog);
    handle(CHANNELS.originalOpen, async (_e, request) => {
      const stored = await storeOriginal(join(userData, 'documents'), request);
      if (!stored.ok) return stored;
      // Our own copy, named by its sha256: never a path or URL taken from the renderer.
      const error = await shell.openPath(stored.value);
      return error
        ? fail(
            'original-open-failed',
            'Aucune application de cet ordinateur n’a pu ouvrir ce fichier.',
            error,
          )
        : ok('opened' as const);
    });
    handle(CHANNELS.sharingOrigin, (_e, origin) => {
      const parsed = SharingOriginSchema.safeParse(origin);
      return parsed.success
        ? sharing.setOrigin(parsed.data)
        : fail('ipc-invalid', 'Adresse de partage invalide.');
    });
    handle(CHANNELS.sharingSecretSave, (_e, secret) => {
      const parsed = SharingSecretSchema.safeParse(secret);
      return parsed.success ? sharing.saveSecret(parsed.data) : fail('ipc-invalid', 'Mot de passe invalide.');
    });
    handle(CHANNELS.sharingSecretLoad, () => sharing.loadSecret());
    installMenu(
      () => mainWindow,
      () => void openLog(),
    );

    const saved = readWindowState(userData);
    const state =
      saved &&
      visibleOn(
        saved,
        screen.getAllDisplays().map((d) => d.workArea),
      );
    mainWindow = createMainWindow(state ?? undefined);
    if (state?.maximized) mainWindow.maximize();
    mainWindow.on('close', () => {
      if (!mainWindow) return;
      writeWindowState(userData, { ...mainWindow.getNormalBounds(), maximized: mainWindow.isMaximized() });
    });
    mainWindow.on('closed', () => (mainWindow = null));
  });

  app.on('window-all-closed', () => app.quit());
}
