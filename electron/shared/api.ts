// The only contract between renderer and main. The preload builds `window.reperes`
// from it; the browser build implements the same type with a web adapter.
import type { Catalogue, CatalogueBodies } from './schema';
import type { OriginalFormat } from './originals';
import type { Result } from './result';

export const CHANNELS = {
  catalogueLoad: 'reperes:catalogue.load',
  catalogueBodiesLoad: 'reperes:catalogue-bodies.load',
  searchIndexLoad: 'reperes:search-index.load',
  documentLoad: 'reperes:document.load',
  originalOpen: 'reperes:original.open',
  fileSave: 'reperes:file.save',
  fileOpen: 'reperes:file.open',
  printToPdf: 'reperes:print.pdf',
  logError: 'reperes:log.error',
  logOpen: 'reperes:log.open',
  backupBegin: 'reperes:backup.begin',
  backupAppend: 'reperes:backup.append',
  backupCommit: 'reperes:backup.commit',
  backupAbort: 'reperes:backup.abort',
  backupList: 'reperes:backup.list',
  backupRead: 'reperes:backup.read',
  menuCommand: 'reperes:menu.command',
  sharingOrigin: 'reperes:sharing.origin',
  sharingSecretSave: 'reperes:sharing.secret.save',
  sharingSecretLoad: 'reperes:sharing.secret.load',
} as const;
export type Channel = (typeof CHANNELS)[keyof typeof CHANNELS];

export interface SaveFileRequest {
  /** Suggested file name, e.g. "annotations.json". */
  suggestedName: string;
  content: string;
  filters: { name: string; extensions: string[] }[];
}
export interface OpenFileRequest {
  filters: { name: string; extensions: string[] }[];
  /** Refuse larger files before reading them. */
  maxBytes: number;
}

/** A user's document handed back to them: its bytes as stored, checked against their sha256. */
export interface OpenOriginalRequest {
  sha256: string;
  format: OriginalFormat;
  /** The name the file had when it was added (the browser build offers it for the download). */
  fileName: string;
  bytes: Uint8Array;
}

/** Commands the application menu sends to the renderer. */
export const MENU_COMMANDS = [
  'add-documents',
  'new-fiche',
  'open-sharing',
  'export-annotations',
  'import-annotations',
  'backup-now',
  'restore-backup',
  'print',
  'theme-light',
  'theme-dark',
  'theme-system',
  'show-shortcuts',
  'show-about',
  'focus-search',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export interface BackupInfo {
  name: string;
  /** ISO date of the backup. */
  date: string;
  bytes: number;
}

export interface ReperesApi {
  /** Where the renderer runs: shapes a few affordances (native dialogs vs downloads). */
  readonly platform: 'electron' | 'web';
  /**
   * The bundled catalogue's list, what its first screen shows: entries and events without their
   * sections, cells and theme evidence (electron/shared/window-catalogue.ts).
   */
  loadCatalogue(): Promise<Result<Catalogue>>;
  /** What the list leaves out, read once the first screen is painted; `withBodies` joins them. */
  loadCatalogueBodies(): Promise<Result<CatalogueBodies>>;
  /** Prebuilt search index (JSON built at build time). */
  loadSearchIndex(): Promise<Result<unknown>>;
  /** Original text of a seed document, for the "texte d'origine" view. */
  loadDocument(file: string): Promise<Result<string>>;
  /**
   * « Ouvrir le fichier d'origine »: desktop, a copy in the user's data folder opened with the
   * system's application; browser, a download (never rendered in the app's origin).
   */
  openOriginal(request: OpenOriginalRequest): Promise<Result<'opened' | 'downloaded'>>;
  /** Returns the saved path, or null when the user cancelled. */
  saveFile(request: SaveFileRequest): Promise<Result<string | null>>;
  /** Returns the file's text, or null when the user cancelled. */
  openFile(request: OpenFileRequest): Promise<Result<{ name: string; content: string } | null>>;
  /** Prints the current window to a PDF chosen by the user (desktop); the browser build opens print(). */
  printToPdf(suggestedName: string): Promise<Result<string | null>>;
  logError(message: string, stack?: string): void;
  /** Opens the local error log with the system's text viewer (desktop only). */
  openLog(): Promise<Result<null>>;
  /**
   * Automatic local backups of the annotations (desktop: last 7 kept in the user folder), written
   * in pieces: `beginBackup` opens one, `appendBackup` adds its text a few megabytes at a time
   * (each a short message, the window free between them), `commitBackup` keeps it whole, and
   * `abortBackup` drops one left unfinished.
   */
  beginBackup(): Promise<Result<string>>;
  appendBackup(id: string, text: string): Promise<Result<null>>;
  commitBackup(id: string): Promise<Result<BackupInfo>>;
  abortBackup(id: string): Promise<Result<null>>;
  listBackups(): Promise<Result<BackupInfo[]>>;
  readBackup(name: string): Promise<Result<string>>;
  /**
   * Sharing (issue 18): names the team's CouchDB origin for the CSP's connect-src, or null when
   * sharing is off. Desktop: main serves the next page load with it (the renderer reloads). Browser
   * build: the served policy is fixed; this says whether it already allows the origin.
   */
  setSharingOrigin(origin: string | null): Promise<Result<null>>;
  /** Keeps the sharing password (desktop: Electron safeStorage; browser: this browser's storage). null forgets it. */
  saveSharingSecret(secret: string | null): Promise<Result<null>>;
  loadSharingSecret(): Promise<Result<string | null>>;
  /** Subscribes to application-menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}

declare global {
  interface Window {
    reperes?: ReperesApi;
  }
}
