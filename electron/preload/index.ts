// The only bridge between the sandboxed renderer and main: one frozen object, `window.reperes`,
// whose methods map one-to-one onto the channels of electron/shared/api.ts. Nothing else leaks.
import { contextBridge, ipcRenderer } from 'electron';
import { CHANNELS, type ReperesApi } from '../shared/api';

const api = {
  platform: 'electron',
  loadCatalogue: () => ipcRenderer.invoke(CHANNELS.catalogueLoad),
  loadSearchIndex: () => ipcRenderer.invoke(CHANNELS.searchIndexLoad),
  loadDocument: (file) => ipcRenderer.invoke(CHANNELS.documentLoad, file),
  saveFile: (request) => ipcRenderer.invoke(CHANNELS.fileSave, request),
  openFile: (request) => ipcRenderer.invoke(CHANNELS.fileOpen, request),
  printToPdf: (suggestedName) => ipcRenderer.invoke(CHANNELS.printToPdf, suggestedName),
  logError: (message, stack) => ipcRenderer.send(CHANNELS.logError, message, stack),
} satisfies ReperesApi;

contextBridge.exposeInMainWorld('reperes', Object.freeze(api));
