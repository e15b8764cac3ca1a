// The French application menu. Commands that act on the user's data are sent to the renderer,
// which owns the annotations; window-level actions (zoom, full screen) stay here.
import { app, Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import { CHANNELS, type MenuCommand } from '../shared/api';

export function buildMenuTemplate(
  send: (command: MenuCommand) => void,
  isMac: boolean,
): MenuItemConstructorOptions[] {
  const cmd = (label: string, command: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => send(command),
  });
  return [
    ...(isMac ? [{ role: 'appMenu' as const, label: 'Repères' }] : []),
    {
      label: 'Fichier',
      submenu: [
        cmd('Ajouter des documents…', 'add-documents', 'CmdOrCtrl+O'),
        cmd('Nouvelle fiche', 'new-fiche', 'CmdOrCtrl+N'),
        { type: 'separator' },
        cmd('Partager avec une équipe…', 'open-sharing'),
        { type: 'separator' },
        cmd('Exporter les annotations…', 'export-annotations', 'CmdOrCtrl+E'),
        cmd('Importer des annotations…', 'import-annotations', 'CmdOrCtrl+I'),
        { type: 'separator' },
        cmd('Sauvegarder maintenant', 'backup-now', 'CmdOrCtrl+S'),
        cmd('Restaurer une sauvegarde…', 'restore-backup'),
        { type: 'separator' },
        cmd('Imprimer / PDF…', 'print', 'CmdOrCtrl+P'),
        { type: 'separator' },
        { role: 'quit', label: 'Quitter' },
      ],
    },
    {
      label: 'Édition',
      submenu: [
        { role: 'undo', label: 'Annuler' },
        { role: 'redo', label: 'Rétablir' },
        { type: 'separator' },
        { role: 'cut', label: 'Couper' },
        { role: 'copy', label: 'Copier' },
        { role: 'paste', label: 'Coller' },
        { role: 'selectAll', label: 'Tout sélectionner' },
        { type: 'separator' },
        cmd('Rechercher', 'focus-search', 'CmdOrCtrl+K'),
      ],
    },
    {
      label: 'Affichage',
      submenu: [
        { role: 'zoomIn', label: 'Zoom avant' },
        { role: 'zoomOut', label: 'Zoom arrière' },
        { role: 'resetZoom', label: 'Taille réelle' },
        { type: 'separator' },
        { role: 'togglefullscreen', label: 'Plein écran' },
        { type: 'separator' },
        {
          label: 'Thème',
          submenu: [
            cmd('Clair', 'theme-light'),
            cmd('Sombre', 'theme-dark'),
            cmd('Comme le système', 'theme-system'),
          ],
        },
        ...(app.isPackaged ? [] : [{ role: 'toggleDevTools' as const, label: 'Outils de développement' }]),
      ],
    },
    {
      label: 'Aide',
      submenu: [cmd('Raccourcis clavier', 'show-shortcuts', 'F1'), cmd('À propos de Repères', 'show-about')],
    },
  ];
}

export function installMenu(win: () => BrowserWindow | null, openLog: () => void): void {
  const send = (command: MenuCommand) => win()?.webContents.send(CHANNELS.menuCommand, command);
  const template = buildMenuTemplate(send, process.platform === 'darwin');
  const help = template.find((m) => m.label === 'Aide');
  if (help && Array.isArray(help.submenu)) {
    help.submenu.push({ type: 'separator' }, { label: 'Ouvrir le journal des erreurs', click: openLog });
  }
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
