import { join } from 'node:path';
import { BrowserWindow } from 'electron';
import { APP_ORIGIN, hardenWebContents } from './security';

export function createMainWindow(bounds?: Electron.Rectangle): BrowserWindow {
  const win = new BrowserWindow({
    width: bounds?.width ?? 1280,
    height: bounds?.height ?? 820,
    ...(bounds ? { x: bounds.x, y: bounds.y } : {}),
    minWidth: 640,
    minHeight: 480,
    show: false,
    title: 'Repères',
    backgroundColor: '#f7f6f2',
    // Written out in full here (not built by a helper) so that audits such as Electronegativity see them.
    webPreferences: {
      preload: join(__dirname, '../preload/preload.js'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      // Middle-click would otherwise open links in a new window.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  hardenWebContents(win.webContents, process.env.ELECTRON_RENDERER_URL);
  win.once('ready-to-show', () => win.show());
  const devUrl = process.env.ELECTRON_RENDERER_URL;
  void win.loadURL(devUrl ?? `${APP_ORIGIN}/index.html`);
  return win;
}
