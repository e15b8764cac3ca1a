import { join } from 'node:path';
import { BrowserWindow } from 'electron';
import { APP_ORIGIN, hardenWebContents, secureWebPreferences } from './security';

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
    webPreferences: secureWebPreferences(join(__dirname, '../preload/preload.js')),
  });
  hardenWebContents(win.webContents, process.env.ELECTRON_RENDERER_URL);
  win.once('ready-to-show', () => win.show());
  const devUrl = process.env.ELECTRON_RENDERER_URL;
  void win.loadURL(devUrl ?? `${APP_ORIGIN}/index.html`);
  return win;
}
