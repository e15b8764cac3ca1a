// The only bridge between the sandboxed renderer and main: one frozen object, `window.reperes`,
// whose methods map one-to-one onto the channels of electron/shared/api.ts. Nothing else leaks.
import { contextBridge, ipcRenderer } from 'electron';
import { CHANNELS, MENU_COMMANDS, type MenuCommand, type ReperesApi } from '../shared/api';

const api = {
  platform: 'electron',
  loadCatalogue: () => ipcRenderer.invoke(CHANNELS.catalogueLoad),
  loadCatalogueBodies: () => ipcRenderer.invoke(CHANNELS.catalogueBodiesLoad),
  loadSearchIndex: () => ipcRenderer.invoke(CHANNELS.searchIndexLoad),
  loadDocument: (file) => ipcRenderer.invoke(CHANNELS.documentLoad, file),
  openOriginal: (request) => ipcRenderer.invoke(CHANNELS.originalOpen, request),
  saveFile: (request) => ipcRenderer.invoke(CHANNELS.fileSave, request),
  openFile: (request) => ipcRenderer.invoke(CHANNELS.fileOpen, request),
  printToPdf: (suggestedName) => ipcRenderer.invoke(CHANNELS.printToPdf, suggestedName),
  logError: (message, stack) => ipcRenderer.send(CHANNELS.logError, message, stack),
  openLog: () => ipcRenderer.invoke(CHANNELS.logOpen),
  beginBackup: () => ipcRenderer.invoke(CHANNELS.backupBegin),
  appendBackup: (id, text) => ipcRenderer.invoke(CHANNELS.backupAppend, id, text),
  commitBackup: (id) => ipcRenderer.invoke(CHANNELS.backupCommit, id),
  abortBackup: (id) => ipcRenderer.invoke(CHANNELS.backupAbort, id),
  listBackups: () => ipcRenderer.invoke(CHANNELS.backupList),
  readBackup: (name) => ipcRenderer.invoke(CHANNELS.backupRead, name),
  setSharingOrigin: (origin) => ipcRenderer.invoke(CHANNELS.sharingOrigin, origin),
  saveSharingSecret: (secret) => ipcRenderer.invoke(CHANNELS.sharingSecretSave, secret),
  loadSharingSecret: () => ipcRenderer.invoke(CHANNELS.sharingSecretLoad),
  onMenuCommand(listener) {
    // The raw IpcRendererEvent never reaches the page: only a known command string does.
    const wrapped = (_event: unknown, command: unknown) => {
      if (MENU_COMMANDS.includes(command as MenuCommand)) listener(command as MenuCommand);
    };
    ipcRenderer.on(CHANNELS.menuCommand, wrapped);
    return () => {
      ipcRenderer.removeListener(CHANNELS.menuCommand, wrapped);
    };
  },
} satisfies ReperesApi;

contextBridge.exposeInMainWorld('reperes', Object.freeze(api));
